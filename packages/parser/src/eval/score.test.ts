import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { fromText } from '../pipeline/from-text.js'
import { toRecords } from '../records/to-records.js'
import { asGold, GoldError, type NewsGold } from './gold.js'
import { scorePage } from './score.js'
import { charF1, lcsLength } from './text.js'

const SHARED = fileURLToPath(new URL('../../../../../shared/', import.meta.url))
const REFERENCE = join(SHARED, 'eval/news-eval.mjs')

/** A few truth files of every kind of page: Chinese, English OCR, generated. */
function sample(set: string, count: number): string[] {
  const dir = join(SHARED, 'corpus', set)
  return readdirSync(dir)
    .filter((n) => n.endsWith('.gold.json'))
    .sort()
    .slice(0, count)
    .map((n) => join(dir, n))
}
const truths = [
  join(SHARED, 'seed/page-zh-difang.gold.json'),
  ...sample('zh', 4),
  ...sample('en', 4),
  ...sample('generated', 6),
]

const work = mkdtempSync(join(tmpdir(), 'news-eval-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const readGold = (file: string): NewsGold => asGold(JSON.parse(readFileSync(file, 'utf8')))

describe('scorePage', () => {
  it.each(
    truths.map((t) => [t.slice(SHARED.length), t]),
  )('should give the figures of the reference scorer on %s', (_, truth) => {
    const gold = readGold(truth)
    const page = readFileSync(join(dirname(truth), gold.source), 'utf8')
    const records = toRecords(fromText(page))
    const pred = join(work, 'pred.json')
    writeFileSync(pred, JSON.stringify(records))
    const run = spawnSync(process.execPath, [REFERENCE, '--pred', pred, '--json', truth], {
      encoding: 'utf8',
    })
    expect(run.status, run.stderr).toBe(0)
    const reference = JSON.parse(run.stdout).rows[0]
    const ours = scorePage(gold, records)
    for (const key of Object.keys(ours) as Array<keyof typeof ours>) {
      const value = ours[key]
      if (typeof value === 'number') expect(value, key).toBeCloseTo(reference[key], 9)
      else expect(value, key).toEqual(reference[key])
    }
  })

  it('should give 1 for the truth scored against itself, and less for a page missing an article', () => {
    const gold = readGold(truths[5]!)
    expect(scorePage(gold, gold).score).toBe(1)
    const fewer = { ...gold, articles: gold.articles.slice(1) }
    const partial = scorePage(gold, fewer)
    expect(partial.score).toBeLessThan(1)
    expect(partial.segmentation.ngold).toBe(gold.articles.length)
    expect(partial.segmentation.tp).toBe(gold.articles.length - 1)
  })

  it('should score an empty prediction low and a whole-page-as-one-article prediction near the floor', () => {
    const gold = readGold(truths[0]!)
    expect(scorePage(gold, { articles: [] }).segmentation.f1).toBe(0)
    const all = { articles: [{ paragraphs: gold.articles.flatMap((a) => a.paragraphs ?? []) }] }
    expect(scorePage(gold, all).score).toBeLessThan(0.4)
  })
})

describe('lcsLength', () => {
  it('should find the longest common subsequence', () => {
    expect(lcsLength('ABCBDAB', 'BDCABA')).toBe(4)
    expect(lcsLength('', 'abc')).toBe(0)
    expect(charF1('报纸', '报纸')).toBe(1)
    expect(charF1('', '')).toBe(1)
  })
})

describe('asGold', () => {
  it('should say what is wrong with a file that is not a truth file', () => {
    expect(() => asGold([])).toThrow(GoldError)
    expect(() => asGold({ format: 'news-records/1' })).toThrow(/news-gold\/1/)
    expect(() => asGold({ format: 'news-gold/1', articles: [] })).toThrow(/source/)
    expect(() => asGold({ format: 'news-gold/1', source: 'p.txt' })).toThrow(/articles/)
  })
})
