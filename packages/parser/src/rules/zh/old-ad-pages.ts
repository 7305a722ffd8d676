/**
 * Rule: pages of old papers (晶報, 1920s-30s) made only of advertisements,
 * price boxes and the masthead. Ad copy reads like prose (`此藥自發明以來…`),
 * so the line rules make articles of it; but an ad page is thick with
 * prices, shop words and addresses (`大洋二元`, `每瓶`, `電話`, `公司`), ten
 * times thicker than any news page. On such a page every article and
 * figure becomes `ad` furniture. Runs after `zh-drafts`.
 */
import type { DraftFurniture, PageContext, Span } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'

/**
 * Words of ad copy: prices (`大洋`, `洋一元`, `二角`), sale units (`每瓶`),
 * trade words and contact lines. Traditional forms, as old papers print them.
 */
const AD_WORD =
  /大洋|洋[一二三四五六七八九十]|[一二三四五六七八九十百]+元|[一二三四五六七八九十]角|每[瓶盒罐磅]|電話|公司|藥|出售|價|寄售|經售|分售|發行所/gu
const HAN = /\p{Script=Han}/u

/** `HAN` of each BMP code point tested so far: 0 not yet, 1 Han, 2 not (punctuation is tested once, not per character). */
const HAN_OF_UNIT = new Uint8Array(0x10000)

/** Whether the code point is of the Han script: by range for the main blocks, by `HAN` for the rest. */
function isHan(code: number, text: string, i: number): boolean {
  if (code < 0x2e80) return false
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return true
  if (code > 0xffff) return HAN.test(text.slice(i, i + 2))
  if (HAN_OF_UNIT[code] === 0) HAN_OF_UNIT[code] = HAN.test(String.fromCharCode(code)) ? 1 : 2
  return HAN_OF_UNIT[code] === 1
}

/** Han characters in `text`, counted without building an array of them (a page can be megabytes). */
function countHan(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!
    if (isHan(code, text, i)) n++
    if (code > 0xffff) i++
  }
  return n
}

/**
 * Ad words per 1000 Han characters from which a page is ads only. Swept on
 * 晶報 001-007 (ad pages 31 and 46, news pages at most 9), checked on 008,
 * 009, 016-018 (ad page 51, news pages at most 13) and the reverse; modern
 * e-paper pages (seed, generated) stay under 3.
 */
export const AD_PAGE_MIN_WORDS_PER_1000 = 20
/** Pages with fewer Han characters are too short to judge. */
export const AD_PAGE_MIN_HAN = 200

/**
 * Ad words per 1000 Han characters of the lines, or 0 when they hold fewer
 * than `AD_PAGE_MIN_HAN` (line by line: no ad word spans a line break, and
 * the page is not joined into one more string).
 */
export function adWordDensity(lines: readonly string[]): number {
  let han = 0
  for (const line of lines) han += countHan(line)
  if (han < AD_PAGE_MIN_HAN) return 0
  let words = 0
  for (const line of lines) words += line.match(AD_WORD)?.length ?? 0
  return (words * 1000) / han
}

export const zhOldAdPages: Rule = {
  name: 'zh-old-ad-pages',
  description:
    'Pages thick with prices and shop words are ads only: their text becomes ad furniture, not articles.',
  run(page: PageContext) {
    if (adWordDensity(page.lines.map((l) => l.text)) < AD_PAGE_MIN_WORDS_PER_1000) return
    page.articles = []
    page.figures = []
    const covered: Span[] = page.furniture.flatMap((f) => f.spans)
    const isCovered = (s: number, e: number) => covered.some(([cs, ce]) => cs < e && s < ce)
    const ads: DraftFurniture[] = []
    for (const line of page.lines) {
      if (line.blank || isCovered(line.contentStart, line.contentEnd)) continue
      ads.push({
        kind: 'ad',
        text: line.trimmed,
        spans: [[line.contentStart, line.contentEnd]],
        rule: 'zh-old-ad-pages',
        confidence: 0.8,
      })
    }
    for (const ad of ads) page.furniture.push(ad)
  },
}
