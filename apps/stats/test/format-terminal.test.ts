import type { FileResult } from '@news/parser/node'
import { describe, expect, it } from 'vitest'
import { StatsCollector } from '../src/collector.js'
import { formatTerminal, TOP_ROWS } from '../src/format-terminal.js'
import { KNOWN_ARCHIVE } from './archive.js'
import { displayWidth } from './width.js'

/** The known archive plus a page with 25 authors, long Chinese names and a long path. */
function crowded() {
  const base = KNOWN_ARCHIVE[2]!
  const records = base.records[0]!
  const authors = Array.from({ length: 25 }, (_, i) => `${'长'.repeat(30)}作者${i}`)
  const page: FileResult = {
    ...base,
    file: `${'deep/'.repeat(20)}2030-01-03-p9.txt`,
    records: [
      {
        ...records,
        articles: authors.map((name) => ({
          ...records.articles[0]!,
          bylines: [{ text: name, authors: [name], role: null, organization: null }],
          confidence: 0.1,
        })),
      },
    ],
    messages: Array.from({ length: 30 }, (_, i) => ({
      ruleId: `rule-${i}`,
      reason: 'r',
      line: 1,
      column: 1,
      fatal: false,
    })),
  }
  const collector = new StatsCollector({ term: '上海', by: 'section' })
  for (const result of [...KNOWN_ARCHIVE, page]) collector.addFile(result)
  return formatTerminal(collector.report())
}

describe('formatTerminal', () => {
  const text = crowded()

  it('should keep every line within 80 columns, wide characters counted twice', () => {
    for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80)
  })

  it('should show the top 20 of a list and say how many more the JSON has', () => {
    const authors = text.slice(text.indexOf('Authors'), text.indexOf('Dateline places'))
    // A row's first line ends with its count; long names wrap onto lines with an empty count cell.
    const rows = authors.split('\n').filter((l) => /│\s+\d+ │$/.test(l))
    expect(rows.length).toBe(TOP_ROWS)
    expect(authors).toContain('… 8 more in the JSON report (--json)')
    expect(text).toContain('… 13 more in the JSON report (--json)')
  })

  it('should break articles down by the --by key', () => {
    expect(text).toContain('Articles by section')
    expect(text).toContain('"上海" by section')
  })
})
