/**
 * Pathological inputs at 1×, 4× and 16× their base size, with the growth
 * exponent of parse time (slope of log time against log size). Above
 * MAX_GROWTH_EXPONENT is a bug: some path is worse than linear.
 *
 *     node bench/pathological.mjs        (after `pnpm --filter @news/parser build`)
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fromText } from '../dist/index.js'
import { SHARED } from './corpus.mjs'
import { cell, growthExponent, secondsPerRun } from './measure.mjs'

/** Growth exponents above this are a bug to fix. */
export const MAX_GROWTH_EXPONENT = 1.15
/** A case whose parse takes longer than this is not run at the next size. */
const CASE_BUDGET_SECONDS = 15
/** Sizes, as multiples of each case's base size. */
const SCALES = [1, 4, 16]

const zhPage = readFileSync(join(SHARED, 'seed/page-zh-difang.txt'), 'utf8')
const enPage = readFileSync(join(SHARED, 'corpus/en/001-chronam-1916-evening-star-dc.txt'), 'utf8')

/** Repeat `unit` until the text is `chars` long. */
const fill = (unit, chars) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars)

/** Each case: a base-size input for a scale. */
export const CASES = {
  'one 1 MB line': (k) => fill('the council voted 7 to 2 for the plan, ', 1_000_000 * k),
  'one 1 MB line, Chinese': (k) => fill('广州市人力资源和社会保障局副局长李明华介绍，', 350_000 * k),
  '100,000 blank lines': (k) => `TITLE\n${'\n'.repeat(100_000 * k)}Body text of the page ends here.\n`,
  '100,000 blank lines, CRLF and spaces': (k) => `TITLE\r\n${'   \r\n'.repeat(100_000 * k)}Body.\r\n`,
  '10,000 headline-like lines': (k) =>
    Array.from({ length: 10_000 * k }, (_, i) => `CITY COUNCIL VOTES ON PLAN ${i}`).join('\n'),
  '10,000 headline-like lines, blank between': (k) =>
    Array.from({ length: 10_000 * k }, (_, i) => `市政府召开会议第${i}次`).join('\n\n'),
  '10,000 byline-like lines': (k) =>
    Array.from({ length: 10_000 * k }, (_, i) =>
      i % 2 ? `By JOHN SMITH ${i}` : `□ 本报记者 皮泽红${i}`,
    ).join('\n'),
  '5,000 lines of OCR noise in small letters': (k) =>
    Array.from({ length: 5_000 * k }, (_, i) => `na o a H rN nn muu n nu ${i % 7}`).join('\n'),
  'a page of doubled text (每字两遍)': (k) =>
    Array.from(zhPage.repeat(k))
      .map((c) => (c === '\n' || c === ' ' ? c : c + c))
      .join(''),
  'a page of doubled lines': (k) =>
    enPage
      .repeat(k)
      .split('\n')
      .flatMap((l) => [l, l])
      .join('\n'),
  'one paragraph of 100,000 lines': (k) => fill('the council voted for the plan and\n', 3_500_000 * k),
  '10,000 pages (form feeds)': (k) => 'HEADLINE\nShort body text.\f'.repeat(10_000 * k),
  'spaces inside a long line': (k) => `a${' '.repeat(200_000 * k)}b\nbody.`,
}

export function pathological(only) {
  console.log('Pathological inputs (seconds per parse at 1×, 4×, 16×; growth exponent)')
  console.log(
    `${'case'.padEnd(44)}${cell('MB@1×', 8)}${cell('1×', 9)}${cell('4×', 9)}${cell('16×', 9)}${cell('exp', 7)}  ok`,
  )
  let ok = true
  for (const [name, make] of Object.entries(CASES)) {
    if (only && !name.includes(only)) continue
    const times = []
    const sizes = []
    for (const k of SCALES) {
      const text = make(k)
      sizes.push(text.length)
      // Big inputs run once (they take long enough); small ones are repeated.
      times.push(secondsPerRun(() => fromText(text), k === 16 ? 0 : 0.5))
      // A superlinear case would run for hours at 16×: two sizes already give its exponent.
      if (times.at(-1) > CASE_BUDGET_SECONDS) break
    }
    const exponent = growthExponent(sizes, times)
    const pass = exponent <= MAX_GROWTH_EXPONENT
    ok &&= pass
    console.log(
      `${name.padEnd(44)}${cell((sizes[0] / 1e6).toFixed(2), 8)}${SCALES.map((_, i) => cell(times[i] === undefined ? 'skipped' : times[i].toFixed(3), 9)).join('')}${cell(exponent.toFixed(2), 7)}  ${pass ? 'yes' : 'NO'}`,
    )
  }
  console.log(`growth exponent above ${MAX_GROWTH_EXPONENT} is a bug\n`)
  return ok
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = pathological(process.argv[2]) ? 0 : 1
