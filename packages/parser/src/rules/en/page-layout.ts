/**
 * What kind of text a page is, decided once per page: the column's usual
 * width, whether each line is a whole paragraph (ABBYY-style export),
 * whether the page has no blank lines at all (Chronicling America OCR), and
 * the page's vocabulary for de-hyphenation.
 */
import type { Line, PageContext } from '../../pipeline/model.js'
import { modalWidth } from '../neutral/layout.js'
import { lazyVocabulary } from './dehyphenate.js'
import { hasTokens } from './features.js'
import type { Vocabulary } from './page-words.js'
import { enState } from './segments.js'

/** Median width (characters) of the wordy lines above which each line is taken as a whole paragraph. */
export const PARAGRAPH_PER_LINE_MIN_WIDTH = 100
/** Lines with at least this many words count as wordy for the median above. */
const WORDY_LINE_TOKENS = 4
/** Share of lines after a gap below which a page is "flat" (one printed line per text line, no gaps). */
export const FLAT_BLANK_SHARE = 0.02

export interface EnLayout {
  /** Most common line width: the column width. */
  modalWidth: number
  /** Each line is a paragraph (or a piece of one broken by a figure). */
  paragraphPerLine: boolean
  /** No blank lines: gaps say nothing, paragraphs only from indentation. */
  flat: boolean
  vocabulary: Vocabulary
}

/** The layout facts of a page, computed once. */
export function enLayout(page: PageContext): EnLayout {
  const cached = page.scratch.enLayout as EnLayout | undefined
  if (cached) return cached
  const paragraphPerLine = wordyMedianIsWide(page.lines)
  // Gaps between lines of text, as the segments count them (double spacing already discounted).
  const segments = enState(page).segments
  let gaps = 0
  for (const seg of segments) if (seg.gapBefore > 0) gaps++
  const layout: EnLayout = {
    modalWidth: modalWidth(page.lines),
    paragraphPerLine,
    flat: !paragraphPerLine && gaps / Math.max(1, segments.length) < FLAT_BLANK_SHARE,
    vocabulary: lazyVocabulary(() => nonBlankTexts(page)),
  }
  page.scratch.enLayout = layout
  return layout
}

/**
 * Whether the median width of the wordy lines (`WORDY_LINE_TOKENS` tokens or more; the median of n
 * widths is the one at n/2, rounded down, in ascending order) is `PARAGRAPH_PER_LINE_MIN_WIDTH` or
 * more. That holds when the wordy lines narrower than that are no more than the wide ones (and there is
 * a wide one), so the lines are told wordy or not only as far as it takes: the wide lines first (on most
 * pages there are none), then the narrow ones until they outnumber them.
 */
export function wordyMedianIsWide(lines: readonly Line[]): boolean {
  let wide = 0
  for (const l of lines)
    if (!l.blank && l.width >= PARAGRAPH_PER_LINE_MIN_WIDTH && hasTokens(l.trimmed, WORDY_LINE_TOKENS)) wide++
  if (!wide) return false
  let narrow = 0
  for (const l of lines) {
    if (l.blank || l.width >= PARAGRAPH_PER_LINE_MIN_WIDTH || !hasTokens(l.trimmed, WORDY_LINE_TOKENS))
      continue
    if (++narrow > wide) return false
  }
  return true
}

/** The texts of a page's lines that are not blank. */
function nonBlankTexts(page: PageContext): string[] {
  const texts: string[] = []
  for (const l of page.lines) if (!l.blank) texts.push(l.trimmed)
  return texts
}
