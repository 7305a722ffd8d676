/**
 * Paragraphs from body lines: a new paragraph starts where a line is
 * indented more than the block's usual indent, or where the line before it
 * ends a sentence and falls short of the column's usual width.
 */
import type { Line } from '../../pipeline/model.js'
import { SENTENCE_END } from '../../util/chars.js'

/** A line shorter than this share of the usual width, ending a sentence, ends its paragraph. */
export const SHORT_LINE_SHARE = 0.8
/** Extra indent (display columns) that starts a paragraph. */
export const PARAGRAPH_INDENT = 2

/** Split body lines into paragraphs. */
export function paragraphsOf(lines: readonly Line[], usualWidth: number): Line[][] {
  const content = lines.filter((l) => !l.blank)
  if (content.length === 0) return []
  // reduce, not Math.min(...): a block of 100,000+ lines would overflow the call stack.
  const baseIndent = content.reduce((min, l) => Math.min(min, l.indent), Number.POSITIVE_INFINITY)
  const out: Line[][] = []
  let current: Line[] = []
  for (const line of content) {
    const previous = current.at(-1)
    const indented = line.indent - baseIndent >= PARAGRAPH_INDENT
    const previousEnded =
      previous !== undefined &&
      SENTENCE_END.test(previous.trimmed) &&
      previous.width < usualWidth * SHORT_LINE_SHARE
    if (current.length && (indented || previousEnded)) {
      out.push(current)
      current = []
    }
    current.push(line)
  }
  if (current.length) out.push(current)
  return out
}
