import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { endsSentence, letterCount, letterShare, tokenCount } from '../../src/rules/en/features.js'
import {
  HEADLINE_MAX_CHARS,
  HEADLINE_MAX_WORDS,
  isCapsLine,
  isTitleShaped,
} from '../../src/rules/en/headlines.js'
import { parseEn } from './parse.js'

describe('en-headlines', () => {
  it('should tell title-shaped lines from body lines', () => {
    expect(isTitleShaped('MOYER TO')).toBe(true)
    expect(isTitleShaped('CONFLICTS AT BELFAST.')).toBe(true)
    expect(isTitleShaped('Panel: Dukakis wins small edge')).toBe(true)
    expect(isTitleShaped('the resignation was accepted by the board.')).toBe(false)
    expect(isTitleShaped('He said it was a tragedy for the president, and Bush endorsed it,')).toBe(false)
  })

  it('should join a stacked capital headline and keep its mixed-case deck apart', () => {
    const records = parseEn(
      [
        'MOYER TO',
        'GET PRISON',
        'JOB, BELIEF',
        'OF FRIENDS',
        'Retiring Jail Chief Has Been',
        'Under Criticism, But Change',
        'Is Political.',
        'Charles C. Foster, general superintendent of the District penal institutions, today',
        'tendered his resignation to the District Commissioners.',
      ].join('\n'),
    )
    const article = records.articles[0]
    expect(article?.headline).toBe('MOYER TO GET PRISON JOB, BELIEF OF FRIENDS')
    expect(article?.deks).toEqual(['Retiring Jail Chief Has Been Under Criticism, But Change Is Political.'])
    expect(article?.paragraphs).toHaveLength(1)
  })

  it('should keep each deck ending in a period apart', () => {
    const records = parseEn(
      [
        'THE CASE OF JOHN COPP.',
        'ATTEMPTS TO SOLVE THE MYSTERY.',
        'THE BODY TO BE EXHUMED.',
        'Yesterday morning the Minister for Justice said the body would be exhumed.',
      ].join('\n'),
    )
    expect(records.articles[0]).toMatchObject({
      headline: 'THE CASE OF JOHN COPP.',
      deks: ['ATTEMPTS TO SOLVE THE MYSTERY.', 'THE BODY TO BE EXHUMED.'],
    })
  })

  it('should take a one-word label in capitals above a headline as its kicker', () => {
    const records = parseEn(
      [
        'NATION',
        '',
        'OIL',
        'IRAQ REPORTS ATTACKS ON SUPERTANKER',
        'By MAAMOUN YOUSSEF',
        'BAGHDAD (Reuters) - Iraq said today its',
        'warplanes had attacked a supertanker.',
      ].join('\n'),
    )
    expect(records.section).toBe('NATION')
    expect(records.articles[0]).toMatchObject({
      kicker: 'OIL',
      headline: 'IRAQ REPORTS ATTACKS ON SUPERTANKER',
      dateline: 'BAGHDAD (Reuters)',
    })
  })

  it('should split two headlines printed side by side between their articles', () => {
    const p1 =
      'Six Cal Poly departments received almost $278,000 in grants from the National Science Foundation to fund equipment for labs.'
    const p2 =
      'If a permanent building location for a homeless shelter is not found by Oct. 31, the Salvation Army will fold the umbrella.'
    const records = parseEn(
      [
        'Cal Poly professors get six NSF grants for lab equipment',
        'Temporary shelter might close',
        'By Alison Skratl',
        'Managing Editor',
        p1,
        p1,
        'By Christine C. Temple',
        'Staff Writer',
        p2,
        p2,
      ].join('\n'),
    )
    expect(records.articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ['Cal Poly professors get six NSF grants for lab equipment', [p1, p1]],
      ['Temporary shelter might close', [p2, p2]],
    ])
  })

  it('should make an in-body sub-head furniture, not a new article', () => {
    const records = parseEn(
      [
        'FOSTER QUITS',
        'The resignation did not come as a surprise to his many friends in the city.',
        'MOYER NAMED FOR PLACE.',
        'While the Commissioners made no statement, it is reported they will accept it.',
      ].join('\n'),
    )
    expect(records.articles).toHaveLength(1)
    expect(records.furniture).toContainEqual({ kind: 'subhead', text: 'MOYER NAMED FOR PLACE.' })
  })
})

