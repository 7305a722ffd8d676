/**
 * Rule: cut the page's lines into articles, in reading order.
 *
 * An article starts at a dateline (本报讯…), after bylines (□ 本报记者 X),
 * after a title group, or after an article closed by its closing byline
 * (`（王 帅）`). pdftotext prints column pieces in blocks out of order: a
 * block whose first line runs on from an unfinished article of the same
 * column width continues that article instead of starting a new one.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { parseDateline } from './datelines.js'
import { FULL_SLACK, isClosingName, ZH_SENTENCE_END } from './line-roles.js'
import { TRAILING_BYLINE, TRAILING_CREDIT } from './patterns.js'
import { KICKER_END } from './titles.js'
import type { TitleGroup, WorkArticle, WorkFigure } from './work.js'
import { zhWorkOf } from './work.js'
import { hardBreak, isDoubleSpacedPage, startsBlock, type ZhLine, zhLinesOf } from './zh-lines.js'

/** Leading spaces (display columns) of a line printed with its paragraph indent (two full-width spaces). */
export const PRINTED_INDENT = 4

/** Confidence of an article opened by a dateline or byline. */
export const SIGNALLED_CONFIDENCE = 0.8
/** Confidence of an article opened by a title group only. */
export const TITLED_CONFIDENCE = 0.7
/** Confidence of an article opened by body text alone. */
export const HEADLESS_CONFIDENCE = 0.4

