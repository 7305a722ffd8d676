/**
 * Vocabulary of the page furniture printed around a masthead: price and
 * edition ears (`ONE CENT`, `PRICE TWO CENTS.`, `LAST EDITION`, `10 PAGES`),
 * volume and number lines (`VOL 19. NO. 159.`, `VOLUME XXXVI`), and the
 * headers of ears and boxes (`THE WEATHER FORECAST.`, `MARKETS`, `MAILS`)
 * with what may follow a weather header.
 */
import type { FurnitureKind } from '../../types.js'
import { capsShare } from './features.js'

/** An ear line is at most this many characters. */
export const EAR_LINE_MAX_CHARS = 60
/** An ear or box under its header holds at most this many lines. */
export const EAR_MAX_LINES = 8

const PRICE = /\bPRICE\b.{0,24}\bCENTS?\b|^\W*(?:ONE|TWO|THREE|FOUR|FIVE|TEN|\d{1,2})\s+CENTS?\b/i
const EDITION =
  /^\W*(?:(?:LAST|FINAL|HOME|NIGHT|EXTRA|CITY|SPORTING|EARLY|LATE|WEEKLY|SUNDAY|MORNING|EVENING|NOON|\d\s*O'CLOCK)\s+)+EDITION\W*$/i
const PAGES = /^\W*\d{1,2}\s+PAGES\W*$/i
const VOLUME =
  /^\W*(?:(?:Vo[lL1](?:ume)?|Voi(?=\.)|No|Number)\b\.{0,2},?\s*[^\s,]{1,12}[.,]?\s*)+$|^\W*\d{1,3}(?:st|nd|rd|th)\s+YEAR\W*$/i

/** A price ear in mixed case is at most this many characters (`Price 50 cents`); in capitals, an ear line. */
export const PRICE_MIXED_MAX_CHARS = 30
/** Share of capitals from which an ear line counts as set in capitals. */
const EAR_CAPS_SHARE = 0.75

/** Whether a line is a price, edition or page-count ear (`PRICE, 2 CENTS`, `LAST EDITION`, `10 PAGES`). */
export function isPriceLine(text: string): boolean {
  const short =
    text.length <= PRICE_MIXED_MAX_CHARS ||
    (text.length <= EAR_LINE_MAX_CHARS && capsShare(text) >= EAR_CAPS_SHARE)
  return short && (PRICE.test(text) || EDITION.test(text) || PAGES.test(text))
}

/** Whether a line is a volume and number line (`VOL 19. NO. 159.`, `VoL XXI.`, `66th YEAR`). */
export function isVolumeLine(text: string): boolean {
  return text.length <= EAR_LINE_MAX_CHARS && /\d|\b[IVXL]+\b/.test(text) && VOLUME.test(text)
}

const EAR_HEADERS: Array<[RegExp, FurnitureKind]> = [
  [/^\W*(?:THE\s+|The\s+)?(?:WEATH[A-Z]{1,4}|Weather)\b/, 'weather'],
  [/^\W*(?:THE\s+)?(?:MARKETS?|STOCKS|FINANCIAL)(?:\s+(?:REPORTS?|AT\s+A\s+GLANCE))?\W*$/i, 'table'],
  [/^\W*(?:THE\s+)?(?:MAILS|TIDES|SUN\s+AND\s+MOON)\W*$/i, 'notice'],
]

/** The kind of the ear or box a header line opens (`WEATHER` → `weather`, `MARKETS` → `table`), or null. */
export function earHeaderKind(text: string): FurnitureKind | null {
  if (text.length > EAR_LINE_MAX_CHARS) return null
  for (const [pattern, kind] of EAR_HEADERS) if (pattern.test(text)) return kind
  return null
}

const WEATHER_WORDS =
  /\b(?:fair|rain|snow|showers?|cloudy|clear|overcast|warmer|colder|cooler|winds?|temperatures?|to-?night|to-?morrow|to-?day|probabl[ey]|partly|unsettled|frost|humidity|forecast|weather)\b/i

/** Whether a line reads like a weather forecast (`Fair and warmer to-day; to-morrow`). */
export function isWeatherText(text: string): boolean {
  return text.length <= EAR_LINE_MAX_CHARS && WEATHER_WORDS.test(text)
}
