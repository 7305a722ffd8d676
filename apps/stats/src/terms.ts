/**
 * Terms of an article for TF-IDF: Chinese words from `Intl.Segmenter`,
 * alphabetic words lower-cased; stop words dropped; numbers kept apart.
 */
import { EN_STOP_WORDS, ZH_STOP_WORDS } from './stop-words.js'

/** Chinese words shorter than this are function words or name fragments (`李|明|华`). */
export const MIN_HAN_TERM_LENGTH = 2
/** Alphabetic words shorter than this are mostly OCR debris (`tn`, `ot`). */
export const MIN_LATIN_TERM_LENGTH = 3
/**
 * Longest piece handed to `Intl.Segmenter` at once: on Node 20 the cost of
 * one call grows faster than the length of its string.
 */
export const MAX_SEGMENT_PIECE = 200

const HAN = /\p{Script=Han}/u
const ALL_HAN = /^\p{Script=Han}+$/u
const DIGITS = /^[\p{N}.,:/%-]*\p{N}[\p{N}.,:/%-]*$/u
/** Chinese numerals, with the units of dates and counts written in them. */
const HAN_NUMBER = /^[〇零一二三四五六七八九十百千万萬亿億两兩廿卅]+[年月日号號时時分秒]?$/u
const LATIN_WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u
const PIECE_BREAK = /(?<=[。！？；!?;\n])/u
const LATIN_TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.,:/%-]*/gu

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

/** What a token is. */
export type TokenKind = 'term' | 'number' | 'skip'

/** Classify one token (already lower-cased for alphabetic text). */
export function classifyToken(token: string): TokenKind {
  if (DIGITS.test(token) || HAN_NUMBER.test(token)) return 'number'
  if (ALL_HAN.test(token)) {
    return token.length >= MIN_HAN_TERM_LENGTH && !ZH_STOP_WORDS.has(token) ? 'term' : 'skip'
  }
  if (LATIN_WORD.test(token)) {
    const word = token.replace(/['’-]+$/u, '')
    return [...word].length >= MIN_LATIN_TERM_LENGTH && !EN_STOP_WORDS.has(word) ? 'term' : 'skip'
  }
  return 'skip'
}

/** Pieces of at most `MAX_SEGMENT_PIECE` characters, cut after sentence ends where possible. */
export function shortPieces(text: string): string[] {
  const out: string[] = []
  for (const sentence of text.split(PIECE_BREAK)) {
    for (let i = 0; i < sentence.length; i += MAX_SEGMENT_PIECE)
      out.push(sentence.slice(i, i + MAX_SEGMENT_PIECE))
  }
  return out
}

/**
 * Call `visit` with every term and number of a text. Text with Chinese
 * characters goes through the word segmenter a short piece at a time;
 * other text is split on non-letters.
 */
export function eachToken(text: string, visit: (token: string, kind: 'term' | 'number') => void): void {
  const emit = (raw: string) => {
    const token = raw.toLowerCase().replace(/[.,:/-]+$/u, '')
    if (!token) return
    const kind = classifyToken(token)
    if (kind !== 'skip') visit(token, kind)
  }
  if (!HAN.test(text)) {
    for (const m of text.matchAll(LATIN_TOKEN)) emit(m[0])
    return
  }
  for (const piece of shortPieces(text)) {
    for (const s of segmenter.segment(piece)) if (s.isWordLike) emit(s.segment)
  }
}
