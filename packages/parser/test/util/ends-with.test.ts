import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { endTest } from '../../src/util/ends-with.js'

// The three end-anchored sentence tests the rules use, with the characters every match ends with.
const CASES: Array<[RegExp, string]> = [
  [
    /[。！？!?…；;：:][”’」』"'）)》]*$|[。！？][”’」』]?[）)]$|(?:^|[（(])(?:未完|完|待续|待續|续完|續完)[）)]$/u,
    '。！？!?…；;：:”’」』"\'）)》',
  ],
  [/[.!?][”’"')\]]*$|[”"]$/, '.!?”’"\')]'],
  [/[。！？!?.…;；:：][”’」』"')）\]】]*$/, '。！？!?.…;；:：”’」』"\')）]】'],
  [
    /\b(?:a|an|the|of|to|and|or|in|on|at|for|with|by|from|that|as|is|was|be|his|her|their|its|but|than)$/,
    'anefodrthysm',
  ],
  [/[\p{L}\d][”"’]$/u, '”"’'],
  [/[?!]["”’]?$/, '?!"”’'],
  [/[.!?]["”’]?$/, '.!?"”’'],
  [/[,\-;]$/, ',-;'],
]

describe('endTest', () => {
  it('answers as the expression does', () => {
    for (const [pattern, last] of CASES) {
      const fast = endTest(pattern, last)
      // Strings built from the expression's own characters and some others, so matches are frequent.
      const alphabet = fc.constantFrom(...Array.from(`${last}完续待未ab 中文（(\n`))
      fc.assert(
        fc.property(
          fc.array(alphabet, { maxLength: 8 }).map((a) => a.join('')),
          (text) => {
            expect(fast.test(text)).toBe(pattern.test(text))
          },
        ),
        { numRuns: 2000 },
      )
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme' }), (text) => {
          expect(fast.test(text)).toBe(pattern.test(text))
        }),
      )
    }
  })

  it('skips the expression when the last character cannot end a match', () => {
    const pattern = /a$/
    let calls = 0
    const counted = Object.assign(Object.create(pattern), {
      test: (text: string) => {
        calls++
        return pattern.test(text)
      },
    })
    const fast = endTest(counted, 'a')
    expect(fast.test('xyz')).toBe(false)
    expect(fast.test('')).toBe(false)
    expect(calls).toBe(0)
    expect(fast.test('xya')).toBe(true)
    expect(calls).toBe(1)
  })
})
