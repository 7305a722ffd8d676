import { describe, expect, it } from 'vitest'
import { isTitleShaped } from '../../src/rules/en/headlines.js'
import { parseEn } from './parse.js'

const STORY_A = [
  'Noisy parties get a response',
  'By Val Jones, Staff Writer',
  'Noisy parties have kept neighbours awake on many',
  'nights this spring, the police said on Monday.',
  'Officers will now answer every call within the',
  'hour, and fines will rise for a second offence.',
]
const STORY_B = [
  'Hawk wins runoff race',
  'Dennis Hawk captured the presidency by more than',
  'a two-to-one margin over Stephanie Nelson on',
  'Thursday in an election with a large turnout.',
]
const page = (...blocks: string[][]) => blocks.map((b) => b.join('\n')).join('\n\n\n')

describe('story gaps (en-headlines, en-assemble)', () => {
  it('should read a line that ends with a closing quote after a word as title-shaped', () => {
    expect(isTitleShaped('Toxic waste site now “no problem”')).toBe(true)
    expect(isTitleShaped('He said the site was safe, “as far as we know.”')).toBe(false)
  })

  it('should give body text after two blank lines an article of its own, wherever the story is printed', () => {
    for (const text of [page(STORY_A, STORY_B.slice(1)), page(STORY_B.slice(1), STORY_A)]) {
      const articles = parseEn(text).articles
      expect(articles).toHaveLength(2)
      const headless = articles.find((a) => a.headline === null)
      expect(headless?.paragraphs.join(' ')).toMatch(/^Dennis Hawk captured/)
      const titled = articles.find((a) => a.headline !== null)
      expect(titled?.paragraphs.join(' ')).not.toMatch(/Dennis Hawk/)
    }
  })

  it('should keep a sentence that continues after a story gap with the story it belongs to', () => {
    const records = parseEn(page(STORY_A.slice(0, 3), ['on weekends, the police chief added.']))
    expect(records.articles).toHaveLength(1)
  })

  it('should take a title after a story gap as a title, and a title-shaped line before one as body', () => {
    const records = parseEn(page([...STORY_A, 'MORE ON PAGE THREE'], STORY_B))
    expect(records.articles.map((a) => a.headline)).toEqual([
      'Noisy parties get a response',
      'Hawk wins runoff race',
    ])
    expect(records.articles[0]?.paragraphs.join(' ')).toMatch(/MORE ON PAGE THREE$/)
  })

  it('should take a title the OCR cut to lower case as a title right above a byline', () => {
    const records = parseEn(
      page(STORY_B, ['over! O.J. freed', 'By Linda Deutsch, Associated Press', ...STORY_A.slice(2)]),
    )
    expect(records.articles.map((a) => a.headline)).toEqual(['Hawk wins runoff race', 'over! O.J. freed'])
  })
})

describe('en-assemble: decks the title rule could not take', () => {
  it('should make a few lines between the titles and the dateline of an old page a deck', () => {
    const records = parseEn(
      [
        'CHILD SHOOTS HIMSELF;',
        "DIDN'T KNOW HE WAS HURT",
        'Paul King of Washington Finds Gun',
        'on Street in Lexington, Ky.',
        'Ball Goes Through Him.',
        'Special Dispatch to The Star.',
        'LEXINGTON, Ky., September 30.?',
        'Shot through the body with a bullet',
        'from an automatic revolver, Paul',
        'King walked home before he knew.',
      ].join('\n'),
    )
    expect(records.articles).toHaveLength(1)
    expect(records.articles[0]?.deks).toEqual([
      'Paul King of Washington Finds Gun on Street in Lexington, Ky.',
      'Ball Goes Through Him.',
    ])
    expect(records.articles[0]?.bylines.map((b) => b.text)).toEqual(['Special Dispatch to The Star.'])
    expect(records.articles[0]?.dateline).toBe('LEXINGTON, Ky., September 30.')
  })
})
