import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expandInputs } from '@news/parser/node'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, startCli } from './helpers/cli.js'
import { SEARCH_RESPONSE_KEYS } from './helpers/response.js'

const SAMPLES = new URL('../../../samples/', import.meta.url).pathname
/** Copies of the samples in the kill test: enough files for several batches. */
const COPIES = 2
/** Spawning and parsing on a busy 2-core machine can be slow. */
const SLOW_TEST_MS = 300_000

let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'news-search-cli-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

function filesIn(db: string): number {
  try {
    const sqlite = new Database(db, { readonly: true, fileMustExist: true })
    try {
      return sqlite.prepare('SELECT count(*) FROM files').pluck().get() as number
    } finally {
      sqlite.close()
    }
  } catch {
    return 0
  }
}

describe('news-search index and query', () => {
  it(
    'should index the samples, skip them when unchanged, and answer --json',
    async () => {
      const pages = join(dir, 'pages')
      cpSync(SAMPLES, pages, { recursive: true })
      const count = (await expandInputs([pages])).length
      const db = join(dir, 'samples.db')
      const first = runCli(['index', pages, '--db', db])
      expect(first.status, first.stderr).toBe(0)
      expect(first.stderr).toMatch(new RegExp(`indexed ${count} files \\(\\d+ articles`))

      const again = runCli(['index', pages, '--db', db])
      expect(again.stderr).toMatch(new RegExp(`indexed 0 files .* skipped ${count} unchanged`))

      const query = runCli(['query', '上海', '--db', db, '--json', '--limit', '3'])
      expect(query.status, query.stderr).toBe(0)
      const json = JSON.parse(query.stdout)
      expect(Object.keys(json)).toEqual([...SEARCH_RESPONSE_KEYS])
      expect(json.hits).toHaveLength(3)
      expect(json.hits[0].snippet).toContain('<mark>')
      expect(json.hits[0].source.file).toContain(join(pages, 'zh'))

      // A changed file is indexed again; a removed one is pruned.
      writeFileSync(
        join(pages, 'en', 'extra.txt'),
        'QUIXOTRAND RAID ON LONDON\n\nA quixotrand raid was reported last night over the city.\n',
      )
      unlinkSync(join(pages, 'en', '002-chronam-1916-day-book-chicago.txt'))
      const update = runCli(['index', pages, '--db', db, '--prune'])
      expect(update.stderr).toMatch(
        new RegExp(`indexed 1 files .* skipped ${count - 1} unchanged, 0 failed, pruned 1`),
      )
      const added = JSON.parse(runCli(['query', 'quixotrand', '--db', db, '--json']).stdout)
      expect(added.total).toBeGreaterThan(0)
      expect(added.hits.every((h: { source: { file: string } }) => h.source.file.endsWith('extra.txt'))).toBe(
        true,
      )
      const text = runCli(['query', 'quixotrand raid', '--db', db])
      expect(text.stdout).toMatch(/^\d+ results? for "quixotrand raid"/)
      expect(text.stdout).toMatch(/\[quixotrand\] \[raid\]/i)
    },
    SLOW_TEST_MS,
  )

  it('should refuse bad arguments with a message', () => {
    const missing = runCli(['query', 'x', '--db', join(dir, 'missing.db')])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/cannot open index/)
    const notIndex = join(dir, 'not-an-index.db')
    writeFileSync(notIndex, 'hello, I am text')
    expect(runCli(['query', 'x', '--db', notIndex]).stderr).toMatch(/cannot open index|not a database/)
    expect(runCli(['query', 'x', '--db', join(dir, 'samples.db'), '--from', 'soon']).stderr).toMatch(/YYYY/)
  })

  it(
    'should resume after the indexer is killed mid-run (kill -9)',
    async () => {
      const pages = join(dir, 'many')
      for (let copy = 0; copy < COPIES; copy++)
        cpSync(SAMPLES, join(pages, `copy-${copy}`), { recursive: true })
      const perCopy = (await expandInputs([SAMPLES])).length
      const total = COPIES * perCopy
      const db = join(dir, 'killed.db')
      const child = startCli(['index', pages, '--db', db, '--workers', '1'])
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      // Wait for the first batch to be committed, then kill without warning.
      let written = 0
      while (written === 0 && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 20))
        written = filesIn(db)
      }
      child.kill('SIGKILL')
      await exited
      const afterKill = filesIn(db)
      expect(afterKill).toBeGreaterThan(0)
      expect(afterKill).toBeLessThan(total)

      const sqlite = new Database(db)
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      sqlite.close()
      expect(JSON.parse(runCli(['query', 'the', '--db', db, '--json']).stdout).total).toBeGreaterThan(0)

      const resumed = runCli(['index', pages, '--db', db])
      expect(resumed.status, resumed.stderr).toBe(0)
      expect(resumed.stderr).toContain(`skipped ${afterKill} unchanged`)
      expect(filesIn(db)).toBe(total)
    },
    SLOW_TEST_MS,
  )
})
