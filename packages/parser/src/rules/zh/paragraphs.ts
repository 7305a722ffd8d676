/**
 * Rule: paragraphs, datelines and bylines of each article.
 *
 * A paragraph ends where a line ends a sentence and falls short of its
 * column's usual width, or where the next line is short by the lost
 * two-character indent. The dateline is cut from the start of the first
 * paragraph (`本报北京7月20日电` without brackets); a reporters' bracket
 * right after it (`（记者 X）`) is a byline.
 */
import type { DraftByline, PageContext, Span } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { parseByline } from './bylines.js'
import { parseDateline } from './datelines.js'
import { FULL_SLACK, isIndentWidth, rawOf, ZH_SENTENCE_END } from './line-roles.js'
import { isOcrPage } from './ocr-text.js'
import { DATELINE_REPORTERS, MARKED_BYLINE } from './patterns.js'
import type { BodyPart, WorkArticle } from './work.js'
import { zhWorkOf } from './work.js'
import { draftOf, type Piece, pieceOf, type ZhLine } from './zh-lines.js'

/** A last line without its full stop is at most this share of its column (a wrapped line runs on fuller). */
export const LOST_STOP_MAX_WIDTH = 0.5
/** Confidence of a paragraph break seen from a short last line. */
const SHORT_LINE_CONFIDENCE = 0.8
/** Confidence of a paragraph break seen from the next line's indent. */
const INDENT_CONFIDENCE = 0.7
/** Confidence of datelines and bylines found by their words. */
const WORD_CONFIDENCE = 0.9

/** Whether a line is short by the paragraph indent. */
export function isIndentStart(line: ZhLine): boolean {
  return isIndentWidth(line.width, line.column)
}

function partText(p: BodyPart): string {
  return p.line.text.slice(p.from, p.to)
}

/** Split an article's body parts into paragraphs, each with the confidence of the break that ended it. */
export function splitParagraphs(
  parts: readonly BodyPart[],
  blankEndsParagraph = false,
): Array<{ parts: BodyPart[]; confidence: number }> {
  const out: Array<{ parts: BodyPart[]; confidence: number }> = []
  let current: BodyPart[] = []
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!
    current.push(p)
    const next = parts[i + 1]
    if (!next) break
    // A subhead is a paragraph of its own, whatever its punctuation.
    if (Boolean(p.subhead) !== Boolean(next.subhead)) {
      out.push({ parts: current, confidence: SHORT_LINE_CONFIDENCE })
      current = []
      continue
    }
    if (p.subhead) continue
    const short = p.to - p.from === p.line.text.length && p.line.width < p.line.column - FULL_SLACK
    // OCR drops full stops: a short last line before an indented first line ends a paragraph all the same.
    if (!ZH_SENTENCE_END.test(partText(p))) {
      if (short && p.line.width <= LOST_STOP_MAX_WIDTH * p.line.column && isIndentStart(next.line)) {
        out.push({ parts: current, confidence: INDENT_CONFIDENCE })
        current = []
      }
      continue
    }
    // OCR engines print each paragraph as a block: a blank line after a sentence ends the paragraph.
    const blank = blankEndsParagraph && next.from === 0 && next.line.blankBefore > 0
    if (short || blank || isIndentStart(next.line) || next.line.role === 'dateline') {
      out.push({ parts: current, confidence: short ? SHORT_LINE_CONFIDENCE : INDENT_CONFIDENCE })
      current = []
    }
  }
  if (current.length) out.push({ parts: current, confidence: SHORT_LINE_CONFIDENCE })
  return out
}

/** Remove the first `count` characters from the parts, returning the pieces removed. */
function takePrefix(parts: BodyPart[], count: number): Piece[] {
  const taken: Piece[] = []
  let left = count
  while (left > 0 && parts.length) {
    const p = parts[0]!
    const n = Math.min(left, p.to - p.from)
    taken.push(pieceOf(p.line, p.from, p.from + n))
    left -= n
    if (p.from + n >= p.to) parts.shift()
    else parts[0] = { ...p, from: p.from + n }
  }
  return taken
}

/** A byline mark or the brackets around a closing byline. */
const MARK_OR_BRACKETS = /^(?:[□■◎●◆◇口]\s*|[（(]\s*)|\s*[）)]$/gu

