/**
 * Chinese word segmentation with the ICU dictionary in `Intl.Segmenter`.
 *
 * On Node 20 the cost of one `segment()` call grows faster than the length
 * of the string, so text is cut into pieces of at most `SEGMENT_PIECE`
 * characters first (a word cut at a piece edge is still found through the
 * character bigrams).
 */

/** Longest piece handed to the segmenter at once, in UTF-16 units. */
export const SEGMENT_PIECE = 48

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

/** Split a run of Han characters into dictionary words (names come out as single characters). */
export function segmentHan(run: string): string[] {
  const words: string[] = []
  let start = 0
  while (start < run.length) {
    let end = Math.min(run.length, start + SEGMENT_PIECE)
    // Never cut a surrogate pair.
    if (end < run.length && /[\uD800-\uDBFF]/.test(run[end - 1]!)) end++
    for (const part of segmenter.segment(run.slice(start, end))) {
      if (part.isWordLike) words.push(part.segment)
    }
    start = end
  }
  return words
}
