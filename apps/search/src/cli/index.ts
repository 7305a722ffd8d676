#!/usr/bin/env node
/**
 * `news-search`: index newspaper pages, query them, serve the search page.
 * See docs/search.md.
 */
import { Command, InvalidArgumentError, Option } from 'commander'
import { indexPaths } from '../indexer/run.js'
import { normalizeDate } from '../query/parse.js'
import { search } from '../search.js'
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../server/serve.js'
import { openStore } from '../store/open.js'
import { formatResults } from './format.js'
import { progressReporter } from './progress.js'

const program = new Command('news-search')
  .description('Index newspaper page texts and search them (Chinese and English).')
  .showHelpAfterError()

const dbOption = () =>
  new Option('--db <file>', 'index file (SQLite) or postgres:// URL')
    .env('NEWS_SEARCH_DB')
    .makeOptionMandatory()

function integer(min: number) {
  return (value: string) => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer ≥ ${min}`)
    return n
  }
}

function date(value: string): string {
  const d = normalizeDate(value)
  if (d === null) throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD')
  return d
}

const collect = (value: string, list: string[]) => [...list, value]

program
  .command('index')
  .description('parse page files (files, folders, globs) and index their articles')
  .argument('<paths...>', 'page files, folders or globs')
  .addOption(dbOption())
  .option('--prune', 'remove indexed files that no longer exist')
  .option('--workers <n>', 'parser threads (default: one per core)', integer(0))
  .option('-q, --quiet', 'no progress output')
  .action(
    async (paths: string[], opts: { db: string; prune?: boolean; workers?: number; quiet?: boolean }) => {
      const store = await openStore(opts.db)
      const progress = progressReporter(opts.quiet ?? false)
      try {
        const summary = await indexPaths(store, paths, {
          prune: opts.prune ?? false,
          ...(opts.workers === undefined ? {} : { workers: opts.workers }),
          onProgress: progress.update,
        })
        progress.stop()
        const stats = await store.stats()
        for (const f of summary.failed) console.error(`news-search: ${f.file}: ${f.error}`)
        const rate = Math.round(summary.articles / Math.max(summary.seconds, 0.001))
        console.error(
          `indexed ${summary.indexed} files (${summary.articles} articles, ${rate}/s), skipped ${summary.skipped} unchanged, ` +
            `${summary.failed.length} failed${opts.prune ? `, pruned ${summary.removed}` : ''} in ${summary.seconds.toFixed(1)} s; ` +
            `the index holds ${stats.files} files, ${stats.articles} articles`,
        )
        if (summary.failed.length > 0) process.exitCode = 1
      } finally {
        progress.stop()
        await store.close()
      }
    },
  )

program
  .command('query')
  .description('search the index (see docs/search.md for the query syntax)')
  .argument('<query>', 'words, "phrases", -exclude, OR, author:, section:, from:, to:, lang:')
  .addOption(dbOption())
  .option('--json', 'print JSON')
  .option('--limit <n>', 'results per page (max 100)', integer(1), 10)
  .option('--offset <n>', 'results to skip', integer(0), 0)
  .option('--author <name>', 'only articles by this author (repeatable)', collect, [])
  .option('--section <name>', 'only this section (repeatable)', collect, [])
  .option('--from <date>', 'from this date', date)
  .option('--to <date>', 'up to this date', date)
  .option('--lang <code>', 'only this language (zh, en)')
  .action(
    async (
      q: string,
      opts: {
        db: string
        json?: boolean
        limit: number
        offset: number
        author: string[]
        section: string[]
        from?: string
        to?: string
        lang?: string
      },
    ) => {
      const store = await openStore(opts.db, { mustExist: true })
      try {
        const { response, warnings } = await search(store, {
          q,
          limit: opts.limit,
          offset: opts.offset,
          filters: {
            authors: opts.author,
            sections: opts.section,
            from: opts.from ?? null,
            to: opts.to ?? null,
            lang: opts.lang?.toLowerCase() ?? null,
          },
        })
        for (const w of warnings) console.error(`news-search: ${w}`)
        console.log(
          opts.json ? JSON.stringify(response, null, 2) : formatResults(response, process.stdout.isTTY),
        )
      } finally {
        await store.close()
      }
    },
  )

program
  .command('serve')
  .description('serve the search page and the JSON API')
  .addOption(dbOption())
  .option('--port <n>', 'port (0: any free port)', integer(0), DEFAULT_PORT)
  .option('--host <host>', 'address to listen on (default: this machine only)', DEFAULT_HOST)
  .action(async (opts: { db: string; port: number; host: string }) => {
    const store = await openStore(opts.db, { mustExist: true })
    const server = await startServer(store, { host: opts.host, port: opts.port })
    const stats = await store.stats()
    console.error(`news-search: serving ${stats.articles} articles from ${opts.db} at ${server.url}`)
    const stop = async () => {
      await server.close()
      await store.close()
      process.exit(0)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })

program.parseAsync().catch((error: unknown) => {
  console.error(`news-search: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
