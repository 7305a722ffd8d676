/** Every example in `docs/unified.md` runs (against the built package) and prints what the page says it yields. */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const DOC = new URL('../../../../docs/unified.md', import.meta.url)
const PACKAGE = new URL('../../', import.meta.url).pathname

/** Each ```js block, with the fenced block after the `Yields:` that follows it. */
function examples(markdown: string) {
  const out: Array<{ code: string; yields: string | null }> = []
  const fence = /```(\w+)\n([\s\S]*?)```/g
  const blocks = [...markdown.matchAll(fence)].map((m) => ({ lang: m[1]!, body: m[2]!, at: m.index! }))
  blocks.forEach((block, i) => {
    if (block.lang !== 'js') return
    const next = blocks[i + 1]
    const between = next ? markdown.slice(block.at, next.at) : ''
    out.push({
      code: block.body,
      yields: next && next.lang !== 'js' && /Yields:\s*$/.test(between) ? next.body : null,
    })
  })
  return out
}

describe('docs/unified.md', () => {
  const found = examples(readFileSync(DOC, 'utf8'))

  it('should have examples', () => {
    expect(found.length).toBeGreaterThanOrEqual(4)
    expect(found.every((e) => e.yields !== null)).toBe(true)
  })

  found.forEach((example, index) => {
    it(`should run example ${index + 1} and print what the page shows`, () => {
      // Run from the package folder: `@news/parser` resolves to its own built `dist`.
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', example.code], {
        cwd: PACKAGE,
        encoding: 'utf8',
      })
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      expect(r.stdout.trim()).toBe(example.yields!.trim())
    })
  })
})
