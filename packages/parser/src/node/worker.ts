/**
 * Worker thread: parses the files the pool sends it, one at a time in the
 * order sent (the pool may queue a few ahead, so that the worker never
 * waits for a busy main thread), and runs the `map` module on each result.
 */
import { parentPort } from 'node:worker_threads'
import { applyMap } from './map-result.js'
import { type FileOptions, processFile } from './process-file.js'

interface Job {
  id: number
  file: string
  options: FileOptions
  /** URL of the `map` module, if any. */
  map?: string
}

async function run(job: Job): Promise<void> {
  const parsed = await processFile(job.file, job.options)
  const result = job.map ? await applyMap(job.map, parsed) : parsed
  parentPort?.postMessage({ id: job.id, result })
}

let queue = Promise.resolve()
parentPort?.on('message', (job: Job) => {
  queue = queue.then(() => run(job))
})
