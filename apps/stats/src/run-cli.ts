/** The command line of `news-stats`, separate from its entry so tests can call it. */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Command, Option } from 'commander'
import { collectStats } from './collect.js'
import { formatHtml } from './format-html.js'
import { formatTerminal } from './format-terminal.js'
import { createProgress } from './progress.js'
import { BREAKDOWN_KEYS, type BreakdownKey } from './report.js'

export interface CliIo {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WriteStream
}

/** Run `news-stats` with `argv` (as `process.argv`); resolves to the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const program = new Command()
    .name('news-stats')
    .description('What is in a newspaper archive, and how well it was extracted.')
    .argument('<paths...>', 'page files, folders or globs')
    .option('--json <file>', 'write the whole report as JSON (news-stats/1)')
    .option('--html <file>', 'write the report as one self-contained HTML file')
    .addOption(
      new Option('--by <key>', 'breakdown shown in the terminal, and axis of --term')
        .choices(BREAKDOWN_KEYS)
        .default('date'),
    )
    .option('--term <term>', "count a term's use by date (or --by)")
    .option('-l, --lang <lang>', 'language of the pages (zh, en…); detected when absent')
    .option('--workers <n>', 'worker threads (default: one per core)', (v) => {
      const n = Number(v)
      if (!Number.isInteger(n) || n < 0) throw new TypeError('--workers takes a whole number')
      return n
    })
    .option('--no-progress', 'no progress bar')
    .option('-q, --quiet', 'no tables on standard output')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
  try {
    program.parse(argv)
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode
    return typeof code === 'number' ? code : 1
  }
  const paths = program.args
  const options = program.opts<{
    json?: string
    html?: string
    by: BreakdownKey
    term?: string
    lang?: string
    workers?: number
    progress: boolean
    quiet?: boolean
  }>()
  const progress = createProgress(options.progress && !options.quiet, io.stderr)
  let report: Awaited<ReturnType<typeof collectStats>>
  try {
    report = await collectStats(paths, {
      by: options.by,
      term: options.term ?? null,
      ...(options.lang ? { lang: options.lang } : {}),
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      onProgress: (done, total) => progress.update(done, total),
    })
  } finally {
    progress.stop()
  }
  if (report.quality.files === 0) {
    io.stderr.write('news-stats: no page files found\n')
    return 1
  }
  if (!options.quiet) io.stdout.write(formatTerminal(report))
  if (options.json) await writeOut(options.json, `${JSON.stringify(report, null, 2)}\n`)
  if (options.html) await writeOut(options.html, await formatHtml(report))
  return 0
}

async function writeOut(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, text)
}
