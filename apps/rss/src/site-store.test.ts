import { describe, expect, it } from 'vitest'
import { SiteStore } from './site-store.js'

describe('SiteStore', () => {
  it('should keep validators of unchanged files and move Last-Modified of changed ones', () => {
    const store = new SiteStore()
    const t0 = new Date('2024-05-01T10:00:00.400Z')
    expect(
      store.update(
        new Map([
          ['feed.xml', 'a'],
          ['atom.xml', 'b'],
        ]),
        t0,
      ).added,
    ).toEqual(['feed.xml', 'atom.xml'])
    const before = store.get('feed.xml')!
    expect(before.lastModified.toISOString()).toBe('2024-05-01T10:00:00.000Z')
    expect(before.type).toBe('application/rss+xml; charset=utf-8')

    // Same second, one file changed: its Last-Modified still moves forward.
    const change = store.update(
      new Map([
        ['feed.xml', 'a2'],
        ['atom.xml', 'b'],
      ]),
      t0,
    )
    expect(change).toEqual({ added: [], changed: ['feed.xml'], removed: [] })
    expect(store.get('feed.xml')!.etag).not.toBe(before.etag)
    expect(store.get('feed.xml')!.lastModified.getTime()).toBe(before.lastModified.getTime() + 1000)
    expect(store.get('atom.xml')!.lastModified.toISOString()).toBe('2024-05-01T10:00:00.000Z')

    expect(store.update(new Map([['feed.xml', 'a2']]), t0).removed).toEqual(['atom.xml'])
    expect(store.get('atom.xml')).toBeUndefined()
  })
})
