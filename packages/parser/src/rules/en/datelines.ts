/**
 * Datelines, the formula alone: `WASHINGTON, Dec. 3.—`, `LONG BRANCH. N.
 * J.. September 30.`, `WINSTON-SALEM, N.C. (AP) —`, `BAHRAIN (Reuters) -`,
 * `PEKING, March 30 —`. The place in capitals opens a line, then the state
 * or country, the date and the agency in brackets, then a dash. The
 * dateline is cut from the start of the line into a `dateline` segment with
 * place, date and agency; the dash is dropped. Old OCR loses the dash
 * (`OKLAHOMA CITY, Dec. 9.` + text: the formula then ends at its day) and
 * breaks the formula over two lines (`BATTLE CREEK, Mich., September` /
 * `30.?Speaking…`, or the dash opening the next line): the piece on the
 * next line joins the dateline.
 */
import { isSpaceCode } from '../../pipeline/lines.js'
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { tokenCount, tokenEnd, tokenStart } from './features.js'
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
export const FORMULA_TOKEN =
  /^(?:[A-Z][\w'’.-]*[,;]?|\d{1,2}[.,]?|[SOIl]{1,2}\.?|\([^)]*\),?|[.,;:'"‘’`]+|\(\w+|\w*\),?)$/
/**
 * A formula whose dash the OCR lost: a place in capitals, then a date with its day in figures (or lost:
 * `WASHINGTON. Dec. . As a re…`), then the end of the line or text that opens with a capital
 * (`CHICAGO. Ill; Oct. 6. President`). The month is in
 * title case or set off by a comma, and no year follows: `SCHEDULE BEGINS NOV. 7` is a title and
 * `SUNDAY, OCTOBER 1, 1916` a masthead.
 */
const DASHLESS_DATE = new RegExp(
  String.raw`(,\s*)?\b(${MONTH})(?:\s*(\d[\dSOIl]?)\b\.?|\s+\.)(?!,?\s*\d)(?=\s+[^\sa-z]|\s*$)`,
)
/** A place read without a dash after it, or without a date or agency, has at most this many words (`OKLAHOMA CITY`, `BATTLE CREEK`). */
export const PLACE_MAX_WORDS = 3

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
  // Both forms open with a place in capitals or title case: most lines are ruled out by their first letter.
  const first = line.charCodeAt(0)
  if (!(first >= 0x41 && first <= 0x5a)) return null
  return parseWithDash(line) ?? parseDashless(line)
}

/** The formula ending at a date with no dash after it (`OKLAHOMA CITY, Dec. 9.`), or null. */
function parseDashless(line: string): ParsedDateline | null {
  const caps = CAPS_PLACE.exec(line)
  if (!caps) return null
  const date = DASHLESS_DATE.exec(line.slice(0, DATELINE_MAX_CHARS + 3))
  if (!date) return null
  const titleMonth = /[a-z]/.test(date[2]!)
  if (!titleMonth && !date[1]) return null
  const place = line.slice(0, date.index).replace(/[\s,;:.]+$/, '')
  const placeHead = CAPS_PLACE.exec(place)
  if (!placeHead || tokenCount(placeHead[0]) > PLACE_MAX_WORDS) return null
  if (!tokensFit(place.slice(placeHead[0].length))) return null
  const end = date.index + date[0].length
  const formula = line.slice(0, end).trim()
  const length = end + (/^\s*/.exec(line.slice(end))?.[0].length ?? 0)
  return {
    text: formula.replace(/\s+/g, ' '),
    length,
    place:
      place
        .replace(/([A-Za-z]{3,})\.+$/, '$1')
        .replace(/\.{2,}$/, '.')
        .trim() || null,
    date: date[0]
      .replace(/^,\s*/, '')
      .replace(/\s+\.$/, '')
      .trim(),
    agency: null,
  }
}

const HYPHEN = 0x2d
/** `—`, `–`, `―`, `-` or `?`: what may end the formula. */
const isDashCode = (c: number) => c === 0x2014 || c === 0x2013 || c === 0x2015 || c === HYPHEN || c === 0x3f
/** The same characters, to search a line for the first of them. */
export const DASH = /[\u2014\u2013\u2015\-?]/
/** `\w` (NaN, past either end of the text, is none). */
const isWordCode = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f
const isLowerCode = (c: number) => c >= 0x61 && c <= 0x7a
/** Not `\S`: white space, or past either end of the text (NaN). */
const isSpaceOrNone = (c: number) => Number.isNaN(c) || isSpaceCode(c)

/** The formula up to its dash, or null. */
function parseWithDash(line: string): ParsedDateline | null {
  const scanEnd = Math.min(line.length, DATELINE_MAX_CHARS + 3)
  // Most lines have no dash where the formula would end it: then no place need be read (this is
  // asked of every line, some lines several times). Searched by the expression, not read unit by unit.
  const dash = line.search(DASH)
  if (dash < 0 || dash >= scanEnd) return null
  const caps = CAPS_PLACE.exec(line)
  const title = caps ? null : TITLE_PLACE.exec(line)
  const head = caps ?? title
  if (!head) return null
  // Find the dash that ends the formula.
  for (let i = Math.max(head[0].length, dash); i < scanEnd; i++) {
    const c = line.charCodeAt(i)
    if (!isDashCode(c)) continue
    // A hyphen inside a word (`WINSTON-SALEM`) or glued to a word in lower case (`K.-i.OOO`) is not the separator.
    if (c === HYPHEN && isWordCode(line.charCodeAt(i - 1)) && isWordCode(line.charCodeAt(i + 1))) continue
    if (c === HYPHEN && !isSpaceOrNone(line.charCodeAt(i - 1)) && isLowerCode(line.charCodeAt(i + 1)))
      continue
    const formula = line.slice(0, i).trim()
    const rest = formula.slice(head[0].length)
    if (!tokensFit(rest)) return null
    const date = DATE.exec(formula)?.[0]?.trim() ?? null
    const agencyMatch = AGENCY_IN_BRACKETS.exec(formula)
    const agency = agencyMatch?.[1] ?? (/\bAP\b/.test(rest) ? 'AP' : null)
    if (title && !date) return null
    if (!caps && !agency && !date) return null
    // A place alone is a short name, and body text follows it, not more capitals
    // (`NOMINATION FOR GOVERNOR OF ILLINOIS. -`, `SCHULTZ - KNIGHTEN FOUND` are titles).
    if (!agency && !date) {
      if (tokenCount(formula) > PLACE_MAX_WORDS) return null
      if (/^\s*[^\sa-z]*[A-Z]{2,}\b/.test(line.slice(i + 1))) return null
    }
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

/** The first line of a formula broken over two lines: a place in capitals set off by a comma or period. */
export const BROKEN_FORMULA_HEAD = /^[A-Z][A-Z0-9'’.-]{2,}(?:\s+[A-Z][A-Z0-9'’-]*)*[.,]\s/

/** `[A-Z0-9'’.-]`: what follows the first capital of a place in capitals. */
const isCapsPlaceCode = (c: number) =>
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x27 ||
  c === 0x2019 ||
  c === 0x2e ||
  c === 0x2d

/** Whether a line may open a formula broken over two lines: a short place set off by a comma or period. */
export function opensBrokenFormula(text: string): boolean {
  // `BROKEN_FORMULA_HEAD` opens with a capital and two more place characters: most lines fail there,
  // read before the expression is tried (this is asked of most lines).
  const first = text.charCodeAt(0)
  if (
    !(first >= 0x41 && first <= 0x5a) ||
    !isCapsPlaceCode(text.charCodeAt(1)) ||
    !isCapsPlaceCode(text.charCodeAt(2))
  )
    return false
  const head = BROKEN_FORMULA_HEAD.exec(text)
  return head !== null && tokenCount(head[0]) <= PLACE_MAX_WORDS
}

/** A dateline read at a segment, and how many characters of the next line it takes (0: none). */
export interface DatelineAt {
  parsed: ParsedDateline
  intoNext: number
}

/**
 * The dateline that opens segment `i`, also when the OCR broke it over two lines (`BATTLE CREEK,
 * Mich., September` / `30.?Speaking…`, `LONG BRANCH. N. J.. September SO.` / `?In a vigorous…`): then
 * the formula is in capitals with a date or agency, and the next line follows with no gap.
 */
export function datelineAt(segments: readonly Segment[], i: number): DatelineAt | null {
  const s = segments[i]
  if (!s) return null
  const next = segments[i + 1]
  if (
    next &&
    next.role === 'body' &&
    next.gapBefore === 0 &&
    next.line !== s.line &&
    next.start === next.line.contentStart &&
    s.end === s.line.contentEnd &&
    opensBrokenFormula(s.text) &&
    !parseDateline(next.text)
  ) {
    const joined = parseDateline(`${s.text} ${next.text}`)
    const intoNext = joined ? joined.length - s.text.length - 1 : 0
    if (joined && intoNext > 0 && (joined.date || joined.agency)) return { parsed: joined, intoNext }
  }
  const parsed = parseDateline(s.text)
  return parsed ? { parsed, intoNext: 0 } : null
}

/** Most tokens between the place and the dash. */
const FORMULA_MAX_TOKENS = 8

/**
 * Whether the text between the place and the dash is at most `FORMULA_MAX_TOKENS` tokens, each a
 * `FORMULA_TOKEN`: read in place and given up at the first token that fails (most lines are prose,
 * whose first word does), not split into an array of every token.
 */
export function tokensFit(rest: string): boolean {
  let words = 0
  for (let start = tokenStart(rest, 0); start < rest.length; ) {
    const end = tokenEnd(rest, start)
    if (++words > FORMULA_MAX_TOKENS || !FORMULA_TOKEN.test(rest.slice(start, end))) return false
    start = tokenStart(rest, end)
  }
  return true
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
    // Lines whose start a dateline on the line above took.
    const taken = new Set<Segment>()
    // A copy: splits add segments to the list.
    const copy = state.segments.slice()
    for (let k = 0; k < copy.length; k++) {
      const s = copy[k]!
      if (s.role !== 'body') continue
      const i = k + shift
      const before0 = state.segments[i - 1]
      // A dateline opens a line, or follows a byline or a stray mark (noise) on the same line.
      const opensLine =
        s.start === s.line.contentStart ||
        (before0?.line === s.line && (before0.role === 'byline' || before0.kind === 'noise'))
      if (!opensLine) continue
      if (taken.has(s)) continue
      const found = datelineAt(state.segments, i)
      if (!found) continue
      const { parsed, intoNext } = found
      const before = previousContent(state.segments, i)
      const afterTitle = !before || OPENS_ARTICLE.has(before.role)
      // Away from a title, only the strong form: place in capitals with a date or agency.
      if (!afterTitle && !(CAPS_PLACE.test(s.text) && (parsed.date || parsed.agency))) continue
      const confidence = afterTitle ? 0.8 : 0.6
      let dateline: Segment | null = s
      let rest: Segment | null = null
      if (intoNext > 0) {
        // The formula runs on into the next line: its piece there joins the dateline.
        const next = state.segments[i + 1]!
        taken.add(next)
        const [piece, tail] = splitSegment(state, next, intoNext)
        shift += (piece ? 1 : 0) + (tail ? 1 : 0) - 1
        if (piece) mark(piece, 'dateline', this.name, confidence)
        rest = tail
      } else {
        const [head, tail] = splitSegment(state, s, parsed.length)
        shift += (head ? 1 : 0) + (tail ? 1 : 0) - 1
        dateline = head
        rest = tail
      }
      if (!dateline) continue
      mark(dateline, 'dateline', this.name, confidence)
      // The span keeps the dash (so no character is left over); the text is the formula alone.
      dateline.text = parsed.text
      dateline.dateline = { place: parsed.place, date: parsed.date, agency: parsed.agency }
      if (rest) rest.paragraphStart = true
    }
  },
}
