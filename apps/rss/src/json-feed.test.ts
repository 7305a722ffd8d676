import { describe, expect, it } from 'vitest'
import { JSON_FEED_VERSION, toJsonFeed11 } from './json-feed.js'

describe('toJsonFeed11', () => {
  it('should set the 1.1 version, authors arrays and language', () => {
    const json1 = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      title: 'T',
      author: { name: 'old' },
      items: [
        { id: 'a', content_html: '<p>x</p>', author: { name: 'first only' } },
        { id: 'b', content_html: '<p>y</p>' },
      ],
    })
    const feed = JSON.parse(
      toJsonFeed11(json1, {
        language: 'zh-Hant',
        authors: [{ name: 'Paper' }],
        itemAuthors: new Map([['a', ['王帅', '李明']]]),
      }),
    )
    expect(feed).toEqual({
      version: JSON_FEED_VERSION,
      title: 'T',
      authors: [{ name: 'Paper' }],
      language: 'zh-Hant',
      items: [
        { id: 'a', content_html: '<p>x</p>', authors: [{ name: '王帅' }, { name: '李明' }] },
        { id: 'b', content_html: '<p>y</p>' },
      ],
    })
    expect(Object.keys(feed).slice(0, 2)).toEqual(['version', 'title'])
  })
})
