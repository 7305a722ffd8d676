import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { readEdition } from '@news/parser/node'
import { Ajv } from 'ajv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import schema from '../schema/news-stats-1.json' with { type: 'json' }
import type { StatsReport } from '../src/report.js'
import { runCli } from '../src/run-cli.js'
import { PAGE_DATES, WHEAT_PRINTED, writePages } from './pages.js'
import { displayWidth } from './width.js'

function capture() {
  let text = ''
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk)
      done()
    },
  }) as unknown as NodeJS.WriteStream
  return { stream, text: () => text }
}

async function cli(args: string[]) {
  const stdout = capture()
  const stderr = capture()
  const code = await runCli(['node', 'news-stats', ...args], { stdout: stdout.stream, stderr: stderr.stream })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

describe('news-stats on pages written by the test', () => {
  let dir = ''
  let report: StatsReport
  let run: Awaited<ReturnType<typeof cli>>

  beforeAll(async () => {
    dir = await writePages()
    run = await cli([
      dir,
      '--json',
      join(dir, 'out/stats.json'),
      '--html',
      join(dir, 'out/stats.html'),
      '--term',
      'wheat',
    ])
    report = JSON.parse(await readFile(join(dir, 'out/stats.json'), 'utf8')) as StatsReport
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('should exit 0 and write a report valid against its JSON Schema', () => {
    expect(run.code).toBe(0)
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    expect(report.format).toBe('news-stats/1')
  })

  it('should read every page, with the dates of their file names', () => {
    expect(report.quality.files).toBe(3)
    expect(report.quality.failedFiles).toEqual([])
    expect(report.quality.pages).toBe(3)
    expect(report.content.breakdowns.date.map((r) => r.key)).toEqual(PAGE_DATES)
    expect(report.content.lengths.map((l) => l.lang).sort()).toEqual(['en', 'zh'])
  })

  it('should agree with the records the edition reader gives', async () => {
    let articles = 0
    let wheat = 0
    const authors = new Map<string, number>()
    for await (const result of readEdition(dir)) {
      for (const page of result.records) {
        articles += page.articles.length
        for (const a of page.articles) {
          for (const text of [a.headline ?? '', ...a.deks, ...a.paragraphs])
            wheat += text.match(/\bwheat\b/gi)?.length ?? 0
          for (const b of a.bylines)
            for (const name of b.authors) authors.set(name, (authors.get(name) ?? 0) + 1)
        }
      }
    }
    expect(report.quality.articles).toBe(articles)
    expect(report.content.breakdowns.date.reduce((n, r) => n + r.articles, 0)).toBe(articles)
    expect(report.content.termUse!.total).toBe(wheat)
    expect(report.content.termUse!.total).toBeLessThanOrEqual(WHEAT_PRINTED)
    expect(Object.fromEntries(report.content.authors.map((a) => [a.name, a.count]))).toEqual(
      Object.fromEntries(authors),
    )
  })

  it('should account for every character in one of the four places', () => {
    const ch = report.quality.characters
    expect(ch.total).toBeGreaterThan(200)
    const shares = ch.shares.articles + ch.shares.figures + ch.shares.furniture + ch.shares.unplaced
    expect(shares).toBeCloseTo(1, 3)
  })

  it('should print aligned tables no wider than 80 columns, quality first', () => {
    const lines = run.stdout.split('\n')
    expect(lines.length).toBeGreaterThan(40)
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80)
    expect(run.stdout.indexOf('EXTRACTION QUALITY')).toBeLessThan(run.stdout.indexOf('CONTENT'))
    expect(run.stdout).toContain('"wheat" by date')
  })

  it('should write one HTML file that needs no network', async () => {
    const html = await readFile(join(dir, 'out/stats.html'), 'utf8')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toMatch(/<script|<link|src="|url\(/i)
    expect(html).toContain('<svg')
  })

  it('should refuse an unknown --by with a clear error', async () => {
    const bad = await cli([dir, '--by', 'colour'])
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toMatch(/colour/)
  })

  it('should report a missing file as a failed file, not crash', async () => {
    const missing = await cli([join(dir, 'nope.txt'), '--json', join(dir, 'out/missing.json'), '-q'])
    expect(missing.code).toBe(0)
    const r = JSON.parse(await readFile(join(dir, 'out/missing.json'), 'utf8')) as StatsReport
    expect(r.quality.failedFiles[0]!.error).toMatch(/ENOENT|no such file/i)
    expect(r.quality.worstPages[0]!.reasons[0]).toMatch(/^could not be read/)
  })

  it('should say so when no page files are found', async () => {
    const none = await cli([join(dir, 'out'), '-q'])
    expect(none.code).toBe(1)
    expect(none.stderr).toMatch(/no page files/)
  })
})
