/** Starting the HTTP server over a store. */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import type { Store } from '../store/store.js'
import { createApp } from './app.js'

/** Where the server listens by default: this machine only. */
export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_PORT = 8080

/** A running server. */
export interface RunningServer {
  url: string
  port: number
  close: () => Promise<void>
}

/** Listen on `host:port` (port 0: any free port). */
export function startServer(
  store: Store,
  options: { host?: string; port?: number } = {},
): Promise<RunningServer> {
  const app = createApp(store)
  const hostname = options.host ?? DEFAULT_HOST
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
        resolve({
          url: `http://${host}:${info.port}/`,
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done())
              if ('closeAllConnections' in server) server.closeAllConnections()
            }),
        })
      },
    )
    server.once('error', reject)
  })
}
