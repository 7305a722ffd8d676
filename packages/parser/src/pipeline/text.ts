/**
 * Joining lines into text, shared by the rules of every language: each line
 * contributes its trimmed text and its source span; how lines join (space or
 * not, hyphen dropped or kept) depends on the script at the join.
 */
import { HAN } from '../util/chars.js'
import type { DraftText, Line, Span } from './model.js'

const CJK_OR_FULLWIDTH = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’…—·]/u

/** Whether two pieces of text should be joined without a space (Chinese text, full-width punctuation). */
export function joinsTight(left: string, right: string): boolean {
  const a = left.at(-1) ?? ''
  const b = right[0] ?? ''
  return CJK_OR_FULLWIDTH.test(a) || CJK_OR_FULLWIDTH.test(b)
}

/**
 * Remove typesetting spaces from Chinese text: spaces between two Han
 * characters, and between Han and a digit or Latin letter (`6 月` → `6月`).
 * Spaces between two Latin words stay.
 */
export function removeTypesettingSpaces(text: string): string {
  return text
    .replace(/([\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’])[ \t\u3000]+(?=\S)/gu, '$1')
    .replace(/(\S)[ \t\u3000]+(?=[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’])/gu, '$1')
}

/** Options for `joinLines`. */
export interface JoinOptions {
  /**
   * Whether to drop the hyphen that ends `left` (the previous line's text)
   * before `right` (the next line's text). Default: `simpleDehyphenate`.
   */
  dehyphenate?: (left: string, right: string) => boolean
}

/** The default de-hyphenation test: a letter, a hyphen, then a lower-case letter on the next line. */
export function simpleDehyphenate(left: string, right: string): boolean {
  return /[a-z]-$/.test(left) && /^[a-z]/.test(right)
}

/** Join lines (or parts of lines, given as spans) into one `DraftText`. */
export function joinLines(lines: readonly Line[], options: JoinOptions = {}): DraftText {
  return joinParts(
    lines
      .filter((l) => !l.blank)
      .map((l) => ({ text: l.trimmed, span: [l.contentStart, l.contentEnd] as Span })),
    options,
  )
}

/** A piece of text and the source range it came from. */
export interface Part {
  text: string
  span: Span
}

/** Join parts into one `DraftText`, cleaning Chinese typesetting spaces. */
export function joinParts(parts: readonly Part[], options: JoinOptions = {}): DraftText {
  const dehyphenate = options.dehyphenate ?? simpleDehyphenate
  // Pieces are collected and joined once, and joins look at the previous
  // piece only: reading the end of a growing concatenated string (or testing
  // a regular expression on it) at every join makes long paragraphs quadratic.
  const chunks: string[] = []
  let previous = ''
  const spans: Span[] = []
  for (const part of parts) {
    const piece = part.text.trim()
    if (!piece) continue
    if (chunks.length) {
      if (previous.endsWith('-') && dehyphenate(previous, piece))
        chunks[chunks.length - 1] = previous.slice(0, -1)
      else if (!joinsTight(previous, piece) && !previous.endsWith('-')) chunks.push(' ')
    }
    chunks.push(piece)
    previous = piece
    spans.push(part.span)
  }
  let text = chunks.join('')
  if (HAN.test(text)) text = removeTypesettingSpaces(text)
  return { text, spans: spans.length ? spans : [[0, 0]] }
}
