/**
 * Properties of the rules, on pages built from the articles of the truth
 * files (headline, byline, body wrapped to a newspaper column):
 *
 * - adding a blank line after every line of a page does not change its
 *   articles (extractors such as MuPDF print pages that way);
 * - swapping two independent articles' blocks does not change what each
 *   article contains.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromText, type RecordArticle, toRecords } from '../../src/index.js'
import { type GoldArticle, goldArticles } from './arbitraries.js'

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60)
/** Seed of the swap property while it is a known failure (see below). */
const KNOWN_FAILURE_SEED = 20261129

/** Column widths in characters, as printed by extractors: Chinese columns are narrow, English ones wider. */
const COLUMN = { zh: { min: 12, max: 22 }, en: { min: 28, max: 60 } } as const

interface Lang {
  lang: 'zh' | 'en'
  articles: GoldArticle[]
}

const sets: Lang[] = [
  { lang: 'zh', articles: goldArticles('zh').articles },
  { lang: 'en', articles: goldArticles('en').articles },
]

/** Wrap a paragraph into column lines (Chinese by characters, English by words). */
function wrap(text: string, width: number, lang: 'zh' | 'en'): string[] {
  const lines: string[] = []
  if (lang === 'zh') {
    const chars = Array.from(text.replace(/\s+/g, ''))
    for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''))
    return lines
  }
  let current = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  if (current) lines.push(current)
  return lines
}

/** The lines an article block prints: headline, bylines, then its body in a column. */
function articleBlock(article: GoldArticle, width: number, lang: 'zh' | 'en'): string[] {
  const lines = [article.headline ?? '']
  for (const b of article.bylines) lines.push(b.text)
  for (const p of article.paragraphs) {
    const wrapped = wrap(p, width, lang)
    // Chinese paragraphs open with a two-character indent.
    if (lang === 'zh' && wrapped[0]) wrapped[0] = `\u3000\u3000${wrapped[0]}`
    lines.push(...wrapped)
  }
  return lines
}

/** A page: several article blocks, separated by blank lines. */
const page = (set: Lang) =>
  fc
    .tuple(
      fc.uniqueArray(fc.nat({ max: set.articles.length - 1 }), { minLength: 2, maxLength: 5 }),
      fc.integer(COLUMN[set.lang]),
    )
    .map(([picks, width]) => picks.map((i) => articleBlock(set.articles[i]!, width, set.lang)))

const render = (blocks: string[][]) => blocks.map((b) => b.join('\n')).join('\n\n\n')

/** What an article contains, without where it was found. */
function contents(a: RecordArticle): Omit<RecordArticle, 'lines' | 'confidence'> {
  const { lines: _lines, confidence: _confidence, ...rest } = a
  return rest
}

const articlesOf = (text: string, lang: string) => toRecords(fromText(text, { lang })).articles.map(contents)

describe.each(sets)('rules ($lang)', ({ lang, articles }) => {
  it('should have truth articles to build pages from', () => {
    expect(articles.length).toBeGreaterThan(5)
  })

  it('should find the same articles after a blank line is added after every line', () => {
    fc.assert(
      fc.property(page({ lang, articles }), (blocks) => {
        const text = render(blocks)
        const spaced = text.replace(/\n/g, '\n\n')
        expect(articlesOf(spaced, lang)).toEqual(articlesOf(text, lang))
      }),
      { numRuns: RUNS },
    )
  })

  /** Swapping two blocks of a page leaves the set of articles as it was. */
  const swapProperty = (seed?: number) =>
    fc.assert(
      fc.property(page({ lang, articles }), fc.nat(), fc.nat(), (blocks, x, y) => {
        const i = x % blocks.length
        const j = y % blocks.length
        const swapped = blocks.slice()
        ;[swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!]
        const key = (a: unknown) => JSON.stringify(a)
        const before = articlesOf(render(blocks), lang).map(key).sort()
        const after = articlesOf(render(swapped), lang).map(key).sort()
        expect(after).toEqual(before)
      }),
      seed === undefined ? { numRuns: RUNS } : { numRuns: RUNS, seed },
    )

  if (lang === 'en') {
    it('should keep what each article contains when two independent articles swap places', () =>
      swapProperty())
  } else {
    // Known failure of the Chinese rules (2026-11-29): with the same blocks in
    // another order, zh pairs one block's headline with the other's body
    // (titles/articles), so articles change. Fixed seed: the expected failure
    // does not depend on luck. Remove `.fails` when the rules are fixed.
    it.fails('should keep what each article contains when two independent articles swap places (known rule failure, see comment)', () =>
      swapProperty(KNOWN_FAILURE_SEED))
  }
})
