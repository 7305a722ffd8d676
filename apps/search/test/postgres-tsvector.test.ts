/**
 * The `tsvector` and `tsquery` literals, read by a real PostgreSQL: any
 * token (quotes, backslashes, Han, the word mark) is one lexeme, fields do
 * not run into each other, and what PostgreSQL cannot hold is left out
 * instead of failing the batch.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toTsquery } from '../src/store/postgres/tsquery.js'
import {
  documentLiteral,
  FIELD_POSITION_GAP,
  MAX_LEXEME_BYTES,
  MAX_TSVECTOR_BYTES,
} from '../src/store/postgres/tsvector.js'
import type { IndexedField } from '../src/store/store.js'
import { PG_URL } from './helpers/postgres.js'

const fields = (overrides: Partial<Record<IndexedField, string>>): Record<IndexedField, string> => ({
  headline: '',
  deks: '',
  bylines: '',
  body: '',
  words: '',
  ...overrides,
})

describe('tsvector and tsquery literals in PostgreSQL', () => {
  const client = new pg.Client({ connectionString: PG_URL })
  beforeAll(() => client.connect())
  afterAll(() => client.end())

  const matches = async (document: string, query: string): Promise<boolean> => {
    const { rows } = await client.query<{ hit: boolean }>('SELECT $1::tsvector @@ $2::tsquery AS hit', [
      document,
      query,
    ])
    return rows[0]!.hit
  }
  const phrase = (tokens: string[], prefix = false) =>
    toTsquery({ type: 'tokens', stream: 'grams', tokens, prefix })

  it('should keep every token one lexeme, quotes and backslashes included', async () => {
    const tokens = ["o'neil", 'back\\slash', '李明', 'e-mail']
    const { rows } = await client.query<{ lexemes: string[] }>(
      'SELECT tsvector_to_array($1::tsvector) AS lexemes',
      [documentLiteral(fields({ body: tokens.join(' ') }))],
    )
    expect(rows[0]!.lexemes.sort()).toEqual([...tokens].sort())
    expect(
      await matches(documentLiteral(fields({ body: tokens.join(' ') })), phrase(["o'neil", 'back\\slash'])),
    ).toBe(true)
  })

  it('should match a phrase inside a field but never across two fields', async () => {
    const document = documentLiteral(fields({ headline: 'senat debat', body: 'tariff bill' }))
    expect(await matches(document, phrase(['senat', 'debat']))).toBe(true)
    expect(await matches(document, phrase(['debat', 'tariff']))).toBe(false)
    expect(FIELD_POSITION_GAP).toBeGreaterThan(1)
  })

  it('should keep dictionary words apart from pairs, and match a Han prefix', async () => {
    const document = documentLiteral(fields({ body: '李明 明华 华', words: '李明华' }))
    const word = toTsquery({ type: 'tokens', stream: 'words', tokens: ['李明华'], prefix: false })
    expect(await matches(document, word)).toBe(true)
    expect(await matches(document, phrase(['李明华']))).toBe(false)
    expect(await matches(document, phrase(['明'], true))).toBe(true)
    expect(await matches(document, phrase(['李明', '明华', '华']))).toBe(true)
  })

  it('should weight fields A to D', async () => {
    const document = documentLiteral(fields({ headline: 'a', deks: 'b', bylines: 'c', body: 'd' }))
    const { rows } = await client.query<{ text: string }>('SELECT $1::tsvector::text AS text', [document])
    expect(rows[0]!.text).toMatch(/'a':1A .*'b':\d+B .*'c':\d+C .*'d':\d+/)
  })

  it('should leave out what PostgreSQL cannot hold instead of failing', async () => {
    const long = 'x'.repeat(MAX_LEXEME_BYTES + 1)
    const many = Array.from({ length: 120_000 }, (_, i) => `w${i}`).join(' ')
    const document = documentLiteral(fields({ headline: `${long} kept`, body: many }))
    expect(document.length).toBeGreaterThan(MAX_TSVECTOR_BYTES / 2)
    const { rows } = await client.query<{ n: number }>('SELECT length($1::tsvector) AS n', [document])
    expect(rows[0]!.n).toBeGreaterThan(50_000)
    expect(rows[0]!.n).toBeLessThan(120_000)
    expect(await matches(document, phrase(['kept']))).toBe(true)
  })
})
