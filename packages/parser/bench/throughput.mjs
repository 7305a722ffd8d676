/**
 * Parse throughput in MB/s on the corpus pages, Chinese and English apart,
 * side by side with
 *   (a) the floor: decode the bytes (already in memory), split into lines,
 *       one regular-expression test per line;
 *   (b) unified + remark-parse parsing the same bytes as Markdown.
 * Targets: at least TARGET_OVER_REMARK × remark-parse, within
 * TARGET_UNDER_FLOOR × of the floor, for each language.
 *
 * Each contestant is timed in PROCESSES fresh processes, the contestants
 * taking turns, and its best is kept: on the build machine one process
 * runs the same code up to twice as fast as another, and a long run can
 * change speed half-way (where the optimising compiler happens to put the
 * code, the memory a process gets), so one process per contestant can
 * rank them by luck.
 *
 *     node --expose-gc bench/throughput.mjs   (after `pnpm --filter @news/parser build`)
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { fromText } from '../dist/index.js'
import { corpusBytes } from './corpus.mjs'
import { cell, MIN_SECONDS, secondsPerRun, WARMUP_SECONDS } from './measure.mjs'

/** The parser must be at least this many times faster than remark-parse. */
export const TARGET_OVER_REMARK = 10
/** The parser may be at most this many times slower than the floor. */
export const TARGET_UNDER_FLOOR = 15

/**
 * Every contestant parses the same bytes (`corpusBytes`, decoded inside its
 * timed run) and is timed in steady state: after at least `warmupRuns` runs
 * and `warmupSeconds` of them, best of at least `minRuns`. Three warm-up
 * runs, as here before, left every contestant short of steady state, the
 * parser most: in one run it was timed at 58 % of its settled speed,
 * remark-parse and the floor at about 80 %.
 */
const STEADY = { warmupRuns: 3, warmupSeconds: WARMUP_SECONDS, minRuns: 5 }

/** Fresh processes per contestant and language (the best of them is kept). */
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 3)

const LINE = /\r\n|\r|\n/
/** The one test per line of the floor: does the line look like a headline (short, no sentence end)? */
const FLOOR_TEST = /^\s*\S.{0,30}[^。.!?！？]\s*$/u

const decoder = new TextDecoder()
const remark = unified().use(remarkParse)

const contestants = {
  floor: (pages) => {
    let hits = 0
    for (const bytes of pages) {
      for (const line of decoder.decode(bytes).split(LINE)) if (FLOOR_TEST.test(line)) hits++
    }
    return hits
  },
  parser: (pages) => {
    for (const bytes of pages) fromText(bytes)
  },
  remark: (pages) => {
    for (const bytes of pages) remark.parse(decoder.decode(bytes))
  },
}

/** MB/s of one contestant on one language's corpus, in this process. */
export function measure(lang, name) {
  const pages = corpusBytes()[lang]
  const mb = pages.reduce((n, b) => n + b.length, 0) / 1e6
  return mb / secondsPerRun(() => contestants[name](pages), MIN_SECONDS, STEADY)
}

/** `measure` in a fresh process (with `--expose-gc`, as `pnpm bench` runs this file). */
function measureApart(lang, name) {
  const self = fileURLToPath(import.meta.url)
  const out = execFileSync(process.execPath, ['--expose-gc', self, '--one', lang, name], { encoding: 'utf8' })
  return Number(out)
}

export function throughput() {
  const corpus = corpusBytes()
  const runs = {}
  for (let round = 0; round < PROCESSES; round++) {
    for (const lang of ['zh', 'en']) {
      for (const name of Object.keys(contestants)) {
        const key = `${lang} ${name}`
        runs[key] = [...(runs[key] ?? []), measureApart(lang, name)]
      }
    }
  }
  const best = Object.fromEntries(Object.entries(runs).map(([key, speeds]) => [key, Math.max(...speeds)]))
  const rows = []
  for (const lang of ['zh', 'en']) {
    const pages = corpus[lang]
    const speed = Object.fromEntries(Object.keys(contestants).map((name) => [name, best[`${lang} ${name}`]]))
    rows.push({
      lang,
      pages: pages.length,
      mb: pages.reduce((n, b) => n + b.length, 0) / 1e6,
      ...speed,
      overRemark: speed.parser / speed.remark,
      underFloor: speed.floor / speed.parser,
    })
  }
  console.log(`Throughput (MB/s, best of ${PROCESSES} processes each; higher is better)`)
  console.log(
    `${'lang'.padEnd(5)}${cell('pages', 6)}${cell('MB', 7)}${cell('floor', 9)}${cell('parser', 9)}${cell('remark', 9)}${cell('×remark', 9)}${cell('floor/×', 9)}  ok`,
  )
  let ok = true
  for (const r of rows) {
    const pass = r.overRemark >= TARGET_OVER_REMARK && r.underFloor <= TARGET_UNDER_FLOOR
    ok &&= pass
    console.log(
      `${r.lang.padEnd(5)}${cell(r.pages, 6)}${cell(r.mb.toFixed(2), 7)}${cell(r.floor.toFixed(1), 9)}${cell(r.parser.toFixed(2), 9)}${cell(r.remark.toFixed(2), 9)}${cell(r.overRemark.toFixed(1), 9)}${cell(r.underFloor.toFixed(1), 9)}  ${pass ? 'yes' : 'NO'}`,
    )
  }
  console.log(
    `targets: parser ≥ ${TARGET_OVER_REMARK}× remark-parse and floor ≤ ${TARGET_UNDER_FLOOR}× parser`,
  )
  // Every process's figure: how far apart the processes of one contestant were.
  for (const [key, speeds] of Object.entries(runs)) {
    console.log(`  ${key.padEnd(10)} ${speeds.map((v) => v.toFixed(2)).join('  ')}`)
  }
  console.log('')
  return ok
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const one = process.argv.indexOf('--one')
  if (one >= 0) process.stdout.write(String(measure(process.argv[one + 1], process.argv[one + 2])))
  else process.exitCode = throughput() ? 0 : 1
}
