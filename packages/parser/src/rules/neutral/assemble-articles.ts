/**
 * Assembling articles from classified lines in reading order: a kicker or
 * headline opens an article; deks, bylines, datelines, paragraphs and
 * figures join the open one; body text before any headline opens an article
 * without one. Furniture goes to the page.
 */
import type { DraftArticle, PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { classifiedOf } from './classified.js'

/** Confidence of an article opened by body text with no headline. */
const HEADLESS_CONFIDENCE = 0.3

export function newArticle(rule: string, confidence: number): DraftArticle {
  return { deks: [], bylines: [], paragraphs: [], figures: [], rule, confidence }
}

export const assembleArticles: Rule = {
  name: 'assemble-articles',
  description: 'Group classified lines into articles in reading order.',
  run(page: PageContext) {
    let current: DraftArticle | null = null
    const open = (confidence: number) => {
      current = newArticle(this.name, confidence)
      page.articles.push(current)
      return current
    }
    const startsFresh = (a: DraftArticle | null) => a === null || a.paragraphs.length > 0
    for (const item of classifiedOf(page)) {
      switch (item.role) {
        case 'furniture':
          page.furniture.push({ ...item.text, kind: item.kind })
          break
        case 'kicker': {
          const a = open(item.text.confidence ?? 0.5)
          a.kicker = item.text
          break
        }
        case 'headline': {
          const a: DraftArticle =
            current && !(current as DraftArticle).headline && !startsFresh(current) ? current : open(0.5)
          a.headline = item.text
          break
        }
        case 'dek':
          ;(current ?? open(HEADLESS_CONFIDENCE)).deks.push(item.text)
          break
        case 'byline': {
          const a = current ?? open(HEADLESS_CONFIDENCE)
          a.bylines.push(item.text)
          break
        }
        case 'dateline': {
          const a = current ?? open(HEADLESS_CONFIDENCE)
          a.dateline = item.text
          break
        }
        case 'paragraph':
          ;(current ?? open(HEADLESS_CONFIDENCE)).paragraphs.push(item.text)
          break
        case 'caption':
        case 'figure-title':
        case 'credit': {
          const target = current ? (current as DraftArticle).figures : page.figures
          let figure = target.at(-1)
          const slot = item.role === 'figure-title' ? 'title' : item.role
          if (!figure || figure[slot]) {
            figure = { rule: this.name, confidence: 0.5 }
            target.push(figure)
          }
          if (item.role === 'credit') figure.credit = item.text
          else if (item.role === 'caption') figure.caption = item.text
          else figure.title = item.text
          break
        }
      }
    }
  },
}
