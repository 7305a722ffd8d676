/**
 * The HTTP app over a `SiteStore` (hono): `GET` and `HEAD` for every file,
 * `index.html` at `/`, the right `Content-Type`, `ETag` and `Last-Modified`
 * on every answer, `304 Not Modified` for `If-None-Match` (hono's `etag`)
 * or, when that is absent, `If-Modified-Since`, and gzip when the client
 * accepts it (hono's `compress`, which weakens the ETag of a gzipped body).
 */
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { etag } from 'hono/etag'
import type { Resource, SiteStore } from './site-store.js'

/** Feeds change when pages do: clients should revalidate every time. */
const CACHE_CONTROL = 'no-cache'

/** The site path of a request path: percent-decoded, `/` → `index.html`; null when it cannot be decoded. */
export function sitePath(pathname: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(pathname)
  } catch {
    return null
  }
  path = path.replace(/^\/+/, '')
  if (path === '' || path.endsWith('/')) path += 'index.html'
  return path
}

/** Whether `If-Modified-Since` says the client's copy is current. */
function notModifiedSince(header: string | undefined, resource: Resource): boolean {
  if (!header) return false
  const since = Date.parse(header)
  return !Number.isNaN(since) && resource.lastModified.getTime() <= since
}

/**
 * The app. `ready` resolves once the first build is in the store; requests
 * wait for it.
 */
export function createApp(store: SiteStore, ready: Promise<unknown>): Hono {
  const app = new Hono()
  app.use(compress())
  app.use(etag())
  app.get('*', async (c) => {
    await ready
    const path = sitePath(new URL(c.req.url).pathname)
    const resource = path === null ? undefined : store.get(path)
    if (!resource) return c.text('Not Found\n', 404)
    const headers = {
      'Content-Type': resource.type,
      ETag: resource.etag,
      'Last-Modified': resource.lastModified.toUTCString(),
      'Cache-Control': CACHE_CONTROL,
    }
    // RFC 9110 §13.1.3: If-Modified-Since is ignored when If-None-Match is sent.
    if (
      c.req.header('If-None-Match') === undefined &&
      notModifiedSince(c.req.header('If-Modified-Since'), resource)
    ) {
      return c.body(null, 304, headers)
    }
    return c.body(resource.body, 200, { ...headers, 'Content-Length': String(resource.body.byteLength) })
  })
  app.all('*', (c) => c.text('Method Not Allowed\n', 405, { Allow: 'GET, HEAD' }))
  return app
}
