/** Reading an archive through the parser's edition reader into a report. */
import { expandInputs, type ReadEditionOptions, readEdition } from '@news/parser/node'
import { type CollectorOptions, StatsCollector } from './collector.js'
import type { StatsReport } from './report.js'

/**
 * Files handed to the edition reader at once. The reader's workers run
 * ahead of a slow consumer and keep what they parsed until it is taken, so
 * a bounded batch keeps memory flat however large the archive; restarting
 * the workers costs well under 1% at this size.
 */
export const READ_BATCH_FILES = 512

export interface CollectOptions extends CollectorOptions {
  /** Worker threads (default: the reader's, one per core for 8 files or more). */
  workers?: number
  /** Language of the pages when the parser should not detect it. */
  lang?: string
  /** Called after each file with the count done and the total. */
  onProgress?: (done: number, total: number) => void
}

/** Parse every page file in `inputs` (files, folders, globs) and gather the statistics. */
export async function collectStats(
  inputs: readonly string[],
  options: CollectOptions = {},
): Promise<StatsReport> {
  const { workers, lang, onProgress, ...collectorOptions } = options
  const collector = new StatsCollector({ inputs, ...collectorOptions })
  const files = await expandInputs(inputs)
  const readOptions: ReadEditionOptions = {}
  if (workers !== undefined) readOptions.workers = workers
  if (lang) readOptions.lang = lang
  let done = 0
  for (let start = 0; start < files.length; start += READ_BATCH_FILES) {
    for await (const result of readEdition(files.slice(start, start + READ_BATCH_FILES), readOptions)) {
      collector.addFile(result)
      onProgress?.(++done, files.length)
    }
  }
  return collector.report()
}
