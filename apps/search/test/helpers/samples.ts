/** The bundled sample pages, parsed and tokenised once, ready for `Store.writeFiles`. */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readEdition } from '@news/parser/node'
import { indexedArticles } from '../../src/indexer/document.js'
import { fileHash } from '../../src/indexer/hash.js'
import type { IndexedFile } from '../../src/store/store.js'

/** The bundled, redistributable sample pages. */
export const SAMPLES_FOLDER = resolve(fileURLToPath(import.meta.url), '../../../../../samples')

/** Every sample page as an indexed file, sorted by path. */
export async function sampleFiles(): Promise<IndexedFile[]> {
  const files: IndexedFile[] = []
  for await (const result of readEdition([SAMPLES_FOLDER])) {
    if (result.error !== null) throw new Error(`${result.file}: ${result.error}`)
    const path = resolve(result.file)
    const { hash, bytes } = await fileHash(path)
    files.push({ path, hash, bytes, articles: indexedArticles(result) })
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
