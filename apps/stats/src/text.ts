/** Measuring the text of records: characters, words, reading time. */
import type { RecordArticle, RecordFigure } from '@news/parser'

/**
 * Reading speed for Chinese, in characters per minute: 255 (158 words) in
 * Trauzettel-Klosinski et al., "Standardized assessment of reading
 * performance" (IReST, 2012), read aloud by adults.
 */
export const READING_CHARS_PER_MINUTE_ZH = 255
/** Reading speed for English and other alphabetic text, in words per minute: 238 (Brysbaert 2019, silent non-fiction). */
export const READING_WORDS_PER_MINUTE = 238

const NON_SPACE = /\S/gu
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu
const LENGTH_CHARACTER = /[^\s\p{P}\p{S}]/gu

/** Primary language subtag: `zh-Hant` → `zh`; `und` when unknown. */
export function primaryLang(lang: string | null | undefined): string {
  const primary = (lang ?? '').split('-')[0]!.toLowerCase()
  return primary || 'und'
}

/** Whether article lengths in a language are counted in characters (else words). */
export function countsCharacters(lang: string): boolean {
  return lang === 'zh' || lang === 'ja'
}

/** Characters that are not whitespace: what the character shares are made of. */
export function visibleLength(text: string | null | undefined): number {
  if (!text) return 0
  return text.match(NON_SPACE)?.length ?? 0
}

/** Length of a body: characters without punctuation for Chinese and Japanese, words otherwise. */
export function bodyLength(paragraphs: readonly string[], lang: string): number {
  let n = 0
  const pattern = countsCharacters(lang) ? LENGTH_CHARACTER : WORD
  for (const p of paragraphs) n += p.match(pattern)?.length ?? 0
  return n
}

/** Reading speed for a language, in its length unit per minute. */
export function readingSpeed(lang: string): number {
  return countsCharacters(lang) ? READING_CHARS_PER_MINUTE_ZH : READING_WORDS_PER_MINUTE
}

/** Visible characters of a figure. */
export function figureLength(figure: RecordFigure): number {
  return visibleLength(figure.title) + visibleLength(figure.caption) + visibleLength(figure.credit)
}

/** Visible characters of everything in an article. */
export function articleLength(article: RecordArticle): number {
  let n = visibleLength(article.kicker) + visibleLength(article.headline) + visibleLength(article.dateline)
  for (const d of article.deks) n += visibleLength(d)
  for (const b of article.bylines) n += visibleLength(b.text)
  for (const p of article.paragraphs) n += visibleLength(p)
  for (const f of article.figures) n += figureLength(f)
  return n
}

/** The running text of an article that terms are taken from: headline, deks and paragraphs. */
export function articleText(article: RecordArticle): string[] {
  const parts: string[] = []
  if (article.headline) parts.push(article.headline)
  parts.push(...article.deks, ...article.paragraphs)
  return parts
}
