/**
 * Pages from the paths a user gives, read through the parser's
 * `readEdition` with their trees (feed content is the parser's HTML of each
 * article node). A `PageReader` keeps what it read and, on the next
 * `read()`, parses again only files whose size, time or `edition.json`
 * changed: `serve --watch` rebuilds on every change.
 */
import { stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { NewsRecords, Page } from '@news/parser'
import { expandInputs, type FileResult, readEdition, WORKER_THRESHOLD } from '@news/parser/node'

/** One page of a file: its records and its tree node. */
export interface ParsedPage {
  file: string
  /** Index of the page in its file (a form feed starts a new page). */
  index: number
  records: NewsRecords
  tree: Page
}

/** A file that could not be parsed, and why. */
export interface FileFailure {
  file: string
  error: string
}

export interface ReadResult {
  pages: ParsedPage[]
  failures: FileFailure[]
  /** How many files were parsed again (not taken from the cache). */
  parsed: number
}

/** What a file looked like when it was read: size, time, and its folder's `edition.json`. */
async function stampOf(file: string): Promise<string> {
  const [info, edition] = await Promise.all([
    stat(file).catch(() => null),
    stat(join(dirname(file), 'edition.json')).catch(() => null),
  ])
  const part = (s: typeof info) => (s ? `${s.size}:${s.mtimeMs}` : '-')
  return `${part(info)}|${part(edition)}`
}

/** Pages of one file result, or why there are none. */
function pagesOf(result: FileResult): ParsedPage[] | FileFailure {
  if (result.error !== null) return { file: result.file, error: result.error }
  const pages = result.tree?.children ?? []
  if (pages.length !== result.records.length) {
    return { file: result.file, error: 'the parser gave a tree that does not match its records' }
  }
  return pages.map((tree, index) => ({ file: result.file, index, records: result.records[index]!, tree }))
}

/** Reads page files, again only where they changed. */
export class PageReader {
  readonly #inputs: readonly string[]
  readonly #cache = new Map<string, { stamp: string; pages: ParsedPage[] | FileFailure }>()
  #reads = 0

  /** @param inputs Files, folders and globs, as `readEdition` takes them. */
  constructor(inputs: readonly string[]) {
    if (!Array.isArray(inputs) || inputs.length === 0) throw new TypeError('Expected at least one input path')
    this.#inputs = inputs
  }

  /** Every page of every input file, in file order. */
  async read(): Promise<ReadResult> {
    const files = await expandInputs(this.#inputs)
    const stamps = await Promise.all(files.map(stampOf))
    const stampOfFile = new Map(files.map((file, i) => [file, stamps[i]!]))
    const stale = files.filter((file) => this.#cache.get(file)?.stamp !== stampOfFile.get(file))
    if (stale.length > 0) {
      // After the first read, parse in a worker even for a few files: the
      // parser caches each folder's edition.json for the life of a thread,
      // and a fresh worker sees an edition.json added or changed since.
      const workers = this.#reads > 0 && stale.length < WORKER_THRESHOLD ? 1 : undefined
      for await (const result of readEdition(stale, { tree: true, workers })) {
        this.#cache.set(result.file, { stamp: stampOfFile.get(result.file)!, pages: pagesOf(result) })
      }
    }
    this.#reads++
    const live = new Set(files)
    for (const file of this.#cache.keys()) if (!live.has(file)) this.#cache.delete(file)
    const pages: ParsedPage[] = []
    const failures: FileFailure[] = []
    for (const file of files) {
      const entry = this.#cache.get(file)
      if (!entry) failures.push({ file, error: 'not read' })
      else if (Array.isArray(entry.pages)) pages.push(...entry.pages)
      else failures.push(entry.pages)
    }
    return { pages, failures, parsed: stale.length }
  }
}
