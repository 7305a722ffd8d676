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

/** The PostgreSQL store, loaded only when asked for (the SQLite path never loads `pg`). */
async function openPostgres(url: string, options: OpenOptions): Promise<Store> {
  const { openPostgresStore } = await import('./postgres.js')
  return openPostgresStore(url, { mustExist: options.mustExist ?? false })
}
