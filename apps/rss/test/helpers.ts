/** Shared test helpers: temp folders of pages, running the CLI, and the real readers. */
import { execFile, spawn } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { type Article, type NewsRecords, toHtml } from '@news/parser'
import { readEdition } from '@news/parser/node'

const run = promisify(execFile)

export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
export const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url))
const FEEDPARSER_SCRIPT = fileURLToPath(new URL('./feedparser-summary.py', import.meta.url))
/** Debian's Python, which has python3-feedparser (the `python3` on PATH may not). */
export const PYTHON = '/usr/bin/python3'

/** Dated sample pages with articles (the date is in the file name; ad-only pages give no items), smallest first. */
export const ZH_PAGES = {
  small: 'zh/008-jingbao-1939-04-21-p8.txt',
  medium: 'zh/004-jingbao-1930-04-03-p2.txt',
  large: 'zh/002-jingbao-1920-04-30-p3.txt',
  bylines: 'zh/006-jingbao-1939-04-24-p2.txt',
} as const

/** A new temp folder; `cleanup()` removes every folder made so far. */
const made: string[] = []
export async function tempDir(prefix = 'news-rss-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}
export async function cleanup(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}

/** Copy sample pages (paths under `samples/`) into `dir`, keeping their file names. */
export async function copySamples(dir: string, pages: readonly string[]): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  return Promise.all(
    pages.map(async (page) => {
      const to = join(dir, page.slice(page.lastIndexOf('/') + 1))
      await copyFile(join(SAMPLES, page), to)
      return to
    }),
  )
}

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Run `news-rss` with `args`; never throws for a non-zero exit. */
export async function cli(args: readonly string[], cwd?: string): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd, maxBuffer: 64 << 20 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
  }
}

/** A `news-rss serve` process and the URL it serves. */
export interface ServeProcess {
  url: string
  /** Everything it printed on stderr so far. */
  log: () => string
  stop: () => Promise<void>
}

/** Start `news-rss serve … --port 0` and wait until it says where it listens. */
export async function startServe(args: readonly string[]): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk
      const match = /serving (http:\/\/\S+\/)/.exec(stderr)
      if (match) resolve(match[1]!)
    })
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)))
  })
  return {
    url,
    log: () => stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/** What feedparser read from one feed. */
export interface ParsedFeed {
  bozo: boolean
  bozo_exception: string | null
  version: string
  title: string | null
  /** Atom's feed id (RSS has none). */
  id: string | null
  updated: string | null
  entries: Array<{
    title: string
    id: string
    link: string
    date: string | null
    authors: string[]
    tags: string[]
    content: string[]
    summary: string | null
  }>
}

/** Read feeds (files or URLs) with python3-feedparser. */
export async function feedparser(sources: readonly string[]): Promise<Record<string, ParsedFeed>> {
  const { stdout } = await run(PYTHON, [FEEDPARSER_SCRIPT, ...sources], { maxBuffer: 64 << 20 })
  return JSON.parse(stdout) as Record<string, ParsedFeed>
}

/** `xmllint --noout` on each file: its complaints, empty when all are well-formed. */
export async function xmllint(files: readonly string[]): Promise<string> {
  try {
    await run('xmllint', ['--noout', ...files])
    return ''
  } catch (error) {
    return (error as { stderr?: string }).stderr ?? String(error)
  }
}

/** Every file under `dir`, relative, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort()
}

/** Every file under `dir` with its bytes. */
export async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = await listFiles(dir)
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f))] as const)))
}

/** An article as the parser gives it, read independently of the code under test. */
export interface Truth {
  id: string
  headline: string | null
  paragraphs: string[]
  date: string | null
  section: string | null
  authors: string[]
  html: string
}

/** Articles of `paths`, straight from `readEdition` and `toHtml`. */
export async function truth(paths: readonly string[]): Promise<Truth[]> {
  const out: Truth[] = []
  for await (const result of readEdition(paths, { tree: true })) {
    result.records.forEach((page: NewsRecords, p) => {
      const nodes = result.tree!.children[p]!.children.filter((c): c is Article => c.type === 'article')
      page.articles.forEach((a, i) => {
        out.push({
          id: a.id,
          headline: a.headline,
          paragraphs: a.paragraphs,
          date: page.publication.date,
          section: page.section,
          authors: a.bylines.flatMap((b) =>
            b.authors.length ? b.authors : b.organization ? [b.organization] : [],
          ),
          html: toHtml(nodes[i]!),
        })
      })
    })
  }
  return out
}

/** Collapse white space as feeds do. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
