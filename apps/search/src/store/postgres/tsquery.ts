/**
 * Rendering a compiled query (`query/compile.ts`) as a PostgreSQL `tsquery`
 * literal over the `document` column built by `tsvector.ts`, with the same
 * meaning as the FTS5 MATCH string of `fts5-query.ts`:
 *
 * - a gram sequence is a phrase of adjacent lexemes (`'李明' <-> '明华'`);
 *   fields sit {@link FIELD_POSITION_GAP} positions apart, so, as with FTS5
 *   columns, a phrase never spans two fields;
 * - a prefix (one Han character) is `'华':*`;
 * - a Han dictionary word is its lexeme in the `words` stream (`'#李明华'`);
 * - `and`/`or` are `&`/`|`.
 *
 * Every lexeme is quoted, so no user text can form tsquery syntax.
 */
import type { MatchNode } from '../../query/compile.js'
import { quoteLexeme, WORD_MARK } from './tsvector.js'

/** The tsquery literal of a condition (cast it with `::tsquery`). */
export function toTsquery(node: MatchNode): string {
  switch (node.type) {
    case 'tokens': {
      const mark = node.stream === 'words' ? WORD_MARK : ''
      const lexemes = node.tokens.map((token) => quoteLexeme(mark + token))
      if (node.prefix && lexemes.length > 0) lexemes[lexemes.length - 1] += ':*'
      return lexemes.length === 1 ? lexemes[0]! : `(${lexemes.join(' <-> ')})`
    }
    case 'and':
    case 'or':
      return `(${node.children.map(toTsquery).join(node.type === 'and' ? ' & ' : ' | ')})`
  }
}
