import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BinaryFileError, decodeBytes } from '../src/node/decode.js'
import { metaFromFileName } from '../src/node/metadata.js'
import { readEdition } from '../src/node/read-edition.js'

const ZH = '本报讯 今年以来，城市更新项目稳步推进。\n'

describe('decodeBytes', () => {
  it('should decode UTF-8 with and without BOM', () => {
    const bytes = new TextEncoder().encode(ZH)
    expect(decodeBytes(bytes)).toMatchObject({ text: ZH, encoding: 'utf-8' })
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toMatchObject({
      text: ZH,
      encoding: 'utf-8-bom',
    })
  })

  it('should decode UTF-16 with a BOM, both byte orders', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ZH, 'utf16le')])
    expect(decodeBytes(le)).toMatchObject({ text: ZH, encoding: 'utf-16le' })
    const be = Buffer.from(le.subarray(2))
    be.swap16()
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({
      text: ZH,
      encoding: 'utf-16be',
    })
  })

  it('should decode GB18030/GBK', () => {
    // “本报讯” in GBK.
    const gbk = Buffer.from([0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6, 0x0a])
    expect(decodeBytes(gbk)).toMatchObject({ text: '本报讯\n', encoding: 'gb18030' })
  })

  it('should keep a truncated UTF-8 sequence at the end as U+FFFD with a warning', () => {
    const bytes = new TextEncoder().encode('本报讯')
    const result = decodeBytes(bytes.subarray(0, bytes.length - 1))
    expect(result.encoding).toBe('utf-8')
    expect(result.text.startsWith('本报')).toBe(true)
    expect(result.warnings.length).toBe(1)
  })

  it('should refuse binary files', () => {
    expect(() => decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(BinaryFileError)
  })
})

describe('metaFromFileName', () => {
  it('should read dates and page numbers from file names', () => {
    expect(metaFromFileName('archive/2023-07-20/p03.txt')).toEqual({ date: null, page: 3 })
    expect(metaFromFileName('renmin-2023-07-20-p03.txt')).toEqual({ date: '2023-07-20', page: 3 })
    expect(metaFromFileName('20230720_page12.txt')).toEqual({ date: '2023-07-20', page: 12 })
    expect(metaFromFileName('notes.txt')).toEqual({ date: null, page: null })
  })
})

describe('readEdition', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-edition-'))
  mkdirSync(join(dir, 'issue'))
  writeFileSync(
    join(dir, 'issue', 'edition.json'),
    JSON.stringify({ publication: '测试日报', date: '2021-05-04', pages: { 'b.txt': { page: 7 } } }),
  )
  writeFileSync(join(dir, 'issue', 'a-p2.txt'), `城市更新让老街焕发新活力\n\n${ZH}`)
  writeFileSync(join(dir, 'issue', 'b.txt'), 'CITY VOTES\nThe council voted on the plan on Monday.\n')
  writeFileSync(join(dir, 'issue', 'c.txt'), Buffer.from([0, 1, 2, 3, 0]))
  writeFileSync(join(dir, 'issue', 'README.md'), '# About this folder\n\nNot a page.\n')

  it('should read a folder in order with edition.json and file-name facts, and per-file errors', async () => {
    const results = []
    for await (const r of readEdition(join(dir, 'issue'))) results.push(r)
    expect(results.map((r) => r.file.split('/').pop())).toEqual(['a-p2.txt', 'b.txt', 'c.txt'])
    const [a, b, c] = results
    expect(a!.records[0]!.publication).toEqual({ name: '测试日报', date: '2021-05-04', page: 2 })
    expect(b!.records[0]!.publication.page).toBe(7)
    expect(b!.meta!.from).toContain('edition.json')
    expect(c!.error).toMatch(/Not a text file/)
    expect(c!.records).toEqual([])
  })

  it('should expand globs and report a missing file as an error without stopping', async () => {
    const results = []
    for await (const r of readEdition([join(dir, 'issue', '*.txt'), join(dir, 'missing.txt')]))
      results.push(r)
    expect(results.length).toBe(4)
    expect(results[3]!.error).toMatch(/ENOENT|no such file/)
  })
})
