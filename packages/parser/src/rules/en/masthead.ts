/**
 * The top of a page: masthead and running head (paper name, date, volume
 * and number), folio and section label. The zone ends at the last line
 * near the top that carries a dated masthead formula; everything up to it
 * is furniture. A short capitalised label at the very top (`NATION`,
 * `ARTS & CULTURE`) is the page's section.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { capsShare, endsOpen, endsSentence, letterCount, tokenCount, tokens } from './features.js'
import { isCapsLine } from './headlines.js'
import { enLayout } from './page-layout.js'
import { enState, mark, type Segment } from './segments.js'

/** How many segments from the top of a page the masthead may reach. */
export const MASTHEAD_ZONE_SEGMENTS = 12
/** How many segments from the top (after masthead lines) a section label may sit. */
export const SECTION_ZONE_SEGMENTS = 8
/** A section label is at most this many characters. */
export const SECTION_MAX_CHARS = 24
/** Share of capitals a section label needs. */
export const SECTION_MIN_CAPS = 0.9

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day'
/** A dated masthead or running head: a year with a month or weekday, or a volume/number formula. */
const MASTHEAD_FORMULA = new RegExp(
  String.raw`\b${MONTH}\s*\d{1,2},?\s*(?:1[6-9]\d\d|20\d\d)|\b${WEEKDAY}\b.*\b(?:1[6-9]\d\d|20\d\d)\b|\bVol(?:ume|\.)\s*[\dLXVI]+|\bNo\.\s*\d[\d,]*\b.*\b(?:1[6-9]\d\d|20\d\d)\b`,
  'i',
)
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

export const masthead: Rule = {
  name: 'en-masthead',
  description: 'Masthead, running head, folio and section label at the top of a page become furniture.',
  run(page: PageContext) {
    const segments = enState(page).segments
    const zone = segments.slice(0, MASTHEAD_ZONE_SEGMENTS)
    let last = -1
    zone.forEach((s, i) => {
      if (s.role !== 'furniture' && isMastheadFormula(s.text)) last = i
    })
    const take = (s: Segment, kind: string, confidence: number) => {
      if (s.role === 'body') mark(s, 'furniture', this.name, confidence, kind)
    }
    for (let i = 0; i <= last; i++) {
      const s = zone[i]!
      if (FOLIO.test(s.text)) take(s, 'folio', 0.8)
      else if (s.text.includes('|') || i === last) take(s, 'running-head', 0.8)
      else if (isSectionLabel(s.text)) continue
      else take(s, 'masthead', 0.7)
    }
    // Folios and the paper's name right after the formula.
    let i = last + 1
    for (; i < zone.length && i <= last + 2; i++) {
      const s = zone[i]!
      if (FOLIO.test(s.text)) take(s, 'folio', 0.8)
      else if (last >= 0 && PAPER_NAME.test(s.text) && !isSectionLabel(s.text)) take(s, 'masthead', 0.6)
      else if (last >= 0 && /^THE\s/.test(s.text) && capsShare(s.text) > SECTION_MIN_CAPS)
        take(s, 'masthead', 0.6)
      else break
    }
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
