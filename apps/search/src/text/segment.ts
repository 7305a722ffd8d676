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

/**
 * Pieces are segmented together, joined by spaces (which always break
 * words), in batches of about this many UTF-16 units: each `segment()` call
 * clones an ICU break iterator, which costs more than segmenting the short
 * runs of a newspaper line, while longer strings cost more per character
 * (measured on the corpus: 128 was fastest of 64-4096).
 */
export const SEGMENT_BATCH = 128

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

/** Cut a run into pieces of at most `SEGMENT_PIECE` units, never inside a surrogate pair. */
function pieces(run: string, out: string[]): void {
  let start = 0
  while (start < run.length) {
    let end = Math.min(run.length, start + SEGMENT_PIECE)
    if (end < run.length && /[\uD800-\uDBFF]/.test(run[end - 1]!)) end++
    out.push(run.slice(start, end))
    start = end
  }
}

/**
 * Split runs of Han characters into dictionary words (names come out as
 * single characters), in order.
 */
export function segmentHanRuns(runs: readonly string[]): string[] {
  const words: string[] = []
  const parts: string[] = []
  for (const run of runs) pieces(run, parts)
  let batch = ''
  const flush = () => {
    // `containing` walks the segments without the iterator's per-step objects.
    const segments = segmenter.segment(batch)
    for (let at = 0; at < batch.length; ) {
      const part = segments.containing(at)!
      if (part.isWordLike) words.push(part.segment)
      at = part.index + part.segment.length
    }
    batch = ''
  }
  for (const part of parts) {
    batch = batch === '' ? part : `${batch} ${part}`
    if (batch.length >= SEGMENT_BATCH) flush()
  }
  if (batch !== '') flush()
  return words
}

/** Split one run of Han characters into dictionary words (names come out as single characters). */
export function segmentHan(run: string): string[] {
  return segmentHanRuns([run])
}