describe('en-headlines: stacks of old front pages', () => {
  it('should go on with a stack under a deck closed by a period, up to the byline', () => {
    const records = parseEn(
      [
        'WILSON TO PROSECUTE FOOD',
        'INQUIRY INTO HIGH COST OF LIVING',
        "President's Activities Lead to",
        'Orders for Wide Inquiry to',
        'Start Immediately.',
        'ACTION IN MANY CITIES.',
        'F. W. Swacker of New Haven',
        'Case Likely to Prosecute',
        'in New York.',
        'By Samuel M. Williams.',
        "As a result of the President's",
        'activities against the high cost',
        'of living, Federal Grand Jury',
        'investigations were ordered to-day',
        'by the Attorney General to begin',
        'at once in New York.',
      ].join('\n'),
    )
    expect(records.articles).toHaveLength(1)
    expect(records.articles[0]?.headline).toBe('WILSON TO PROSECUTE FOOD INQUIRY INTO HIGH COST OF LIVING')
    expect(records.articles[0]?.deks).toEqual([
      "President's Activities Lead to Orders for Wide Inquiry to Start Immediately.",
      'ACTION IN MANY CITIES.',
      'F. W. Swacker of New Haven Case Likely to Prosecute in New York.',
    ])
  })

  it('should open the next story at titles under a headline that has its decks', () => {
    const records = parseEn(
      [
        'ANTIVICE BILL !',
        'MEETS APPROVAL',
        'Senate Passes Browning Bill as',
        'It Came From House of Delegates.',
        'DEDUCT BORROWED MONEY',
        'West-Addison Bill, for Relief of',
        'Manufacturers, Is Adopted.',
        'In the form in which it left the House, the bill passed the Senate yesterday.',
      ].join('\n'),
    )
    expect(records.articles.map((a) => a.headline)).toEqual(['ANTIVICE BILL !', 'DEDUCT BORROWED MONEY'])
  })

  it('should read a stack across a noise line inside it, and keep the noise apart', () => {
    const records = parseEn(
      [
        'CHEAPER GAS RATES',
        'TO GO INTO EFFECT',
        '\\',
        'Beginning Today, Washington',
        'Users Will Pay 75 Cents',
        'Beginning today Washington users',
        'of gas east of Rock creek will pay at',
        'the rate of 75 cents per thousand',
        'cubic feet, while gas users in the',
        'territory served by the company pay',
        'the rate they paid before.',
      ].join('\n'),
    )
    expect(records.articles).toHaveLength(1)
    expect(records.articles[0]?.headline).toBe('CHEAPER GAS RATES TO GO INTO EFFECT')
    expect(records.articles[0]?.deks).toEqual(['Beginning Today, Washington Users Will Pay 75 Cents'])
    expect(records.furniture).toContainEqual({ kind: 'noise', text: '\\' })
  })
})

describe('isTitleShaped', () => {
  it('answers as the counts first, then the ends, do', () => {
    // The reading before the ends were looked at first.
    const byCounts = (text: string) => {
      if (text.length > HEADLINE_MAX_CHARS || letterCount(text) < 3 || letterShare(text) < 0.6) return false
      if (tokenCount(text) > HEADLINE_MAX_WORDS) return false
      const caps = isCapsLine(text)
      const quoteClosed = /[\p{L}\d][”"’]$/u.test(text)
      if (endsSentence(text) && !(caps || quoteClosed || /[?!]["”’]?$/.test(text))) return false
      if (!caps && /[,;]$/.test(text)) return false
      return true
    }
    const text = fc
      .array(
        fc.constantFrom(
          'THE',
          'the',
          'Word',
          'X',
          ' ',
          '  ',
          '.',
          ',',
          ';',
          '?',
          '!',
          '”',
          '"',
          '’',
          '1',
          '—',
          '…',
        ),
        {
          maxLength: 40,
        },
      )
      .map((a) => a.join(''))
    fc.assert(
      fc.property(text, (t) => {
        expect(isTitleShaped(t), t).toBe(byCounts(t))
      }),
      { numRuns: 20_000 },
    )
  })
})
