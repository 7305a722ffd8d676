/** Reading an archive through the parser's edition reader into a report. */
import { type ReadEditionOptions, readEdition } from '@news/parser/node'
import { type CollectorOptions, StatsCollector } from './collector.js'
import type { StatsReport } from './report.js'

export interface CollectOptions extends CollectorOptions {
  /** Worker threads (default: the reader's, one per core for 8 files or more). */
  workers?: number
  /** Language of the pages when the parser should not detect it. */
  lang?: string
  /** Called after each file with the count done and the total. */
  onProgress?: ReadEditionOptions['onProgress']
}

/** Parse every page file in `inputs` (files, folders, globs) and gather the statistics. */
export async function collectStats(
  inputs: readonly string[],
  options: CollectOptions = {},
): Promise<StatsReport> {
  const { workers, lang, onProgress, ...collectorOptions } = options
  const collector = new StatsCollector({ inputs, ...collectorOptions })
  const readOptions: ReadEditionOptions = {}
  if (workers !== undefined) readOptions.workers = workers
  if (lang) readOptions.lang = lang
  if (onProgress) readOptions.onProgress = onProgress
  for await (const result of readEdition(inputs, readOptions)) collector.addFile(result)
  return collector.report()
}
