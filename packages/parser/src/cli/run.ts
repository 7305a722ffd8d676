/**
 * The `news-parse` program: parse page files and print records, trees or
 * outlines. Exit codes: 0 done, 1 some input unreadable, 2 usage error.
 */
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { VFile } from 'vfile'
import { addEvalCommand } from '../eval/command.js'
import { decodeBytes } from '../node/decode.js'
import { expandInputs } from '../node/files.js'
import { type FileOptions, type FileResult, processFile } from '../node/process-file.js'
import { readEdition } from '../node/read-edition.js'
import { readFilePages, STREAM_MIN_BYTES } from '../node/stream-pages.js'
import { fromText } from '../pipeline/from-text.js'
import { toPageRecords } from '../records/to-records.js'
import { FORMATS, type Format, render, TREE_FORMATS } from './formats.js'
import { createProgress } from './progress.js'

const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
).version

interface ParseFlags {
  format: Format
  lang?: string
  date?: string
  page?: number
  name?: string
  input?: 'text' | 'markdown'
  quiet?: boolean
  progress?: boolean
}

const parsePage = (v: string) => {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a page number')
  return n
}
const parseDate = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new InvalidArgumentError('expected YYYY-MM-DD')
  return v
}

/** Run the program with `argv` (as `process.argv`); resolves to the exit code. */
export async function run(
  argv: string[],
  io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
) {
  let code = 0
  const program = new Command('news-parse')
    .description('Parse newspaper page text (pdftotext, MuPDF, OCR, Markdown) into articles.')
    .version(VERSION, '-v, --version')
    .argument('[inputs...]', 'files, folders, globs, or - for standard input', ['-'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('records'))
    .option('-l, --lang <lang>', 'language of the pages (zh, zh-Hans, zh-Hant, en…); detected when absent')
    .option('-d, --date <date>', 'date of the issue (YYYY-MM-DD)', parseDate)
    .option('-p, --page <n>', 'page number of the first page', parsePage)
    .option('-n, --name <name>', 'name of the publication')
    .addOption(
      new Option('--input <syntax>', 'input syntax (default: markdown for .md, else text)').choices([
        'text',
        'markdown',
      ]),
    )
    .option('-q, --quiet', 'do not print messages')
    .option('--no-progress', 'no progress bar')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .action(async (inputs: string[], flags: ParseFlags) => {
      code = await parseInputs(inputs, flags, io)
    })
  addEvalCommand(program, io, (c) => {
    code = c
  })
  try {
    await program.parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    throw error
  }
  return code
}

async function parseInputs(
  inputs: string[],
  flags: ParseFlags,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin: NodeJS.ReadableStream },
) {
  const options = {
    lang: flags.lang,
    date: flags.date,
    page: flags.page,
    publication: flags.name,
    input: flags.input,
    tree: TREE_FORMATS.includes(flags.format),
  }
  const files = inputs.filter((i) => i !== '-')
  let failed = 0
  const emit = (result: FileResult, several: boolean) => {
    if (result.error) {
      failed++
      io.stderr.write(`news-parse: ${result.file}: ${result.error}\n`)
      return
    }
    if (!flags.quiet) {
      for (const m of result.messages) {
        const place = m.line ? `:${m.line}:${m.column ?? 1}` : ''
        io.stderr.write(
          `${result.file}${place}: ${m.fatal ? 'error' : 'warning'} ${m.reason} [${m.ruleId}]\n`,
        )
      }
    }
    io.stdout.write(render(flags.format, result.records, result.tree, several))
  }

  if (inputs.includes('-')) {
    const chunks: Buffer[] = []
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer))
    const result = parseStdin(Buffer.concat(chunks), options)
    emit(result, files.length > 0 || result.records.length > 1)
  }
  if (files.length === 0) return failed ? 1 : 0
  if (flags.format === 'ndjson' && (await streamBigFiles(files, options, emit, io.stdout)))
    return failed ? 1 : 0

  const progress = createProgress(flags.progress !== false, io.stderr)
  let index = 0
  let total = 0
  for await (const result of readEdition(files, {
    ...options,
    onProgress: (done, all) => {
      total = all
      progress.update(done, all)
    },
  })) {
    index++
    const several = total > 1 || inputs.length > 1 || result.records.length > 1
    emit(result, several || index > 1)
  }
  progress.stop()
  if (total === 0 && index === 0) {
    io.stderr.write(`news-parse: no page files found in ${files.join(', ')}\n`)
    return 1
  }
  return failed ? 1 : 0
}

/**
 * With `--format ndjson`, a file of at least `STREAM_MIN_BYTES` is read page
 * by page and each page printed as soon as it is parsed (flat memory); the
 * other files are parsed whole, in order. Returns false, doing nothing, when
 * no file is that big.
 */
async function streamBigFiles(
  inputs: string[],
  options: FileOptions,
  emit: (result: FileResult, several: boolean) => void,
  stdout: NodeJS.WritableStream,
): Promise<boolean> {
  const files = await expandInputs(inputs)
  const sizes = await Promise.all(
    files.map((f) =>
      stat(f).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  )
  if (!sizes.some((size) => size >= STREAM_MIN_BYTES)) return false
  for (const [i, file] of files.entries()) {
    if (sizes[i]! < STREAM_MIN_BYTES) {
      emit(await processFile(file, options), true)
      continue
    }
    for await (const page of readFilePages(file, options)) {
      emit(page, true)
      // Wait for a slow reader rather than pile output up in memory.
      if ((stdout as Writable).writableNeedDrain) await once(stdout, 'drain')
    }
  }
  return true
}

function parseStdin(bytes: Buffer, options: Parameters<typeof fromText>[1] & { tree?: boolean }): FileResult {
  const result: FileResult = {
    file: '<stdin>',
    encoding: null,
    meta: null,
    records: [],
    messages: [],
    error: null,
    bytes: bytes.length,
  }
  try {
    const decoded = decodeBytes(bytes)
    result.encoding = decoded.encoding
    const file = new VFile({ path: '<stdin>', value: decoded.text })
    const { tree: keep, ...parse } = options
    const tree = fromText(decoded.text, parse, file)
    result.records = toPageRecords(tree, { source: null })
    if (keep) result.tree = tree
    result.messages = file.messages.map((m) => ({
      ruleId: m.ruleId ?? null,
      reason: m.reason,
      line: m.line ?? null,
      column: m.column ?? null,
      fatal: m.fatal === true,
    }))
  } catch (error) {
    result.error = (error as Error).message
  }
  return result
}
