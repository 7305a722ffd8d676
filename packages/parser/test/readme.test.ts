/**
 * The readme's examples run as written: every ```js block followed by
 * "Yields:" and a ```txt block is run with Node (from the repository root,
 * `@news/parser` resolving to this package's build) and must print exactly
 * that.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const PACKAGE = fileURLToPath(new URL('..', import.meta.url))
const ROOT = join(PACKAGE, '../..')
const README = readFileSync(join(PACKAGE, 'README.md'), 'utf8')
const EXAMPLE = /```js\n([\s\S]*?)```\s*\n\s*Yields:\s*\n\s*```txt\n([\s\S]*?)```/g

// Inside the package, so that `@news/parser` resolves to it by self-reference.
const work = mkdtempSync(join(PACKAGE, '.readme-examples-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const examples = [...README.matchAll(EXAMPLE)].map((m, i) => ({ index: i + 1, code: m[1]!, expected: m[2]! }))

describe('README.md examples', () => {
  it('should have examples with their output', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4)
  })

  it.each(examples)('should print what example $index says', ({ index, code, expected }) => {
    const file = join(work, `example-${index}.mjs`)
    writeFileSync(file, code)
    const r = spawnSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.stdout.trim()).toBe(expected.trim())
  })
})
