import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isStrictRoleText,
  mayBeSpecialTo,
  mayEndWithRole,
  parseByline,
  SPECIAL_TO,
} from '../../src/rules/en/bylines.js'
import { parseEn } from './parse.js'

describe('en-bylines', () => {
  it('should split authors, role and organisation of one-line bylines', () => {
    const cases: Array<[string, string[], string | null, string | null]> = [
      ['By JOHN SMITH', ['JOHN SMITH'], null, null],
      ['By John Smith and Jane Doe', ['John Smith', 'Jane Doe'], null, null],
      ['Tony Carritt, Staff Writer', ['Tony Carritt'], 'Staff Writer', null],
      ['John Smith, Associated Press', ['John Smith'], null, 'Associated Press'],
      ['By Jeremy Solomons, Reuters', ['Jeremy Solomons'], null, 'Reuters'],
      ['Br GOson Gardner', ['GOson Gardner'], null, null],
      ['BV RICHARD MAXWELL WINANS', ['RICHARD MAXWELL WINANS'], null, null],
      ['ly Undo Dwtsdi', ['Undo Dwtsdi'], null, null],
      ['by Frank Van Brocklin SlaHWfUer', ['Frank Van Brocklin'], 'SlaHWfUer', null],
      ['by Jenny Coyle staff Wiltaf', ['Jenny Coyle'], 'staff Wiltaf', null],
      ['. By W. S. JEWET.', ['W. S. JEWET'], null, null],
    ]
    for (const [line, authors, role, organization] of cases) {
      expect(parseByline(line), line).toEqual({ authors, role, organization })
    }
  })

  it('should read agency and special bylines without authors', () => {
    expect(parseByline('(BY THE ASSOCIATED PRESS.)')).toEqual({
      authors: [],
      role: null,
      organization: 'THE ASSOCIATED PRESS',
    })
    expect(parseByline('Special to The Times')?.organization).toBe('The Times')
  })

  it('should not take prose for a byline', () => {
    expect(parseByline('By Saturday night the crowd had gone home')).toBeNull()
    expect(parseByline("BY CRONJE'S INGENUITY")).toBeNull()
  })

  it('should join a role line under a byline (`BY SHARYN SEARS` / `Staff Writer`, garbled or not)', () => {
    const records = parseEn(
      [
        'Emergency worries top Diablo hearing agenda',
        'BY SHARYN SEARS',
        '8t«H Writer',
        'The function of pressure heaters topped the agenda at the first day of hearings on the plant, which opened here on Tuesday before the board of the commission.',
      ].join('\n'),
    )
    const byline = records.articles[0]?.bylines[0]
    expect(byline).toMatchObject({
      text: 'BY SHARYN SEARS 8t«H Writer',
      authors: ['SHARYN SEARS'],
      role: '8t«H Writer',
    })
  })

  it('should read a name line followed by an agency line (`Greg McCune` / `REUTERS`)', () => {
    const records = parseEn(
      [
        'FARM CREDIT SYSTEM TO ASK FOR AID',
        'Greg McCune',
        'REUTERS',
        'WASHINGTON, MARCH 25 - A senior',
        'representative of the system spoke.',
      ].join('\n'),
    )
    const article = records.articles[0]
    expect(article?.bylines[0]).toMatchObject({ text: 'Greg McCune REUTERS', authors: ['Greg McCune'] })
    expect(article?.dateline).toBe('WASHINGTON, MARCH 25')
  })
})

describe('en-bylines: wire credits', () => {
  it('should read a wire credit as a byline of an organisation', () => {
    expect(parseByline('(By Review Leased Wire)')).toEqual({
      authors: [],
      role: null,
      organization: 'Review Leased Wire',
    })
    expect(parseByline('(Associated Press by Federal Wireless)')?.organization).toBe(
      'Associated Press by Federal Wireless',
    )
    expect(parseByline('The cable was cut by the storm on Monday.')).toBeNull()
  })
})

