/**
 * The `tsvector` of an article, built as a literal from the tokens the app's
 * own tokenizer made (`text/tokenize.ts`), so PostgreSQL indexes exactly the
 * tokens SQLite indexes. No text-search configuration, parser, stemmer or
 * stop list of the server touches them: `to_tsvector('simple', …)` would
 * depend on the database's locale for Han characters and renumber positions.
 *
 * The result is what `setweight(…'A') || setweight(…'B') || …` over the
 * token strings would give: the matching stream (`grams`) of headline, deks,
 * bylines and body with weights A, B, C, D, positions counted across the
 * fields; then the Han dictionary words (`words`), marked with
 * {@link WORD_MARK} so that they never meet a gram.
 */
import type { IndexedField } from '../store.js'

/** PostgreSQL's weight letters: A ranks highest. */
export type Weight = 'A' | 'B' | 'C' | 'D'

/** Weight of each indexed field in the `document` column (the order of `FIELD_WEIGHTS`). */
export const FIELD_WEIGHT_LETTERS: Record<IndexedField, Weight> = {
  headline: 'A',
  deks: 'B',
  bylines: 'C',
  body: 'D',
  words: 'D',
}

/** Put before every token of the `words` stream. Grams are letters and digits only, so none starts with it. */
export const WORD_MARK = '#'

/** The largest position a `tsvector` stores; PostgreSQL gives later tokens this one. */
export const MAX_TSVECTOR_POSITION = 16_383
/** Positions left empty between two fields, so that a phrase never matches across fields (FTS5 columns do the same). */
export const FIELD_POSITION_GAP = 8
/** Longest lexeme PostgreSQL accepts, in UTF-8 bytes; longer tokens (OCR garbage) are not indexed. */
export const MAX_LEXEME_BYTES = 2046
/**
 * Budget for one `tsvector` in bytes, below PostgreSQL's hard limit of
 * 1 MiB: past it, tokens that would add a new lexeme are dropped rather
 * than failing the whole batch (an article of some 100,000 distinct tokens).
 */
export const MAX_TSVECTOR_BYTES = 1_000_000
/** Bytes a lexeme costs in a tsvector besides its text (entry header and padding). */
const LEXEME_OVERHEAD_BYTES = 8
/** Bytes one position costs. */
const POSITION_BYTES = 2

/** A lexeme quoted for tsvector/tsquery input: `'` doubled, `\` escaped. */
export function quoteLexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
}

/** Space-separated tokens (as stored in `IndexedArticle.tokens`) as a list. */
export function splitTokens(tokens: string): string[] {
  return tokens.split(' ').filter((token) => token !== '')
}

/**
 * The `tsvector` literal of an article's token fields (cast it with
 * `::tsvector`). Fields are taken in the order of `FIELD_WEIGHT_LETTERS`.
 */
export function documentLiteral(tokens: Readonly<Record<IndexedField, string>>): string {
  const lexemes = new Map<string, string[]>()
  let position = 0
  let bytes = 0
  for (const field of Object.keys(FIELD_WEIGHT_LETTERS) as IndexedField[]) {
    const list = splitTokens(tokens[field])
    if (list.length === 0) continue
    const weight = FIELD_WEIGHT_LETTERS[field]
    const mark = field === 'words' ? WORD_MARK : ''
    if (position > 0) position += FIELD_POSITION_GAP
    for (const token of list) {
      position = Math.min(position + 1, MAX_TSVECTOR_POSITION)
      const lexeme = mark + token
      const positions = lexemes.get(lexeme)
      const entry = `${position}${weight}`
      if (positions) {
        if (positions[positions.length - 1] !== entry) positions.push(entry)
        bytes += POSITION_BYTES
        continue
      }
      const size = Buffer.byteLength(lexeme)
      if (size > MAX_LEXEME_BYTES || bytes + size + LEXEME_OVERHEAD_BYTES > MAX_TSVECTOR_BYTES) continue
      bytes += size + LEXEME_OVERHEAD_BYTES + POSITION_BYTES
      lexemes.set(lexeme, [entry])
    }
  }
  const parts: string[] = []
  for (const [lexeme, positions] of lexemes) parts.push(`${quoteLexeme(lexeme)}:${positions.join(',')}`)
  return parts.join(' ')
}
