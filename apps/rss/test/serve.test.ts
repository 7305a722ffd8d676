/**
 * `news-rss serve --watch` as a process: HTTP semantics (types, validators,
 * 304, HEAD, gzip), then newsboat reading the feeds over HTTP, a new page
 * picked up without a restart, and newsboat adding its items without
 * duplicates.
 */
import { execFile } from 'node:child_process'
import { copyFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  cleanup,
  copySamples,
  PYTHON,
  SAMPLES,
  type ServeProcess,
  startServe,
  tempDir,
  truth,
  ZH_PAGES,
} from './helpers.js'
import { request, waitFor } from './http.js'
import { PARK_PAGE, writePage } from './pages.js'

const run = promisify(execFile)
/** How long a watched change may take to show in the feeds (a rebuild parses in a worker). */
const WATCH_TIMEOUT_MS = 20_000

let pages: string
let server: ServeProcess

beforeAll(async () => {
  pages = await tempDir()
  await copySamples(pages, [ZH_PAGES.small])
  await writePage(pages, PARK_PAGE)
  server = await startServe([pages, '--watch'])
})

afterAll(async () => {
  await server?.stop()
  await cleanup()
})

/** Item guids of the RSS feed the server gives now. */
async function servedGuids(): Promise<string[]> {
  const { body } = await request(`${server.url}feed.xml`)
  return [...body.toString('utf8').matchAll(/<guid[^>]*>([^<]+)<\/guid>/g)].map((m) => m[1]!)
}

