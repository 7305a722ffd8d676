/**
 * Input generators for the property tests: arbitrary text that looks like
 * the worst a PDF extractor or OCR engine can print, and realistic pages
 * built from the articles of the truth files in `../shared/corpus`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'

/** Line endings of every kind, and form feeds (a new page). */
const LINE_BREAKS = ['\n', '\r\n', '\r', '\f', '\n\n', '\r\n\r\n', '\f\n'] as const

const ASCII_WORD_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
const PUNCTUATION = '.,;:!?-—–()[]"\'“”‘’。，、；：！？（）《》「」【】…·□■◎●-'
const WHITESPACE = [' ', '  ', '\t', '\u3000', '\u00a0', '\u2003', '\v']
const HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龍門書報華廣東國際發經濟'
const RTL = 'שלוםעולםمرحبابالعالم'
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u20dd', '\u0e49', '\u302a']
const CONTROL = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u200e',
  '\u202e',
  '\ufeff',
]
/** Code points PDF extractors emit for ordinary ideographs (mapped by the pipeline). */
const RADICALS = ['\u2f00', '\u2f47', '\u2e9c', '\u2ea0', '\u2ec4', '\u2fd5']

const char = (chars: string) => fc.constantFrom(...Array.from(chars))

/** One unit of arbitrary text: a character of some script, a mark, a control, a lone surrogate. */
export const unit: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: char(ASCII_WORD_CHARS) },
  { weight: 8, arbitrary: char(HAN) },
  { weight: 4, arbitrary: fc.constantFrom(...WHITESPACE) },
  { weight: 3, arbitrary: char(PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...LINE_BREAKS) },
  { weight: 1, arbitrary: char(RTL) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 1, arbitrary: fc.constantFrom(...RADICALS) },
  // Lone surrogates: what a broken UTF-16 transcoder leaves behind.
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  // Anything at all, astral planes included.
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
)

/** Arbitrary text of up to `maxLength` units. */
export const anyText = (maxLength = 400) => fc.string({ unit, maxLength })

/** A word of one script, as a column of newsprint would hold it. */
const word = fc.oneof(
  fc.string({ unit: char(ASCII_WORD_CHARS), minLength: 1, maxLength: 12 }),
  fc.string({ unit: char(HAN), minLength: 1, maxLength: 8 }),
  fc.string({ unit, minLength: 1, maxLength: 4 }),
)

/** A line of words with odd spacing and an optional end mark (sentence end, hyphen). */
const line = fc
  .tuple(
    fc.constantFrom('', '', '  ', '\u3000\u3000', '\t'),
    fc.array(word, { minLength: 0, maxLength: 12 }),
    fc.constantFrom(' ', ' ', '  ', '', '\u3000'),
    fc.constantFrom('', '', '.', '。', '-', '”', ':', '——'),
  )
  .map(([indent, words, gap, end]) => indent + words.join(gap) + end)

/** Text made of lines, joined by mixed line endings (CRLF, CR, LF, form feeds). */
export const linedText = fc
  .array(fc.tuple(line, fc.constantFrom(...LINE_BREAKS, '\n', '\n', '\n')), { maxLength: 40 })
  .map((parts) => parts.map(([l, br]) => l + br).join(''))

/** Degenerate shapes: only blank lines, one very long line, a form feed storm. */
export const degenerateText = fc.oneof(
  fc
    .array(fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', '\u3000', '\f'), { maxLength: 300 })
    .map((a) => a.join('')),
  fc.tuple(word, fc.integer({ min: 200, max: 3000 })).map(([w, n]) => `${w} `.repeat(n)),
  fc.tuple(line, fc.integer({ min: 1, max: 50 })).map(([l, n]) => `${l}\n`.repeat(n)),
)

const SHARED = new URL('../../../../../shared/', import.meta.url)
const sharedPath = (...parts: string[]) => join(SHARED.pathname, ...parts)

/** Page texts of the corpus (used in place: some have no licence to copy). */
export function corpusPages(set: string): string[] {
  const dir = sharedPath('corpus', set)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
}

/** Slices of real pages, cut anywhere (mid-line, mid-word, mid-surrogate pair). */
export function corpusSlices(pages: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat({ max: pages.length - 1 }), fc.nat(), fc.integer({ min: 0, max: 4000 }))
    .map(([index, start, length]) => {
      const page = pages[index]!
      const from = start % Math.max(1, page.length)
      return page.slice(from, from + length)
    })
}

/** An article of a truth file: what a page would print for it. */
export interface GoldArticle {
  headline: string | null
  bylines: Array<{ text: string }>
  paragraphs: string[]
}

/** Articles of the truth files of a corpus set that have a headline and a body. */
export function goldArticles(set: string): { lang: string; articles: GoldArticle[] } {
  const dir = sharedPath('corpus', set)
  const articles: GoldArticle[] = []
  let lang = 'en'
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.gold.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { lang?: string; articles?: GoldArticle[] }
    lang = gold.lang ?? lang
    for (const a of gold.articles ?? []) {
      if (a.headline && a.paragraphs.length > 0) articles.push(a)
    }
  }
  return { lang, articles }
}
