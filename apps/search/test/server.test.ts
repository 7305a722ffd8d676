import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../src/server/serve.js'
import { SEARCH_RESPONSE_KEYS } from './helpers/response.js'
import { serveSamples } from './helpers/server.js'

// The bounded load test of `serve` is in postgres-load.test.ts (run on every store).

let served: Awaited<ReturnType<typeof serveSamples>>
let server: RunningServer
const get = (path: string) => fetch(new URL(path, server.url))

beforeAll(async () => {
  served = await serveSamples()
  server = served.server
})
afterAll(async () => {
  await served?.dispose()
})

describe('GET /api/search', () => {
  it('should answer the JSON of query --json', async () => {
    const response = await get(`/api/search?q=${encodeURIComponent('上海')}&limit=3`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const body = await response.json()
    expect(Object.keys(body)).toEqual([...SEARCH_RESPONSE_KEYS])
    expect(body.hits).toHaveLength(3)
    expect(body.total).toBeGreaterThan(3)
    expect(body.hits[0].snippet).toContain('<mark>上海</mark>')
  })

  it('should take filters as parameters', async () => {
    const all = await (await get('/api/search?q=the')).json()
    const month = all.facets.month[0].value as string
    const filtered = await (await get(`/api/search?q=the&from=${month}&to=${month}`)).json()
    expect(filtered.total).toBe(all.facets.month[0].count)
    const zh = await (await get('/api/search?lang=zh&limit=100')).json()
    expect(zh.total).toBeGreaterThan(0)
    expect(zh.facets.month.every((m: { value: string }) => m.value.startsWith('19'))).toBe(true)
  })

  it.each([
    ['limit=0', /limit/],
    ['limit=abc', /limit/],
    ['offset=-1', /offset/],
    ['offset=99999999', /offset/],
    ['from=yesterday', /from/],
    ['to=1920-13', /to/],
    ['lang=%3Cscript%3E', /lang/],
    [`q=${'x'.repeat(600)}`, /"q"/],
    [`author=${'a'.repeat(300)}`, /author/],
    [Array.from({ length: 11 }, () => 'section=x').join('&'), /section/],
  ])('should answer 400 with a JSON error for %s', async (query, message) => {
    const response = await get(`/api/search?${query}`)
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatch(message)
  })

  it('should cap the limit', async () => {
    const body = await (await get('/api/search?q=the&limit=5000')).json()
    expect(body.limit).toBe(100)
  })

  it.each([
    '"',
    '-',
    'AND OR NOT',
    'NEAR(a b)',
    "'; DROP TABLE articles; --",
    '%00',
    '%E0%A4%A',
    '\u202e\ufeff',
    '*',
  ])('should never fail on q=%j', async (q) => {
    const response = await get(`/api/search?q=${q.startsWith('%') ? q : encodeURIComponent(q)}`)
    expect([200, 400]).toContain(response.status)
    expect(await response.json()).toBeTypeOf('object')
  })
})

describe('GET /api/articles/:id', () => {
  it('should give the record and the parser HTML', async () => {
    const search = await (await get(`/api/search?q=${encodeURIComponent('晶報')}&limit=1`)).json()
    const id = search.hits[0].id as string
    const response = await get(`/api/articles/${encodeURIComponent(id)}`)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.article.id).toBe(id)
    expect(body.article.record.id).toBe(id)
    expect(body.htmlFrom).toBe('parser')
    expect(body.html).toContain('<article')
    expect(body.html).not.toMatch(/<script/i)
  })

  it('should answer 404 for an unknown id and 400 for an absurd one', async () => {
    const missing = await get('/api/articles/no-such-article')
    expect(missing.status).toBe(404)
    expect((await missing.json()).error).toMatch(/no article/)
    expect((await get(`/api/articles/${'x'.repeat(500)}`)).status).toBe(400)
  })
})

describe('the server', () => {
  it('should set a content security policy and other security headers', async () => {
    const response = await get('/')
    expect(response.status).toBe(200)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    const html = await response.text()
    expect(html).toContain('<html lang="en">')
    expect(html).not.toMatch(/<script>(?!<)/) // no inline script
  })

  it('should refuse other methods and unknown paths with JSON', async () => {
    const post = await fetch(new URL('/api/search', server.url), { method: 'POST', body: 'q=x' })
    expect(post.status).toBe(405)
    const unknown = await get('/api/nothing')
    expect(unknown.status).toBe(404)
    expect((await unknown.json()).error).toBe('not found')
  })

  it('should listen on loopback only by default', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1')
  })
})
