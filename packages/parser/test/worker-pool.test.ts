/** The worker pool of `readEdition`: a worker that dies costs its own file, never the run. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { FileResult } from '../src/node/process-file.js'
import { pooled, WORKER_RESTARTS } from '../src/node/read-edition.js'

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
})
