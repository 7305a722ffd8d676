/** Content hashes deciding whether a file must be indexed again. */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Version of the way articles are turned into tokens. Bump it when
 * `text/*` changes what is indexed, so every file is indexed again.
 */
export const TOKENS_VERSION = 1

const parserVersion = (createRequire(import.meta.url)('@news/parser/package.json') as { version: string })
  .version

/**
 * Hash of what an index entry depends on: the file's bytes, the
 * `edition.json` beside it (it sets publication and dates), the parser's
 * version and `TOKENS_VERSION`. `editions`: the folders' `edition.json`
 * files read so far, shared by the calls of one run.
 */
export async function fileHash(
  path: string,
  editions: Map<string, Promise<Buffer | null>> = new Map(),
): Promise<{ hash: string; bytes: number }> {
  const bytes = await readFile(path)
  // Files of one folder share its `edition.json` (or its absence): read once per folder with `editions`.
  const folder = dirname(path)
  let reading = editions.get(folder)
  if (!reading) {
    reading = readFile(join(folder, 'edition.json')).catch(() => null)
    editions.set(folder, reading)
  }
  const edition = await reading
  const hash = createHash('sha256')
    .update(`news-search tokens ${TOKENS_VERSION}, parser ${parserVersion}\n`)
    .update(bytes)
  if (edition) hash.update('\nedition.json\n').update(edition)
  return { hash: hash.digest('hex'), bytes: bytes.length }
}
