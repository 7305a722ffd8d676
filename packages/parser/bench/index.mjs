/**
 * All benchmarks of @news/parser (`pnpm bench`, after the build): start-up,
 * throughput against the floor and remark-parse, pathological inputs.
 * Not run in CI: timings depend on the machine. Results: README.md#performance.
 */
import { pathological } from './pathological.mjs'
import { startup } from './startup.mjs'
import { throughput } from './throughput.mjs'

const results = [startup(), throughput(), pathological()]
if (results.includes(false)) {
  console.log('some targets were missed (see NO above)')
  process.exitCode = 1
}
