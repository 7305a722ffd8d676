import { describe, expect, it } from 'vitest'
import { describeReplacements, type Replacements, toXmlChars } from './xml-chars.js'

describe('toXmlChars', () => {
  it('should replace what XML 1.0 cannot hold and count it', () => {
    const replacements: Replacements = new Map()
    const text = `a\u0000b\u0008c\u000Bd\uFFFEe\uFFFFf\uD800g\uDC00h\u0001\u0001`
    expect(toXmlChars(text, replacements)).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFD\uFFFD',
    )
    expect(describeReplacements(replacements)).toBe(
      '1 × U+0000, 1 × U+0008, 1 × U+000B, 1 × U+FFFE, 1 × U+FFFF, 1 × U+D800, 1 × U+DC00, 2 × U+0001',
    )
  })

  it('should keep tabs, line ends, astral characters and everything else XML allows', () => {
    const replacements: Replacements = new Map()
    const text = 'tab\tlf\ncr\r 中文 😀 𠀋 \u0085 \uE000 \uFFFD <&>]]>'
    expect(toXmlChars(text, replacements)).toBe(text)
    expect(replacements.size).toBe(0)
  })
})
