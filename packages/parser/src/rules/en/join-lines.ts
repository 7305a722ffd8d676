/**
 * Joining English lines into one text: a space between lines, except where
 * a line-end hyphen is dropped (`Demo-` + `crats`) or kept as a compound
 * (`well-` + `known`). Curly quotes are ordinary Latin punctuation here (the
 * shared joiner treats them as full-width, which suits Chinese only).
 */
import type { DraftText, Span } from '../../pipeline/model.js'
import { dropLineEndHyphen, type Vocabulary } from './dehyphenate.js'

/** A piece of text and its source range. */
export interface Piece {
  text: string
  span: Span
}

/** Join pieces into one draft text. */
export function joinEnglish(pieces: readonly Piece[], vocabulary: Vocabulary): DraftText {
  let text = ''
  const spans: Span[] = []
  for (const piece of pieces) {
    const t = piece.text.trim()
    if (!t) continue
    if (text) {
      if (/[A-Za-z\u00c0-\u024f]-$/.test(text) && /^[A-Za-z\u00c0-\u024f]/.test(t)) {
        if (dropLineEndHyphen(text, t, vocabulary)) text = text.slice(0, -1)
      } else {
        text += ' '
      }
    }
    text += t
    spans.push(piece.span)
  }
  return { text, spans: spans.length ? spans : [[0, 0]] }
}
