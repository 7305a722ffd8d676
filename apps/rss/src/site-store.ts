/**
 * The served copy of a site: each file with its validators. The ETag is a
 * hash of the bytes; Last-Modified is when these bytes were first served,
 * so a rebuild that changes nothing keeps both, and one that changes a file
 * moves its Last-Modified forward by at least a second (HTTP dates have
 * whole seconds) even when two rebuilds fall in the same second.
 */
import { createHash } from 'node:crypto'
import { contentType } from './content-types.js'
import type { Site } from './site.js'

export interface Resource {
  body: Uint8Array<ArrayBuffer>
  type: string
  /** Strong validator: `"<hash>"`. */
  etag: string
  /** Whole seconds. */
  lastModified: Date
}

const SECOND = 1000
const encoder = new TextEncoder()

function etagOf(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

export interface StoreChange {
  added: string[]
  changed: string[]
  removed: string[]
}

export class SiteStore {
  readonly #resources = new Map<string, Resource>()

  /** The file at a site path (`feed.xml`, `articles/<id>.html`), if any. */
  get(path: string): Resource | undefined {
    return this.#resources.get(path)
  }

  /** Replace the site, keeping the validators of files whose bytes did not change. */
  update(site: Site, now: Date = new Date()): StoreChange {
    const second = Math.floor(now.getTime() / SECOND) * SECOND
    const change: StoreChange = { added: [], changed: [], removed: [] }
    for (const path of [...this.#resources.keys()]) {
      if (!site.has(path)) {
        this.#resources.delete(path)
        change.removed.push(path)
      }
    }
    for (const [path, text] of site) {
      const body = encoder.encode(text)
      const etag = etagOf(body)
      const old = this.#resources.get(path)
      if (old?.etag === etag) continue
      const time = old ? Math.max(second, old.lastModified.getTime() + SECOND) : second
      this.#resources.set(path, { body, type: contentType(path), etag, lastModified: new Date(time) })
      ;(old ? change.changed : change.added).push(path)
    }
    return change
  }
}
