/**
 * What importing the parser adds to start-up: a fresh Node process that
 * imports an entry, against one that imports nothing; median of RUNS.
 *
 *     node bench/startup.mjs        (after `pnpm --filter @news/parser build`)
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { cell } from './measure.mjs'

/** Processes started per entry. */
const RUNS = Number(process.env.STARTUP_RUNS ?? 15)
/** Start-up the main entry may add, in milliseconds. */
export const TARGET_IMPORT_MS = 150

const entry = (name) => fileURLToPath(new URL(`../dist/${name}`, import.meta.url))
const ENTRIES = {
  'nothing (baseline)': null,
  '@news/parser': entry('index.js'),
  '@news/parser/node': entry('node.js'),
}

/** Milliseconds from process start to after the import, as the process itself reports it. */
function importMs(path) {
  const code = path
    ? `await import(${JSON.stringify(path)});process.stdout.write(String(performance.now()))`
    : 'process.stdout.write(String(performance.now()))'
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }))
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export function startup() {
  console.log(`Start-up (ms from process start to import done; median of ${RUNS})`)
  const results = {}
  for (const [name, path] of Object.entries(ENTRIES)) {
    results[name] = median(Array.from({ length: RUNS }, () => importMs(path)))
  }
  const base = results['nothing (baseline)']
  let ok = true
  for (const [name, ms] of Object.entries(results)) {
    const added = ms - base
    const pass = name !== '@news/parser' || added <= TARGET_IMPORT_MS
    ok &&= pass
    console.log(`${name.padEnd(22)}${cell(ms.toFixed(1), 8)}  ${path(name, added)}`)
  }
  console.log(`target: importing @news/parser adds ≤ ${TARGET_IMPORT_MS} ms\n`)
  return ok
}

const path = (name, added) => (name.startsWith('nothing') ? '' : `+${added.toFixed(1)} ms`)

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = startup() ? 0 : 1
