/**
 * A fresh PostgreSQL index for a test: its own schema in the database of
 * `NEWS_PG_URL` (default: the one `scripts/setup.sh` starts), so parallel
 * test files and test runs never see each other's articles.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** The test database (CI starts it through `scripts/setup.sh`). */
export const PG_URL = process.env.NEWS_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/news_test'

/** A schema name no other run uses. */
export function uniqueSchemaName(label = 'test'): string {
  return `news_${label}_${process.pid}_${randomBytes(4).toString('hex')}`
}

/** The URL of `PG_URL` with its `search_path` set to `schema` (the store creates the schema). */
export function urlWithSchema(schema: string, base = PG_URL): string {
  const url = new URL(base)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return url.toString()
}

/** Drop a test schema and everything in it. */
export async function dropSchema(schema: string, base = PG_URL): Promise<void> {
  const client = new pg.Client({ connectionString: base })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  } finally {
    await client.end()
  }
}
