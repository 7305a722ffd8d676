import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const SEED = fileURLToPath(new URL('../../../../../shared/seed/', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'news-eval-cli-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The built program, as users run it (turbo builds before testing). */
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

async function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('news-parse eval', () => {
  it('should score a folder of truth files and print a TOTAL line', async () => {
    const { code, out } = await cli('eval', SEED)
    expect(code).toBe(0)
    expect(out).toMatch(/^page-zh-difang\.gold\.json: score \d\.\d{3} \| articles/m)
    expect(out).toMatch(/^TOTAL pages 1 failed 0 \|.*\| score \d\.\d{3}$/m)
  })

  it('should print subtotals per folder and JSON on request', async () => {
    writeFileSync(join(work, 'page.txt'), 'CITY VOTES\nThe council voted for the plan on Monday night.\n')
    writeFileSync(
      join(work, 'page.gold.json'),
      JSON.stringify({
        format: 'news-gold/1',
        source: 'page.txt',
        lang: 'en',
        section: null,
        articles: [
          { headline: 'CITY VOTES', paragraphs: ['The council voted for the plan on Monday night.'] },
        ],
        figures: [],
      }),
    )
    const text = await cli('eval', SEED, work)
    expect(text.out).toMatch(/^SET .*seed.* pages 1 failed 0/m)
    const json = await cli('eval', '--json', join(work, 'page.gold.json'))
    expect(json.code).toBe(0)
    const result = JSON.parse(json.out)
    expect(result.total.pages).toBe(1)
    expect(result.rows[0].body).toBeUndefined()
    expect(result.rows[0].bodyF1).toBeCloseTo(1, 5)
  })

  it('should report a bad truth file and a missing page, and exit 1', async () => {
    writeFileSync(join(work, 'bad.gold.json'), '{"format": "news-records/1"}')
    writeFileSync(
      join(work, 'lost.gold.json'),
      '{"format": "news-gold/1", "source": "nowhere.txt", "articles": []}',
    )
    const { code, out } = await cli('eval', join(work, 'bad.gold.json'), join(work, 'lost.gold.json'))
    expect(code).toBe(1)
    expect(out).toMatch(/^bad\.gold\.json: ERROR expected `format: "news-gold\/1"`/m)
    expect(out).toMatch(/^lost\.gold\.json: ERROR .*nowhere\.txt/m)
    expect(out).toMatch(/^TOTAL pages 2 failed 2/m)
  })

  it('should exit 1 when no truth file is found', async () => {
    const empty = mkdtempSync(join(work, 'empty-'))
    const { code, err } = await cli('eval', empty)
    expect(code).toBe(1)
    expect(err).toMatch(/no truth files/)
  })
})
