/**
 * Parse one page file: read, decode, find its edition facts, parse, and turn
 * every page of it into records. Runs in a worker thread or in process.
 */
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { VFile } from 'vfile'
import type { Options } from '../options.js'
import { fromText } from '../pipeline/from-text.js'
import { toPageRecords } from '../records/to-records.js'
import type { NewsRecords } from '../records/types.js'
import type { Root } from '../types.js'
import { decodeBytes, type Encoding } from './decode.js'
import { type EditionMeta, editionMeta } from './metadata.js'

/** A message about a page, as plain data (vfile messages do not cross threads). */
export interface PageMessage {
  ruleId: string | null
  reason: string
  line: number | null
  column: number | null
  fatal: boolean
}

/** What reading one file gave. */
export interface FileResult {
  /** The path as given or found. */
  file: string
  /** Encoding used to decode the file, or null when it could not be read. */
  encoding: Encoding | null
  /** Edition facts used. */
  meta: EditionMeta | null
  /** One records document per page of the file. */
  records: NewsRecords[]
  /** The tree, when asked for (`tree: true`). */
  tree?: Root
  messages: PageMessage[]
  /** Why the file could not be parsed; the batch goes on. */
  error: string | null
  /** Size of the file in bytes. */
  bytes: number
}

/** Options for reading files. */
export interface FileOptions extends Options {
  /** Keep the tree in the result. Default: false. */
  tree?: boolean
}

/** Whether a path is Markdown by its extension. */
export function isMarkdownPath(file: string): boolean {
  return /^\.(md|markdown)$/i.test(extname(file))
}

/** Read and parse one file. Never throws: failures are in `error`. */
export async function processFile(file: string, options: FileOptions = {}): Promise<FileResult> {
  const result: FileResult = {
    file,
    encoding: null,
    meta: null,
    records: [],
    messages: [],
    error: null,
    bytes: 0,
  }
  try {
    const bytes = await readFile(file)
    result.bytes = bytes.length
    const decoded = decodeBytes(bytes)
    result.encoding = decoded.encoding
    const meta = await editionMeta(file)
    result.meta = meta
    const vfile = new VFile({ path: file, value: decoded.text })
    for (const warning of decoded.warnings)
      vfile.message(warning, { ruleId: 'decode', source: 'news-parser' })
    const { tree: keepTree, ...parseOptions } = options
    const tree = fromText(
      decoded.text,
      {
        ...parseOptions,
        input: parseOptions.input ?? (isMarkdownPath(file) ? 'markdown' : 'text'),
        lang: parseOptions.lang ?? meta.lang,
        publication: parseOptions.publication ?? meta.publication,
        date: parseOptions.date ?? meta.date,
        page: parseOptions.page ?? meta.page,
      },
      vfile,
    )
    result.records = toPageRecords(tree, { source: file })
    if (keepTree) result.tree = tree
    result.messages = vfile.messages.map((m) => ({
      ruleId: m.ruleId ?? null,
      reason: m.reason,
      line: m.line ?? null,
      column: m.column ?? null,
      fatal: m.fatal === true,
    }))
  } catch (error) {
    result.error = (error as Error)?.message ?? String(error)
  }
  return result
}
