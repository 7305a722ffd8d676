/**
 * Language detection for a page: Han against Latin letters decides Chinese
 * against Latin script; for Chinese, characters that exist only in one of the
 * two scripts decide Simplified against Traditional; for Latin script, the
 * most frequent function words decide the language.
 */
import { countHan, countLatin } from '../util/chars.js'

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
  const han = countHan(text)
  const latin = countLatin(text)
  if (han + latin === 0) return 'und'
  if (han / (han + latin) >= HAN_SHARE_FOR_CHINESE) return chineseScript(text)
  return latinLanguage(text)
}

function chineseScript(text: string): string {
  let simplified = 0
  let traditional = 0
  for (const char of text) {
    if (SIMPLIFIED_ONLY.has(char)) simplified++
    else if (TRADITIONAL_ONLY.has(char)) traditional++
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans'
}

function latinLanguage(text: string): string {
  const counts = new Map<string, number>()
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  for (const word of sample.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [])
    counts.set(word, (counts.get(word) ?? 0) + 1)
  let best = 'en'
  let bestScore = 0
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    let score = 0
    for (const w of words) score += counts.get(w) ?? 0
    if (score > bestScore) {
      best = lang
      bestScore = score
    }
  }
  return best
}
