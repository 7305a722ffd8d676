import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { processFile } from '../src/node/process-file.js'
import { readFilePages } from '../src/node/stream-pages.js'

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url)
const dir = mkdtempSync(join(tmpdir(), 'news-stream-'))

/** Corpus pages of a language, as text. */
const pagesOf = (lang: 'zh' | 'en', count: number) =>
  readdirSync(new URL(`${lang}/`, CORPUS))
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .slice(0, count)
    .map((n) => readFileSync(new URL(`${lang}/${n}`, CORPUS), 'utf8').replaceAll('\f', '\n'))

async function streamed(file: string) {
  const results = []
  for await (const r of readFilePages(file)) results.push(r)
  return results
}

describe('readFilePages', () => {
  it('should give each page the records the whole-file parse gives it, line numbers included', async () => {
    // Line ends of every kind, a blank page, a form feed glued to a line, a last page without a form feed.
    const [zh1, zh2] = pagesOf('zh', 2)
    const [en1] = pagesOf('en', 1)
    const text = [
      zh1!,
      '\n  \n',
      en1!.replaceAll('\n', '\r\n'),
      zh2!.replaceAll('\n', '\r'),
      `${en1!}tail of the page`,
    ].join('\f')
    const file = join(dir, '2024-05-01-p3.txt')
    writeFileSync(file, text)
    const whole = await processFile(file)
    const pages = await streamed(file)
    expect(whole.records).toHaveLength(4)
    expect(pages.flatMap((p) => p.records)).toEqual(whole.records)
    expect(pages.every((p) => p.records.length === 1 && p.error === null)).toBe(true)
    expect(pages.map((p) => p.records[0]!.publication.page)).toEqual([3, 4, 5, 6])
  })

  it('should read a file that is not plain UTF-8 whole, as processFile does', async () => {
    const file = join(dir, 'gbk.txt')
    writeFileSync(file, Buffer.from([0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6, 0x0a, 0xb1, 0xbe, 0xb1, 0xa8]))
    const pages = await streamed(file)
    expect(pages).toHaveLength(1)
    expect(pages[0]).toEqual(await processFile(file))
    expect(pages[0]!.encoding).toBe('gb18030')
  })

  it('should report a missing file as an error, not throw', async () => {
    const pages = await streamed(join(dir, 'missing.txt'))
    expect(pages).toHaveLength(1)
    expect(pages[0]!.error).toMatch(/ENOENT/)
  })
})
