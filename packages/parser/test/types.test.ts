/** The published types compile in a consumer project (strict, NodeNext), extension by declaration merging included. */
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('types', () => {
  it('should compile in a consumer project against dist/*.d.ts', () => {
    const tsc = new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname
    const project = new URL('./fixtures/consumer/tsconfig.json', import.meta.url).pathname
    const r = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' })
    expect(r.stdout + r.stderr).toBe('')
    expect(r.status).toBe(0)
  })
})
