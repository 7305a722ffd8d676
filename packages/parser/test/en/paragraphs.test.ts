import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { endsLineParagraph, LINE_PARAGRAPH_END } from '../../src/rules/en/paragraphs.js'
import { parseEn } from './parse.js'

describe('en-paragraphs and en-word-columns', () => {
  it('should keep paragraphs in printed order when body under a headline follows a gap', () => {
    const records = parseEn(
      [
        'Mayor Says Budget Is Ready',
        '',
        'Opening words and then. The council talked about the budget for the new bridge at length. The council talked about the budget for the new bridge at length.',
        '',
        'Second paragraph & more.',
        '',
      ].join('\n'),
    )
    const paragraphs = records.articles.flatMap((a) => a.paragraphs)
    expect(paragraphs.map((p) => p.slice(0, 8))).toEqual(['Opening ', 'Second p'])
  })

  it('should end a paragraph after a short line that ends a sentence', () => {
    const records = parseEn(
      [
        'McLeish ready for criticism',
        'Rangers manager Alex McLeish',
        'accepts he is going to be criticised',
        'after their disastrous Uefa Cup exit',
        'on Wednesday.',
        'McLeish told BBC Radio Five Live:',
        '"We were in pole position to get',
        'through to the next stage but we',
        'blew it, we absolutely blew it all."',
        '',
        'CHINA TO RESHUFFLE LEADERSHIP',
        'By Stephen Nisbet',
        'PEKING, March 30 - A top level',
        'political reshuffle will take place.',
      ].join('\n'),
    )
    expect(records.articles[0]?.paragraphs).toEqual([
      'Rangers manager Alex McLeish accepts he is going to be criticised after their disastrous Uefa Cup exit on Wednesday.',
      'McLeish told BBC Radio Five Live: "We were in pole position to get through to the next stage but we blew it, we absolutely blew it all."',
    ])
  })

  it('should glue a column printed one word per line into its paragraph', () => {
    const records = parseEn(
      [
        'BANKS AGREE ON DEBT',
        'The Philippine government has quietly',
        'agreed to make token payments as',
        'package',
        'finalized',
        'last',
        'Friday,',
        'bankers said in New York yesterday.',
      ].join('\n'),
    )
    expect(records.articles).toHaveLength(1)
    expect(records.articles[0]?.paragraphs).toEqual([
      'The Philippine government has quietly agreed to make token payments as package finalized last Friday, bankers said in New York yesterday.',
    ])
  })

  it('should take every line as a paragraph on a one-paragraph-per-line page, unless it breaks off', () => {
    const a =
      'The College Republicans reserved the television lounge in the University Union for viewing the debate, according to president Andrea Mundorf.'
    const b =
      'The Republican Party of San Luis Obispo County did not sponsor any special events; volunteer Gary Kunkel said there were possibly some private parties planned.'
    const records = parseEn(
      [
        'Poly students watch the debate',
        'By Tara Giambalvo',
        a,
        b,
        'Martin said Bush, however, did seem',
        '“better at off-the-cuff remarks.’’',
        b,
        a,
      ].join('\n'),
    )
    expect(records.articles[0]?.paragraphs).toEqual([
      a,
      b,
      'Martin said Bush, however, did seem “better at off-the-cuff remarks.’’',
      b,
      a,
    ])
  })

  it('should move a column piece that continues a sentence to the article it belongs to', () => {
    const records = parseEn(
      [
        'Businesses fail to plan for HIV',
        'Companies fail to draw up plans to',
        'cope with the disease, coupled with anti-',
        '',
        'WORLD BANK CRITICISES PLAN',
        'By Paul Iredale',
        'LIMA (Reuters) - The World Bank said',
        'the plan would fail.',
        '',
        'retroviral therapy for employees',
        'progressing to Aids, the report said.',
      ].join('\n'),
    )
    const hiv = records.articles.find((a) => a.headline === 'Businesses fail to plan for HIV')
    expect(hiv?.paragraphs).toEqual([
      'Companies fail to draw up plans to cope with the disease, coupled with anti-retroviral therapy for employees progressing to Aids, the report said.',
    ])
    expect(records.articles.find((a) => a.headline === 'WORLD BANK CRITICISES PLAN')?.paragraphs).toEqual([
      'The World Bank said the plan would fail.',
    ])
  })
})

describe('en-paragraphs: the end of a line that is a paragraph', () => {
  it('is read from the end as the expressions read it', () => {
    const text = fc
      .array(fc.constantFrom(...'.!?:;"”’\')]…a_ \t\u00a0\u2028\ufeff,-\ud83d'), { maxLength: 8 })
      .map((a) => a.join(''))
    fc.assert(
      fc.property(text, (t) => {
        expect(endsLineParagraph(t), JSON.stringify(t)).toBe(
          LINE_PARAGRAPH_END.test(t.replace(/[\s_]+$/, '')),
        )
      }),
      { numRuns: 10_000 },
    )
  })
})