describe('en-bylines: credit lines and titles that go on with By', () => {
  it('should join a bracketed credit line broken over two lines to the byline above it', () => {
    const records = parseEn(
      [
        'ACTION IN MANY CITIES.',
        'By Samuel M. Williams.',
        '(Special Staff Correspondent of The',
        'Evening World.)',
        'WASHINGTON, Dec. 8.?As a result of',
        "the President's activities the Grand",
        'Jury investigations were ordered.',
      ].join('\n'),
    )
    expect(records.articles).toHaveLength(1)
    expect(records.articles[0]?.headline).toBe('ACTION IN MANY CITIES.')
    expect(records.articles[0]?.bylines).toEqual([
      {
        text: 'By Samuel M. Williams. (Special Staff Correspondent of The Evening World.)',
        authors: ['Samuel M. Williams'],
        role: 'Special',
        organization: 'Special Staff Correspondent of The Evening World',
      },
    ])
    expect(records.articles[0]?.dateline).toBe('WASHINGTON, Dec. 8.')
  })

  it('should not take a title line that goes on with By for a byline', () => {
    for (const line of ['By Germans Is Enormous', 'By Columbine Today', 'By Petition Urging Necessity;']) {
      expect(parseByline(line), line).toBeNull()
    }
    const records = parseEn(
      [
        'NEWSPAPERS HIT',
        'BY PROPOSED',
        'POSTAL RATE',
        'Bill Would Increase Rate On',
        'Magazines and Papers.',
        'WASHINGTON, Dec. 9.?A bill to increase',
        'the charges for mailing was offered.',
      ].join('\n'),
    )
    expect(records.articles[0]?.headline).toBe('NEWSPAPERS HIT BY PROPOSED POSTAL RATE')
    expect(records.articles[0]?.bylines).toEqual([])
  })
})

describe('en-bylines: wire and dispatch credits of old pages', () => {
  it('should read dispatch credits and wire credits with the period inside the bracket', () => {
    expect(parseByline('Special Dispatch to The Star.')).toMatchObject({ authors: [], role: 'Special' })
    expect(parseByline('(By Review Leased Wire.)')).toMatchObject({
      authors: [],
      organization: 'Review Leased Wire',
    })
  })
})

describe('en-bylines: the ends of a special-to line', () => {
  it('let through every line the expression takes', () => {
    // Each form of `SPECIAL_TO` in both cases, after a bracket and spaces or not, then words, dots,
    // spaces and brackets; and look-alikes of its letters.
    const opening = fc.constantFrom('', '(', '( ', ' ', '(\u00a0')
    const form = fc.constantFrom(
      ...['Special to ', 'SPECIAL CABLE TO ', 'special dispatch from ', 'Staff Correspondent of '],
      ...[
        'Correspondent for ',
        'CORRESPONDENT TO ',
        'Special Staff Correspondent of ',
        '(BY THE ASSOCIATED PRESS',
      ],
      ...['By United Press', 'by the associated press', 'By Review Leased Wire', 'Federal Wireless', 'CABLE'],
      ...['By Times Cable Service', 'ſpecial to ', 'Ｓpecial to ', 'the ', ''],
    )
    const tail = fc.array(
      fc.constantFrom(
        'Federal',
        'The',
        'Times',
        'World',
        'news',
        'Wire',
        'Press',
        ' ',
        '.',
        ')',
        '\u00a0',
        'x',
      ),
      { maxLength: 5 },
    )
    const line = fc.tuple(opening, form, tail).map(([o, f, t]) => o + f + t.join(''))
    let taken = 0
    fc.assert(
      fc.property(line, (text) => {
        if (!SPECIAL_TO.test(text)) return
        taken++
        expect(mayBeSpecialTo(text), text).toBe(true)
      }),
      { numRuns: 50_000 },
    )
    // The generator reaches the expression often enough for the property to say something.
    expect(taken).toBeGreaterThan(500)
  })
})

describe('en-bylines: the end of a names-comma-role line', () => {
  it('lets through every line whose text after the comma is a role spelled right', () => {
    // Each role word in both cases, with the words before it, periods, underscores and spaces after it.
    const role = fc.constantFrom(
      ...['Staff Writer', 'STAFF WRITER', 'Daily Staff Reporter', 'Correspondent', 'Editor', 'Photographer'],
      ...['Columnist', 'staff', 'Associated Press', 'the associated press', 'AP', 'ap', 'Reuters', 'REUTERS'],
      ...['UPI', 'AFP', 'United Press International', 'Special Correspondent', 'Writ', 'Reuter', 'Wrıter'],
    )
    const after = fc.array(fc.constantFrom('.', '_', ' ', '\u00a0', '__', ',', 'x'), { maxLength: 3 })
    const line = fc
      .tuple(fc.constantFrom('Tony Carritt, ', 'J. Doe,', 'A B C,  '), role, after)
      .map(([names, r, a]) => names + r + a.join(''))
    let roles = 0
    fc.assert(
      fc.property(line, (text) => {
        if (!isStrictRoleText(text.slice(text.indexOf(',') + 1))) return
        roles++
        expect(mayEndWithRole(text), text).toBe(true)
      }),
      { numRuns: 20_000 },
    )
    expect(roles).toBeGreaterThan(1000)
  })
})
