#!/usr/bin/env node
/** `news-parse`: the command line of @news/parser. */
import { run } from './run.js'

run(process.argv).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`news-parse: ${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = 1
  },
)
