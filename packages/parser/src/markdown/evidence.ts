/**
 * Evidence for roles in Markdown, the same kinds the plain-text rules use:
 * how long a line is, whether it ends like a sentence, its case, and the
 * printed formulas of bylines, datelines and picture credits (see
 * `../shared/DOMAIN.md`). Heading depth is only a hint on top of these.
 */
import { SENTENCE_END } from '../util/chars.js'
import { displayWidth } from '../util/width.js'

/**
 * A title line (headline, dek, kicker) is at most this many display columns;
 * the plain-text rules use the same bound (`HEADLINE_MAX_COLUMNS`). The
 * longest `##` headline in the transcriptions (023, 024) is 58 columns, a
 * bold deck line 40.
 */
export const TITLE_MAX_COLUMNS = 90
/**
 * A heading longer than this is body text the OCR engine or transcriber
 * marked as a heading, not a title (three title lines' worth).
 */
export const HEADING_MAX_COLUMNS = 3 * TITLE_MAX_COLUMNS
/** A kicker has at most this many words (`TRADE`, `METRO`, `The War in Europe`). */
export const KICKER_MAX_WORDS = 4
/** A byline or credit line is at most this many display columns (`(By the Associated Press.)`). */
export const BYLINE_MAX_COLUMNS = 60
/** A caption paragraph next to a picture is at most this many display columns. */
export const CAPTION_MAX_COLUMNS = 400
/** Share of Latin letters that must be capitals for a line to count as set in capitals. */
export const CAPITALS_SHARE = 0.8
/** Fewer Latin letters than this say nothing about case. */
const CAPITALS_MIN_LETTERS = 3

/** Whether a line is short enough to be a title line. */
export function isShort(text: string, columns = TITLE_MAX_COLUMNS): boolean {
  return displayWidth(text) <= columns
}

/** Whether a line ends like a sentence (`.`, `。`, `?`…). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text)
}

/** Whether a line has letters of any script. */
export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text)
}

/** Whether a line is set in capitals (`WAR IN EUROPE`). */
export function isCapitals(text: string): boolean {
  const letters = text.match(/[A-Za-z\u00c0-\u024f]/g) ?? []
  if (letters.length < CAPITALS_MIN_LETTERS) return false
  const upper = letters.filter((c) => c === c.toUpperCase()).length
  return upper / letters.length >= CAPITALS_SHARE
}

/** Whether a line looks like a title: short, with letters, and not a sentence unless set in capitals. */
export function isTitleLine(text: string): boolean {
  return isShort(text) && hasLetters(text) && (!endsSentence(text) || isCapitals(text))
}

/** Word count (a Han character counts as a word). */
export function wordCount(text: string): number {
  return (text.match(/[\u3400-\u9fff\uf900-\ufaff]|[^\s\u3400-\u9fff\uf900-\ufaff]+/gu) ?? []).length
}

