/**
 * Pages → site: read (through `PageReader`), collect articles, check dates,
 * order, render. Problems with the input are `RssError`s that say what to
 * do; the CLI's `build` writes the site, `serve` keeps it in memory.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { collectArticles, dayToDate, orderArticles, type Undated } from './articles.js'
import { RssError } from './errors.js'
import type { FileFailure, PageReader } from './read-pages.js'
import { renderSite, type Site, type SiteOptions } from './site.js'
import { type Replacements, toXmlChars } from './xml-chars.js'

export interface BuildOptions extends SiteOptions {
  /**
   * Date (`YYYY-MM-DD`) for pages that have none; a date from the file
   * name, an `edition.json` or the page itself comes first. Without it a
   * page with articles but no date is an error.
   */
  date?: string | undefined
}

export interface BuildResult {
  site: Site
  /** Articles in the site (each has a page; feeds hold at most `limit`). */
  articles: number
  /** Pages read. */
  pages: number
  /** Sections that got feeds. */
  sections: number
  /** Non-fatal findings: characters replaced, ids made unique. */
  warnings: string[]
}

/** The message for pages without a date: which files, and the three ways to give one. */
export function undatedMessage(undated: readonly Undated[]): string {
  const lines = undated.map((u) => (u.date ? `  ${u.file} (not a real day: ${u.date})` : `  ${u.file}`))
  return [
    `no date for ${undated.length === 1 ? 'this page' : `these ${undated.length} pages`}:`,
    ...lines,
    'Give the date of the edition in one of these ways:',
    '  - in the file name: 2024-05-01-p1.txt (or 20240501),',
    '  - in an edition.json beside the pages: {"date": "2024-05-01"},',
    '  - for every page that has none: --date 2024-05-01.',
  ].join('\n')
}

function failureMessage(failures: readonly FileFailure[]): string {
  return [
    `could not read ${failures.length === 1 ? 'this file' : `these ${failures.length} files`}:`,
    ...failures.map((f) => `  ${f.file}: ${f.error}`),
  ].join('\n')
}

/** Options with their free text cleaned for XML, and `date` checked. */
function checked(options: BuildOptions, warnings: string[]): BuildOptions {
  if (options.date !== undefined && dayToDate(options.date) === null) {
    throw new RssError(`--date must be a real day as YYYY-MM-DD, not "${options.date}"`)
  }
  const replacements: Replacements = new Map()
  const clean = (text: string | undefined) =>
    text === undefined ? undefined : toXmlChars(text, replacements)
  const out = {
    ...options,
    title: clean(options.title),
    description: clean(options.description),
    lang: clean(options.lang),
  }
  if (replacements.size > 0) warnings.push('options: characters XML 1.0 cannot hold replaced with U+FFFD')
  return out
}

/** Read the pages and render the site. Throws `RssError` for unreadable or undated pages. */
export async function buildSite(reader: PageReader, options: BuildOptions): Promise<BuildResult> {
  const warnings: string[] = []
  const opts = checked(options, warnings)
  const { pages, failures } = await reader.read()
  if (failures.length > 0) throw new RssError(failureMessage(failures))
  const collected = collectArticles(pages, { date: opts.date })
  if (collected.undated.length > 0) throw new RssError(undatedMessage(collected.undated))
  const ordered = orderArticles(collected.articles)
  warnings.push(...collected.warnings, ...ordered.warnings)
  const site = renderSite(ordered.articles, opts)
  const sections = [...site.keys()].filter((p) => p.startsWith('sections/') && p.endsWith('/feed.xml')).length
  return { site, articles: ordered.articles.length, pages: pages.length, sections, warnings }
}

/** Write every file of a site under `dir` (files already there and not in the site stay). */
export async function writeSite(site: Site, dir: string): Promise<void> {
  const folders = new Set([...site.keys()].map((path) => dirname(join(dir, path))))
  for (const folder of folders) await mkdir(folder, { recursive: true })
  await Promise.all([...site].map(([path, body]) => writeFile(join(dir, path), body)))
}
