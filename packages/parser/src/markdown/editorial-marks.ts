/**
 * Editorial marks: what a transcriber or OCR engine wrote in brackets about
 * the text rather than from it (`[sic]`, `[text obscured]`, `[illegible]`,
 * `[Untitled]`, `[Image of the USS Oregon]`, `[The rest of the article
 * continues…]`). They stay in the text, as printed in the source, and each
 * is reported once with the `editorial-mark` message so users can find them.
 */
import type { VFile } from 'vfile'
import type { Locator } from '../pipeline/position.js'
import type { TextLine } from './blocks.js'

const SOURCE = 'news-parser'
/** Message rule id of a reported editorial mark. */
export const EDITORIAL_MARK_RULE = 'editorial-mark'

/** Longest bracketed text taken for an editorial note (the olmOCR summaries run to about 150 characters). */
const MARK_MAX_CHARS = 200

/** Words that make a bracketed text an editorial note rather than printed text. */
const EDITORIAL_WORDS =
  /^(?:sic|\?+|\.\.\.|…)$|\b(?:sic|illegible|obscured|unreadable|unable to read|untitled|missing|torn|blank|damaged|cut off|image|photo|photograph|picture|illustration|drawing|cartoon|map|chart|rest of|continues|continued|various|list of|remainder)\b/i

/** Picture placeholders: `[Image of …]`, `[Photo: …]`, a whole line in brackets. */
const PICTURE_PLACEHOLDER =
  /^\[(?:image|photo|photograph|picture|illustration|drawing|cartoon|map|chart)\b[^\]]*\]$/i

const BRACKETED = new RegExp(`\\[([^\\[\\]\\n]{1,${MARK_MAX_CHARS}})\\]`, 'g')

/** Whether a whole line is a placeholder for a picture (`[Image of the USS Oregon]`). */
export function isPicturePlaceholder(text: string): boolean {
  return PICTURE_PLACEHOLDER.test(text.trim())
}

/** The editorial marks in a line of text, as printed (`[sic]`). */
export function editorialMarksIn(text: string): string[] {
  const marks: string[] = []
  for (const m of text.matchAll(BRACKETED)) if (EDITORIAL_WORDS.test(m[1]!.trim())) marks.push(m[0])
  return marks
}

/** Report every editorial mark in `lines` on `file`, placed in the source. */
export function reportEditorialMarks(
  lines: readonly TextLine[],
  source: string,
  file: VFile,
  locator: Locator,
): number {
  let count = 0
  for (const line of lines) {
    let from = line.span[0]
    for (const mark of editorialMarksIn(line.text)) {
      // The source may escape the brackets (`\[sic\]`): find the text inside them.
      const inner = mark.slice(1, -1)
      const at = source.indexOf(inner, from)
      const found = at >= 0 && at < line.span[1]
      const start = found ? source.lastIndexOf('[', at) : line.span[0]
      const end = found ? source.indexOf(']', at + inner.length) + 1 : line.span[1]
      if (found) from = at + inner.length
      file.message(`Editorial mark \`${mark}\` kept in the text`, {
        place: locator.position(Math.max(line.span[0], start), Math.max(start, Math.min(end, line.span[1]))),
        ruleId: EDITORIAL_MARK_RULE,
        source: SOURCE,
      })
      count++
    }
  }
  return count
}
