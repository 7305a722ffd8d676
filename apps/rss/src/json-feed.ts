/**
 * JSON Feed 1.1 from the `feed` library's JSON Feed 1 output: the 1.1
 * version URL, `authors` arrays (1.1 replaces `author`, and `feed` keeps
 * only an item's first author), and the feed's `language`.
 * See https://www.jsonfeed.org/version/1.1/.
 */

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1'

/** A JSON Feed author (1.1: at least one of the fields). */
export interface JsonFeedAuthor {
  name?: string
  url?: string
  avatar?: string
}

export interface JsonFeed11Fill {
  /** BCP 47 language of the feed. */
  language?: string | null | undefined
  /** Authors of the feed. */
  authors?: JsonFeedAuthor[] | undefined
  /** Authors of each item, by item id. */
  itemAuthors: ReadonlyMap<string, readonly string[]>
}

type JsonObject = Record<string, unknown>

/** Top-level fields in the order of the 1.1 spec, so the file reads like its examples. */
const FEED_KEYS = [
  'version',
  'title',
  'home_page_url',
  'feed_url',
  'description',
  'user_comment',
  'next_url',
  'icon',
  'favicon',
  'authors',
  'language',
  'expired',
  'hubs',
  'items',
]

/** Copy `object` with `keys` first, in order, then any other keys. */
function ordered(object: JsonObject, keys: readonly string[]): JsonObject {
  const out: JsonObject = {}
  for (const key of keys) if (object[key] !== undefined) out[key] = object[key]
  for (const key of Object.keys(object)) if (!(key in out)) out[key] = object[key]
  return out
}

/** Turn a JSON Feed 1 document (as `feed` writes it) into JSON Feed 1.1 text. */
export function toJsonFeed11(json1: string, fill: JsonFeed11Fill): string {
  const feed = JSON.parse(json1) as JsonObject
  feed.version = JSON_FEED_VERSION
  delete feed.author
  if (fill.authors?.length) feed.authors = fill.authors
  if (fill.language) feed.language = fill.language
  const items = (feed.items as JsonObject[]).map((item) => {
    delete item.author
    const names = fill.itemAuthors.get(String(item.id)) ?? []
    if (names.length > 0) item.authors = names.map((name) => ({ name }))
    return item
  })
  feed.items = items
  return `${JSON.stringify(ordered(feed, FEED_KEYS), null, 2)}\n`
}
