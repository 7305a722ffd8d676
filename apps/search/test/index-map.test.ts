/**
 * The built indexer tokenises in the parser's worker threads (`readEdition`'s
 * `map`, `dist/index-map.js`); the index it writes must be the one the
 * indexer makes in its own thread.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { indexPaths } from '../src/indexer/run.js'
import { openStore } from '../src/store/open.js'
import { runCli } from './helpers/cli.js'
import { SAMPLES_FOLDER } from './helpers/samples.js'

const dir = mkdtempSync(join(tmpdir(), 'news-search-map-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Every token occurrence of the full-text index: term, article path and ordinal, field, position. */
function postings(db: string): string[] {
  const sqlite = new Database(db)
  try {
    sqlite.exec("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'fts', 'instance')")
    return (
      sqlite
        .prepare(
          `SELECT v.term, f.path, a.ordinal, v.col, v.offset FROM temp.vocab v
           JOIN articles a ON a.rowid = v.doc JOIN files f ON f.id = a.file_id`,
        )
        .raw(true)
        .all() as unknown[][]
    )
      .map((row) => row.join('\t'))
      .sort()
  } finally {
    sqlite.close()
  }
}

describe('index run with the map module', () => {
  it('should write from the workers the same tokens as the indexer makes in its own thread', async () => {
    const pages = join(dir, 'pages')
    cpSync(SAMPLES_FOLDER, pages, { recursive: true })
    const inWorkers = join(dir, 'workers.db')
    const built = runCli(['index', pages, '--db', inWorkers, '--workers', '2'])
    expect(built.status, built.stderr).toBe(0)

    const inThread = join(dir, 'thread.db')
    const store = await openStore(inThread)
    // From the TypeScript sources there is no built map module: articles are made here.
    await indexPaths(store, [pages], { workers: 0 })
    await store.close()

    const expected = postings(inThread)
    expect(expected.length).toBeGreaterThan(10_000)
    expect(postings(inWorkers)).toEqual(expected)
  }, 300_000)
})
