/** Running the built `news-search` CLI as a user would. */
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The built CLI (tests run after `build`). */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

/** Run the CLI to the end. */
export function runCli(args: string[], options: { cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd: options.cwd,
    env: { ...process.env, NEWS_SEARCH_DB: '' },
    // Generous: indexing on a busy 2-core machine can be slow.
    timeout: 240_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Start the CLI and leave it running. */
export function startCli(args: string[]) {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
}
