/**
 * Bylines: `By JOHN SMITH`, `By X and Y`, `BY SHARYN SEARS` + `Staff Writer`
 * on the next line, `X, Staff Writer`, `X, Associated Press`, a name line
 * followed by `REUTERS`, `Special to The Times`, `(BY THE ASSOCIATED
 * PRESS.)`, wire credits (`(By Review Leased Wire)`, `(Associated Press by
 * Federal Wireless)`), and OCR-damaged forms (`Br`, `BV`, `ly`, `Hy` for `By`;
 * `St>M WrlUf` for `Staff Writer`). Authors, role and organisation are
 * split; the role line becomes a `byline-role` segment joined to its byline.
 */
import { isSpaceCode } from '../../pipeline/lines.js'
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { parseDateline } from './datelines.js'
import { endBeforeSpaceOrRule, endsSentence, tokenCount, tokens } from './features.js'
import { enState, mark, type Segment, splitSegment } from './segments.js'

/** A byline line is at most this many characters. */
export const BYLINE_MAX_CHARS = 70
/** A role line under a byline is at most this many characters and words. */
export const ROLE_LINE_MAX_CHARS = 45
export const ROLE_LINE_MAX_WORDS = 4

/** `By` as printed and as OCR misreads it. */
const BY = '(?:By|BY|by|Br|BV|Bv|Hy|ly|IJy|8y|Dy|Uy)'
const PARTICLE = /^(?:van|von|de|da|di|del|der|la|le|du|St\.)$/
const NAME_TOKEN = /^(?:[A-Z\u00c0-\u00de]|[\u00e0-\u00ff])[\w'’.\-\u00c0-\u00ff]*$|^[A-Z]\.$/u
const AGENCY =
  /^(?:the\s+)?(?:Associated\s+Press|AP|Reuters|REUTERS|United\s+Press(?:\s+International)?|UPI|AFP|Agence\s+France-Presse|Bloomberg|Xinhua|Press\s+Association)\.?$/i
/** Role words as printed and as OCR garbles them (`Steff Writer`, `Doily Staff Wiitei`, `Asocioted Piess`). */
const ROLE_WORDS =
  /\b(?:St\S{1,3}[fHlt]\S?|Staff|Daily|Doily|Daly|Managing|Contributing|Editorial|Special|Times|Associated|\S*soc\S*ted|Correspondent|Reporter|Repcxtei|Editor|Writer|Wri\S*|Wr\S*|Writ\S*|Press|P[it]ess|Photographer|Columnist|Reuters|REUTERS)\b/i
/** Role words spelled right: for lines that are bylines only because of their role (`Tony Carritt, Staff Writer`). */
export const ROLE_WORDS_STRICT =
  /^(?:(?:Daily|Senior|Contributing|Managing|Editorial|Times|Special)\s+)?(?:Staff\s+)?(?:Writer|Reporter|Correspondent|Editor|Photographer|Columnist|Staff)\.?$|^(?:the\s+)?(?:Associated\s+Press|AP|Reuters|REUTERS|UPI|AFP|United\s+Press(?:\s+International)?)\.?$/i
export const SPECIAL_TO =
  /^\(?\s*(?:Special\s+(?:(?:Dispatch|Cable|Telegram|Correspondence|Despatch)\s+)?(?:to|from)\s+.+|(?:Special\s+)?(?:Staff\s+)?Correspondent\s+(?:of|for|to)\s+.+|\(?BY\s+(?:THE\s+)?(?:ASSOCIATED|UNITED)\s+PRESS\.?\)?|By\s+(?:the\s+)?(?:Associated|United)\s+Press\.?|(?:By\s+)?[A-Za-z.' ]{0,40}\b(?:Leased\s+Wire|Wireless|Cable)(?:\s+Service)?)\.?\s*\)?\.?$/i

/** Words that are never part of a name after `By`: verbs and days of a title line that goes on with `By`. */
const NOT_NAME =
  /^(?:is|are|was|were|will|would|has|have|had|today|tonight|to-?day|to-?night|to-?morrow|yesterday)[.,]?$/i

export interface ParsedByline {
  authors: string[]
  role: string | null
  organization: string | null
}

/** Split a names part (`John Smith and Jane Doe`) into authors. */
export function splitAuthors(names: string): string[] {
  return names
    .split(/\s*,\s*|\s+(?:and|AND|&)\s+/)
    .map((n) => n.replace(/[.\s_]+$/, '').trim())
    .filter((n) => /\p{L}/u.test(n))
}

/** Rules of underscores, read as spaces (made once: `replace` starts a global expression from the start). */
const UNDERSCORES = /_+/g

/** Whether a text is a role or organisation spelled right (`Staff Writer`, `Reuters`). */
export function isStrictRoleText(text: string): boolean {
  return ROLE_WORDS_STRICT.test(text.replace(UNDERSCORES, ' ').trim())
}

/** Whether a text is a role or organisation line (`Staff Writer`, `Associated Press`, `St>M WrlUf`). */
export function isRoleText(text: string): boolean {
  const clean = text.replace(UNDERSCORES, ' ').trim()
  return clean.length > 0 && (AGENCY.test(clean) || ROLE_WORDS.test(clean))
}

/** The names part and what follows it: names end at the first token that cannot be part of a name. */
function splitNamesAndRole(rest: string): { names: string; role: string | null } | null {
  const words = tokens(rest)
  let end = 0
  let sawName = false
  for (; end < words.length; end++) {
    const w = words[end]!.replace(/,$/, '')
    if (/^(?:and|AND|&)$/.test(w) && sawName) continue
    if (PARTICLE.test(w) && sawName) continue
    if (!NAME_TOKEN.test(w) || /['’][sS]$/.test(w)) break
    // A garbled role glued to the name (`SlaHWfUer`): a capital after two lower-case letters.
    if (sawName && end >= 2 && /[a-z]{2}[A-Z]/.test(w) && !/^(?:Mc|Mac|O'|De|La|Le|Van|Von)/.test(w)) break
    sawName = true
    if (words[end]!.endsWith(',')) {
      end++
      break
    }
  }
  if (!sawName) return null
  const names = words.slice(0, end).join(' ').replace(/,$/, '')
  const role = words.slice(end).join(' ').trim()
  if (role && !isRoleText(role) && !/^[A-Z]/.test(role)) return null
  return { names, role: role || null }
}

export const BY_START = new RegExp(`^[.\\s•·]*${BY}\\s`)
/** Whether a code unit opens `BY` (`B`, `b`, `H`, `l`, `I`, `8`, `D`, `U`): most lines open otherwise. */
export const opensBy = (c: number) =>
  c === 0x42 || c === 0x62 || c === 0x48 || c === 0x6c || c === 0x49 || c === 0x38 || c === 0x44 || c === 0x55
/** Whether a code unit opens `BY_START` (`BY`, or a mark or space before it). */
export const opensByStart = (c: number) =>
  opensBy(c) || c === 0x2e || c === 0x2022 || c === 0xb7 || isSpaceCode(c)
/** `By` and the rest of the line (built once: bylines are tried on every line). */
export const BY_LINE = new RegExp(`^${BY}\\s+(.+)$`)

/** Index of a dateline (with its dash) that starts inside a byline line, or -1. */
export function datelineInside(text: string): number {
  for (const m of text.matchAll(/\s(?=[A-Z]{3,})/g)) {
    const at = m.index + 1
    if (at > 3 && parseDateline(text.slice(at))) return at
  }
  return -1
}

// Bylines are tried on every line: what can be ruled out cheaply is, before the longer expressions.
/** Marks before a byline. */
const LEADING_MARKS = /^[.\s•·]+/
/** A word every form of `SPECIAL_TO` holds (it is tried at the start of a line, but backtracks far). */
const SPECIAL_TO_WORD = /special|correspondent|press|wire|cable/i

/**
 * Whether a line may be `SPECIAL_TO`, from its two ends (asked of every line before `SPECIAL_TO_WORD`
 * searches all of it): after a bracket and spaces, the forms that may end with anything open with
 * `Special`, `Staff` or `Correspondent`; every other form ends with `Press`, `Wire`, `Wireless`,
 * `Cable` or `Service` before closing dots, spaces and a bracket. The expression has no `u` flag, so
 * its `i` matches these ASCII letters only by their ASCII capitals.
 */
export function mayBeSpecialTo(line: string): boolean {
  let i = line.charCodeAt(0) === 0x28 ? 1 : 0
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++
  const opening = line.charCodeAt(i) | 0x20
  if (opening === 0x73 || opening === 0x63) return true
  let end = line.length
  for (; end > 0; end--) {
    const c = line.charCodeAt(end - 1)
    if (c !== 0x2e && c !== 0x29 && !isSpaceCode(c)) break
  }
  const closing = line.charCodeAt(end - 1) | 0x20
  return closing === 0x65 || closing === 0x73
}
/** Names, a comma, a role (`Tony Carritt, Staff Writer`): the first comma after three to forty characters. */
const NAMES_COMMA_ROLE = /^([^,]{3,40}),\s*(.+)$/

/** The last letters of the words `ROLE_WORDS_STRICT` ends with (`Writer`, `Staff`, `Press`, `UPI`, `International`…), lower-cased. */
const isRoleLastLetter = (c: number) =>
  c === 0x72 || c === 0x74 || c === 0x66 || c === 0x73 || c === 0x70 || c === 0x69 || c === 0x6c

/**
 * Whether a line may end with a role spelled right (what `isStrictRoleText` asks of the text after its
 * first comma): before closing spaces and underscores and a period, one of the last letters of the role
 * words, in either case (the expression has no `u` flag: its `i` matches them only by ASCII capitals).
 */
export function mayEndWithRole(line: string): boolean {
  let end = endBeforeSpaceOrRule(line)
  if (line.charCodeAt(end - 1) === 0x2e) end--
  const last = line.charCodeAt(end - 1)
  return ((last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a)) && isRoleLastLetter(last | 0x20)
}

/** Parse a one-line byline, or return null when the line is not one. */
export function parseByline(text: string): ParsedByline | null {
  // The expression only where a mark or space opens the text (most lines open with a letter).
  const first = text.charCodeAt(0)
  const marked = first === 0x2e || first === 0x2022 || first === 0xb7 || isSpaceCode(first)
  const line = (marked ? text.replace(LEADING_MARKS, '') : text).trim()
  if (!line || line.length > BYLINE_MAX_CHARS) return null
  if (mayBeSpecialTo(line) && SPECIAL_TO_WORD.test(line) && SPECIAL_TO.test(line)) {
    const org = line.replace(/^[(\s]*(?:(?:by|special\s+(?:to|from))\s+)?/i, '').replace(/[.)\s]+$/, '')
    return { authors: [], role: /special/i.test(line) ? 'Special' : null, organization: org || null }
  }
  const by = opensBy(line.charCodeAt(0)) ? BY_LINE.exec(line) : null
  if (by) {
    // `By Germans Is Enormous`, `By Columbine Today`, `By Petition Urging Necessity;`: a title line, no byline.
    if (tokens(by[1]!).some((t) => NOT_NAME.test(t)) || /;$/.test(line)) return null
    const parts = splitNamesAndRole(by[1]!)
    if (!parts) return null
    const authors = splitAuthors(parts.names)
    if (!authors.length) return null
    const agency = parts.role && AGENCY.test(parts.role) ? parts.role.replace(/\.$/, '') : null
    return { authors, role: agency ? null : parts.role, organization: agency }
  }
  // `Tony Carritt, Staff Writer`, `John Smith, Associated Press`.
  const firstComma = line.indexOf(',')
  const comma =
    firstComma >= 3 && firstComma <= 40 && mayEndWithRole(line) ? NAMES_COMMA_ROLE.exec(line) : null
  if (comma && isStrictRoleText(comma[2]!) && !endsSentence(comma[2]!.replace(/\.$/, ''))) {
    const names = comma[1]!.trim()
    if (tokenCount(names) >= 2 && tokenCount(names) <= 4 && tokens(names).every((t) => NAME_TOKEN.test(t))) {
      const role = comma[2]!.trim()
      const agency = AGENCY.test(role) ? role.replace(/\.$/, '') : null
      return { authors: splitAuthors(names), role: agency ? null : role, organization: agency }
    }
  }
  return null
}

/**
 * Whether every token of a line opens as `NAME_TOKEN` or `PARTICLE` may (a capital, a Latin-1 letter, or
 * the `v`, `d`, `l` of `van`, `de`, `la`…): read in place, so that the tokens of most lines are never cut out.
 */
function tokensOpenAsNames(text: string): boolean {
  let inToken = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isSpaceCode(c)) {
      inToken = false
      continue
    }
    if (inToken) continue
    inToken = true
    if (
      !(
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0xc0 && c <= 0xff && c !== 0xdf) ||
        c === 0x76 ||
        c === 0x64 ||
        c === 0x6c
      )
    )
      return false
  }
  return true
}

/** Whether a line is a bare name (`Greg McCune`): two to four capitalised words. */
export function isNameLine(text: string): boolean {
  if (text.length > 40) return false
  // The openings first: most lines have a word in lower case early on, and are ruled out there.
  if (!tokensOpenAsNames(text)) return false
  const count = tokenCount(text)
  if (count < 2 || count > 4) return false
  return (
    tokens(text).every((w) => NAME_TOKEN.test(w) || PARTICLE.test(w)) &&
    !endsSentence(text.replace(/\b[A-Z]\.$/, ''))
  )
}

/** Whether a line can be the role line under a byline. */
function isRoleLine(text: string, strict: boolean): boolean {
  const clean = text.replace(UNDERSCORES, ' ').trim()
  if (!clean || text.length > ROLE_LINE_MAX_CHARS || tokenCount(clean) > ROLE_LINE_MAX_WORDS) return false
  if (/[—–]|\s-\s/.test(clean) || parseDateline(clean)) return false
  if (strict) return isStrictRoleText(clean)
  if (isRoleText(clean)) return true
  return !strict && !/^[a-z]/.test(clean) && tokenCount(clean) <= 3
}

/**
 * A credit line in brackets under a byline, or standing alone, also broken over two lines
 * (`(Special Staff Correspondent of The` / `Evening World.)`, `(By Review Leased Wire)`): how many
 * segments from `k` it takes (0: none) and what it says.
 */
export function bracketedCredit(
  segments: readonly Segment[],
  k: number,
): { lines: number; parsed: ParsedByline } | null {
  const s = segments[k]
  if (!s || s.role !== 'body' || s.text.charCodeAt(0) !== 0x28) return null
  if (s.text.includes(')')) {
    const parsed = parseByline(s.text)
    return parsed && !parsed.authors.length ? { lines: 1, parsed } : null
  }
  const next = segments[k + 1]
  if (!next || next.role !== 'body' || next.gapBefore > 0 || !/^[^()]+\)\.?$/.test(next.text)) return null
  const parsed = parseByline(`${s.text} ${next.text}`)
  return parsed && !parsed.authors.length ? { lines: 2, parsed } : null
}

/**
 * Whether a `BY` line in capitals with a one-word "author" goes on with more capitals that are no role:
 * a title printed over lines (`NEWSPAPERS HIT` / `BY PROPOSED` / `POSIAL RATE`), not a byline.
 */
function continuesCapsTitle(parsed: ParsedByline, s: Segment, next: Segment | undefined): boolean {
  if (parsed.authors.length !== 1 || tokenCount(parsed.authors[0]!) > 1 || parsed.role || parsed.organization)
    return false
  if (!/^[^a-z]+$/.test(s.text) || !next || next.role !== 'body') return false
  return /^[^a-z]+$/.test(next.text) && /[A-Z]{2}/.test(next.text) && !isRoleText(next.text)
}

export const bylines: Rule = {
  name: 'en-bylines',
  description: 'Bylines with authors, role and organisation split; the role line under a byline joins it.',
  run(page: PageContext) {
    const state = enState(page)
    const segments = state.segments
    const set = (s: Segment, parsed: ParsedByline, confidence: number) => {
      mark(s, 'byline', this.name, confidence)
      s.byline = parsed
    }
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i]!
      if (s.role !== 'body') continue
      // `By MAAMOUN YOUSSEF BAGHDAD (Reuters) --`: a dateline run into the byline is split off.
      const at = opensByStart(s.text.charCodeAt(0)) && BY_START.test(s.text) ? datelineInside(s.text) : -1
      if (at > 0) splitSegment(state, s, at)
      const next = segments[i + 1]
      // A credit in brackets broken over two lines.
      const credit = bracketedCredit(segments, i)
      if (credit?.lines === 2) {
        set(s, credit.parsed, 0.7)
        mark(next!, 'byline-role', this.name, 0.7)
        i++
        continue
      }
      const parsed = parseByline(segments[i]!.text)
      if (parsed && !continuesCapsTitle(parsed, s, next)) {
        set(s, parsed, 0.8)
        // Its credit line in brackets under it (`By Samuel M. Williams.` / `(Special Staff Correspondent of The` …).
        const under = parsed.role || parsed.organization ? null : bracketedCredit(segments, i + 1)
        if (under) {
          for (let k = 1; k <= under.lines; k++) mark(segments[i + k]!, 'byline-role', this.name, 0.7)
          s.byline = { ...parsed, role: under.parsed.role, organization: under.parsed.organization }
          i += under.lines
          continue
        }
        // A role line right under a `By` line (`Staff Writer`, OCR-garbled or not).
        if (
          next &&
          next.role === 'body' &&
          !parsed.role &&
          !parsed.organization &&
          isRoleLine(next.text, false)
        ) {
          const after = segments[i + 2]
          if (!after || after.text.length > next.text.length || isRoleText(next.text)) {
            mark(next, 'byline-role', this.name, isRoleText(next.text) ? 0.8 : 0.5)
            i++
          }
        }
        continue
      }
      // A bare name line followed by a role or agency line.
      if (next && next.role === 'body' && isNameLine(s.text) && isRoleLine(next.text, true)) {
        set(s, { authors: splitAuthors(s.text), role: null, organization: null }, 0.6)
        mark(next, 'byline-role', this.name, 0.6)
        i++
      }
    }
  },
}
