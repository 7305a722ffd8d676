/** Index progress: a bar on a terminal, plain lines otherwise (logs, CI). */
import cliProgress from 'cli-progress'
import type { IndexProgress } from '../indexer/run.js'

/** Seconds between plain progress lines when stderr is not a terminal. */
const PLAIN_EVERY_MS = 2000

/** A progress reporter for `indexPaths`; call `stop()` at the end. */
export function progressReporter(quiet: boolean) {
  if (quiet) return { update: (_: IndexProgress) => {}, stop: () => {} }
  const started = performance.now()
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: PLAIN_EVERY_MS,
      format:
        'indexing {bar} {value}/{total} files | {articles} articles | {rate} articles/s | {eta_formatted}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  )
  let startedBar = false
  return {
    update(p: IndexProgress) {
      if (!startedBar) {
        bar.start(p.total, 0, { articles: 0, rate: 0 })
        startedBar = true
      }
      const seconds = (performance.now() - started) / 1000
      bar.update(p.done, { articles: p.articles, rate: Math.round(p.articles / Math.max(seconds, 0.001)) })
    },
    stop() {
      if (startedBar) bar.stop()
    },
  }
}
