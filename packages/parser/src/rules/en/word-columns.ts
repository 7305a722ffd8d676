/**
 * Narrow justified columns that an extractor printed one word per line
 * (`McLeish` / `admitted` / `his` / `team's`): a run of two or more
 * one-word lines is one printed line. Its segments are marked `glued` so
 * that they are neither taken for titles nor end a paragraph.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { hasTokens, startsLower } from './features.js'
import { enLayout } from './page-layout.js'
import { enState } from './segments.js'

/** Fewest one-word lines in a row that make a run. */
export const WORD_RUN_MIN_LINES = 2

export const wordColumns: Rule = {
  name: 'en-word-columns',
  description:
    'Runs of one-word lines (a justified line split per word) are glued into the text around them.',
  run(page: PageContext) {
    // A page of one paragraph per line has no justified column lines to split.
    if (enLayout(page).paragraphPerLine) return
    const segments = enState(page).segments
    const single = (i: number) => {
      const s = segments[i]
      return (
        // One token (a segment's text is trimmed, never empty): read only up to a second one.
        s !== undefined && s.role === 'body' && s.start === s.line.contentStart && !hasTokens(s.text, 2)
      )
    }
    for (let i = 0; i < segments.length; ) {
      if (!single(i)) {
        i++
        continue
      }
      let j = i
      while (single(j)) j++
      // The run sits inside running text: a wordy line before it or a lower-case word after it.
      const before = segments[i - 1]
      const after = segments[j]
      const inText =
        (before?.role === 'body' && hasTokens(before.text, 3)) ||
        (after !== undefined && startsLower(after.text)) ||
        startsLower(segments[i]!.text)
      if (j - i >= WORD_RUN_MIN_LINES && inText) {
        for (let k = i; k < j; k++) segments[k]!.glued = true
      }
      i = j
    }
  },
}
