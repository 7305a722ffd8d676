/**
 * Paragraph starts among body segments. A paragraph starts at the first
 * body line after a title, byline or dateline; at an indented line; and
 * after a line that ends a sentence and falls short of the column's usual
 * width (or is followed by a gap). On a page of one paragraph per line,
 * every line starts one unless the line before it broke off mid-sentence.
 * On a flat page (no blank lines, no indentation: old OCR) only titles and
 * indentation start paragraphs: a short line there says nothing.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { endBeforeSpaceOrRule, endsSentence } from './features.js'
import { enLayout } from './page-layout.js'
import { enState, type Segment } from './segments.js'

/** A sentence-ending line shorter than this share of the column width ends its paragraph. */
export const SHORT_LINE_SHARE = 0.8
/** Extra indentation (columns) that starts a paragraph. */
export const PARAGRAPH_INDENT = 2

/** Roles that sit inside running text without breaking its paragraph. */
const TRANSPARENT = new Set(['furniture', 'caption', 'credit', 'figure-title'])
/** Sentence end, or a colon or closing quote that ends a paragraph in a one-paragraph-per-line export. */
export const LINE_PARAGRAPH_END = /[.!?:;"”’')\]…]$/
/** The characters `LINE_PARAGRAPH_END` ends with. */
const PARAGRAPH_END_CHARS = '.!?:;"”’\')]…'

/**
 * `LINE_PARAGRAPH_END.test(text.replace(/[\s_]+$/, ''))`, read from the end: the expressions are
 * tried at every offset of the line, and the lines of such an export are whole paragraphs.
 */
export function endsLineParagraph(text: string): boolean {
  const end = endBeforeSpaceOrRule(text)
  return end > 0 && PARAGRAPH_END_CHARS.includes(text[end - 1]!)
}

export const paragraphs: Rule = {
  name: 'en-paragraphs',
  description: 'Paragraph starts from titles, indentation, short sentence-ending lines and gaps.',
  run(page: PageContext) {
    const layout = enLayout(page)
    const segments = enState(page).segments
    // A loop, not `Math.min(...indents)`: spreading a long page's lines overflows the stack.
    let minIndent = Number.POSITIVE_INFINITY
    for (const s of segments) if (s.role === 'body') minIndent = Math.min(minIndent, s.line.indent)
    if (minIndent === Number.POSITIVE_INFINITY) minIndent = 0
    let previous: Segment | undefined
    let sawGap = false
    for (const s of segments) {
      if (TRANSPARENT.has(s.role)) {
        if (s.gapBefore > 0) sawGap = true
        continue
      }
      if (s.role !== 'body') {
        previous = s
        sawGap = false
        continue
      }
      const gap = sawGap || s.gapBefore > 0
      sawGap = false
      if (s.paragraphStart) {
        previous = s
        continue
      }
      let start: boolean
      if (!previous || previous.role !== 'body') start = true
      else if (s.start !== s.line.contentStart) start = false
      else if (layout.paragraphPerLine) start = endsLineParagraph(previous.text)
      else if (s.line.indent - minIndent >= PARAGRAPH_INDENT && !s.glued) start = true
      else if (layout.flat) start = false
      else {
        const ended = endsSentence(previous.text)
        const short = !previous.glued && previous.line.width < layout.modalWidth * SHORT_LINE_SHARE
        start = ended && (short || gap)
      }
      s.paragraphStart = start
      previous = s
    }
  },
}
