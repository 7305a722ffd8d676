/** A real server over an index of the bundled sample pages, for API, browser and load tests. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { indexPaths } from '../../src/indexer/run.js'
import { type RunningServer, startServer } from '../../src/server/serve.js'
import { openStore } from '../../src/store/open.js'
import type { Store } from '../../src/store/store.js'

/** The bundled, redistributable sample pages. */
export const SAMPLES = new URL('../../../../samples/', import.meta.url).pathname

/** Index the samples into a fresh SQLite file and serve them on a free loopback port. */
export async function serveSamples(): Promise<{
  server: RunningServer
  store: Store
  dispose: () => Promise<void>
}> {
  const dir = mkdtempSync(join(tmpdir(), 'news-search-serve-'))
  const store = await openStore(join(dir, 'samples.db'))
  await indexPaths(store, [SAMPLES])
  // No host: the default must be loopback (tested).
  const server = await startServer(store, { port: 0 })
  return {
    server,
    store,
    dispose: async () => {
      await server.close()
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
