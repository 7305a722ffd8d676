/**
 * Datelines, the formula alone: `WASHINGTON, Dec. 3.—`, `LONG BRANCH. N.
 * J.. September 30.`, `WINSTON-SALEM, N.C. (AP) —`, `BAHRAIN (Reuters) -`,
 * `PEKING, March 30 —`. The place in capitals opens a line, then the state
 * or country, the date and the agency in brackets, then a dash. The
 * dateline is cut from the start of the line into a `dateline` segment with
 * place, date and agency; the dash is dropped.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { enState, mark, previousContent, type Segment, splitSegment } from './segments.js'

/** The formula before the dash is at most this many characters. */
export const DATELINE_MAX_CHARS = 70

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[a-zA-Z]*\.?`
const DATE = new RegExp(String.raw`\b[A-Z]?${MONTH}\s*[\dSOIl]{1,2}\b\.?|\b${MONTH}\s+\w{1,3}\.?$`)
const AGENCY_IN_BRACKETS = /\(\s*(AP|UPI|Reuters|REUTERS|AFP|Xinhua|Bloomberg|[A-Z][\w .]{1,30})\s*\)/
/** A place in capitals (`WINSTON-SALEM`, `NEW YORK`, OCR'd `R1FRLTN`). */
const CAPS_PLACE = /^[A-Z][A-Z0-9'’.-]{2,}(?![a-z])(?:\s+[A-Z][A-Z0-9'’.-]*(?![a-z]))*/
/** A place in title case (`Washington`), only with a date after it. */
const TITLE_PLACE = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*/
/** The dash after the formula: em or en dash, one or two hyphens, or `?` where OCR lost an em dash. */
const SEPARATOR = /\s*(?:—|–|―|--?|\?)\s*/y
/** Tokens allowed between the place and the dash: capitalised words, abbreviations, numbers, brackets, stray marks. */
const FORMULA_TOKEN =
  /^(?:[A-Z][\w'’.-]*,?|\d{1,2}[.,]?|[SOIl]{1,2}\.?|\([^)]*\),?|[.,;:'"‘’`]+|\(\w+|\w*\),?)$/

export interface ParsedDateline {
  /** The formula as printed, without the dash. */
  text: string
  /** Length of the formula and its dash in the input line. */
  length: number
  place: string | null
  date: string | null
  agency: string | null
}

/** Parse a dateline at the start of a line; null when there is none. */
export function parseDateline(line: string): ParsedDateline | null {
  const caps = CAPS_PLACE.exec(line)
  const title = caps ? null : TITLE_PLACE.exec(line)
  const head = caps ?? title
  if (!head) return null
  // Find the dash that ends the formula.
  for (let i = head[0].length; i < Math.min(line.length, DATELINE_MAX_CHARS + 3); i++) {
    const c = line[i]!
    if (c !== '—' && c !== '–' && c !== '―' && c !== '-' && c !== '?') continue
    // A hyphen inside a word (`WINSTON-SALEM`) is not the separator.
    if (c === '-' && /\w/.test(line[i - 1] ?? '') && /\w/.test(line[i + 1] ?? '')) continue
    const formula = line.slice(0, i).trim()
    const rest = formula.slice(head[0].length)
    if (!tokensFit(rest)) return null
    const date = DATE.exec(formula)?.[0]?.trim() ?? null
    const agencyMatch = AGENCY_IN_BRACKETS.exec(formula)
    const agency = agencyMatch?.[1] ?? (/\bAP\b/.test(rest) ? 'AP' : null)
    if (title && !date) return null
    if (!caps && !agency && !date) return null
    SEPARATOR.lastIndex = i
    const sep = SEPARATOR.exec(line)
    const length = i + (sep ? sep[0].length : 1)
    const placeEnd = Math.min(
      ...[date ? formula.indexOf(date) : -1, agencyMatch ? agencyMatch.index : -1]
        .filter((n) => n >= 0)
        .concat(formula.length),
    )
    const place =
      formula
        .slice(0, placeEnd)
        .replace(/[\s,;:'"‘’`]+$/, '')
        .replace(/([A-Za-z]{3,})\.+$/, '$1')
        .replace(/\.{2,}$/, '.')
        .trim() || null
    return { text: formula.replace(/\s+/g, ' '), length, place, date, agency }
  }
  return null
}

function tokensFit(rest: string): boolean {
  const words = rest.split(/\s+/).filter(Boolean)
  if (words.length > 8) return false
  return words.every((w) => FORMULA_TOKEN.test(w))
}

const OPENS_ARTICLE = new Set(['headline', 'dek', 'byline', 'byline-role', 'kicker'])

export const datelines: Rule = {
  name: 'en-datelines',
  description:
    'A dateline formula opening a line (after a title or byline, or in capitals with a dash) is cut into a `dateline`.',
  run(page: PageContext) {
    const state = enState(page)
    // Where each segment now is: its place in the copy plus what splits before it added
    // (`indexOf` per segment is quadratic on pages of many lines).
    let shift = 0
    for (const [k, s] of [...state.segments].entries()) {
      if (s.role !== 'body') continue
      const i = k + shift
      const before0 = state.segments[i - 1]
      // A dateline opens a line, or follows a byline or a stray mark (noise) on the same line.
      const opensLine =
        s.start === s.line.contentStart ||
        (before0?.line === s.line && (before0.role === 'byline' || before0.kind === 'noise'))
      if (!opensLine) continue
      const parsed = parseDateline(s.text)
      if (!parsed) continue
      const before = previousContent(state.segments, i)
      const afterTitle = !before || OPENS_ARTICLE.has(before.role)
      // Away from a title, only the strong form: place in capitals with a date or agency.
      if (!afterTitle && !(CAPS_PLACE.test(s.text) && (parsed.date || parsed.agency))) continue
      const [head, tail] = splitSegment(state, s, parsed.length)
      shift += (head ? 1 : 0) + (tail ? 1 : 0) - 1
      const dateline: Segment | null = head
      if (!dateline) continue
      mark(dateline, 'dateline', this.name, afterTitle ? 0.8 : 0.6)
      // The span keeps the dash (so no character is left over); the text is the formula alone.
      dateline.text = parsed.text
      dateline.dateline = { place: parsed.place, date: parsed.date, agency: parsed.agency }
      if (tail) tail.paragraphStart = true
    }
  },
}
