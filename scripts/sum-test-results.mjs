#!/usr/bin/env node
// Sums the vitest JSON reports (test-results.json) of every workspace and
// prints "N passed, N failed". Exits 1 on failures or when no report exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

let passed = 0
let failed = 0
let skipped = 0
let reports = 0
for (const group of ['packages', 'apps']) {
  if (!existsSync(group)) continue
  for (const name of readdirSync(group)) {
    const file = join(group, name, 'test-results.json')
    if (!existsSync(file)) continue
    reports++
    const r = JSON.parse(readFileSync(file, 'utf8'))
    passed += r.numPassedTests ?? 0
    failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0)
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
    console.log(`${file}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)
  }
}
if (reports === 0) failed++
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || reports === 0 ? 1 : 0)
