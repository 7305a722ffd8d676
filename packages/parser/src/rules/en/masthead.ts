/**
 * The top of a page: masthead and running head (paper name, date, volume
 * and number), price and edition ears, weather and market ears, folio and
 * section label. The zone ends at the last line near the top that carries
 * a dated masthead formula; everything up to it is furniture, each ear
 * under its header (`WEATHER`, `MARKETS`, `MAILS`) of its own kind. Old
 * (flat) pages print garbage, ears and subscription boxes above the dated
 * line, so there a formula further down counts too when it reads like one
 * (no word of running prose in it). A date that continues the sentence of
 * the line above is running text, not a masthead. Price, edition and
 * volume lines right under the formula, and price ears anywhere near the
 * top, are masthead too. A short
 * capitalised label at the very top (`NATION`, `ARTS & CULTURE`) is the
 * page's section.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { FurnitureKind } from '../../types.js'
import type { Rule } from '../rule.js'
import {
  EAR_LINE_MAX_CHARS,
  EAR_MAX_LINES,
  earHeaderKind,
  isPriceLine,
  isVolumeLine,
  isWeatherText,
} from './ears.js'
import { capsShare, endsOpen, endsSentence, letterCount, tokenCount, tokens } from './features.js'
import { isCapsLine, isTitleCase } from './headlines.js'
import { isNoiseLine } from './ocr-noise.js'
import { enLayout } from './page-layout.js'
import { enState, mark, type Segment } from './segments.js'

/** How many segments from the top of a page the masthead may reach. */
export const MASTHEAD_ZONE_SEGMENTS = 12
/** How far down (segments) a masthead formula that reads like one may sit on a flat (old OCR) page, under garbage and boxes. */
export const MASTHEAD_FAR_ZONE_SEGMENTS = 40
/** …unless more than this share of the lines above it read as running prose (a story's date line, `As of July 1, 1988, the`). */
export const FAR_PROSE_MAX_SHARE = 0.5
/** Lines right under the formula that may still be masthead (price, volume, paper name, folio). */
export const MASTHEAD_TAIL_LINES = 3
/** How many segments from the top (after masthead lines) a section label may sit. */
export const SECTION_ZONE_SEGMENTS = 8
/** A section label is at most this many characters. */
export const SECTION_MAX_CHARS = 24
/** Share of capitals a section label needs. */
export const SECTION_MIN_CAPS = 0.9

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day'
/** A year, also as OCR prints it (`L916`, `191G`). */
const YEAR = String.raw`(?:[1lIL][6-9]\d[\dGIlO]|20\d\d)`
/** A dated masthead or running head: a year with a month or weekday, or a volume/number formula. */
const MASTHEAD_FORMULA = new RegExp(
  String.raw`\b${MONTH}\s*\d{1,2}\W?,?\s*${YEAR}\b|\b${WEEKDAY}\b.*\b${YEAR}\b|\bVo(?:lume|l\b|i\.)\.?\s*\W?[\dLXVI]+|\bNo\.\s*\d[\d,]*\b.*\b${YEAR}\b`,
  'i',
)
/** A date line whose year the OCR garbled (`HED CLOUD, X RISK ASK A. MAY 11, UHIl`): month and day. */
const GARBLED_DATE = new RegExp(String.raw`\b${MONTH}\s*\d{1,2}\b`, 'i')
/** A word of running prose: all lower case, four letters or more (`until`, `continued`). */
const PROSE_WORD = /(?:^|[^A-Za-z])[a-z]{4,}(?![A-Za-z])/
/** A folio: `16`, `Page 6`, `A2`. */
const FOLIO = /^(?:Page\s+|PAGE\s+)?[A-Z]?\d{1,3}$/
/** A paper's name: `The Evening Courier`, `THE DAILY RECORD`, `Mustang Daily`. */
const PAPER_NAME =
  /^(?:The|THE)\s+\S+(?:\s+\S+){0,3}$|^\S+\s+(?:Daily|DAILY|Times|TIMES|Star|STAR|News|NEWS|Herald|HERALD|Tribune|TRIBUNE)$/

/** Whether a line is a dated masthead or running-head formula. */
export function isMastheadFormula(text: string): boolean {
  return text.length <= 160 && MASTHEAD_FORMULA.test(text)
}

/** Whether a line looks like a section label (`NATION`, `ARTS & CULTURE`). */
export function isSectionLabel(text: string): boolean {
  const words = tokens(text).filter((t) => t !== '&')
  return (
    words.length > 0 &&
    words.length <= 2 &&
    text.length <= SECTION_MAX_CHARS &&
    letterCount(text) >= 3 &&
    !/[\d.,:;!?]/.test(text) &&
    capsShare(text) >= SECTION_MIN_CAPS &&
    !endsSentence(text)
  )
}

/**
 * Whether a line goes on the ear opened by a header: short, within the ear's length, and for a
 * weather ear a forecast or the rest of a sentence the line before left open.
 */
