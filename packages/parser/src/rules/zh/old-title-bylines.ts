/**
 * Rule: old papers set the writer's name in brackets at the end of the title
 * line — `沈淇泉聯仿詩鐘體　（知止）`, `◇心神散◇（書奴）`. The bracket is cut from
 * the headline and becomes the article's byline when a gap or a decoration
 * sets it apart (modern column labels run on: `就业优先有哪些注意事项（新视点）`).
 * Runs after `zh-drafts`.
 */
import type { DraftArticle, PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { isClosingName } from './line-roles.js'

/** A headline that ends in a bracket: the title, then the bracket. */
const TITLE_THEN_BRACKET = /^(.+?)[\s\u3000]*([（(][^（）()]+[）)])$/u
/** Decorations that close an old title: `◇心神散◇`. */
const DECORATED_END = /[◇◆○●□■△▲☆★]$/u
/** A bracketed name holds at most this many characters (知止, 不平凡公子). */
export const TITLE_BYLINE_MAX_CHARS = 6

/** Split `沈淇泉聯仿詩鐘體（知止）` into title and name, or null. */
export function splitTitleByline(text: string): { title: string; name: string; bracket: string } | null {
  const m = TITLE_THEN_BRACKET.exec(text)
  if (!m || !isClosingName(m[2]!)) return null
  const name = m[2]!.slice(1, -1).trim()
  if (name.length > TITLE_BYLINE_MAX_CHARS) return null
  return { title: m[1]!, name, bracket: m[2]! }
}

/** Whether a title bracket is set apart from the title: by a gap, or after a ◇ decoration. */
export function isSetApart(gapBefore: boolean, title: string): boolean {
  return gapBefore || DECORATED_END.test(title)
}

function moveByline(page: PageContext, article: DraftArticle): void {
  const headline = article.headline
  if (!headline || article.bylines.length) return
  const split = splitTitleByline(headline.text)
  if (!split) return
  const last = headline.spans[headline.spans.length - 1]!
  const printed = page.source.slice(last[0], last[1])
  const open = Math.max(printed.lastIndexOf('（'), printed.lastIndexOf('('))
  if (open < 0) return
  const cut = last[0] + open
  let titleEnd = cut
  while (titleEnd > last[0] && /[\s\u3000]/u.test(page.source[titleEnd - 1]!)) titleEnd--
  // The bracket must follow title text on the same printed line, set apart by a gap or a
  // ◇ decoration: modern column labels run on (`就业优先有哪些注意事项（新视点）`).
  if (titleEnd <= last[0]) return
  if (!isSetApart(titleEnd < cut, split.title)) return
  headline.text = split.title
  headline.spans = [...headline.spans.slice(0, -1), [last[0], titleEnd]]
  article.bylines.push({
    // The byline keeps its printed brackets; the name alone goes in authors.
    text: split.bracket,
    authors: [split.name],
    spans: [[cut, last[1]]],
    rule: 'zh-old-title-bylines',
    confidence: 0.8,
  })
}

export const zhOldTitleBylines: Rule = {
  name: 'zh-old-title-bylines',
  description: 'A bracketed name ending the title line (沈淇泉聯仿詩鐘體　（知止）) is the byline.',
  run(page: PageContext) {
    for (const article of page.articles) moveByline(page, article)
  },
}
