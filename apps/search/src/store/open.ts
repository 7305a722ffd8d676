/**
 * Choosing the store from `--db`: a `postgres://` or `postgresql://` URL
 * opens the PostgreSQL store (`postgres.ts`); anything else is the path of
 * an SQLite file. The schema is checked (and created or upgraded) on open.
 */
import { openSqliteStore } from './sqlite.js'
import type { Store } from './store.js'

/** Whether `--db` names a PostgreSQL database. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(db)
}

/** Options for opening a store. */
export interface OpenOptions {
  /** The index must exist already (the server and `query`): never create an empty one. */
  mustExist?: boolean
}

/** Open the store named by `db` and make sure its schema is current. */
export async function openStore(db: string, options: OpenOptions = {}): Promise<Store> {
  if (typeof db !== 'string' || db === '')
    throw new TypeError('Expected `db` to be a file path or a postgres:// URL')
  const store = isPostgresUrl(db)
    ? await openPostgres(db, options)
    : await openSqliteStore(db, { mustExist: options.mustExist ?? false })
  try {
    await store.migrate()
  } catch (error) {
    await store.close()
    throw error
  }
  return store
}

/**
 * The PostgreSQL store (issue 11) plugs in here:
 * `return (await import('./postgres.js')).openPostgresStore(url, options)`.
 */
async function openPostgres(_url: string, _options: OpenOptions): Promise<Store> {
  throw new Error('this news-search has no PostgreSQL store yet; give --db a file path')
}
