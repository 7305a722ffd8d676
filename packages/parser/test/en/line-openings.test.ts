import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BY_LINE, BY_START, opensBy, opensByStart } from '../../src/rules/en/bylines.js'
import {
  AD_MARKER,
  EDITOR,
  INDEX,
  opensAsAdMarker,
  opensAsEditor,
  opensAsIndex,
  opensAsWeather,
  WEATHER,
} from '../../src/rules/en/furniture-lines.js'
import { JUMP_LINE, opensJump } from '../../src/rules/en/jump-lines.js'
import { opensRule, RULE_LINE } from '../../src/rules/en/ocr-noise.js'

/**
 * Expressions tried on every line run only on a line whose first code unit may open a match: each
 * first-unit test must pass every line its expression matches.
 */
const cases: [string, RegExp, (c: number) => boolean][] = [
  ['EDITOR', EDITOR, opensAsEditor],
  ['AD_MARKER', AD_MARKER, opensAsAdMarker],
  ['WEATHER', WEATHER, opensAsWeather],
  ['INDEX', INDEX, opensAsIndex],
  ['BY_LINE', BY_LINE, opensBy],
  ['BY_START', BY_START, opensByStart],
  ['JUMP_LINE', JUMP_LINE, opensJump],
  ['RULE_LINE', RULE_LINE, opensRule],
]

/** Pieces of the lines these expressions match, in both cases, with marks, spaces and look-alikes. */
const openings = [
  ..."Page editor:|Editor:|Edited by|Designed by|Design:|ADVERTISEMENT|A D V E RT I S E M E N T|Advertising|PAID ADVERTISEMENT|THE WEATHER|The Weather|WEATHEK|Weather:|Fair tonight|Cloudy today|Rain tomorrow|Showers to-night|Snow today|INSIDE TODAY|INSIDE THIS|INDEX|IN THIS ISSUE|By|BY|by|Br|BV|Bv|Hy|ly|IJy|8y|Dy|Uy|See|Sec|Sac|Please see|PleaM see|Continued on|Cont'd from|CONTINUED to|turn to|Please turn to|From|FROM|page 5|back page|paga A2|DEBATE,|John Smith|Staff Writer".split(
    '|',
  ),
  ...'-–—_=*. •·(["\u00a0\u2003\u3000\tſKİ'.split(''),
]
const piece = fc.oneof(fc.constantFrom(...openings), fc.string({ maxLength: 3 }))
const line = fc
  .array(piece, { minLength: 1, maxLength: 6 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', '', '  ', '\u00a0'), { minLength: parts.length, maxLength: parts.length })
      .map((gaps) => parts.map((p, k) => p + gaps[k]).join('')),
  )
  .chain((l) => fc.constantFrom(l, l.toUpperCase(), l.toLowerCase(), l.trim()))
/** Whole lines these expressions match (most are anchored at both ends), opened and closed by other marks. */
const seeds = [
  'ADVERTISEMENT',
  'A D V E RT I S E M E N T',
  'Advertising',
  'PAID ADVERTISEMENT',
  'See DEBATE, back page',
  'Continued on Page 5',
  'From page 1',
  'Please see page A2',
  'Please turn to page 3',
  'turn to page 3',
  'Sac OUR, paga 2.',
  '_____ ----- ===',
  '—————',
  '– – – *',
  '= = =',
  '. . . .',
  'By John Smith',
  'Page editor: Jane Doe',
]
const seeded = fc
  .tuple(
    // Mostly nothing around the line (the constants repeat to draw it more often).
    fc.constantFrom('', '', '', '', '(', '[', ' ', '.', '•', '\u00a0', 'ſ', 'x'),
    fc.constantFrom(...seeds),
    fc.constantFrom('', '', '', '', '.', ')', '.)', ']', ' '),
  )
  .map((parts) => parts.join(''))
  .chain((l) => fc.constantFrom(l, l.toUpperCase(), l.toLowerCase()))

describe('first-unit tests of the expressions tried on every English line', () => {
  for (const [name, expression, opens] of cases)
    it(`${name}: a line the expression matches opens as the test allows`, () => {
      let matched = 0
      fc.assert(
        fc.property(fc.oneof(line, seeded), (text) => {
          if (!expression.test(text)) return
          matched++
          expect(opens(text.charCodeAt(0))).toBe(true)
        }),
        { numRuns: 3000 },
      )
      // The lines drawn match the expression often enough for the test to fail on a wrong first-unit test.
      expect(matched).toBeGreaterThan(20)
    })

  it('rules out the lines of prose that open most lines', () => {
    for (const [, , opens] of cases) expect(opens('x'.charCodeAt(0)) || opens('m'.charCodeAt(0))).toBe(false)
  })
})