describe('HTTP', () => {
  it('should serve each file with its content type and validators', async () => {
    const types: Record<string, RegExp> = {
      '': /^text\/html; charset=utf-8$/,
      'feed.xml': /^application\/rss\+xml; charset=utf-8$/,
      'atom.xml': /^application\/atom\+xml; charset=utf-8$/,
      'feed.json': /^application\/feed\+json; charset=utf-8$/,
      [`sections/${encodeURIComponent(PARK_PAGE.section)}/feed.xml`]: /^application\/rss\+xml/,
    }
    for (const [path, type] of Object.entries(types)) {
      const res = await request(server.url + path)
      expect(res.status, path).toBe(200)
      expect(res.headers['content-type'], path).toMatch(type)
      expect(res.headers.etag, path).toMatch(/^"[^"]+"$/)
      expect(Date.parse(res.headers['last-modified']!), path).not.toBeNaN()
      expect(Number(res.headers['content-length']), path).toBe(res.body.length)
    }
  })

  it('should serve the page of every item it links to', async () => {
    const json = JSON.parse((await request(`${server.url}feed.json`)).body.toString('utf8'))
    expect(json.items.length).toBeGreaterThan(0)
    for (const item of json.items) {
      expect(item.url.startsWith(server.url)).toBe(true)
      const res = await request(item.url)
      expect(res.status).toBe(200)
      expect(res.headers['content-type']).toMatch(/^text\/html/)
      expect(res.body.toString('utf8')).toContain(item.content_html)
    }
  })

  it('should answer conditional requests with 304 Not Modified', async () => {
    const first = await request(`${server.url}atom.xml`)
    const etag = first.headers.etag!
    const lastModified = first.headers['last-modified']!
    const byEtag = await request(`${server.url}atom.xml`, { headers: { 'If-None-Match': etag } })
    expect(byEtag.status).toBe(304)
    expect(byEtag.body.length).toBe(0)
    expect(byEtag.headers.etag).toBe(etag)
    const byDate = await request(`${server.url}atom.xml`, { headers: { 'If-Modified-Since': lastModified } })
    expect(byDate.status).toBe(304)
    const older = new Date(Date.parse(lastModified) - 1000).toUTCString()
    expect((await request(`${server.url}atom.xml`, { headers: { 'If-Modified-Since': older } })).status).toBe(
      200,
    )
    const otherTag = await request(`${server.url}atom.xml`, {
      headers: { 'If-None-Match': '"other"', 'If-Modified-Since': lastModified },
    })
    expect(otherTag.status).toBe(200)
  })

  it('should answer HEAD with the headers of GET and no body', async () => {
    const get = await request(`${server.url}feed.xml`)
    const head = await request(`${server.url}feed.xml`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers.etag).toBe(get.headers.etag)
    expect(head.headers['content-type']).toBe(get.headers['content-type'])
    expect(head.headers['content-length']).toBe(get.headers['content-length'])
  })

  it('should gzip when asked, with a weak ETag that still validates', async () => {
    const plain = await request(`${server.url}feed.xml`)
    const zipped = await request(`${server.url}feed.xml`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(zipped.status).toBe(200)
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers.vary).toMatch(/accept-encoding/i)
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true)
    expect(zipped.headers.etag).toBe(`W/${plain.headers.etag}`)
    const again = await request(`${server.url}feed.xml`, {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': zipped.headers.etag! },
    })
    expect(again.status).toBe(304)
  })

  it('should answer 404 for unknown paths and 405 for other methods', async () => {
    expect((await request(`${server.url}nope.xml`)).status).toBe(404)
    expect((await request(`${server.url}%E0%A4%A`)).status).toBe(404)
    const post = await request(`${server.url}feed.xml`, { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD')
  })
})

describe('newsboat over HTTP, and --watch', () => {
  interface CachedItem {
    feedurl: string
    guid: string
    title: string
  }

  let home: string

  /** Reload every feed with newsboat (no terminal) and read its cache. */
  async function newsboat(): Promise<CachedItem[]> {
    const env = {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local'),
    }
    const args = [
      '-u',
      join(home, 'urls'),
      '-c',
      join(home, 'cache.db'),
      '-C',
      join(home, 'config'),
      '-x',
      'reload',
    ]
    await run('newsboat', args, { env, timeout: 60_000 })
    const query =
      'import json,sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(json.dumps([dict(zip(("feedurl","guid","title"),r)) for r in c.execute("select feedurl, guid, title from rss_item")]))'
    const { stdout } = await run(PYTHON, ['-c', query, join(home, 'cache.db')])
    return JSON.parse(stdout) as CachedItem[]
  }

  function byFeed(items: CachedItem[], feed: string): CachedItem[] {
    return items.filter((i) => i.feedurl === server.url + feed)
  }

  beforeAll(async () => {
    home = await tempDir('news-rss-newsboat-')
    await writeFile(join(home, 'urls'), `${server.url}feed.xml\n${server.url}atom.xml\n`)
    await writeFile(join(home, 'config'), '')
  })

  it('should list every item, then add a new page’s items without duplicates', async () => {
    const before = await truth([pages])
    const first = await newsboat()
    const rss = byFeed(first, 'feed.xml')
    const atom = byFeed(first, 'atom.xml')
    expect(rss.map((i) => i.guid).sort()).toEqual(before.map((a) => a.id).sort())
    expect(atom.map((i) => i.guid).sort()).toEqual(
      before.map((a) => `${server.url}articles/${a.id}.html`).sort(),
    )
    expect(rss.map((i) => i.title)).toContain(PARK_PAGE.headline)

    // One more page: the watcher rebuilds, the feeds grow.
    const [added] = await copySamples(pages, [ZH_PAGES.medium])
    const after = await truth([pages])
    const newIds = after.map((a) => a.id).filter((id) => !before.some((a) => a.id === id))
    expect(newIds.length).toBeGreaterThan(0)
    await waitFor(
      async () => ((await servedGuids()).length === after.length ? true : undefined),
      WATCH_TIMEOUT_MS,
      `${added} in the feed`,
    )

    const second = await newsboat()
    for (const feed of ['feed.xml', 'atom.xml']) {
      const guids = byFeed(second, feed).map((i) => i.guid)
      expect(guids, feed).toHaveLength(after.length)
      expect(new Set(guids).size, feed).toBe(guids.length)
    }
    const rssGuids = new Set(byFeed(second, 'feed.xml').map((i) => i.guid))
    for (const id of newIds) expect(rssGuids.has(id)).toBe(true)
  })

  it('should keep serving when a new page has no date, and take it once an edition.json dates it', async () => {
    const count = (await servedGuids()).length
    const name = 'seattle-star.txt'
    await copyFile(join(SAMPLES, 'en/003-chronam-1916-seattle-star.txt'), join(pages, name))
    await waitFor(
      async () => (server.log().includes(name) ? true : undefined),
      WATCH_TIMEOUT_MS,
      'the date error',
    )
    expect(server.log()).toMatch(/no date for this page/)
    expect(await servedGuids()).toHaveLength(count)

    await writeFile(
      join(pages, 'edition.json'),
      JSON.stringify({ pages: { [name]: { date: '1916-05-02' } } }),
    )
    const grown = await waitFor(
      async () => {
        const guids = await servedGuids()
        return guids.length > count ? guids : undefined
      },
      WATCH_TIMEOUT_MS,
      'the dated page in the feed',
    )
    const json = JSON.parse((await request(`${server.url}feed.json`)).body.toString('utf8'))
    const dates = new Set(json.items.map((i: { date_published: string }) => i.date_published.slice(0, 10)))
    expect(dates.has('1916-05-02')).toBe(true)
    expect(grown.length).toBeGreaterThan(count)
  })
})