/**
 * Bylines from a byline line or piece. Names are read from the printed text
 * (spaces kept: `王 帅`); each byline's text is what its source range prints,
 * the mark or brackets around the whole included, so no character is lost.
 */
export function bylinesOf(
  page: PageContext,
  line: ZhLine,
  from: number,
  to: number,
  rule: string,
): DraftByline[] {
  const entire = from === 0 && to === line.text.length
  if (entire && line.spans.length > 1) {
    // A byline folded from several source lines: read the names as printed, line ends as spaces.
    const printed = rawOf(page, line).replace(/\s+/gu, ' ').trim()
    const parsed = parseByline(printed.replace(MARK_OR_BRACKETS, ''))
    if (parsed.length === 1)
      return [
        {
          text: printed,
          spans: line.spans.map((s) => [s[0], s[1]] as Span),
          authors: parsed[0]!.authors,
          role: parsed[0]!.role,
          organization: parsed[0]!.organization,
          rule,
          confidence: WORD_CONFIDENCE,
        },
      ]
  }
  const whole = entire && line.spans.length === 1 && line.offsets !== null
  const base = whole ? line.spans[0]![0] : -1
  const printed = whole ? rawOf(page, line) : line.text.slice(from, to)
  let lead = 0
  const mark = MARKED_BYLINE.exec(printed)
  if (mark) lead = printed.length - mark[1]!.length
  const open = /^[（(]\s*/u.exec(printed.slice(lead))
  if (open) lead += open[0].length
  const close = /\s*[）)]$/u.exec(printed)
  const end = close && close.index >= lead ? close.index : printed.length
  const parsed = parseByline(printed.slice(lead, end))
  return parsed.map((b, i) => {
    const s = i === 0 ? 0 : lead + b.start
    const e = i === parsed.length - 1 ? printed.length : lead + b.end
    const spans: Span[] = whole ? [[base + s, base + e]] : pieceOf(line, from + s, from + e).spans
    return {
      text: printed.slice(s, e).replace(/\s+/gu, ' ').trim(),
      spans,
      authors: b.authors,
      role: b.role,
      organization: b.organization,
      rule,
      confidence: WORD_CONFIDENCE,
    }
  })
}

export const zhParagraphs: Rule = {
  name: 'zh-paragraphs',
  description:
    'Rebuild paragraphs from column lines (short last line or lost indent), cut the dateline from the first paragraph and read the bylines.',
  run(page: PageContext) {
    const ocr = isOcrPage(page)
    for (const article of zhWorkOf(page).articles) buildBody(page, article, this.name, ocr)
  },
}

function buildBody(page: PageContext, article: WorkArticle, rule: string, ocr: boolean): void {
  const draft = article.draft
  const parts = [...article.parts]
  for (const b of article.bylineLines.filter((x) => !x.closing))
    draft.bylines.push(...bylinesOf(page, b.line, b.from, b.to, rule))

  // Dateline at the start of the body.
  const head = parts
    .slice(0, 3)
    .map((p) => partText(p))
    .join('')
  const dateline = parseDateline(head)
  if (dateline) {
    const pieces = takePrefix(parts, dateline.length)
    // The dateline's text is what it prints (brackets included); `place`, `date` and `agency` carry the formula.
    draft.dateline = {
      ...draftOf(pieces, rule, WORD_CONFIDENCE),
      place: dateline.place,
      date: dateline.date,
      agency: dateline.agency,
    }
    const rest = parts
      .slice(0, 2)
      .map((p) => partText(p))
      .join('')
    const reporters = DATELINE_REPORTERS.exec(rest)
    if (reporters) {
      const pieces = takePrefix(parts, reporters[0].length)
      const printed = draftOf(pieces, rule, 1)
      for (const b of parseByline(reporters[1]!))
        draft.bylines.push({
          text: printed.text,
          spans: printed.spans,
          authors: b.authors,
          role: b.role,
          organization: b.organization,
          rule,
          confidence: WORD_CONFIDENCE,
        })
    }
  }

  for (const paragraph of splitParagraphs(parts, ocr)) {
    const pieces = paragraph.parts.map((p) => pieceOf(p.line, p.from, p.to))
    const text = draftOf(pieces, 'zh-paragraphs', paragraph.confidence)
    if (text.text) draft.paragraphs.push(text)
  }
  for (const b of article.bylineLines.filter((x) => x.closing))
    draft.bylines.push(...bylinesOf(page, b.line, b.from, b.to, rule))
}
