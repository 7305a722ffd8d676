/** The progress bar on standard error: a bar on a terminal, a line every few seconds otherwise. */
import cliProgress from 'cli-progress'

export interface Progress {
  update(done: number, total: number): void
  stop(): void
}

/** Seconds between progress lines when standard error is not a terminal. */
export const NON_TTY_PROGRESS_SECONDS = 5

export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled) return { update() {}, stop() {} }
  const tty = stream.isTTY === true
  let bar: cliProgress.SingleBar | null = null
  return {
    update(done, total) {
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: 'reading {bar} {value}/{total} files | {eta_formatted} left',
            hideCursor: tty,
            noTTYOutput: !tty,
            notTTYSchedule: NON_TTY_PROGRESS_SECONDS * 1000,
          },
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
