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

const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
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
 * string: no count runs across a line break.
 */
export function detectLanguageOfLines(lines: readonly string[]): string {
  let han = 0
  let latin = 0
  let length = lines.length - 1
  for (const line of lines) {
    const counts = scriptCounts(line)
    han += counts.han
    latin += counts.latin
    length += line.length
  }
  if (han + latin === 0) return 'und'
  if (han / (han + latin) >= HAN_SHARE_FOR_CHINESE) return chineseScriptOfLines(lines)
  // Only the sample's words count: past its length, cut the joined text.
  if (length > LATIN_SAMPLE) return latinLanguage([lines.join('\n').slice(0, LATIN_SAMPLE)])
  return latinLanguage(lines)
}

/**
 * Han characters and Latin letters in one pass over the code units (the
 * classes of `HAN` and `countLatin` in `util/chars.ts`), without building
 * arrays of matches: this runs on every page.
 */
function scriptCounts(text: string): { han: number; latin: number } {
  let han = 0
  let latin = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++
    } else if (c >= 0xc0 && c <= 0x24f) latin++
    else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff))
      han++
    else if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!
      if (cp >= 0x20000 && cp <= 0x3134f) han++
      if (cp > 0xffff) i++
    }
  }
  return { han, latin }
}

/** Script of each BMP code unit: 1 only Simplified, 2 only Traditional (a table: this runs over every page). */
const SCRIPT_OF_UNIT = new Uint8Array(0x10000)
for (const char of SIMPLIFIED_ONLY) SCRIPT_OF_UNIT[char.charCodeAt(0)] = 1
for (const char of TRADITIONAL_ONLY) SCRIPT_OF_UNIT[char.charCodeAt(0)] = 2

/** `zh-Hant` when a text has more Traditional-only than Simplified-only characters, else `zh-Hans`. */
export function chineseScript(text: string): string {
  return chineseScriptOfLines([text])
}

/** `chineseScript` of lines (counts do not run across lines: the page is not joined). */
function chineseScriptOfLines(lines: readonly string[]): string {
  let simplified = 0
  let traditional = 0
  // Code units, not code points: every listed character is in the BMP, and surrogates are in neither list.
  for (const text of lines) {
    for (let i = 0; i < text.length; i++) {
      const script = SCRIPT_OF_UNIT[text.charCodeAt(i)]
      if (script === 1) simplified++
      else if (script === 2) traditional++
    }
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans'
}

/**
 * A short word of `[a-zà-ÿ]` as a number: its code units as digits of base
 * 256 (five fit exactly in a double), so words are looked up without being
 * cut out of the text.
 */
function wordKey(text: string, from: number, to: number): number {
  let key = 0
  for (let i = from; i < to; i++) key = key * 256 + text.charCodeAt(i)
  return key
}

/** Languages each function word counts for (a word such as `la` counts for several), by `wordKey`. */
const LANGUAGES_OF_WORD = new Map<number, string[]>()
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) {
    const key = wordKey(w, 0, w.length)
    LANGUAGES_OF_WORD.set(key, [...(LANGUAGES_OF_WORD.get(key) ?? []), lang])
  }
}
/** Longest function word: longer words are skipped without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(
  ...Object.values(FUNCTION_WORDS).flatMap((ws) => ws.map((w) => w.length)),
)
/** Characters of a page sampled for the function-word count. */
const LATIN_SAMPLE = 200_000

/** Whether a code unit of lower-cased text is a letter of a word (`[a-zà-ÿ]`). */
const isWordUnit = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0xff)

/** The most frequent language of function words in `samples` (at most `LATIN_SAMPLE` characters, joined). */
function latinLanguage(samples: readonly string[]): string {
  const scores = new Map<string, number>()
  for (const text of samples) {
    const sample = text.toLowerCase()
    // One pass over the words; only words short enough to be function words are looked up.
    let start = -1
    for (let i = 0; i <= sample.length; i++) {
      const inWord = i < sample.length && isWordUnit(sample.charCodeAt(i))
      if (inWord && start < 0) start = i
      else if (!inWord && start >= 0) {
        if (i - start <= LONGEST_FUNCTION_WORD) {
          for (const lang of LANGUAGES_OF_WORD.get(wordKey(sample, start, i)) ?? []) {
            scores.set(lang, (scores.get(lang) ?? 0) + 1)
          }
        }
        start = -1
      }
    }
  }
  let best = 'en'
  let bestScore = 0
  for (const lang of Object.keys(FUNCTION_WORDS)) {
    const score = scores.get(lang) ?? 0
    if (score > bestScore) {
      best = lang
      bestScore = score
    }
  }
  return best
}
