/**
 * Rendering a compiled query (`query/compile.ts`) as an FTS5 MATCH string.
 * Tokens are letters and digits only (see `text/tokenize.ts`), so quoting
 * each phrase is enough: no user text can form FTS5 syntax.
 */
import type { MatchNode } from '../query/compile.js'

/** FTS5 columns searched by each token stream. */
export const STREAM_COLUMNS = {
  grams: '{headline deks bylines body}',
  words: '{words}',
} as const

/** The FTS5 MATCH expression for a condition. */
export function toFts5(node: MatchNode): string {
  switch (node.type) {
    case 'tokens': {
      const phrase = `"${node.tokens.join(' ').replace(/"/g, '')}"${node.prefix ? ' *' : ''}`
      return `${STREAM_COLUMNS[node.stream]} : ${phrase}`
    }
    case 'and':
    case 'or':
      return node.children.map((child) => `(${toFts5(child)})`).join(node.type === 'and' ? ' AND ' : ' OR ')
  }
}
