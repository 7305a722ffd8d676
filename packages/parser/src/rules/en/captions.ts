/**
 * Captions. Beside a credit: on a page of one paragraph per line, the line
 * right under a credit (`RAY SANCHEZ/Mustang Daily` + its caption). On a
 * column page, a short block of lines wider than the column (a caption set
 * across a photo) that ends a sentence or runs into a credit.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { endsSentence } from './features.js'
import { isTitleShaped } from './headlines.js'
import { enLayout } from './page-layout.js'
import { enState, mark, type Segment } from './segments.js'

/** A caption under a credit is at most this many characters. */
export const CAPTION_MAX_CHARS = 400
/** A line this much wider than the column starts a caption block on a column page. */
export const CAPTION_WIDE_SHARE = 1.3
/** A caption block is at most this many lines. */
export const CAPTION_MAX_LINES = 4

export const captions: Rule = {
  name: 'en-captions',
  description: 'Captions beside credits, and short blocks wider than the column.',
  run(page: PageContext) {
    const layout = enLayout(page)
    const segments = enState(page).segments
    if (layout.paragraphPerLine) {
      segments.forEach((s, i) => {
        if (s.role !== 'credit' || segments[i - 1]?.role === 'caption') return
        const next = segments[i + 1]
        if (
          next &&
          next.role === 'body' &&
          next.text.length <= CAPTION_MAX_CHARS &&
          !isTitleShaped(next.text)
        ) {
          mark(next, 'caption', this.name, 0.6)
        }
      })
      return
    }
    // Old pages without gaps print captions in the column: only the credit marks them.
    if (!layout.modalWidth || layout.flat) return
    const wide = (s: Segment) => s.line.width >= layout.modalWidth * CAPTION_WIDE_SHARE
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i]!
      if (s.role !== 'body' || !wide(s) || s.start !== s.line.contentStart) continue
      if (i > 0 && segments[i - 1]!.role === 'body' && s.gapBefore === 0) continue
      // The block: wide lines, up to and including the first narrow one.
      let j = i
      while (j < segments.length && j - i < CAPTION_MAX_LINES) {
        const t = segments[j]!
        if (t.role !== 'body' || (j > i && t.gapBefore > 0)) break
        j++
        if (!wide(t)) break
      }
      const ended = endsSentence(segments[j - 1]!.text)
      const after = segments[j]
      const intoCredit =
        after?.role === 'credit' ||
        (after?.role === 'caption' && after.gapBefore === 0) ||
        segments[j - 1]?.role === 'credit'
      const closed = !after || after.gapBefore > 0 || after.role !== 'body'
      if ((ended && closed) || intoCredit) {
        for (let k = i; k < j; k++) {
          mark(segments[k]!, 'caption', this.name, intoCredit ? 0.7 : 0.5)
          if (k === i) segments[k]!.paragraphStart = true
        }
        i = j - 1
      }
    }
  },
}
