/**
 * `readEdition`: the one way every app reads an archive. Expands paths,
 * parses files on all cores (worker threads) and yields results in input
 * order, one file at a time; a failing file yields its error and the batch
 * goes on.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { expandInputs } from './files.js'
import { applyMap, mapModuleUrl } from './map-result.js'
import { type FileOptions, type FileResult, processFile } from './process-file.js'

export interface ReadEditionOptions extends FileOptions {
  /**
   * Worker threads to parse with. Default: one per core when there are at
   * least `WORKER_THRESHOLD` files, else 0 (parse in this thread).
   */
  workers?: number
  /** Called after each file with the count done and the total. */
  onProgress?: (done: number, total: number, result: FileResult) => void
  /**
   * A module (a `file:` URL or an absolute path) whose `mapResult(result)`
   * export (a `MapResult`) runs on each parsed file in the thread that
   * parsed it; what it returns (a `FileResult`, which may drop `records`
   * and add fields of its own) is what is yielded. This moves an app's
   * per-file work off its main thread and sends less between threads. Not
   * run on a file that failed; a map that throws makes the file's result
   * an error. Without workers it runs in this thread. Default: none.
   */
  map?: string | URL
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
  const { workers: wanted, onProgress, map: mapOption, ...fileOptions } = options
  const map = mapOption === undefined ? undefined : mapModuleUrl(mapOption)
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
      const parsed = await processFile(file, fileOptions)
      const result = map === undefined ? parsed : await applyMap(map, parsed)
      report(result)
      yield result
    }
    return
  }
  yield* pooled(files, fileOptions, Math.min(workers, files.length), url, report, map)
}

/** A pool replaces a worker that died this many times in all; then the files left fail with its error. */
export const WORKER_RESTARTS = 4

/**
 * Files sent to a worker ahead of the one it parses. The pool hands out
 * work from this thread's event loop: while the app that reads the results
 * is busy (writing them, say), a worker with files queued goes on parsing
 * instead of waiting for the loop to hand it its next file.
 */
export const FILES_QUEUED_PER_WORKER = 4

/** Parse `files` in a pool of `size` workers started from `url`, yielding results in input order. Exported for tests. */
export async function* pooled(
  files: string[],
  options: FileOptions,
  size: number,
  url: URL,
  report: (r: FileResult) => void,
  map?: string,
): AsyncGenerator<FileResult> {
  const pool = new Set<Worker>()
  // The files sent to each worker and not yet answered, in the order it parses them.
  const sent = new Map<Worker, number[]>()
  // Files sent to a worker that died before it reached them: handed out again first.
  const again: number[] = []
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
  const left = () => again.length > 0 || next < files.length
  const send = (worker: Worker) => {
    const queue = sent.get(worker)!
    while (queue.length < FILES_QUEUED_PER_WORKER && left()) {
      const id = again.length > 0 ? again.shift()! : next++
      queue.push(id)
      worker.postMessage({ id, file: files[id], options, map })
    }
  }
  // Called on exit, when every message the worker posted has been delivered.
  const died = (worker: Worker, reason: string) => {
    if (!pool.delete(worker) || closing) return
    const queue = sent.get(worker) ?? []
    sent.delete(worker)
    // A worker parses its files in order: the first unanswered one is the file it died on.
    const lost = queue.shift()
    if (lost !== undefined && !results.has(lost)) results.set(lost, failed(lost, reason))
    again.unshift(...queue)
    if (left()) {
      if (restarts < WORKER_RESTARTS) {
        restarts++
        start()
      } else if (pool.size === 0) {
        // No worker left to parse the rest: they fail with the reason, rather than wait forever.
        for (const id of again.splice(0)) results.set(id, failed(id, reason))
        for (; next < files.length; next++) results.set(next, failed(next, reason))
      } else {
        for (const other of pool) send(other)
      }
    }
    wake()
  }
  const start = () => {
    const worker = new Worker(url)
    pool.add(worker)
    sent.set(worker, [])
    let error: string | null = null
    worker.on('message', (msg: { id: number; result: FileResult }) => {
      const queue = sent.get(worker)
      const at = queue?.indexOf(msg.id) ?? -1
      if (at >= 0) queue!.splice(at, 1)
      results.set(msg.id, msg.result)
      send(worker)
      wake()
    })
    worker.on('error', (e) => {
      error ??= e.message
    })
    worker.on('exit', (code) => died(worker, error ?? `exited with code ${code}`))
    send(worker)
  }
  for (let i = 0; i < size; i++) start()
  try {
    // Results are kept in order; at most `size` × `FILES_QUEUED_PER_WORKER` wait, plus those done early.
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
