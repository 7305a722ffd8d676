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

async function* pooled(
  files: string[],
  options: FileOptions,
  size: number,
  url: URL,
  report: (r: FileResult) => void,
): AsyncGenerator<FileResult> {
  const pool = Array.from({ length: size }, () => new Worker(url))
  const results = new Map<number, FileResult>()
  let waiting: (() => void) | null = null
  let next = 0
  const send = (worker: Worker) => {
    if (next < files.length) {
      worker.postMessage({ id: next, file: files[next], options })
      next++
    }
  }
  for (const worker of pool) {
    worker.on('message', (msg: { id: number; result: FileResult }) => {
      results.set(msg.id, msg.result)
      send(worker)
      waiting?.()
    })
    worker.on('error', (error) => {
      // A crashed worker loses its file: report it as that file's error.
      for (let id = 0; id < next; id++) {
        if (!results.has(id)) {
          results.set(id, {
            file: files[id]!,
            encoding: null,
            meta: null,
            records: [],
            messages: [],
            error: `worker failed: ${error.message}`,
            bytes: 0,
          })
          break
        }
      }
      waiting?.()
    })
    send(worker)
  }
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
    await Promise.all(pool.map((w) => w.terminate()))
  }
}
