/** Short text from long text: titles for articles without a headline, summaries from a first paragraph. */

/** Longest title made from the body when an article has no headline, in characters. */
export const FALLBACK_TITLE_MAX = 40
/** Longest summary taken from a first paragraph, in characters. */
export const SUMMARY_MAX = 280
/** A cut at a space or a sentence end is used when it keeps at least this share of the allowed length. */
const MIN_CUT_SHARE = 0.5
const ELLIPSIS = '…'
/** A sentence ends at Chinese or Latin end punctuation (a full stop only before a space). */
const SENTENCE_END = /[。！？!?]|\.(?=\s)/gu

/** Collapse runs of white space (OCR line ends) to one space. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/**
 * The start of `text`, at most `max` characters (code points): the first
 * sentence when it fits, else cut at the last space in reach (for spaced
 * scripts) or at `max`, with an ellipsis.
 */
export function clip(text: string, max: number, { sentence = false } = {}): string {
  const chars = Array.from(squash(text))
  if (chars.length <= max) return chars.join('')
  const head = chars.slice(0, max + 1).join('')
  const minCut = Math.floor(max * MIN_CUT_SHARE)
  if (sentence) {
    for (const match of head.matchAll(SENTENCE_END)) {
      const end = Array.from(head.slice(0, match.index)).length
      if (end >= minCut && end <= max) return head.slice(0, match.index)
    }
  }
  const kept = chars.slice(0, max)
  const space = kept.lastIndexOf(' ')
  const cut = space >= minCut ? kept.slice(0, space) : kept
  return `${cut.join('').trimEnd()}${ELLIPSIS}`
}
