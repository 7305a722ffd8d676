/**
 * Builds `tsvector` and `tsquery` literals from tokens the app's own
 * tokenizer made, so PostgreSQL indexes exactly the tokens SQLite indexes:
 * no text-search configuration, parser, stemmer or stop list of the server
 * touches them (its default parser would split `e-mail` and renumber positions).
 */

/** PostgreSQL's weight letters: A ranks highest. */
export type Weight = 'A' | 'B' | 'C' | 'D'

/** The largest position a `tsvector` stores; later tokens share it (phrase matching past it is approximate). */
export const MAX_TSVECTOR_POSITION = 16_383
/** Positions left empty between two fields, so that a phrase never matches across a field boundary. */
export const FIELD_POSITION_GAP = 8

/** One field's tokens and the weight they are indexed with. */
export interface WeightedTokens {
  weight: Weight
  tokens: readonly string[]
}

/** A lexeme quoted for tsvector/tsquery input: `'` doubled, `\` escaped. */
export function quoteLexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
}

/**
 * The `tsvector` literal of some fields, positions counted across fields in
 * order (with {@link FIELD_POSITION_GAP} between them), each position marked
 * with its field's weight. Cast with `::tsvector` in SQL.
 */
export function tsvectorLiteral(fields: readonly WeightedTokens[]): string {
  const positions = new Map<string, string[]>()
  let position = 0
  for (const field of fields) {
    if (field.tokens.length === 0) continue
    if (position > 0) position += FIELD_POSITION_GAP
    for (const token of field.tokens) {
      if (token === '') continue
      position = Math.min(position + 1, MAX_TSVECTOR_POSITION)
      const list = positions.get(token)
      const mark = `${position}${field.weight}`
      if (list) {
        if (list[list.length - 1] !== mark) list.push(mark)
      } else positions.set(token, [mark])
    }
  }
  const parts: string[] = []
  for (const [token, marks] of positions) parts.push(`${quoteLexeme(token)}:${marks.join(',')}`)
  return parts.join(' ')
}
