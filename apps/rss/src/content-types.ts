/** Media types of the files a site holds. */
import { FEED_FILES } from './site.js'

const BY_NAME: Record<string, string> = {
  [FEED_FILES.rss]: 'application/rss+xml; charset=utf-8',
  [FEED_FILES.atom]: 'application/atom+xml; charset=utf-8',
  [FEED_FILES.json]: 'application/feed+json; charset=utf-8',
}

const BY_EXTENSION: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
}

/** The `Content-Type` of a site path (`sections/world/atom.xml` → `application/atom+xml`). */
export function contentType(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const extension = name.slice(name.lastIndexOf('.') + 1)
  return BY_NAME[name] ?? BY_EXTENSION[extension] ?? 'application/octet-stream'
}
