#!/usr/bin/env node
// The sample job: parse every bundled page and show what was found,
// then the outline of the seed page.
import { toOutline } from '@news/parser'
import { readEdition } from '@news/parser/node'

const rows = []
let seed = null
for await (const result of readEdition(['samples'])) {
  if (result.error) {
    rows.push([result.file, '-', '-', `error: ${result.error}`])
    continue
  }
  for (const page of result.records) {
    const heads = page.articles.map((a) => a.headline).filter(Boolean)
    rows.push([
      result.file,
      page.lang,
      String(page.articles.length),
      heads.slice(0, 2).join(' | ').slice(0, 60),
    ])
    if (result.file.endsWith('page-zh-difang.txt')) seed = page
  }
}
const width = Math.max(...rows.map((r) => r[0].length))
console.log(`${'file'.padEnd(width)}  lang     articles  first headlines`)
for (const [file, lang, n, heads] of rows)
  console.log(`${file.padEnd(width)}  ${lang.padEnd(8)} ${n.padStart(8)}  ${heads}`)
if (seed) {
  console.log('\nOutline of the seed page:\n')
  console.log(toOutline(seed))
}
