import { describe, expect, it } from 'vitest'
import { isJumpLine, jumpTailIndex } from '../../src/rules/en/jump-lines.js'
import { parseEn } from './parse.js'

describe('en-jump-lines', () => {
  it('should recognise jump lines and their OCR forms', () => {
    for (const line of [
      'See DEBATE, back page',
      'Sec HOMELESS, page 7',
      'Sac CLASH, hack page',
      'PleaM see paga 2',
      'See PHILIPPINES, Page A2',
      'Continued on Page 15',
      '(Continued on Page 2, Column 3.)',
      'Please turn to Page 10',
    ]) {
      expect(isJumpLine(line), line).toBe(true)
    }
  })

  it('should not take prose for a jump line', () => {
    expect(isJumpLine('See you in court, he said to the judge.')).toBe(false)
    expect(jumpTailIndex('as you will see in the report')).toBe(-1)
  })

  it('should cut a jump directive off the end of a body line into continuation furniture', () => {
    const records = parseEn(
      [
        'Poly students watch debate',
        'By Tara Giambalvo',
        'Richard Kranzdorf said there were no major gaffes. Members of the Young Democrats saw Sec DEBATE, back page',
      ].join('\n'),
    )
    expect(records.articles[0]?.paragraphs).toEqual([
      'Richard Kranzdorf said there were no major gaffes. Members of the Young Democrats saw',
    ])
    expect(records.furniture).toContainEqual({ kind: 'continuation', text: 'Sec DEBATE, back page' })
  })
})
