#!/usr/bin/env node
/**
 * `news-rss`: feeds from parsed pages.
 *
 *   news-rss build PATH… --out DIR --site-url URL [--title] [--description] [--lang] [--limit 100] [--date YYYY-MM-DD]
 *   news-rss serve PATH… [--port 8080] [--host 127.0.0.1] [--site-url URL] [--watch] [feed options]
 */
import { createRequire } from 'node:module'
import { Command, InvalidArgumentError } from 'commander'
import { type BuildResult, buildSite, writeSite } from './build.js'
import { RssError } from './errors.js'
import { PageReader } from './read-pages.js'
import { DEFAULT_HOST, DEFAULT_PORT, serveFeeds } from './serve.js'
import { baseUrl, DEFAULT_LIMIT } from './site.js'

const NAME = 'news-rss'
const { version } = createRequire(import.meta.url)('../package.json') as { version: string }

interface FeedFlags {
  title?: string
  description?: string
  lang?: string
  limit: number
  date?: string
  quiet?: boolean
}

function positiveInteger(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError('expected a whole number above 0')
  return n
}

function port(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value) || n > 65_535) throw new InvalidArgumentError('expected a port number, 0 to 65535')
  return n
}

function day(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD')
  return value
}

function siteUrl(value: string): string {
  try {
    return baseUrl(value).href
  } catch {
    throw new InvalidArgumentError(
      'expected an absolute http or https URL, such as https://example.org/news/',
    )
  }
}

function withFeedOptions(command: Command): Command {
  return command
    .option('--title <text>', 'title of the feeds (default: the publication, else "News")')
    .option('--description <text>', 'description of the feeds')
    .option('--lang <tag>', 'language of the feeds, BCP 47 (default: the pages’ language)')
    .option('--limit <n>', 'most items in each feed, newest first', positiveInteger, DEFAULT_LIMIT)
    .option('--date <YYYY-MM-DD>', 'date of the edition for pages that have none', day)
    .option('-q, --quiet', 'print no warnings')
}

function say(line: string): void {
  process.stderr.write(`${NAME}: ${line}\n`)
}

function summary(result: BuildResult): string {
  const sections = result.sections === 1 ? '1 section' : `${result.sections} sections`
  return `${result.articles} articles from ${result.pages} pages, ${sections}`
}

function report(result: BuildResult, quiet: boolean | undefined): void {
  if (!quiet) for (const warning of result.warnings) say(`warning: ${warning}`)
}

const program = new Command(NAME)
  .description('RSS 2.0, Atom 1.0 and JSON Feed 1.1 from newspaper pages, parsed by @news/parser')
  .version(version, '-v, --version')
  .showHelpAfterError()

withFeedOptions(
  program
    .command('build')
    .description('write feed.xml, atom.xml, feed.json, sections/<slug>/… and articles/<id>.html')
    .argument('<paths...>', 'page files, folders or globs')
    .requiredOption('-o, --out <dir>', 'folder to write to')
    .requiredOption('--site-url <url>', 'absolute URL where the folder is served', siteUrl),
).action(async (paths: string[], flags: FeedFlags & { out: string; siteUrl: string }) => {
  const result = await buildSite(new PageReader(paths), { ...flags })
  await writeSite(result.site, flags.out)
  report(result, flags.quiet)
  if (result.pages === 0) say(`warning: no page files (.txt, .md) in ${paths.join(' ')}`)
  say(`wrote ${summary(result)} to ${flags.out}`)
})

withFeedOptions(
  program
    .command('serve')
    .description('serve the feeds and article pages over HTTP')
    .argument('<paths...>', 'page files, folders or globs')
    .option('-p, --port <n>', 'port to listen on (0: any free port)', port, DEFAULT_PORT)
    .option('--host <host>', 'interface to listen on', DEFAULT_HOST)
    .option('--site-url <url>', 'absolute URL the feeds link to (default: this server)', siteUrl)
    .option('-w, --watch', 'rebuild when pages are added, changed or removed'),
).action(
  async (
    paths: string[],
    flags: FeedFlags & { port: number; host: string; siteUrl?: string; watch?: boolean },
  ) => {
    let first = true
    const server = await serveFeeds(paths, {
      ...flags,
      onBuild(result) {
        if (result instanceof Error) return say(result.message)
        report(result, flags.quiet)
        if (!first) say(`rebuilt: ${summary(result)}`)
      },
    })
    first = false
    say(`serving ${server.url} (feed.xml, atom.xml, feed.json)${flags.watch ? ', watching for changes' : ''}`)
    const stop = () => {
      server.close().then(() => process.exit(0))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  },
)

program.parseAsync().catch((error: unknown) => {
  if (error instanceof RssError || error instanceof TypeError) say(error.message)
  else say((error as Error)?.stack ?? String(error))
  process.exitCode = 1
})
