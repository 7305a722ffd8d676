/**
 * Reading Markdown that carries role marks (written by `toMdast`): the marks
 * say where articles start and what kickers, bylines, datelines, furniture
 * and page figures are; headings are headlines, then deks; other
 * paragraphs are body text. Nothing is guessed, so a tree written as
 * Markdown and read back has the same articles.
 */
import type { DraftArticle, PageContext } from '../pipeline/model.js'
import type { Block } from './blocks.js'
import { draftOf, figureOf, isEmptyArticle, newArticle } from './drafts.js'
import { type Mark, stringField, stringsField } from './marks.js'
import { HEADLINE_DEPTH } from './to-mdast.js'

const RULE = 'markdown-marks'
/** Marks are what the writer knew: as sure as the tree they were written from allows. */
const CONFIDENCE = 1

/** Fill `page` with the drafts that the marked `blocks` of one page say. */
export function assembleMarked(blocks: readonly Block[], page: PageContext): void {
  let article: DraftArticle | null = null
  let pending: Mark | null = null
  const open = () => {
    if (!article) {
      article = newArticle(RULE, CONFIDENCE)
      page.articles.push(article)
    }
    return article
  }

  for (const block of blocks) {
    if (block.mark) {
      if (block.mark.role === 'article') {
        article = newArticle(RULE, CONFIDENCE)
        page.articles.push(article)
        pending = null
      } else if (block.mark.role !== 'page' && block.mark.role !== 'credit') {
        pending = block.mark
      }
      continue
    }
    if (block.type === 'rule') continue
    if (block.type === 'figure') {
      const figure = figureOf(block, RULE, CONFIDENCE, true)
      if (pending?.role === 'figure' || !article) page.figures.push(figure)
      else (article as DraftArticle).figures.push(figure)
      if (pending?.role === 'figure') article = null
      pending = null
      continue
    }
    const text = draftOf(block.lines, RULE, CONFIDENCE, true)
    const mark = pending
    pending = null
    switch (mark?.role) {
      case 'kicker':
        open().kicker = text
        continue
      case 'byline':
        open().bylines.push({
          ...text,
          authors: stringsField(mark, 'authors') ?? [],
          role: stringField(mark, 'role'),
          organization: stringField(mark, 'organization'),
        })
        continue
      case 'dateline':
        open().dateline = {
          ...text,
          place: stringField(mark, 'place'),
          date: stringField(mark, 'date'),
          agency: stringField(mark, 'agency'),
        }
        continue
      case 'furniture':
        page.furniture.push({ ...text, kind: stringField(mark, 'kind') ?? 'unplaced' })
        continue
    }
    if (block.type === 'html') {
      page.furniture.push({ ...text, kind: 'unplaced' })
      continue
    }
    const current = open()
    if (block.type === 'heading') {
      // `toMdast` writes headlines at HEADLINE_DEPTH and deks deeper, also when a dek has no headline.
      const dek = block.depth > HEADLINE_DEPTH
      if (
        !dek &&
        !current.headline &&
        !current.deks.length &&
        !current.paragraphs.length &&
        !current.bylines.length
      ) {
        current.headline = text
        continue
      }
      if ((dek || current.headline) && !current.paragraphs.length && !current.dateline) {
        current.deks.push(text)
        continue
      }
      // A heading inside body text (hand-edited Markdown): it starts another article.
      article = newArticle(RULE, CONFIDENCE)
      page.articles.push(article)
      article.headline = text
      continue
    }
    current.paragraphs.push(text)
  }
  page.articles = page.articles.filter((a) => !isEmptyArticle(a))
}
