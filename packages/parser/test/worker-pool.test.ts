/** The worker pool of `readEdition`: a worker that dies costs its own file, never the run. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { FileResult } from '../src/node/process-file.js'
import { FILES_QUEUED_PER_WORKER, pooled, readEdition, WORKER_RESTARTS } from '../src/node/read-edition.js'

const dir = mkdtempSync(join(tmpdir(), 'news-pool-'))

/** A worker script: answers each job, or dies on the files `dies` names. */
function workerScript(name: string, body: string): URL {
  const file = join(dir, name)
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads'
parentPort.on('message', (job) => { ${body} })`,
  )
  return pathToFileURL(file)
}

const answer = `parentPort.postMessage({ id: job.id, result: { file: job.file, encoding: 'utf-8', meta: null, records: [], messages: [], error: null, bytes: 1 } })`

async function collect(gen: AsyncGenerator<FileResult>): Promise<FileResult[]> {
  const out: FileResult[] = []
  for await (const r of gen) out.push(r)
  return out
}

const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']

describe('worker pool', () => {
  it('should report the file of a worker that crashed and parse the others', async () => {
    const url = workerScript('crash-on-c.mjs', `if (job.file === 'c.txt') throw new Error('boom'); ${answer}`)
    const results = await collect(pooled(files, {}, 2, url, () => {}))
    expect(results.map((r) => r.file)).toEqual(files)
    expect(results.map((r) => r.error)).toEqual([null, null, 'worker failed: boom', null, null])
  })

  it('should end, every file failed, when no worker can run at all', async () => {
    const url = workerScript('always-exits.mjs', 'process.exit(3)')
    const results = await collect(pooled(files, {}, 2, url, () => {}))
    expect(results).toHaveLength(files.length)
    expect(results.every((r) => r.error?.startsWith('worker failed'))).toBe(true)
    expect(WORKER_RESTARTS).toBeLessThan(files.length)
  })

  it('should queue files ahead in each worker, so it never waits for the reading thread', async () => {
    // Answers only once it holds FILES_QUEUED_PER_WORKER jobs (or, after a while, says how few it got).
    const url = workerScript(
      'answers-in-groups.mjs',
      `globalThis.held ??= []
      held.push(job)
      const answer = (j, error) => parentPort.postMessage({ id: j.id, result: { file: j.file, encoding: null, meta: null, records: [], messages: [], error, bytes: 0 } })
      clearTimeout(globalThis.timer)
      if (held.length === ${FILES_QUEUED_PER_WORKER}) for (const j of held.splice(0)) answer(j, null)
      else globalThis.timer = setTimeout(() => { for (const j of held.splice(0)) answer(j, 'held ' + j.id) }, 300)`,
    )
    const many = Array.from({ length: 2 * FILES_QUEUED_PER_WORKER }, (_, i) => `${i}.txt`)
    const results = await collect(pooled(many, {}, 1, url, () => {}))
    expect(FILES_QUEUED_PER_WORKER).toBeGreaterThan(1)
    expect(results.map((r) => r.error)).toEqual(many.map(() => null))
  })

  it('should hand the map module to the workers', async () => {
    const url = workerScript(
      'echo-map.mjs',
      `parentPort.postMessage({ id: job.id, result: { file: job.file, encoding: null, meta: null, records: [], messages: [], error: job.map ?? 'no map', bytes: 0 } })`,
    )
    const results = await collect(pooled(files, {}, 2, url, () => {}, 'file:///map.mjs'))
    expect(results.map((r) => r.error)).toEqual(files.map(() => 'file:///map.mjs'))
  })
})

describe('readEdition map', () => {
  const page = join(dir, '2023-07-20-p01.txt')
  writeFileSync(page, 'City news\n\nThe council met on Monday and agreed the budget for the year.\n')
  const mapModule = (name: string, source: string) => {
    const file = join(dir, name)
    writeFileSync(file, source)
    return file
  }

  it('should yield what the map module makes of each result', async () => {
    const map = mapModule(
      'count-pages.mjs',
      'export function mapResult(result) { return { ...result, records: [], pages: result.records.length, lang: result.records[0].lang } }',
    )
    for (const given of [map, pathToFileURL(map)]) {
      const [result] = await collect(readEdition(page, { map: given, lang: 'en' }))
      expect(result).toMatchObject({ error: null, records: [], pages: 1, lang: 'en' })
    }
  })

  it("should make a failing map the file's error, and not run it on a file that failed", async () => {
    const throws = mapModule('throws.mjs', "export function mapResult() { throw new Error('no room') }")
    const missing = mapModule('no-export.mjs', 'export const other = 1')
    const [thrown] = await collect(readEdition(page, { map: throws }))
    expect(thrown!.error).toBe('map failed: no room')
    expect(thrown!.records).toEqual([])
    const [unexported] = await collect(readEdition(page, { map: missing }))
    expect(unexported!.error).toMatch(/^map failed: .*no mapResult function/)
    const [unread] = await collect(readEdition(join(dir, 'missing.txt'), { map: throws }))
    expect(unread!.error).not.toMatch(/map failed/)
  })

  it('should refuse a relative module path', async () => {
    await expect(collect(readEdition(page, { map: 'relative/map.mjs' }))).rejects.toThrow(/absolute path/)
  })
})
