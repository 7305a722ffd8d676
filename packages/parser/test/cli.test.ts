/**
 * The `news-parse` program, run as users run it: the built `dist/cli.js` in a
 * child process (turbo builds before testing).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const cli = new URL('../dist/cli.js', import.meta.url).pathname
const seed = new URL('../../../samples/zh/page-zh-difang.txt', import.meta.url).pathname
const samples = new URL('../../../samples/', import.meta.url).pathname

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('news-parse', () => {
  it('should print one records document for one page', () => {
    const r = run(['--format', 'records', '-q', seed])
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc.format).toBe('news-records/1')
    expect(doc.articles.length).toBeGreaterThan(0)
  })

  it('should print NDJSON, one document per page, for several files (in worker threads)', () => {
    const r = run(['--format', 'records', '-q', samples])
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(28)
    for (const line of lines) expect(JSON.parse(line).format).toBe('news-records/1')
  })

  it('should read standard input', () => {
    const r = run(['--format', 'outline', '-'], 'CITY VOTES\nThe council voted on the plan on Monday.\n')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('CITY VOTES')
  })

  it('should print a tree', () => {
    const r = run(['--format', 'tree', '-q', seed])
    expect(JSON.parse(r.stdout).type).toBe('root')
  })

  it('should take --name, --date and --page', () => {
    const r = run(['-q', '--name', 'Test Daily', '--date', '2020-02-17', '--page', '5', seed])
    expect(JSON.parse(r.stdout).publication).toEqual({ name: 'Test Daily', date: '2020-02-17', page: 5 })
  })

  it('should exit 2 on usage errors and 0 on --help and --version', () => {
    expect(run(['--format', 'nope', seed]).code).toBe(2)
    expect(run(['--date', 'yesterday', seed]).code).toBe(2)
    expect(run(['--bogus']).code).toBe(2)
    const help = run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--format')
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('should exit 1 for unreadable input and still print the readable pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-cli-'))
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 159, 146, 150, 0]))
    const r = run(['-q', seed, join(dir, 'bin.txt'), join(dir, 'missing.txt')])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/bin\.txt: Not a text file/)
    expect(r.stderr).toMatch(/missing\.txt/)
    expect(r.stdout.trim().split('\n').length).toBe(1)
  })

  it('should print messages to stderr with their ruleId', () => {
    const r = run(['-'], '   \n')
    expect(r.stderr).toContain('[empty-input]')
  })
})