/** The opening of a note about the author that ends a story. */
const AUTHOR_NOTE = /^[（(](?:作者|本文作者|编者|編者)/u

/** The text of the article's last paragraph so far (from its last sentence-ending line). */
function lastParagraphText(article: WorkArticle): string {
  let i = article.parts.length - 1
  while (i > 0 && !ZH_SENTENCE_END.test(article.parts[i - 1]!.line.text)) i--
  return article.parts
    .slice(i)
    .map((p) => p.line.text.slice(p.from, p.to))
    .join('')
}

/** Whether the article's last body line runs on (full width, no sentence end). */
export function dangles(article: WorkArticle): boolean {
  const last = article.parts.at(-1)
  if (!last) return false
  return !ZH_SENTENCE_END.test(last.line.text.slice(last.from, last.to))
}

/** A subhead (小标题) wraps to at most this many lines inside its column. */
export const MAX_SUBHEAD_LINES = 2
/** …and holds at least this many characters (shorter ones are labels such as 聚焦, kickers of the next story). */
export const MIN_SUBHEAD_CHARS = 6

/**
 * Whether a title group between an article's finished paragraph and the
 * body line `next` is a subhead of that article: it follows the article's
 * last line directly, fits inside the article's column (a new story's
 * title spans wider), wraps to at most two lines, is no short label or
 * kicker, and the text below it runs on in the same column.
 */
export function isSubhead(
  group: TitleGroup,
  article: WorkArticle,
  next: ZhLine,
  doubleSpaced: boolean,
): boolean {
  const last = article.parts.at(-1)
  const first = group.lines[0]
  if (!last || !first || group.nextFigure || dangles(article)) return false
  if (group.lines.length > MAX_SUBHEAD_LINES || first.index !== last.line.index + 1) return false
  if (Math.abs(next.column - article.column) > FULL_SLACK || hardBreak(first, doubleSpaced)) return false
  const text = group.lines.map((l) => l.text).join('')
  if (Array.from(text).length < MIN_SUBHEAD_CHARS || KICKER_END.test(text)) return false
  return group.lines.every(
    (l, i) => !l.repaired && l.width <= article.column + FULL_SLACK && (i === 0 || l.width <= first.width),
  )
}

export const zhArticles: Rule = {
  name: 'zh-articles',
  description:
    'Cut lines into articles at datelines, bylines, title groups and closing bylines; join out-of-order column blocks to the unfinished article of the same width.',
  run(page: PageContext) {
    const lines = zhLinesOf(page)
    const work = zhWorkOf(page)
    const doubleSpaced = isDoubleSpacedPage(lines)
    let current: WorkArticle | null = null
    let group: TitleGroup | null = null
    let groupOpen = false
    let pendingBylines: ZhLine[] = []
    let figure: WorkFigure | null = null
    // A figure was printed since the last body line.
    let figureBetween = false

    const open = (confidence: number, column: number): WorkArticle => {
      const article: WorkArticle = {
        parts: [],
        bylineLines: [],
        closed: false,
        column,
        draft: { deks: [], bylines: [], paragraphs: [], figures: [], rule: this.name, confidence },
      }
      work.articles.push(article)
      return article
    }

    for (const line of lines) {
      if (line.role !== 'caption' && line.role !== 'credit') figure = null
      switch (line.role) {
        case 'furniture':
        case 'unknown':
          groupOpen = false
          break
        case 'title': {
          if (!group || !groupOpen || hardBreak(line, doubleSpaced)) {
            group = { lines: [], next: null, nextFigure: null }
            work.groups.push(group)
            groupOpen = true
          }
          group.lines.push(line)
          break
        }
        case 'caption':
        case 'credit': {
          figureBetween = true
          if (!figure) {
            figure = { captionLines: [], draft: { rule: 'zh-figures', confidence: line.confidence } }
            work.figures.push(figure)
            if (group && groupOpen && !group.next) group.nextFigure = figure
          }
          figure.captionLines.push(line)
          groupOpen = false
          // A credit ends its figure, on a line of its own or at the end of the caption's line.
          if (line.role === 'credit' || TRAILING_CREDIT.test(line.text)) figure = null
          break
        }
        case 'byline':
          pendingBylines.push(line)
          break
        case 'closing-byline': {
          const target = current ?? open(HEADLESS_CONFIDENCE, line.column)
          target.bylineLines.push({ line, from: 0, to: line.text.length, closing: true })
          target.closed = true
          groupOpen = false
          break
        }
        case 'dateline':
        case 'body': {
          const signalled = line.role === 'dateline' || pendingBylines.length > 0
          const titled = group !== null && groupOpen
          const sameWidth = (a: WorkArticle) => Math.abs(a.column - line.column) <= FULL_SLACK
          // A line printed with its paragraph indent starts a paragraph: it never carries on another block.
          const indented = line.first.indent >= PRINTED_INDENT || hardBreak(line, doubleSpaced)
          const open_ = (a: WorkArticle | null): a is WorkArticle => a !== null && !a.closed
          let target: WorkArticle | null = null
          // Older papers run several bracketed wire reports under one headline: `（華沙廿九日美聯電）…`.
          const wire =
            line.role === 'dateline' ? parseDateline(line.text + (lines[line.index + 1]?.text ?? '')) : null
          const wireReport =
            wire !== null &&
            /^[（(【]/u.test(line.text) &&
            !/^(?:本报|本報)/u.test(wire.text) &&
            !/月/u.test(wire.date ?? '月') &&
            pendingBylines.length === 0
          if (wireReport && !titled && open_(current) && current.parts.length > 0) target = current
          else if (signalled) target = null
          else if (titled) {
            // A title group inside a running text (pdftotext puts titles where they sit on the page).
            if (open_(current) && sameWidth(current) && dangles(current) && !indented) target = current
            else if (open_(current) && group && isSubhead(group, current, line, doubleSpaced)) {
              // A subhead inside the body: a paragraph of the article, not a new article's title.
              for (const l of group.lines) {
                l.role = 'body'
                l.rule = 'zh-subhead'
                current.parts.push({ line: l, from: 0, to: l.text.length, subhead: true })
              }
              work.groups.splice(work.groups.indexOf(group), 1)
              group = null
              target = current
            }
          } else if (!startsBlock(line, doubleSpaced)) {
            // A finished article does not run on past a figure: the text below it is another story.
            const pastFigure = figureBetween && current !== null && !dangles(current)
            if (open_(current) && !pastFigure && (sameWidth(current) || dangles(current))) target = current
          } else if (!indented) {
            // A new block: the latest unfinished article of the same width, else the current one.
            target =
              work.articles.findLast((a) => open_(a) && dangles(a) && sameWidth(a)) ??
              (open_(current) && sameWidth(current) ? current : null)
          }
          if (!target) {
            target = open(
              signalled ? SIGNALLED_CONFIDENCE : titled ? TITLED_CONFIDENCE : HEADLESS_CONFIDENCE,
              line.column,
            )
            if (titled && group && !group.next) group.next = target
            for (const b of pendingBylines)
              target.bylineLines.push({ line: b, from: 0, to: b.text.length, closing: false })
            pendingBylines = []
          }
          groupOpen = false
          figureBetween = false
          current = target
          // The article's column is that of its latest two full lines in a row (a dateline may sit in a
          // wider box; one letter-spaced line proves nothing).
          const before = target.parts.at(-1)?.line
          const full = (l: ZhLine) => l.role === 'body' && Math.abs(l.width - l.column) <= FULL_SLACK
          if (full(line) && before && full(before) && Math.abs(before.column - line.column) <= 1)
            target.column = line.column
          const trailing = TRAILING_BYLINE.exec(line.text)
          if (trailing && line.role === 'body' && isClosingName(trailing[2]!)) {
            const cut = trailing.index + trailing[1]!.length
            target.parts.push({ line, from: 0, to: cut })
            target.bylineLines.push({ line, from: cut, to: line.text.length, closing: true })
            target.closed = true
          } else {
            target.parts.push({ line, from: 0, to: line.text.length })
            // A bracketed note about the author closes the story: `（作者为…馆长。图片由…提供）`.
            if (endsWithBracket(line.text) && AUTHOR_NOTE.test(lastParagraphText(target)))
              target.closed = true
          }
          break
        }
      }
    }
    // Bylines with no body after them belong to the last article.
    if (pendingBylines.length && current) {
      for (const b of pendingBylines)
        current.bylineLines.push({ line: b, from: 0, to: b.text.length, closing: true })
    }
  },
}

/** `/[）)]$/u.test(text)` without an expression tried at every offset of the line. */
function endsWithBracket(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last === 0xff09 || last === 0x29
}
