/**
 * Joining English lines into one text: a space between lines, except where
 * a line-end hyphen is dropped (`Demo-` + `crats`) or kept as a compound
 * (`well-` + `known`). Curly quotes are ordinary Latin punctuation here (the
 * shared joiner treats them as full-width, which suits Chinese only).
 */
import type { DraftText, Span } from '../../pipeline/model.js'
import { dropLineEndHyphen } from './dehyphenate.js'
import type { Vocabulary } from './page-words.js'

/** A piece of text and its source range (a segment is one). */
export interface Piece {
  text: string
  start: number
  end: number
}

/** Whether a code unit is a letter (`[A-Za-z\u00c0-\u024f]`). */
const isLetter = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)
const HYPHEN = 0x2d

/** The joined text's last `n` characters (or all of it), from its parts. */
function suffixOf(parts: readonly string[], n: number): string {
  let suffix = ''
  for (let k = parts.length - 1; k >= 0 && suffix.length < n; k--) suffix = parts[k]! + suffix
  return suffix
}

/** Whether a string holds only letters and hyphens (a word may go on before it). */
function wordOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== HYPHEN && !isLetter(c)) return false
  }
  return true
}

/** The end of the joined text back to the start of its last word: all the hyphen test reads. */
function wordTail(parts: readonly string[]): string {
  let tail = ''
  for (let k = parts.length - 1; k >= 0; k--) {
    tail = parts[k]! + tail
    if (!wordOnly(parts[k]!)) break
  }
  return tail
}

/**
 * Join pieces into one draft text. The text is kept as parts joined once at
 * the end, and only its end is read: testing the whole growing text at each
 * line is quadratic on long paragraphs.
 */
export function joinEnglish(pieces: readonly Piece[], vocabulary: Vocabulary): DraftText {
  // One piece (a title line, a line of furniture): nothing to join.
  if (pieces.length === 1) {
    const only = pieces[0]!
    const t = only.text.trim()
    return t ? { text: t, spans: [[only.start, only.end]] } : { text: '', spans: [[0, 0]] }
  }
  const parts: string[] = []
  const spans: Span[] = []
  for (const piece of pieces) {
    const t = piece.text.trim()
    if (!t) continue
    if (parts.length) {
      const end = suffixOf(parts, 2)
      const hyphenated =
        end.length >= 2 &&
        end.charCodeAt(end.length - 1) === HYPHEN &&
        isLetter(end.charCodeAt(end.length - 2)) &&
        isLetter(t.charCodeAt(0))
      if (hyphenated) {
        if (dropLineEndHyphen(wordTail(parts), t, vocabulary)) dropLastCharacter(parts)
      } else {
        parts.push(' ')
      }
    }
    parts.push(t)
    spans.push([piece.start, piece.end])
  }
  return { text: parts.join(''), spans: spans.length ? spans : [[0, 0]] }
}

/** Remove the joined text's last character (the last non-empty part's). */
function dropLastCharacter(parts: string[]): void {
  for (let k = parts.length - 1; k >= 0; k--) {
    if (parts[k]!.length) {
      parts[k] = parts[k]!.slice(0, -1)
      return
    }
  }
}
