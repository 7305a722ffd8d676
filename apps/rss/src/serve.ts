/**
 * `serve`: build the site in memory, answer HTTP for it, and with `watch`
 * rebuild when a page file (or an `edition.json`) is added, changed or
 * removed. A rebuild that fails (a new page without a date) is reported and
 * the last good site stays up.
 */
import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import { type FSWatcher, watch } from 'chokidar'
import { createApp } from './app.js'
import { type BuildOptions, type BuildResult, buildSite } from './build.js'
import { PageReader } from './read-pages.js'
import { SiteStore } from './site-store.js'
import { watchRoots } from './watch-roots.js'

/** Port when none is given. */
export const DEFAULT_PORT = 8080
/** Interface to listen on when none is given: this machine only. */
export const DEFAULT_HOST = '127.0.0.1'
/** Quiet time after a file event before rebuilding: a save is often several events. */
export const WATCH_DEBOUNCE_MS = 150

export interface ServeOptions extends Omit<BuildOptions, 'siteUrl'> {
  /** Absolute URL the feeds link to. Default: `http://<host>:<port>/`. */
  siteUrl?: string | undefined
  /** Port; 0 picks a free one. Default: `DEFAULT_PORT`. */
  port?: number | undefined
  /** Interface to listen on. Default: `DEFAULT_HOST`. */
  host?: string | undefined
  /** Rebuild when pages change. Default: false. */
  watch?: boolean | undefined
  /** Told about every build: its result, or the error of a failed rebuild. */
  onBuild?: ((result: BuildResult | Error) => void) | undefined
}

export interface FeedServer {
  /** Where the site is served, ending in `/`. */
  url: string
  /** Read the pages again and update the site now. */
  rebuild(): Promise<BuildResult>
  /** Stop watching and close the server. */
  close(): Promise<void>
}

/** The URL clients use to reach a listening address. */
function listenUrl(address: AddressInfo, host: string): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host
  return `http://${shown}:${address.port}/`
}

/** Serve feeds of `inputs` (files, folders, globs). The first build must succeed, or this throws. */
export async function serveFeeds(inputs: readonly string[], options: ServeOptions = {}): Promise<FeedServer> {
  const { port = DEFAULT_PORT, host = DEFAULT_HOST, watch: watching = false, onBuild, ...rest } = options
  const reader = new PageReader(inputs)
  const store = new SiteStore()
  let markReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => {
    markReady = resolve
  })
  const server = createAdaptorServer({ fetch: createApp(store, ready).fetch, hostname: host })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const url = listenUrl(server.address() as AddressInfo, host)
  const buildOptions: BuildOptions = { ...rest, siteUrl: rest.siteUrl ?? url }
  const closeServer = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      if ('closeAllConnections' in server) server.closeAllConnections()
    })

  // One build at a time; a change during a build asks for one more.
  let running: Promise<BuildResult> | null = null
  let again = false
  const rebuild = async (): Promise<BuildResult> => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      try {
        let result: BuildResult
        do {
          again = false
          result = await buildSite(reader, buildOptions)
          store.update(result.site)
          onBuild?.(result)
        } while (again)
        return result
      } finally {
        running = null
      }
    })()
    return running
  }

  try {
    await rebuild()
  } catch (error) {
    await closeServer()
    throw error
  }
  markReady()

  let watcher: FSWatcher | null = null
  let timer: NodeJS.Timeout | null = null
  if (watching) {
    watcher = watch(await watchRoots(inputs), { ignoreInitial: true })
    watcher.on('all', () => {
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = null
        rebuild().catch((error: Error) => onBuild?.(error))
      }, WATCH_DEBOUNCE_MS)
    })
    await new Promise<void>((resolve) => watcher!.once('ready', () => resolve()))
  }

  return {
    url,
    rebuild,
    async close() {
      if (timer) clearTimeout(timer)
      await watcher?.close()
      await running?.catch(() => {})
      await closeServer()
    },
  }
}
