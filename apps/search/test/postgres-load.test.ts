/**
 * The same bounded load against `serve` on each store, side by side: the
 * bundled sample pages in SQLite and in PostgreSQL, a fixed number of
 * searches over loopback, no errors allowed. The line it prints is what
 * `README.md` records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from '../src/server/serve.js'
import type { IndexedFile } from '../src/store/store.js'
import { loadSearches } from './helpers/load.js'
import { sampleFiles } from './helpers/samples.js'
import { storeFactories } from './helpers/stores.js'

/** Searches per store (fixed, so the test ends on any machine). */
const LOAD_REQUESTS = 400
/** Concurrent connections: more than the pool of PostgreSQL connections per process is not needed to show queueing. */
const LOAD_CONNECTIONS = 8
const LOAD_QUERIES = [
  '上海',
  '晶報',
  '李明华',
  'president',
  'war OR peace',
  '"the city"',
  'lang:zh 北京',
  '-war president',
]

let files: IndexedFile[]
/** Parsing every sample page takes a few seconds, more on a busy machine. */
const PARSE_TIMEOUT_MS = 60_000

beforeAll(async () => {
  files = await sampleFiles()
}, PARSE_TIMEOUT_MS)

describe.each(storeFactories)('serve on the $name store under load', (factory) => {
  const disposers: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const dispose of disposers.reverse()) await dispose()
  })

  it(`should answer ${LOAD_REQUESTS} searches without an error`, async () => {
    const opened = await factory.open()
    disposers.push(opened.dispose)
    await opened.store.writeFiles(files)
    const server = await startServer(opened.store, { port: 0 })
    disposers.push(server.close)
    const result = await loadSearches(server.url, LOAD_QUERIES, {
      amount: LOAD_REQUESTS,
      connections: LOAD_CONNECTIONS,
    })
    console.log(
      `load (${factory.name}): ${result.requests} requests, ${LOAD_CONNECTIONS} connections, ` +
        `p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.requestsPerSecond} req/s`,
    )
    expect(result).toMatchObject({ errors: 0, timeouts: 0, non2xx: 0 })
    expect(result.requests).toBeGreaterThanOrEqual(LOAD_REQUESTS)
  })
})
