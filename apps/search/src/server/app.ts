/**
 * The HTTP API and the search page (hono). Every answer is JSON or one of
 * the page's own files; bad parameters are 400 with `{error}`; nothing a
 * client sends reaches the store unparsed.
 *
 * - `GET /api/search?q=&limit=&offset=&author=&section=&from=&to=&lang=`
 *   → the JSON of `news-search query --json`;
 * - `GET /api/articles/:id` → `{article, html, htmlFrom}`;
 * - `GET /` → the page (`public/`).
 */
import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { search } from '../search.js'
import type { Store } from '../store/store.js'
import { StoreUnavailableError } from '../store/unavailable.js'
import { articleHtml } from './article-html.js'
import { ParamError, searchRequest } from './params.js'
import { type PublicFile, publicFiles } from './public-files.js'

/** Longest article id accepted. */
export const MAX_ID_LENGTH = 200

/**
 * Content security policy: the page's own script and styles only, no
 * inline code, no framing, no other origins.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
}

/** Build the app over an open store. */
export function createApp(store: Store): Hono {
  const app = new Hono()
  const files = publicFiles()

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
    }),
  )

  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return c.json({ error: `method ${c.req.method} not allowed` }, 405, { Allow: 'GET, HEAD' })
    }
    await next()
  })

  app.get('/api/search', async (c) => {
    const request = searchRequest({ one: (n) => c.req.query(n), all: (n) => c.req.queries(n) ?? [] })
    const { response } = await search(store, request)
    return c.json(response, 200, { 'Cache-Control': 'no-store' })
  })

  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id')
    if (id.length > MAX_ID_LENGTH)
      throw new ParamError(`an article id is at most ${MAX_ID_LENGTH} characters`)
    const article = await store.getArticle(id)
    if (!article) return c.json({ error: `no article with id ${JSON.stringify(id)}` }, 404)
    const { html, from } = await articleHtml(article)
    const { ordinal: _, ...visible } = article
    return c.json({ article: visible, html, htmlFrom: from }, 200, { 'Cache-Control': 'no-store' })
  })

  const send = (file: PublicFile) => () =>
    new Response(file.body, { headers: { 'Content-Type': file.type, 'Cache-Control': 'no-cache' } })
  app.get('/', send(files.get('index.html')!))
  for (const [name, file] of files) app.get(`/${name}`, send(file))

  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? c.json({ error: 'not found' }, 404) : c.text('Not found', 404),
  )
  app.onError((error, c) => {
    if (error instanceof ParamError) return c.json({ error: error.message }, 400)
    // URIError: a malformed %-escape in the path or query.
    if (error instanceof URIError) return c.json({ error: 'malformed URL encoding' }, 400)
    // The database is down or refuses us: say so (details, with the password redacted, go to the log).
    if (error instanceof StoreUnavailableError) {
      console.error(`news-search: ${error.message}`)
      return c.json({ error: 'the index database is not available; try again later' }, 503, {
        'Retry-After': '5',
      })
    }
    console.error(`news-search: ${error.stack ?? error.message}`)
    return c.json({ error: 'internal error' }, 500)
  })
  return app
}
