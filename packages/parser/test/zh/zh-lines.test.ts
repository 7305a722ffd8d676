import { describe, expect, it } from 'vitest'
import { cleanLine } from '../../src/rules/zh/zh-lines.js'

describe('cleanLine', () => {
  it('should drop spaces next to CJK characters and keep each kept unit’s offset', () => {
    expect(cleanLine('中 文 a  b', 10)).toEqual({ text: '中文a b', offsets: [10, 12, 14, 15, 17] })
    expect(cleanLine('中文', 3)).toEqual({ text: '中文', offsets: [3, 4] })
  })
})
