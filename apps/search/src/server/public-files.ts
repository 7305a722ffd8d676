/** The page's files (`apps/search/public/`), read once at start. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** A file served as is. */
export interface PublicFile {
  body: string
  type: string
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/** `public/` from the built CLI (`dist/`) or from the sources (`src/server/`). */
function publicDir(): string {
  for (const relative of ['../public/', '../../public/']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url))
    if (existsSync(join(dir, 'index.html'))) return dir
  }
  throw new Error('cannot find the page files (public/index.html)')
}

/** Every file of `public/`, by name. */
export function publicFiles(): Map<string, PublicFile> {
  const dir = publicDir()
  const files = new Map<string, PublicFile>()
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)]
    if (type) files.set(name, { body: readFileSync(join(dir, name), 'utf8'), type })
  }
  return files
}
