/**
 * What kind of text a page is, decided once per page: the column's usual
 * width, whether each line is a whole paragraph (ABBYY-style export),
 * whether the page has no blank lines at all (Chronicling America OCR), and
 * the page's vocabulary for de-hyphenation.
 */
import type { PageContext } from '../../pipeline/model.js'
import { modalWidth } from '../neutral/layout.js'
import { lazyVocabulary, type Vocabulary } from './dehyphenate.js'
import { hasTokens, median } from './features.js'
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
  const content = page.lines.filter((l) => !l.blank)
  const wordy: number[] = []
  for (const l of content) if (hasTokens(l.trimmed, WORDY_LINE_TOKENS)) wordy.push(l.width)
  const paragraphPerLine = median(wordy) >= PARAGRAPH_PER_LINE_MIN_WIDTH
  // Gaps between lines of text, as the segments count them (double spacing already discounted).
  const segments = enState(page).segments
  let gaps = 0
  for (const seg of segments) if (seg.gapBefore > 0) gaps++
  const layout: EnLayout = {
    modalWidth: modalWidth(page.lines),
    paragraphPerLine,
    flat: !paragraphPerLine && gaps / Math.max(1, segments.length) < FLAT_BLANK_SHARE,
    vocabulary: lazyVocabulary(() => content.map((l) => l.trimmed)),
  }
  page.scratch.enLayout = layout
  return layout
}