export function continuesEar(kind: FurnitureKind, lines: number, s: Segment, before: Segment): boolean {
  if (lines >= EAR_MAX_LINES || s.text.length > EAR_LINE_MAX_CHARS) return false
  if (isMastheadFormula(s.text) || isPriceLine(s.text) || isVolumeLine(s.text)) return false
  if (kind === 'weather') return isWeatherText(s.text) || !endsSentence(before.text)
  return true
}

/** Words a line needs to be running prose rather than a nameplate or motto. */
const PROSE_MIN_WORDS = 3

/**
 * Whether a dated line continues the running prose of the line before it (`law shall be continued from` /
 * `October 22 next until May 22, 1922`): the line before is body text in sentence case, not in capitals
 * nor title case like a nameplate or motto (`An Adless Newspaper, Daily Except Sunday`), and breaks off.
 */
export function continuesProse(before: Segment | undefined): boolean {
  if (!before || before.role !== 'body') return false
  const text = before.text
  return (
    tokens(text).length >= PROSE_MIN_WORDS && /[a-z]$/.test(text) && !isCapsLine(text) && !isTitleCase(text)
  )
}

export const masthead: Rule = {
  name: 'en-masthead',
  description: 'Masthead, running head, folio and section label at the top of a page become furniture.',
  run(page: PageContext) {
    const segments = enState(page).segments
    const flat = enLayout(page).flat
    const zone = segments.slice(0, MASTHEAD_FAR_ZONE_SEGMENTS)
    let last = -1
    // Lines above each segment that read as running prose: a far formula does not sit under a story.
    let proseAbove = 0
    zone.forEach((s, i) => {
      if (s.role !== 'furniture' && isMastheadFormula(s.text) && !continuesProse(zone[i - 1])) {
        const far = flat && !PROSE_WORD.test(s.text) && proseAbove <= i * FAR_PROSE_MAX_SHARE
        if (i < MASTHEAD_ZONE_SEGMENTS || far) last = i
      }
      if (PROSE_WORD.test(s.text)) proseAbove++
    })
    const take = (s: Segment, kind: FurnitureKind, confidence: number) => {
      if (s.role === 'body') mark(s, 'furniture', this.name, confidence, kind)
    }
    // Everything above the formula; an ear's lines under its header take the ear's kind.
    let ear: { kind: FurnitureKind; lines: number } | null = null
    for (let i = 0; i <= last; i++) {
      const s = zone[i]!
      const header = earHeaderKind(s.text)
      if (header) ear = { kind: header, lines: 0 }
      else if (ear && !continuesEar(ear.kind, ear.lines, s, zone[i - 1]!)) ear = null
      else if (ear) ear.lines++
      if (FOLIO.test(s.text)) take(s, 'folio', 0.8)
      else if (s.text.includes('|') || i === last) take(s, 'running-head', 0.8)
      else if (ear) take(s, ear.kind, 0.7)
      else if (isSectionLabel(s.text) && !flat && !isPriceLine(s.text)) continue
      else take(s, 'masthead', 0.7)
    }
    // Folios, price and volume lines and the paper's name right after the formula.
    let i = last + 1
    for (; i < zone.length && i <= last + MASTHEAD_TAIL_LINES; i++) {
      const s = zone[i]!
      // Noise between the formula and the price ear does not end the masthead.
      if (s.role !== 'body' || isNoiseLine(s.text)) continue
      if (FOLIO.test(s.text)) take(s, 'folio', 0.8)
      else if (last >= 0 && isCapsLine(s.text) && GARBLED_DATE.test(s.text)) take(s, 'masthead', 0.6)
      else if (last >= 0 && (isPriceLine(s.text) || isVolumeLine(s.text))) take(s, 'masthead', 0.7)
      else if (last >= 0 && PAPER_NAME.test(s.text) && !isSectionLabel(s.text)) take(s, 'masthead', 0.6)
      else if (last >= 0 && /^THE\s/.test(s.text) && capsShare(s.text) > SECTION_MIN_CAPS)
        take(s, 'masthead', 0.6)
      else break
    }
    // Price and edition ears anywhere near the top (`ONE CENT`, `LAST EDITION`).
    for (const s of segments.slice(0, Math.max(MASTHEAD_ZONE_SEGMENTS, last + MASTHEAD_TAIL_LINES + 1)))
      if (isPriceLine(s.text)) take(s, 'masthead', 0.7)
    // The section label: the first short capitalised label near the top, not the first line of a stack.
    if (enLayout(page).flat) return
    let seen = 0
    for (const s of segments) {
      if (s.role === 'furniture') continue
      if (s.role !== 'body' || seen++ >= SECTION_ZONE_SEGMENTS) break
      const after = segments[segments.indexOf(s) + 1]
      const stacked =
        tokenCount(s.text) >= 2 &&
        !s.text.includes('&') &&
        after !== undefined &&
        isCapsLine(after.text) &&
        tokenCount(after.text) >= 2
      if (isSectionLabel(s.text) && !stacked && !endsOpen(s.text)) {
        mark(s, 'furniture', this.name, 0.7, 'section')
        return
      }
      break
    }
  },
}
