/** A progress bar on a terminal for many files; nothing otherwise. */
import cliProgress from 'cli-progress'

/** Show a bar only from this many files. */
export const PROGRESS_MIN_FILES = 5

export interface Progress {
  update(done: number, total: number): void
  stop(): void
}

export function createProgress(enabled: boolean, stream: NodeJS.WritableStream): Progress {
  const tty = (stream as NodeJS.WriteStream).isTTY === true
  if (!enabled || !tty) return { update() {}, stop() {} }
  let bar: cliProgress.SingleBar | null = null
  return {
    update(done, total) {
      if (total < PROGRESS_MIN_FILES) return
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { stream, format: 'parsing {bar} {value}/{total} files | {eta_formatted} left', hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
        bar.start(total, 0)
      }
      bar.update(done)
    },
    stop() {
      bar?.stop()
    },
  }
}
