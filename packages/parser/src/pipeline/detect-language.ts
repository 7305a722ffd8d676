/**
 * Language detection for a page: Han against Latin letters decides Chinese
 * against Latin script; for Chinese, characters that exist only in one of the
 * two scripts decide Simplified against Traditional; for Latin script, the
 * most frequent function words decide the language.
 */

/** Share of Han characters among Han + Latin letters above which a page is Chinese. */
export const HAN_SHARE_FOR_CHINESE = 0.3

/** Characters written differently in the two scripts (Simplified form, Traditional form). */
const SIMPLIFIED_ONLY = new Set(
  '们这个国来时说对会发后过还与为点东车长门见问关闻开间报记华业区县电经济产资务动实现进员书乐',
)
const TRADITIONAL_ONLY = new Set(
  '們這個國來時說對會發後過還與為點東車長門見問關聞開間報記華業區縣電經濟產資務動實現進員書樂',
)

/** The most frequent words of each Latin-script language the parser tells apart. */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'he', 'it'],
  it: ['il', 'di', 'che', 'la', 'per', 'non', 'del', 'della', 'una', 'sono', 'gli', 'le'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'que', 'dans', 'pour', 'qui'],
  de: ['der', 'die', 'und', 'das', 'den', 'nicht', 'ist', 'von', 'mit', 'sich', 'auch', 'ein'],
  es: ['el', 'los', 'las', 'del', 'que', 'por', 'una', 'con', 'para', 'es', 'se', 'y'],
}

/** Detect the language of a text: `zh-Hans`, `zh-Hant`, `en`, `it`, `fr`, `de`, `es`, or `und`. */
export function detectLanguage(text: string): string {
  return detectLanguageOfLines([text])
}

/**
 * `detectLanguage(lines.join('\n'))`, without joining the page into one
 * string: no count runs across a line break. One pass over the code units
 * counts the scripts and, in the first `LATIN_SAMPLE` characters of the
 * joined text, the function words (needed only for a Latin-script page;
 * counted on the way rather than read again).
 */
export function detectLanguageOfLines(lines: readonly string[]): string {
  return detectLanguageOfRanges(
    lines,
    lines.map((line) => ({ start: 0, end: line.length })),
  )
}

/** A stretch `[start, end)` of a text. */
export interface TextRange {
  start: number
  end: number
}

/**
 * `detectLanguageOfLines` of the lines `text.slice(range.start, range.end)`,
 * read in place. `text`: one string for all ranges, or one per range. A
 * page's lines are read in the input itself rather than through their own
 * strings: a line string is a slice of the input, and each character read
 * through a slice costs about half as much again.
 */
export function detectLanguageOfRanges(
  text: string | readonly string[],
  ranges: readonly TextRange[],
): string {
  let han = 0
  let latin = 0
  const scores = new Int32Array(LANGUAGES.length)
  // Offset of the line in the joined text: the sample is its first `LATIN_SAMPLE` characters.
  let offset = 0
  for (let r = 0; r < ranges.length; r++) {
    const line = typeof text === 'string' ? text : text[r]!
    const { start, end } = ranges[r]!
    const sampled = start + Math.max(0, Math.min(end - start, LATIN_SAMPLE - offset))
    offset += end - start + 1
    let wordStart = -1
    for (let i = start; i < end; i++) {
      const c = line.charCodeAt(i)
      if (i < sampled) {
        if (lowerWordUnit(c) >= 0) {
          if (wordStart < 0) wordStart = i
        } else if (c === 0x130) {
          // `İ` lower-cases to `i` and a combining dot: the `i` ends the word it is in.
          countWord(line, wordStart < 0 ? i : wordStart, i + 1, scores)
          wordStart = -1
        } else if (wordStart >= 0) {
          countWord(line, wordStart, i, scores)
          wordStart = -1
        }
      }
      if (c < 0x80) {
        if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++
      } else if (c >= 0xc0 && c <= 0x24f) latin++
      else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff))
        han++
      else if (c >= 0xd800 && c <= 0xdbff) {
        // A surrogate pair split by the range's end is no pair (as in the line's own string).
        const cp = i + 1 < end ? line.codePointAt(i)! : c
        if (cp >= 0x20000 && cp <= 0x3134f) han++
        // The high surrogate ended any word; the low one is no word unit either.
        if (cp > 0xffff) i++
      }
    }
    // A line break (or the cut of the sample) ends a word.
    if (wordStart >= 0) countWord(line, wordStart, sampled, scores)
  }
  if (han + latin === 0) return 'und'
  if (han / (han + latin) >= HAN_SHARE_FOR_CHINESE) return chineseScriptOfRanges(text, ranges)
  // The most frequent language of function words (`en` when none).
  let best = 0
  for (let k = 1; k < LANGUAGES.length; k++) if (scores[k]! > scores[best]!) best = k
  return LANGUAGES[best]!
}

