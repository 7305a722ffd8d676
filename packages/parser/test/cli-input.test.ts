/**
 * Bad input through `news-parse` (the built program, in a child process):
 * binary, truncated UTF-8, GB18030, UTF-16, empty files. Each gets a clear
 * message or the same result as clean UTF-8 — never a crash. The 200 MB
 * many-page file and its memory are measured by `scripts/big-file.mjs`
 * (too slow for CI).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const CLI = new URL('../dist/cli.js', import.meta.url).pathname
const ZH_PAGE = new URL('../../../samples/zh/page-zh-difang.txt', import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), 'news-cli-input-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function file(name: string, bytes: Uint8Array | string) {
  const path = join(work, name)
  writeFileSync(path, bytes)
  return path
}

const zhText = readFileSync(ZH_PAGE, 'utf8')
/** What the page gives as clean UTF-8: the reference for every encoding. */
const reference = JSON.parse(cli('-q', file('clean.txt', zhText)).stdout)
const articlesOf = (stdout: string) => JSON.parse(stdout).articles

describe('news-parse on bad input', () => {
  it('should have a reference page with articles', () => {
    expect(reference.articles.length).toBeGreaterThan(0)
  })

  it('should refuse a binary file with a clear error, exit 1, and go on with the other files', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ])
    const binary = file('image.txt', png)
    const r = cli('-q', '--format', 'ndjson', binary, file('next.txt', zhText))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/image\.txt: Not a text file: NUL byte at offset 8/)
    expect(r.stdout.trim().split('\n')).toHaveLength(1)
    expect(JSON.parse(r.stdout).articles).toEqual(reference.articles.map((a: object) => ({ ...a })))
  })

  it('should keep a truncated UTF-8 sequence as U+FFFD and say so', () => {
    const bytes = Buffer.from(`${zhText.trimEnd()}末`)
    const truncated = file('truncated.txt', bytes.subarray(0, bytes.length - 1))
    const r = cli(truncated)
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/warning Truncated UTF-8 sequence at byte \d+ replaced by U\+FFFD \[decode\]/)
    expect(JSON.parse(r.stdout).format).toBe('news-records/1')
    expect(r.stdout).toContain('\ufffd')
    expect(r.stdout).not.toContain('末')
  })

  it('should decode a GB18030 file and give the result of UTF-8', () => {
    const gb = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: zhText })
    expect(gb.equals(Buffer.from(zhText))).toBe(false)
    const r = cli('-q', file('gb.txt', gb))
    expect(r.code).toBe(0)
    expect(articlesOf(r.stdout)).toEqual(reference.articles)
  })

  it('should decode UTF-16 with a byte order mark, both byte orders, and give the result of UTF-8', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(zhText, 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    for (const [name, bytes] of [
      ['le.txt', le],
      ['be.txt', be],
    ] as const) {
      const r = cli('-q', file(name, bytes))
      expect(r.code, name).toBe(0)
      expect(articlesOf(r.stdout), name).toEqual(reference.articles)
    }
  })

  it('should warn that an empty file holds no text and print no page', () => {
    for (const [name, content] of [
      ['empty.txt', ''],
      ['blank.txt', ' \n\r\n\t\f\n'],
    ] as const) {
      const r = cli(file(name, content))
      expect(r.code, name).toBe(0)
      expect(r.stderr, name).toMatch(/warning Input holds no text \[empty-input\]/)
      expect(r.stdout, name).toBe('')
    }
  })

  it('should give a clear error for a file that does not exist or is a folder of nothing', () => {
    const missing = cli(join(work, 'missing.txt'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/missing\.txt/)
  })

  it('should parse text that is not valid UTF-8 nor GB18030 with replacement characters and a warning', () => {
    // Latin-1 bytes: é as 0xE9 followed by ASCII cannot be UTF-8; GB18030 rejects 0xE9 0x20 0x80.
    const latin1 = Buffer.concat([
      Buffer.from('CAFE OPENS\nThe caf'),
      Buffer.from([0xe9, 0x20, 0x80]),
      Buffer.from(' opened on Monday.\n'),
    ])
    const r = cli(file('latin1.txt', latin1))
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/\[decode\]/)
    expect(r.stdout).toContain('opened on Monday')
  })
})
