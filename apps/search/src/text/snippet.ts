/**
 * Snippets: a window of the article's own text around the densest run of
 * matches, matches wrapped in `<mark>`, everything else HTML-escaped. Matching
 * is done on folded text and mapped back, so `晶報` marks `晶报` and
 * `debates` marks `Debate`.
 */
import type { HighlightTerms } from '../query/compile.js'
import { foldUnits } from './fold.js'
import { stem } from './stem.js'

/** Length of a snippet, in characters of the original text. */
export const SNIPPET_LENGTH = 180
/** Context kept before the first match of the window. */
export const SNIPPET_LEAD = 40
/** How far to look for a space to cut Latin text on a word boundary. */
const WORD_EDGE = 15
/**
 * Text is searched for matches this many characters at a time, stopping
 * at the first stretch that has any: a snippet needs one good window, and
 * folding a whole page-long article for every hit would dominate a query.
 */
export const SCAN_CHUNK = 4000
/**
 * Text beyond this many characters is not searched for a snippet: a hit
 * that matches only deeper (or only in its headline) shows its first text
 * that matches within the limit, or its start, so that a book-length
 * article cannot slow a page of results.
 */
export const SCAN_LIMIT = 20_000
/**
 * The most of a text a snippet can show or search (`SCAN_LIMIT` and a
 * window past it): a store may read only this much of a long text, which
 * costs more to read whole than to search (a 70,000-character body took
 * 2 ms to read into JavaScript, its first 20,000 characters 0.1 ms).
 */
export const SNIPPET_TEXT_LIMIT = SCAN_LIMIT + 2 * SNIPPET_LENGTH
/** Chunks overlap by this much, so a match across a chunk edge is not lost. */
const SCAN_OVERLAP = 64

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

/** A matched span of the original text, `[start, end)`. */
export interface Range {
  start: number
  end: number
}

/**
 * Where the terms match in the first stretch of `text` that has matches
 * (see `SCAN_CHUNK`), sorted and merged.
 */
export function findMatches(text: string, terms: HighlightTerms): Range[] {
  if (terms.stems.length === 0 && terms.han.length === 0) return []
  for (let start = 0; start < Math.min(text.length, SCAN_LIMIT); start += SCAN_CHUNK) {
    let from = Math.max(0, start - SCAN_OVERLAP)
    // Never start inside a surrogate pair.
    if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from]!)) from--
    const ranges = matchesIn(text, from, Math.min(text.length, start + SCAN_CHUNK), terms)
    if (ranges.length > 0) return ranges
  }
  return []
}

/** Prefix every stem shares with the words it comes from (`happi` ← `happy`). */
const STEM_PREFIX = 3

/** A letter or digit that is not Han: a Latin word cannot start right after it (see `TOKEN_RUNS`). */
const INSIDE_WORD = /(?!\p{Script=Han})[\p{L}\p{N}]/u

/** A letter or digit of any script: what a word runs on (as in `TOKEN_RUNS`). */
const WORD_CHAR = /[\p{L}\p{N}]/u

/** Where the word that runs through `from` ends (a code-unit index). */
function wordEnd(text: string, from: number): number {
  let end = from
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (code < 0x80) {
      // ASCII without a regular expression: most of a Latin text.
      const letterOrDigit =
        (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)
      if (!letterOrDigit) break
      end++
      continue
    }
    const char = String.fromCodePoint(text.codePointAt(end)!)
    if (!WORD_CHAR.test(char)) break
    end += char.length
  }
  return end
}

/**
 * Words of `folded` that stem to one of the stems. Candidates are the words
 * starting with a stem's first letters, found with `indexOf` (stemming is
 * the costly part, so only these are stemmed).
 */
function stemMatches(
  folded: string,
  stems: readonly string[],
  at: (start: number, end: number) => void,
): void {
  const wanted = new Set(stems)
  for (const prefix of new Set(stems.map((s) => s.slice(0, STEM_PREFIX)))) {
    if (prefix === '') continue
    for (let i = folded.indexOf(prefix); i !== -1; i = folded.indexOf(prefix, i + 1)) {
      // A match inside a word (`rehabit` for `hab…`) is not a word of its own.
      if (i > 0 && INSIDE_WORD.test(folded[i - 1]!)) continue
      const end = wordEnd(folded, i + prefix.length)
      if (wanted.has(stem(folded.slice(i, end)))) at(i, end)
    }
  }
}