/** Script of each BMP code unit: 1 only Simplified, 2 only Traditional (a table: this runs over every page). */
const SCRIPT_OF_UNIT = new Uint8Array(0x10000)
for (const char of SIMPLIFIED_ONLY) SCRIPT_OF_UNIT[char.charCodeAt(0)] = 1
for (const char of TRADITIONAL_ONLY) SCRIPT_OF_UNIT[char.charCodeAt(0)] = 2

/** `zh-Hant` when a text has more Traditional-only than Simplified-only characters, else `zh-Hans`. */
export function chineseScript(text: string): string {
  return chineseScriptOfRanges(text, [{ start: 0, end: text.length }])
}

/** `chineseScript` of ranges of a text (or of one text per range), as `detectLanguageOfRanges` reads them. */
function chineseScriptOfRanges(text: string | readonly string[], ranges: readonly TextRange[]): string {
  let simplified = 0
  let traditional = 0
  // Code units, not code points: every listed character is in the BMP, and surrogates are in neither list.
  for (let r = 0; r < ranges.length; r++) {
    const line = typeof text === 'string' ? text : text[r]!
    const { start, end } = ranges[r]!
    for (let i = start; i < end; i++) {
      const script = SCRIPT_OF_UNIT[line.charCodeAt(i)]
      if (script === 1) simplified++
      else if (script === 2) traditional++
    }
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans'
}

/** Languages of the function words, `en` first (it wins when no word is found, and ties). */
const LANGUAGES = Object.keys(FUNCTION_WORDS)

/**
 * A key for a word of lower-case letters `a`–`z` (every function word is
 * one): five bits a letter, so a word of up to six letters is a small
 * integer, which a `Map` hashes without a boxed number; -1 for a word with
 * any other unit (it is no function word).
 */
function letterKey(key: number, unit: number): number {
  return key < 0 || unit < 0x61 || unit > 0x7a ? -1 : key * 32 + (unit - 0x60)
}

/** `letterKey` of a whole word `text[from, to)`, its units as they are. */
function wordKey(text: string, from: number, to: number): number {
  let key = 0
  for (let i = from; i < to; i++) key = letterKey(key, text.charCodeAt(i))
  return key
}

/** Indexes in `LANGUAGES` of the languages each function word counts for (`la` counts for several), by `wordKey`. */
const LANGUAGES_OF_WORD = new Map<number, number[]>()
LANGUAGES.forEach((lang, index) => {
  for (const w of FUNCTION_WORDS[lang]!) {
    const key = wordKey(w, 0, w.length)
    LANGUAGES_OF_WORD.set(key, [...(LANGUAGES_OF_WORD.get(key) ?? []), index])
  }
})
/** Longest function word: longer words are skipped without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(
  ...Object.values(FUNCTION_WORDS).flatMap((ws) => ws.map((w) => w.length)),
)
/** Characters of a page sampled for the function-word count. */
const LATIN_SAMPLE = 200_000

/**
 * A code unit lower-cased as `toLowerCase` does, when the result is a letter
 * of a word (`[a-zà-ÿ]`), else -1: words are counted without lower-casing
 * copies of the lines. The units that lower-case into a word letter are
 * `A-Z`, `À-Þ` but `×`, `Ÿ`, the Kelvin sign and the Ångström sign (`İ`,
 * which becomes `i` and a combining dot, is handled by the caller).
 */
function lowerWordUnit(c: number): number {
  if (c < 0x100) {
    if ((c >= 0x61 && c <= 0x7a) || c >= 0xe0) return c
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return c + 0x20
    return -1
  }
  if (c === 0x178) return 0xff
  if (c === 0x212a) return 0x6b
  if (c === 0x212b) return 0xe5
  return -1
}

/** Count the word `text[from, to)` (its units lower-cased by `lowerWordUnit`, `İ` as `i`) if it is a function word. */
function countWord(text: string, from: number, to: number, scores: Int32Array): void {
  if (to - from > LONGEST_FUNCTION_WORD) return
  let key = 0
  for (let i = from; i < to && key >= 0; i++) {
    const c = text.charCodeAt(i)
    key = letterKey(key, c === 0x130 ? 0x69 : lowerWordUnit(c))
  }
  if (key < 0) return
  const langs = LANGUAGES_OF_WORD.get(key)
  if (langs) for (const k of langs) scores[k]!++
}
