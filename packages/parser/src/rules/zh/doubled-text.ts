/**
 * Text doubled by PDF extractors in bold type. Two shapes:
 *
 * - whole: every piece of the line printed twice in a row,
 *   `湖南湖南：：夏日夏日炎炎忙炎炎忙““双抢双抢””` → `湖南：夏日炎炎忙“双抢”`;
 * - chunk by chunk across lines: each line repeats the new part of the line
 *   before, `吉林` / `吉林省属` / `省属国企` → `吉林省属国企`; a line printed
 *   twice is the shortest such chain.
 *
 * Ordinary repeated characters (谢谢, 常常) are left alone: a line is only
 * repaired when ALL of it is doubled and it has enough doubled pieces.
 */

import { isSpaceCode } from '../../pipeline/lines.js'

/** Longest piece (characters) that counts as one doubled chunk. */
export const MAX_DOUBLED_CHUNK = 8
/** A wholly doubled line needs at least this many characters after repair. */
export const MIN_UNDOUBLED_LENGTH = 3
/** A chunk-by-chunk chain needs at least this many lines. */
export const MIN_CHAIN_LINES = 2
/** A line in a chunk chain is at most this many characters (titles, not body lines). */
export const MAX_CHAIN_LINE = 40

/**
 * Undo whole-line doubling. Returns the repaired text, or null when the text
 * is not entirely made of doubled pieces.
 */
export function undoubleText(text: string): string | null {
  const compacted = compact(text)
  return doubledAtEnds(compacted) ? parseDoubled(text, compacted) : null
}

/**
 * `undoubleText` without its early rejection: the whole line (`compacted`,
 * the text without whitespace) parsed into pieces each printed twice.
 * Exported for tests.
 */
export function parseDoubled(text: string, compacted: string): string | null {
  const chars = Array.from(compacted)
  const n = chars.length
  if (n < MIN_UNDOUBLED_LENGTH * 2 || !/\p{Script=Han}/u.test(text)) return null
  // next[i]: chunk length k such that chars[i, i+k) == chars[i+k, i+2k) and the rest parses; 0 if none.
  const next = new Array<number>(n + 1).fill(0)
  const ok = new Array<boolean>(n + 1).fill(false)
  ok[n] = true
  for (let i = n - 1; i >= 0; i--) {
    for (let k = Math.min(MAX_DOUBLED_CHUNK, Math.floor((n - i) / 2)); k >= 1; k--) {
      if (!ok[i + 2 * k]) continue
      let same = true
      for (let j = 0; j < k && same; j++) same = chars[i + j] === chars[i + k + j]
      if (same) {
        ok[i] = true
        next[i] = k
        break
      }
    }
  }
  if (!ok[0]) return null
  let out = ''
  let pieces = 0
  for (let i = 0; i < n; i += 2 * next[i]!) {
    out += chars.slice(i, i + next[i]!).join('')
    pieces++
  }
  // A line of one repeated piece (`谢谢谢谢`) is not evidence enough: ask for several pieces.
  return pieces >= 2 && out.length >= MIN_UNDOUBLED_LENGTH ? out : null
}

/**
 * Whether the text starts with a piece printed twice and ends with one, as
 * doubled text must: rejects nearly every line before `undoubleText` builds
 * its tables. Compared by code unit, a piece of at most `MAX_DOUBLED_CHUNK`
 * characters being at most twice as many units.
 */
function doubledAtEnds(text: string): boolean {
  return doubledPieceAt(text, 0) && doubledPieceAt(text, -1)
}

/** Whether `text` opens (`side` 0) or closes (`side` -1) with some piece of up to 2 × MAX_DOUBLED_CHUNK units twice in a row. */
function doubledPieceAt(text: string, side: 0 | -1): boolean {
  const n = text.length
  for (let m = 1; m <= 2 * MAX_DOUBLED_CHUNK && 2 * m <= n; m++) {
    const a = side === 0 ? 0 : n - 2 * m
    let same = true
    for (let j = 0; j < m && same; j++) same = text.charCodeAt(a + j) === text.charCodeAt(a + m + j)
    if (same) return true
  }
  return false
}

/**
 * Find a chunk-by-chunk chain starting at `lines[start]` (lines `compact`ed
 * by the caller, once for all the starts it tries): each line begins with
 * the new part of the line before it. Returns the number of lines in the
 * chain and the repaired text, or null when there is no chain.
 */
export function findChunkChain(
  lines: readonly string[],
  start: number,
): { count: number; text: string } | null {
  const first = lines[start] ?? ''
  if (!first || first.length > MAX_CHAIN_LINE) return null
  let novel = first
  let text = first
  let count = 1
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!
    if (!line || line.length > MAX_CHAIN_LINE || !line.startsWith(novel)) break
    novel = line.slice(novel.length)
    text += novel
    count++
    if (!novel) break
  }
  if (count < MIN_CHAIN_LINES) return null
  // Two lines where the second only adds to the first (`吉林` / `吉林省属`) are not a chain:
  // a third line must carry on, or the last line must repeat the new part (nothing new).
  if (count === 2 && novel) return null
  return { count, text }
}

/** The text without whitespace (the finders compare lines this way). */
export function compact(text: string): string {
  // Most lines hold no space (cleaned, or compacted already): found by a scan, not by the expression.
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return text.replace(/\s+/g, '')
  return text
}

/** Most lines in a block printed twice in a row (`标题` / `86.5%` / `标题` / `86.5%`). */
export const MAX_REPEATED_BLOCK = 3

/**
 * A block of lines printed twice in a row starting at `lines[start]`
 * (lines `compact`ed by the caller). Returns the number of lines in one
 * copy, or 0.
 */
export function findRepeatedBlock(lines: readonly string[], start: number): number {
  for (let k = 2; k <= MAX_REPEATED_BLOCK; k++) {
    if (start + 2 * k > lines.length) break
    let same = true
    for (let j = 0; j < k && same; j++) {
      const a = lines[start + j]!
      same = a.length > 0 && a.length <= MAX_CHAIN_LINE && a === lines[start + k + j]!
    }
    if (same) return k
  }
  return 0
}
