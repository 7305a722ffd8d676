/**
 * An index run: expand the inputs, skip files whose hash is unchanged,
 * parse the rest on all cores (`readEdition`), tokenise, and write in
 * batches, each batch one transaction. Killed at any point, the index holds
 * every batch written so far; the next run skips those files and goes on.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { expandInputs, type FileResult, readEdition } from '@news/parser/node'
import type { IndexedFile, Store } from '../store/store.js'
import { indexedArticles } from './document.js'
import { fileHash } from './hash.js'
import type { IndexedResult } from './map.js'

/** A batch is written once it holds this many articles… */
export const BATCH_ARTICLES = 500
/** …or this many files. */
export const BATCH_FILES = 50
/** Files read and hashed at the same time before indexing. */
export const HASH_CONCURRENCY = 16
/**
 * A run that wrote at least this share of the index's articles is a bulk
 * load: the index is compacted afterwards (`Store.optimize`). Smaller
 * increments leave it to the store's own merging, since compacting
 * rewrites the whole index.
 */
export const OPTIMIZE_SHARE = 0.25

/**
 * The built map module (`dist/index-map.js`, see `map.ts`), which tokenises
 * in the parser's workers; absent when running from TypeScript sources
 * (tests), where articles are made in this thread.
 */
function mapModule(): URL | undefined {
  const url = new URL('./index-map.js', import.meta.url)
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined
}

/** The articles of a parsed file: made by the map module, or here when none ran. */
function articlesOf(result: FileResult) {
  return 'articles' in result ? (result as IndexedResult).articles : indexedArticles(result)
}

/** Options of an index run. */
export interface IndexOptions {
  /** Remove indexed files that no longer exist on disk. Default: false. */
  prune?: boolean
  /** Parser worker threads (default: `readEdition`'s, one per core). */
  workers?: number
  /** Called after each file is parsed. */
  onProgress?: (progress: IndexProgress) => void
}

/** Where a run is. */
export interface IndexProgress {
  /** Files to parse in this run (unchanged files excluded). */
  total: number
  done: number
  articles: number
  file: string
}

/** What a run did. */
export interface IndexSummary {
  /** Files named by the inputs. */
  files: number
  /** Unchanged since the last run. */
  skipped: number
  /** Parsed and written. */
  indexed: number
  /** Could not be read or parsed (the run goes on). */
  failed: { file: string; error: string }[]
  articles: number
  /** Removed by `prune`. */
  removed: number
  seconds: number
}

/** Index every page file named by `inputs` into `store`. */
export async function indexPaths(store: Store, inputs: readonly string[], options: IndexOptions = {}) {
  const started = performance.now()
  const files = (await expandInputs(inputs)).map((f) => resolve(f))
  const known = await store.fileHashes()
  const hashes = new Map<string, { hash: string; bytes: number }>()
  const todo: string[] = []
  const summary: IndexSummary = {
    files: files.length,
    skipped: 0,
    indexed: 0,
    failed: [],
    articles: 0,
    removed: 0,
    seconds: 0,
  }
  // Files are read and hashed a few at a time (one by one, the reads wait on each other).
  const editions = new Map<string, Promise<Buffer | null>>()
  const hashing = new Map<string, Promise<{ hash: string; bytes: number } | null>>()
  const hashOf = (file: string) => {
    let pending = hashing.get(file)
    if (!pending) {
      pending = fileHash(file, editions).catch(() => null)
      hashing.set(file, pending)
    }
    return pending
  }
  let nextToHash = 0
  const hashNext = (): void => {
    if (nextToHash < files.length) void hashOf(files[nextToHash++]!)
  }
  for (let i = 0; i < HASH_CONCURRENCY; i++) hashNext()
  // A fresh index skips nothing: parsing starts at once and files are hashed while they are parsed.
  const fresh = known.size === 0
  if (fresh) todo.push(...files)
  else {
    for (const file of files) {
      const hashed = await hashOf(file)
      hashing.delete(file)
      hashNext()
      if (hashed && known.get(file) === hashed.hash) {
        summary.skipped++
        continue
      }
      if (hashed) hashes.set(file, hashed)
      todo.push(file)
    }
  }
  let batch: IndexedFile[] = []
  let batchArticles = 0
  const flush = async () => {
    if (batch.length > 0) await store.writeFiles(batch)
    batch = []
    batchArticles = 0
  }
  let done = 0
  const map = mapModule()
  const reader = readEdition(todo, {
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(map ? { map } : {}),
  })
  for await (const result of reader) {
    done++
    const path = resolve(result.file)
    let hashed = hashes.get(path)
    if (fresh) {
      hashed = (await hashOf(path)) ?? undefined
      hashing.delete(path)
      hashNext()
    }
    if (result.error !== null || !hashed) {
      summary.failed.push({ file: result.file, error: result.error ?? 'cannot read the file' })
    } else {
      const articles = articlesOf(result)
      batch.push({ path, hash: hashed.hash, bytes: hashed.bytes, articles })
      batchArticles += articles.length
      summary.indexed++
      summary.articles += articles.length
      if (batchArticles >= BATCH_ARTICLES || batch.length >= BATCH_FILES) await flush()
    }
    options.onProgress?.({ total: todo.length, done, articles: summary.articles, file: result.file })
    // Let the parser's workers hand in their files and take new ones: while
    // results are queued, this loop would otherwise keep the thread and
    // leave the workers idle.
    await nextTurn()
  }
  await flush()
  if (store.optimize && summary.articles > 0) {
    const { articles } = await store.stats()
    if (summary.articles >= OPTIMIZE_SHARE * articles) await store.optimize()
  }
  if (options.prune) {
    const gone = [...known.keys()].filter((path) => !existsSync(path))
    summary.removed = await store.removeFiles(gone)
  }
  summary.seconds = (performance.now() - started) / 1000
  return summary
}
