/**
 * Turning a parsed query into token conditions every store can run. The
 * tokens are those of `text/tokenize.ts`, so a store only renders this tree
 * in its own syntax (FTS5 MATCH, a PostgreSQL tsquery…) and never sees
 * what the user typed: no store syntax error can come from a query.
 */
import { fold } from '../text/fold.js'
import { segmentHan } from '../text/segment.js'
import { stem } from '../text/stem.js'
import type { ParsedQuery, QueryTerm } from './parse.js'

/** A sequence of adjacent tokens in one stream (one token: a plain term). */
export interface TokenMatch {
  type: 'tokens'
  /** `grams` (matching stream) or `words` (Han dictionary words, for rank). */
  stream: 'grams' | 'words'
  tokens: string[]
  /** The last token is a prefix (a single Han character matches every pair it starts). */
  prefix: boolean
}

/** All or any of the children. */
export interface BooleanMatch {
  type: 'and' | 'or'
  children: MatchNode[]
}

/** A condition on an article's tokens. */
export type MatchNode = TokenMatch | BooleanMatch

/** What to mark in snippets. */
export interface HighlightTerms {
  /** Stems of Latin-script words. */
  stems: string[]
  /** Folded Han strings, found as substrings. */
  han: string[]
}

/** A query ready for a store. */
export interface CompiledQuery {
  /** Must match; null when the query has no words (filters only). */
  match: MatchNode | null
  /** Must not match; null when nothing is excluded. */
  exclude: MatchNode | null
  highlight: HighlightTerms
  /** Parse warnings plus terms that had nothing to search for. */
  warnings: string[]
}

const RUNS = /(\p{Script=Han}+)|([\p{L}\p{N}]+)/gu

interface Unit {
  han: boolean
  text: string
}

function units(text: string): Unit[] {
  return Array.from(fold(text).matchAll(RUNS), (m) =>
    m[1] ? { han: true, text: m[1] } : { han: false, text: stem(m[2]!) },
  )
}

function tokens(stream: TokenMatch['stream'], list: string[], prefix = false): TokenMatch {
  return { type: 'tokens', stream, tokens: list, prefix }
}

function bigrams(chars: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!)
  return out
}

function all(children: MatchNode[]): MatchNode {
  return children.length === 1 ? children[0]! : { type: 'and', children }
}

function any(children: MatchNode[]): MatchNode {
  return children.length === 1 ? children[0]! : { type: 'or', children }
}

/**
 * A Han run typed as a word: dictionary words must all match; characters
 * the segmenter left alone next to each other (a name, a place: `李|明|华`)
 * are joined back and must match as written.
 */
function hanRun(run: string, highlight: HighlightTerms): MatchNode {
  const chunks: { text: string; word: boolean }[] = []
  for (const word of segmentHan(run)) {
    const last = chunks[chunks.length - 1]
    if (Array.from(word).length === 1 && last && !last.word) last.text += word
    else chunks.push({ text: word, word: Array.from(word).length > 1 })
  }
  return all(
    chunks.map((chunk) => {
      highlight.han.push(chunk.text)
      const chars = Array.from(chunk.text)
      if (chars.length === 1) return tokens('grams', chars, true)
      const pairs = tokens('grams', bigrams(chars))
      return chunk.word ? any([pairs, tokens('words', [chunk.text])]) : pairs
    }),
  )
}

/** Words next to each other, in the same token layout as the index. */
function phrase(list: Unit[], highlight: HighlightTerms): MatchNode {
  const seq: string[] = []
  list.forEach((unit, index) => {
    const followed = index < list.length - 1
    if (!unit.han) {
      highlight.stems.push(unit.text)
      seq.push(unit.text)
      return
    }
    highlight.han.push(unit.text)
    const chars = Array.from(unit.text)
    seq.push(...bigrams(chars))
    // The index ends every Han run with its last character alone.
    if (followed || chars.length === 1) seq.push(chars[chars.length - 1]!)
  })
  const last = list[list.length - 1]!
  return tokens('grams', seq, last.han && Array.from(last.text).length === 1)
}

function term(query: QueryTerm, highlight: HighlightTerms): MatchNode | null {
  const list = units(query.text)
  if (list.length === 0) return null
  if (query.phrase || list.length > 1) return phrase(list, highlight)
  const [unit] = list as [Unit]
  if (unit.han) return hanRun(unit.text, highlight)
  highlight.stems.push(unit.text)
  return tokens('grams', [unit.text])
}

/** Compile a parsed query into token conditions. */
export function compileQuery(query: ParsedQuery): CompiledQuery {
  const highlight: HighlightTerms = { stems: [], han: [] }
  const warnings = [...query.warnings]
  const compileTerm = (t: QueryTerm): MatchNode | null => {
    const node = term(t, highlight)
    if (node === null) warnings.push(`"${t.text}" has no words to search for; ignored`)
    return node
  }
  const groups: MatchNode[] = []
  for (const group of query.groups) {
    const options = group.map(compileTerm).filter((n): n is MatchNode => n !== null)
    if (options.length > 0) groups.push(any(options))
  }
  const excluded: MatchNode[] = []
  const ignore: HighlightTerms = { stems: [], han: [] }
  for (const t of query.exclude) {
    const node = term(t, ignore)
    if (node) excluded.push(node)
  }
  return {
    match: groups.length > 0 ? all(groups) : null,
    exclude: excluded.length > 0 ? any(excluded) : null,
    highlight,
    warnings,
  }
}
