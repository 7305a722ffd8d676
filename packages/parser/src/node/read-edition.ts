/**
 * `readEdition`: the one way every app reads an archive. Expands paths,
 * parses files on all cores (worker threads) and yields results in input
 * order, one file at a time; a failing file yields its error and the batch
 * goes on.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { expandInputs } from './files.js'
import { type FileOptions, type FileResult, processFile } from './process-file.js'

export interface ReadEditionOptions extends FileOptions {
  /**
   * Worker threads to parse with. Default: one per core when there are at
   * least `WORKER_THRESHOLD` files, else 0 (parse in this thread).
   */
  workers?: number
  /** Called after each file with the count done and the total. */
  onProgress?: (done: number, total: number, result: FileResult) => void
}

/** Below this many files, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 8

/** URL of the built worker; absent when running from TypeScript sources (tests). */
function workerUrl(): URL | null {
  const url = new URL('./worker.js', import.meta.url)
  return import.meta.url.endsWith('.js') ? url : null
}

/** Parse every page file named by `inputs` (files, folders, globs). */
export async function* readEdition(
  inputs: string | readonly string[],
  options: ReadEditionOptions = {},
): AsyncGenerator<FileResult> {
  if (typeof inputs !== 'string' && !Array.isArray(inputs)) {
    throw new TypeError('Expected `inputs` to be a path or an array of paths')
  }
  const files = await expandInputs(typeof inputs === 'string' ? [inputs] : inputs)
  const { workers: wanted, onProgress, ...fileOptions } = options
  const url = workerUrl()
  const workers =
    url === null
      ? 0
      : (wanted ?? (files.length >= WORKER_THRESHOLD ? Math.max(1, availableParallelism()) : 0))
  let done = 0
  const report = (r: FileResult) => {
    done++
    onProgress?.(done, files.length, r)
  }
  if (workers === 0 || url === null) {
    for (const file of files) {
      const result = await processFile(file, fileOptions)
      report(result)
      yield result
    }
    return
  }
  yield* pooled(files, fileOptions, Math.min(workers, files.length), url, report)
}

/** A pool replaces a worker that died this many times in all; then the files left fail with its error. */
export const WORKER_RESTARTS = 4

/** Parse `files` in a pool of `size` workers started from `url`, yielding results in input order. Exported for tests. */
export async function* pooled(
  files: string[],
  options: FileOptions,
  size: number,
  url: URL,
  report: (r: FileResult) => void,
): AsyncGenerator<FileResult> {
  const pool = new Set<Worker>()
  // The file each worker is parsing (a worker that dies loses that file, and only that one).
  const busy = new Map<Worker, number>()
  const results = new Map<number, FileResult>()
  let waiting: (() => void) | null = null
  let next = 0
  let restarts = 0
  let closing = false
  const wake = () => waiting?.()
  const failed = (id: number, reason: string): FileResult => ({
    file: files[id]!,
    encoding: null,
    meta: null,
    records: [],
    messages: [],
    error: `worker failed: ${reason}`,
    bytes: 0,
  })
  const send = (worker: Worker) => {
    if (next < files.length) {
      busy.set(worker, next)
      worker.postMessage({ id: next, file: files[next], options })
      next++
    } else busy.delete(worker)
  }
  const died = (worker: Worker, reason: string) => {
    if (!pool.delete(worker) || closing) return
    const lost = busy.get(worker)
    busy.delete(worker)
    if (lost !== undefined && !results.has(lost)) results.set(lost, failed(lost, reason))
    if (next < files.length) {
      if (restarts < WORKER_RESTARTS) {
        restarts++
        start()
      } else if (pool.size === 0) {
        // No worker left to parse the rest: they fail with the reason, rather than wait forever.
        for (; next < files.length; next++) results.set(next, failed(next, reason))
      }
    }
    wake()
  }
  const start = () => {
    const worker = new Worker(url)
    pool.add(worker)
    worker.on('message', (msg: { id: number; result: FileResult }) => {
      results.set(msg.id, msg.result)
      send(worker)
      wake()
    })
    worker.on('error', (error) => died(worker, error.message))
    worker.on('exit', (code) => died(worker, `exited with code ${code}`))
    send(worker)
  }
  for (let i = 0; i < size; i++) start()
  try {
    // Results are kept in order; at most `size` wait, plus those done early.
    for (let id = 0; id < files.length; id++) {
      while (!results.has(id)) {
        await new Promise<void>((resolve) => {
          waiting = resolve
        })
      }
      const result = results.get(id)!
      results.delete(id)
      report(result)
      yield result
    }
  } finally {
    closing = true
    await Promise.all([...pool].map((w) => w.terminate()))
  }
}
