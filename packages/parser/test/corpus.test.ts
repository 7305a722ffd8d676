/**
 * Every page of the shared corpus parses without an exception, and its
 * records validate against the shipped JSON Schema. The corpus is read in
 * place (several sources have no licence to copy); pages are skipped when
 * the shared folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { fromText, toPageRecords } from '../src/index.js'

const shared = new URL('../../../../shared/', import.meta.url).pathname
const schema = JSON.parse(readFileSync(new URL('../schema/news-records-1.json', import.meta.url), 'utf8'))
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)

function pages(): string[] {
  const out: string[] = []
  for (const dir of ['seed', 'corpus/zh', 'corpus/en', 'corpus/generated']) {
    const folder = join(shared, dir)
    if (!existsSync(folder)) continue
    for (const name of readdirSync(folder).sort()) if (/\.(txt|md)$/.test(name)) out.push(join(folder, name))
  }
  return out
}

const files = pages()

describe('corpus pages', () => {
  it.skipIf(files.length === 0)('should find the shared corpus', () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it.each(files.map((f) => [f.slice(shared.length), f]))('should parse %s into valid records', (_, file) => {
    const text = readFileSync(file, 'utf8')
    const tree = fromText(text, { input: /\.md$/.test(file) ? 'markdown' : 'text' })
    const records = toPageRecords(tree, { source: file })
    for (const page of records) {
      const ok = validate(page)
      expect(ok ? [] : validate.errors).toEqual([])
    }
  })
})
