#!/usr/bin/env node
/** `news-stats`: what is in an archive, and how well it was extracted. */
import { runCli } from './run-cli.js'

runCli(process.argv).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`news-stats: ${(error as Error)?.message ?? String(error)}\n`)
    process.exitCode = 1
  },
)
