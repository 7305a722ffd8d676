/**
 * The stores every search test runs against. Each factory opens a fresh,
 * empty, real store; SQLite is always here. Another store (PostgreSQL) is
 * tested by adding its factory to `storeFactories`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '../../src/store/open.js'
import type { Store } from '../../src/store/store.js'
import { dropSchema, uniqueSchemaName, urlWithSchema } from './postgres.js'

/** A fresh store and how to throw it away. */
export interface OpenedStore {
  store: Store
  /** What `--db` would be for this store. */
  db: string
  dispose: () => Promise<void>
}

/** A named way to get a fresh store. */
export interface StoreFactory {
  name: string
  open: () => Promise<OpenedStore>
}

/** A fresh SQLite file in a temporary folder. */
export const sqliteFactory: StoreFactory = {
  name: 'sqlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'news-search-'))
    const db = join(dir, 'index.db')
    const store = await openStore(db)
    return {
      store,
      db,
      dispose: async () => {
        await store.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  },
}

/** A fresh schema in the PostgreSQL test database (`NEWS_PG_URL`), dropped afterwards. */
export const postgresFactory: StoreFactory = {
  name: 'postgres',
  async open() {
    const schema = uniqueSchemaName()
    const db = urlWithSchema(schema)
    const store = await openStore(db)
    return {
      store,
      db,
      dispose: async () => {
        await store.close()
        await dropSchema(schema)
      },
    }
  },
}

/** Every store under test. */
export const storeFactories: StoreFactory[] = [sqliteFactory, postgresFactory]
