/**
 * A big page file read page by page: the bytes are read in chunks, a form
 * feed ends a page, and each page is parsed and handed on before the next is
 * read, so memory stays flat however big the file. Each page gives the same
 * records as parsing the whole file at once (its lines and page number
 * count from the start of the file).
 *
 * Only files that decode as UTF-8 without a byte-order mark stream (one
 * quick pass checks); any other file is read whole by `processFile`, which
 * picks its encoding from all its bytes.
 */
import { open } from 'node:fs/promises'
import { VFile } from 'vfile'
import { resolveOptions } from '../options.js'
import { countRadicals } from '../pipeline/characters.js'
import { parseSlice } from '../pipeline/from-text.js'
import { splitPages } from '../pipeline/lines.js'
import { Locator, type Origin } from '../pipeline/position.js'
import { pageRecords } from '../records/to-records.js'
import { sniffBinary } from './decode.js'
import { editionMeta } from './metadata.js'
import {
  type FileOptions,
  type FileResult,
  isMarkdownPath,
  type PageMessage,
  processFile,
} from './process-file.js'

/** Files at least this big (bytes) are read page by page when asked to stream. */
export const STREAM_MIN_BYTES = 16 * 1024 * 1024
/** Bytes read at a time. */
const CHUNK_BYTES = 1 << 20

const FORM_FEED = '\f'

/** Read chunks of a file, one at a time. */
async function* chunksOf(file: string): AsyncGenerator<Uint8Array> {
  const handle = await open(file)
  try {
    const buffer = new Uint8Array(CHUNK_BYTES)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null)
      if (bytesRead === 0) return
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}

/** Whether the file is text in UTF-8 without a byte-order mark, as `decodeBytes` would find (one pass, flat memory). */
async function isPlainUtf8(file: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  let first = true
  try {
    for await (const chunk of chunksOf(file)) {
      if (first) {
        if (chunk[0] === 0xef || chunk[0] === 0xff || chunk[0] === 0xfe) return false
        sniffBinary(chunk)
        first = false
      }
      decoder.decode(chunk, { stream: true })
    }
    decoder.decode()
    return true
  } catch {
    return false
  }
}

/** The point after `text`, starting from `from` (lines break at CRLF, CR or LF, as `Locator` counts them). */
function advance(from: Origin, text: string): Origin {
  let line = from.line
  let lastBreakEnd = -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++
    } else if (c !== 0x0a) continue
    line++
    lastBreakEnd = i + 1
  }
  return {
    offset: from.offset + text.length,
    line,
    column: lastBreakEnd < 0 ? from.column + text.length : text.length - lastBreakEnd + 1,
  }
}

/**
 * Read one page file. Yields one result per page for a plain UTF-8 text
 * file (each with that page's records and messages), or one result for the
 * whole file otherwise. Never throws: failures are in `error`.
 */
export async function* readFilePages(file: string, options: FileOptions = {}): AsyncGenerator<FileResult> {
  const markdown = options.input === 'markdown' || (options.input === undefined && isMarkdownPath(file))
  if (markdown || options.tree || !(await isPlainUtf8(file))) {
    yield await processFile(file, options)
    return
  }
  const result = (): FileResult => ({
    file,
    encoding: 'utf-8',
    meta,
    records: [],
    messages: [],
    error: null,
    bytes: 0,
  })
  let meta: FileResult['meta'] = null
  let pages = 0
  let radicals = 0
  let at: Origin = { offset: 0, line: 1, column: 1 }
  let pending = ''
  try {
    meta = await editionMeta(file)
    const settings = resolveOptions({
      ...options,
      lang: options.lang ?? meta.lang,
      publication: options.publication ?? meta.publication,
      date: options.date ?? meta.date,
      page: options.page ?? meta.page,
    })
    // One page on its own; `closed`: a form feed ends it (the whole-file parse reads a page so).
    const parse = (text: string, closed: boolean): FileResult | null => {
      const source = closed ? `${text}${FORM_FEED}` : text
      const origin = at
      at = advance(at, source)
      radicals += countRadicals(text)
      const slice = splitPages(source, origin.line)[0]
      if (!slice) return null
      const vfile = new VFile({ path: file })
      const page = parseSlice(source, slice, pages++, settings, vfile, new Locator(source, origin))
      const out = result()
      out.bytes = Buffer.byteLength(source)
      out.records = [pageRecords(page, { source: file })]
      out.messages = vfile.messages.map(toPageMessage)
      return out
    }
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
    for await (const chunk of chunksOf(file)) {
      // Search only the new text for form feeds, and cut the pending text once per chunk.
      let end = pending.length
      pending += decoder.decode(chunk, { stream: true })
      let from = 0
      for (end = pending.indexOf(FORM_FEED, end); end >= 0; end = pending.indexOf(FORM_FEED, from)) {
        const page = parse(pending.slice(from, end), true)
        from = end + 1
        if (page) yield page
      }
      pending = pending.slice(from)
    }
    pending += decoder.decode()
    const last = parse(pending, false)
    if (last) yield last
  } catch (error) {
    const failed = result()
    failed.error = (error as Error)?.message ?? String(error)
    yield failed
    return
  }
  // Messages about the whole file come after its pages.
  const closing = result()
  if (radicals) {
    closing.messages.push(
      message(`Mapped ${radicals} radical code point(s) to the ideographs they stand for`, 'radical-mapped'),
    )
  }
  if (pages === 0) closing.messages.push(message('Input holds no text', 'empty-input'))
  if (closing.messages.length) yield closing
}

function message(reason: string, ruleId: string): PageMessage {
  return { ruleId, reason, line: null, column: null, fatal: false }
}

function toPageMessage(m: VFile['messages'][number]): PageMessage {
  return {
    ruleId: m.ruleId ?? null,
    reason: m.reason,
    line: m.line ?? null,
    column: m.column ?? null,
    fatal: m.fatal === true,
  }
}
