/**
 * The PostgreSQL schema of the search index and its migrations. The tables
 * live in the connection's current schema (`search_path`; a URL can set it
 * with `?options=-c%20search_path%3Dname`), so one database can hold several
 * indexes. `news_search_schema` records every step applied.
 */
import type pg from 'pg'

/** Version of the PostgreSQL schema this news-search reads and writes. */
export const POSTGRES_SCHEMA_VERSION = 1

/** The table that records the schema version. */
export const VERSION_TABLE = 'news_search_schema'

/** Key of the advisory lock that serialises migrations of concurrent processes. */
const MIGRATION_LOCK = 'news-search schema'

/** Schema steps: `MIGRATIONS[n]` takes an index from version n-1 to n. */
const MIGRATIONS: Record<number, string> = {
  1: `
    CREATE TABLE ${VERSION_TABLE} (
      version integer PRIMARY KEY,
      migrated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE files (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      path text NOT NULL UNIQUE,
      hash text NOT NULL,
      bytes bigint NOT NULL,
      indexed_at timestamptz NOT NULL DEFAULT now()
    );
    -- seq orders ties the way SQLite's rowid does; id is the public id.
    CREATE TABLE articles (
      seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      id text NOT NULL UNIQUE,
      file_id bigint NOT NULL REFERENCES files(id) ON DELETE CASCADE,
      ordinal integer NOT NULL,
      headline text,
      bylines jsonb NOT NULL,
      authors text[] NOT NULL,
      author_keys text[] NOT NULL,
      dateline text,
      publication text,
      date text COLLATE "C",
      month text COLLATE "C",
      page integer,
      section text,
      section_key text,
      lang text NOT NULL,
      line integer,
      body text NOT NULL,
      record jsonb NOT NULL,
      document tsvector NOT NULL
    );
    CREATE INDEX articles_file ON articles (file_id);
    CREATE INDEX articles_date ON articles (date);
    CREATE INDEX articles_section ON articles (section_key);
    CREATE INDEX articles_document ON articles USING gin (document);
  `,
}

/** Options of {@link migrate}. */
export interface MigrateOptions {
  /** Refuse to create an index where there is none (the server and `query`). */
  mustExist: boolean
  /** Where the index is, for messages (password redacted). */
  where: string
}

/**
 * Create the schema, or upgrade it step by step, in one transaction under
 * an advisory lock (indexers starting together migrate once). An index of
 * a newer version, or foreign tables named like ours, are refused.
 */
export async function migrate(client: pg.PoolClient, options: MigrateOptions): Promise<void> {
  await client.query('BEGIN')
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [MIGRATION_LOCK])
    await ensureSchema(client)
    const version = await storedVersion(client, options)
    if (version === 0 && options.mustExist) {
      throw new Error(`${options.where} holds no news-search index; create one with news-search index`)
    }
    for (let step = version + 1; step <= POSTGRES_SCHEMA_VERSION; step++) {
      await client.query(MIGRATIONS[step]!)
      await client.query(`INSERT INTO ${VERSION_TABLE} (version) VALUES ($1)`, [step])
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  }
}

/** Create the first schema of `search_path` when it does not exist yet (a fresh `?options=-c search_path=…`). */
async function ensureSchema(client: pg.PoolClient): Promise<void> {
  const { rows } = await client.query<{ schema: string | null; path: string }>(
    "SELECT current_schema() AS schema, current_setting('search_path') AS path",
  )
  if (rows[0]?.schema) return
  const first = rows[0]?.path
    .split(',')[0]
    ?.trim()
    .replace(/^"(.*)"$/, '$1')
  if (!first || first === '$user')
    throw new Error('the search_path of this connection names no schema to create tables in')
  await client.query(`CREATE SCHEMA IF NOT EXISTS "${first.replace(/"/g, '""')}"`)
}

async function storedVersion(client: pg.PoolClient, options: MigrateOptions): Promise<number> {
  const { rows } = await client.query<{ versions: boolean; articles: boolean }>(
    `SELECT to_regclass($1) IS NOT NULL AS versions, to_regclass('articles') IS NOT NULL AS articles`,
    [VERSION_TABLE],
  )
  const found = rows[0]!
  if (!found.versions) {
    if (found.articles) {
      throw new Error(
        `${options.where} has an "articles" table that is not a news-search index; use another schema or database`,
      )
    }
    return 0
  }
  const result = await client.query<{ version: number | null }>(
    `SELECT max(version) AS version FROM ${VERSION_TABLE}`,
  )
  const version = result.rows[0]?.version ?? 0
  if (version > POSTGRES_SCHEMA_VERSION) {
    throw new Error(
      `${options.where} is an index of schema version ${version}, made by a newer news-search; this one reads version ${POSTGRES_SCHEMA_VERSION}. Upgrade news-search or index again into a new database.`,
    )
  }
  return version
}
