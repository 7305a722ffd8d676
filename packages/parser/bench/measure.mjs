/** Timing helpers shared by the benchmarks. */

/** Least time a measurement runs, so that timer noise stays small. */
export const MIN_SECONDS = Number(process.env.BENCH_SECONDS ?? 1.5)

/** Least time a throughput contestant runs before it is timed (see `secondsPerRun`). */
export const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5)

/**
 * Run `fn` to warm up, then repeatedly for at least `minSeconds` and at
 * least `minRuns` times; returns seconds per run (best of the runs).
 * Warm-up: at least `warmupRuns` runs and at least `warmupSeconds`. The
 * optimising compiler needs many runs of a big program to reach steady
 * state: the parser's pass over the Chinese corpus takes about 1.3 s the
 * first time, 0.5 s the second and settles only after some 10 to 30 passes
 * (several seconds); one run is enough for the pathological cases, which
 * time growth.
 */
export function secondsPerRun(
  fn,
  minSeconds = MIN_SECONDS,
  { warmupRuns = 1, warmupSeconds = 0, minRuns = 1 } = {},
) {
  const warming = performance.now()
  for (let i = 0; i < warmupRuns || performance.now() - warming < warmupSeconds * 1000; i++) fn()
  let runs = 0
  let best = Number.POSITIVE_INFINITY
  const started = performance.now()
  while (runs < minRuns || performance.now() - started < minSeconds * 1000) {
    const t = performance.now()
    fn()
    best = Math.min(best, (performance.now() - t) / 1000)
    runs++
  }
  return best
}

/**
 * Growth exponent from sizes and times: the slope of log(time) against
 * log(size), least squares. 1 is linear, 2 quadratic.
 */
export function growthExponent(sizes, times) {
  const xs = sizes.map(Math.log)
  const ys = times.map(Math.log)
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const my = ys.reduce((a, b) => a + b, 0) / ys.length
  let num = 0
  let den = 0
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my)
    den += (xs[i] - mx) ** 2
  }
  return num / den
}

/** Pad a table cell. */
export const cell = (value, width) => String(value).padStart(width)