const BYLINE_PATTERNS: readonly RegExp[] = [
  // `By JOHN SMITH`, `By John Smith and Jane Doe`; OCR damage `Br`, `BV`, `Bv`.
  /^(?:By|BY|Br|BV|Bv)\s+(?<names>[^\s,].*?)(?:\s*[,/]\s*(?<role>.+))?\.?$/,
  // `(By the Associated Press.)`, `(By wire to the Record.)`
  /^\((?:By|BY)\s+(?<organization>[^)]+?)\.?\)\.?$/,
  // `JOHN SMITH / Staff Writer`
  /^(?<names>[A-Z][A-Z.'’ -]+[A-Z.])\s*\/\s*(?<role>[A-Za-z][\w ]+)$/,
  // `本报记者 王帅`, `新华社记者 李明`, `通讯员 张三`
  /^(?<organization>本报|新华社|人民日报|中新社)?(?<role>特约记者|记者|通讯员|实习生)\s*(?<names>[\p{Script=Han}·\s、]{2,24})$/u,
]

/** What a byline line says, or null when the line is not a byline. */
export interface BylineParts {
  authors: string[]
  role: string | null
  organization: string | null
}

/** Read a byline line (`By John Smith`, `(By the Associated Press.)`, `本报记者 王帅`), or null. */
export function parseByline(text: string): BylineParts | null {
  if (!isShort(text, BYLINE_MAX_COLUMNS)) return null
  for (const pattern of BYLINE_PATTERNS) {
    const groups = pattern.exec(text)?.groups
    if (!groups) continue
    const names = groups.names?.trim() ?? ''
    // Chinese names are set apart by spaces or `、`; Latin ones by `and` or commas.
    const separator = /\p{Script=Han}/u.test(names) ? /[\s、]+/u : /\s+and\s+|\s*,\s*/
    const authors = names
      .split(separator)
      .map((n) => n.trim())
      .filter(Boolean)
    return { authors, role: groups.role?.trim() ?? null, organization: groups.organization?.trim() ?? null }
  }
  return null
}

/** Dateline formulas at the start of a report's first paragraph. */
const DATELINE_PATTERNS: readonly RegExp[] = [
  // `WASHINGTON, Dec. 3.—`, `Washington, Aug 25.- `, `London, Oct 20. -`, `Jersey City, Aug. 26.—`
  /^(?<place>[A-Z][A-Za-z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.]{1,12})?),\s*(?<date>[A-Z][a-z]{2,8}\.?\s*\d{1,2}(?:,\s*\d{1,2}:\d{2}\s*[ap]\.\s*m\.)?)\.?\s*[-—–]+\s*/,
  // `WINSTON-SALEM, N.C. (AP) —`, `BAHRAIN (Reuters) -`, `LONDON (AP) —`
  /^(?<place>[A-Z][A-Z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.]{1,12})?)\s*\((?<agency>[A-Za-z ]{2,24})\)\s*[-—–]+\s*/,
  // `LONDON, May 2 —` in capitals without a date dot
  /^(?<place>[A-Z][A-Z'’ -]{2,40}),\s*(?<date>[A-Z][a-z]{2,8}\.?\s*\d{1,2})\s*[-—–]+\s*/,
  // `本报讯`, `本报北京7月20日电`, `新华社北京7月20日电（记者 王帅）`
  /^(?<agency>本报|新华社|中新社)(?<place>[\p{Script=Han}]{0,8}?)(?<date>\d{1,2}月\d{1,2}日)?(?:讯|电)(?:[（(][^）)]{1,30}[）)])?\s*/u,
]

/** A dateline at the start of a paragraph. */
export interface DatelineParts {
  /** Length of the dateline in the paragraph's text, with the dash and spaces after it. */
  length: number
  /** The dateline text as printed, without trailing spaces. */
  text: string
  place: string | null
  date: string | null
  agency: string | null
}

/** Find a dateline that opens a paragraph, or null. */
export function findDateline(text: string): DatelineParts | null {
  for (const pattern of DATELINE_PATTERNS) {
    const match = pattern.exec(text)
    if (!match || match[0].length >= text.length) continue
    const groups = match.groups ?? {}
    return {
      length: match[0].length,
      text: match[0].trimEnd(),
      place: groups.place?.trim() || null,
      date: groups.date?.trim() || null,
      agency: groups.agency?.trim() || null,
    }
  }
  return null
}

const CREDIT_PATTERNS: readonly RegExp[] = [
  // `(AP Photo/John Smith)`, `Photo: John Smith / Reuters`, `Staff photo by John Smith`
  /\b(?:photo|photograph|foto)s?\b/i,
  // `RAY SANCHEZ/Mustang Daily`
  /^[A-Z][A-Z.'’ -]+\/[A-Z][\w .'’-]+$/,
  // `新华社记者 李明 摄`, `李明 摄`
  /[\s\p{Script=Han}]摄$|^摄影[：:]/u,
]

/** What a credit line says. */
export interface CreditParts {
  photographers: string[]
  agency: string | null
}

/** Read a picture credit line, or null. */
export function parseCredit(text: string): CreditParts | null {
  if (!isShort(text, BYLINE_MAX_COLUMNS) || !CREDIT_PATTERNS.some((p) => p.test(text))) return null
  const agency = /\b(AP|Reuters|AFP|UPI|Associated Press|Xinhua)\b|新华社|中新社/.exec(text)?.[0] ?? null
  const names =
    /(?:photo(?:graph)?\s*(?:by|:)\s*|\/\s*)([A-Z][\w.'’ -]+?)\s*(?:\/|\)|$)/i.exec(text)?.[1] ??
    /记者\s*([\p{Script=Han}\s]{2,12}?)\s*摄$/u.exec(text)?.[1] ??
    /^([A-Z][A-Z.'’ -]+)\//.exec(text)?.[1] ??
    null
  const photographers = names
    ? names
        .split(/\s+and\s+|\s*,\s*/)
        .map((n) => n.trim())
        .filter((n) => n && n !== agency)
    : []
  return { photographers, agency }
}
