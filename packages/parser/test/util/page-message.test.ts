import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { pageMessage } from '../../src/pipeline/message.js'

describe('pageMessage', () => {
  it('makes the message `file.message` makes and leaves the stack limit as it was', () => {
    const options = {
      place: { start: { line: 2, column: 3, offset: 9 }, end: { line: 2, column: 8, offset: 14 } },
      ruleId: 'unplaced-text',
      source: 'news-parser',
    }
    const fast = new VFile({ value: 'abc' })
    const plain = new VFile({ value: 'abc' })
    const limit = Error.stackTraceLimit
    pageMessage(fast, 'Could not place text', options)
    plain.message('Could not place text', options)
    expect(Error.stackTraceLimit).toBe(limit)
    expect(fast.messages).toHaveLength(1)
    expect({ ...fast.messages[0] }).toEqual({ ...plain.messages[0] })
    expect(String(fast.messages[0])).toBe(String(plain.messages[0]))
  })
})