function matchesIn(whole: string, from: number, to: number, terms: HighlightTerms): Range[] {
  let end = to
  if (end < whole.length && /[\uD800-\uDBFF]/.test(whole[end - 1]!)) end++
  const folded = foldUnits(whole.slice(from, end))
  const ranges: Range[] = []
  const at = (start: number, stop: number) => ranges.push({ start: from + start, end: from + stop })
  if (terms.stems.length > 0) stemMatches(folded, terms.stems, at)
  for (const han of new Set(terms.han)) {
    if (han === '') continue
    for (let i = folded.indexOf(han); i !== -1; i = folded.indexOf(han, i + han.length)) {
      at(i, i + han.length)
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Range[] = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else merged.push({ ...r })
  }
  return merged
}

/** Text with the given ranges in `<mark>`, all else escaped. */
export function markRanges(text: string, ranges: readonly Range[], from = 0, to = text.length): string {
  let out = ''
  let pos = from
  for (const r of ranges) {
    if (r.end <= from || r.start >= to) continue
    const start = Math.max(r.start, pos)
    const end = Math.min(r.end, to)
    out += `${escapeHtml(text.slice(pos, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`
    pos = end
  }
  return out + escapeHtml(text.slice(pos, to))
}

/** Index of the range that starts the window holding the most matches. */
function densest(ranges: readonly Range[]): number {
  let best = 0
  let bestCount = 0
  let j = 0
  for (let i = 0; i < ranges.length; i++) {
    if (j < i) j = i
    while (j + 1 < ranges.length && ranges[j + 1]!.end - ranges[i]!.start <= SNIPPET_LENGTH - SNIPPET_LEAD)
      j++
    if (j - i + 1 > bestCount) {
      bestCount = j - i + 1
      best = i
    }
  }
  return best
}

/** Whitespace, where Latin text may be cut. */
const SPACE = /\s/

/** Move a cut to a nearby space in Latin text; Chinese text cuts anywhere. */
function nearSpace(text: string, index: number, direction: 1 | -1): number {
  for (let k = 0; k <= WORD_EDGE; k++) {
    const i = index + k * direction
    if (i <= 0 || i >= text.length) return Math.max(0, Math.min(text.length, i))
    if (SPACE.test(text[i]!)) return direction === 1 ? i + 1 : i
  }
  return index
}

/** An HTML snippet of `text` around the matches of `terms`. */
export function snippet(text: string, terms: HighlightTerms): string {
  return snippetOf(text, findMatches(text, terms))
}

/**
 * The snippet of `text` around the given matches. Only the window is
 * cleaned (whitespace runs become one space): a page-long body is never
 * copied whole.
 */
function snippetOf(text: string, ranges: readonly Range[]): string {
  let first = 0
  while (first < text.length && SPACE.test(text[first]!)) first++
  let last = text.length
  while (last > first && SPACE.test(text[last - 1]!)) last--
  let start = first
  if (ranges.length > 0) {
    const densestMatch = ranges[densest(ranges)]!
    start =
      densestMatch.start - first > SNIPPET_LEAD
        ? nearSpace(text, densestMatch.start - SNIPPET_LEAD, 1)
        : first
    if (start > densestMatch.start) start = densestMatch.start
  }
  let end = Math.min(last, start + SNIPPET_LENGTH)
  if (end < last) end = nearSpace(text, end, -1)
  if (end <= start) end = Math.min(last, start + SNIPPET_LENGTH)
  const body = markRanges(text, ranges, start, end).replace(/\s+/g, ' ')
  return `${start > first ? '…' : ''}${body}${end < last ? '…' : ''}`
}

/**
 * The snippet of the first text that matches (body, then headline, deks,
 * bylines: a hit may match only in its headline), or the start of the
 * first non-empty text when none does. Each text is searched once.
 */
export function bestSnippet(texts: readonly (string | null)[], terms: HighlightTerms): string {
  const present = texts.filter((t): t is string => t !== null && t.trim() !== '')
  for (const text of present) {
    const ranges = findMatches(text, terms)
    if (ranges.length > 0) return snippetOf(text, ranges)
  }
  return snippetOf(present[0] ?? '', [])
}
