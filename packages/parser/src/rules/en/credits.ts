/**
 * Photo credits: `(AP Photo/John Smith)`, `Photo: X / Reuters`, `X/Staff
 * Photographer`, `Staff photo by X`, `Daily photo by X`, `RAY
 * SANCHEZ/Mustang Daily`, `FILE PHOTO`, whole lines or at the end of a
 * caption line (`…said. Photo: Jules Stewart / Reuters`). A credit broken
 * over two lines (`(AP Photo/SCOTT` + `WILLIAMS)`) is taken whole.
 */
import type { PageContext } from '../../pipeline/model.js'
import { endTest } from '../../util/ends-with.js'
import type { Rule } from '../rule.js'
import { letterShare } from './features.js'
import { enState, mark, type Segment, splitSegment } from './segments.js'

/** A credit line is at most this many characters. */
export const CREDIT_MAX_CHARS = 80
/** Text before an embedded credit with fewer letters than this share is rule debris, not a caption. */
const CAPTION_MIN_LETTER_SHARE = 0.6

const CAPS_NAME = String.raw`[A-Z][A-Z.'’\- ]{2,}[A-Z.]`
/** The forms of a whole-line credit, tried in order; `needs`: what the line must hold for the form to match. */
const PATTERNS: ReadonlyArray<{
  re: Pick<RegExp, 'exec'>
  photographer?: number
  agency?: number
  needs?: 'phot' | 'slash'
}> = [
  {
    re: /^\(?\s*(AP|Reuters|AFP|UPI)\s+Photo\s*\/\s*([^)]+?)\s*\)?$/i,
    agency: 1,
    photographer: 2,
    needs: 'phot',
  },
  { re: /^\(?\s*(AP|Reuters|AFP|UPI)\s+Photo\s*\)?$/i, agency: 1, needs: 'phot' },
  { re: /^Photo(?:graph)?s?\s*:\s*(.+?)\s*\/\s*(.+)$/i, photographer: 1, agency: 2, needs: 'phot' },
  { re: /^Photo(?:graph)?s?\s*:\s*(.+)$/i, photographer: 1, needs: 'phot' },
  {
    re: /^(.+?)\s*\/\s*(Staff\s+Photographer|Staff|Special\s+to\s+.+)$/i,
    photographer: 1,
    agency: 2,
    needs: 'slash',
  },
  {
    re: /^(?:Staff|Daily|File|Special)\s+photos?\s+(?:by|courtesy\s+of)\s+(.+)$/i,
    photographer: 1,
    needs: 'phot',
  },
  { re: /^(?:\S+\s+)?(?:Press\s+)?photos?\s+courtesy\s+of\s+(.+)$/i, agency: 1, needs: 'phot' },
  { re: /^'?\w?ILE\s+PHOT\w{1,2}O?$|^FILE\s+PHOTO$|^Daily\s+Photo$/i, needs: 'phot' },
  {
    re: new RegExp(String.raw`^[_,.\s]*(${CAPS_NAME})\s*\/\s*([A-Z][^\s/]*(?:\s+[A-Z]\S*){0,2})$`),
    photographer: 1,
    agency: 2,
    needs: 'slash',
  },
  // `NAME Daily` needs neither: it is tried only on a line ending in its `y`.
  {
    re: endTest(new RegExp(String.raw`^(${CAPS_NAME}[A-Z]{2})[A-Za-z«]*\s+(Da\w{1,3}y)$`), 'y'),
    photographer: 1,
  },
]
/** What every form of credit but a slash credit and `NAME DAILY` holds. */
const PHOTO = /photo/i
const PHOT = /phot/i

/** A credit at the end of a caption line. */
const CREDIT_TAIL =
  /\s(\(?\s*(?:AP|Reuters|AFP)\s+Photo\s*\/.*|Photo(?:graph)?s?\s*:\s*\S.*|\/\s*Daily\s+Photo)$/i
/** `… HANS HESS/Mustang Daily` at the end of a line. */
const NAME_CREDIT_TAIL = new RegExp(String.raw`\s(${CAPS_NAME}\s*\/\s*[A-Z]\S*\s+D\w{3}y)$`)

export interface ParsedCredit {
  photographers: string[]
  agency: string | null
}

/** Parse a whole-line photo credit, or null. */
export function parseCredit(text: string): ParsedCredit | null {
  const line = text.trim()
  if (!line || line.length > CREDIT_MAX_CHARS) return null
  return parseCreditOf(line, PHOT.test(line), line.includes('/'))
}

/** `parseCredit` of a trimmed line of at most `CREDIT_MAX_CHARS`, knowing whether it holds `phot` and a slash. */
function parseCreditOf(line: string, phot: boolean, slash: boolean): ParsedCredit | null {
  // Most lines hold neither: then most forms need not be tried.
  for (const p of PATTERNS) {
    if ((p.needs === 'phot' && !phot) || (p.needs === 'slash' && !slash)) continue
    const m = p.re.exec(line)
    if (!m) continue
    const photographer = p.photographer ? m[p.photographer]?.trim() : undefined
    const agency = p.agency ? (m[p.agency]?.trim() ?? null) : null
    return {
      photographers: photographer ? photographer.split(/\s+and\s+|\s*,\s*/).filter(Boolean) : [],
      agency: agency || null,
    }
  }
  return null
}

/** Index where a credit at the end of a line starts, or -1. */
export function creditTailIndex(text: string): number {
  return creditTailIndexOf(text, PHOT.test(text), text.includes('/'))
}

/** `creditTailIndex`, knowing whether the text holds `phot` and a slash. */
function creditTailIndexOf(text: string, phot: boolean, slash: boolean): number {
  // Every form of `CREDIT_TAIL` holds `photo`, and `NAME_CREDIT_TAIL` a slash: test for them first, as
  // the expressions are tried at every space (`CREDIT_TAIL` is quadratic on a long run of spaces).
  const m =
    (phot && PHOTO.test(text) ? CREDIT_TAIL.exec(text) : null) ?? (slash ? NAME_CREDIT_TAIL.exec(text) : null)
  return m ? m.index : -1
}

export const credits: Rule = {
  name: 'en-credits',
  description: 'Photo credits, whole lines or at the end of a caption line, become `credit` segments.',
  run(page: PageContext) {
    const state = enState(page)
    const take = (s: Segment, parsed: ParsedCredit, confidence: number) => {
      mark(s, 'credit', this.name, confidence)
      s.credit = parsed
      // `(AP Photo/SCOTT` + `WILLIAMS)`: the bracket closes on the next line.
      const i = state.segments.indexOf(s)
      const next = state.segments[i + 1]
      if (/\([^)]*$/.test(s.text) && next && next.role === 'body' && /^[^(]{1,30}\)$/.test(next.text)) {
        mark(next, 'credit', this.name, confidence)
        const name = next.text.replace(/\)$/, '')
        const last = parsed.photographers.pop()
        parsed.photographers.push(last ? `${last} ${name}` : name)
      }
    }
    for (const s of [...state.segments]) {
      if (s.role !== 'body') continue
      // What most forms need, looked for once per line (a segment's text is trimmed).
      const phot = PHOT.test(s.text)
      const slash = s.text.includes('/')
      const whole = s.text && s.text.length <= CREDIT_MAX_CHARS ? parseCreditOf(s.text, phot, slash) : null
      if (whole) {
        take(s, whole, 0.8)
        continue
      }
      const at = creditTailIndexOf(s.text, phot, slash)
      if (at > 0) {
        let [, tail] = splitSegment(state, s, at)
        if (!tail) continue
        if (tail.text.startsWith('/')) {
          // `… Center / Daily Photo`: the slash between caption and credit is a separator.
          const [slash, rest] = splitSegment(state, tail, 1)
          if (slash) mark(slash, 'furniture', this.name, 0.5, 'separator')
          if (!rest) continue
          tail = rest
        }
        const parsed = parseCredit(tail.text) ?? { photographers: [], agency: null }
        take(tail, parsed, 0.7)
        // What precedes an embedded credit is caption text.
        const head = state.segments[state.segments.indexOf(tail) - 1]
        if (head && head.line === tail.line) {
          if (letterShare(head.text) >= CAPTION_MIN_LETTER_SHARE) mark(head, 'caption', this.name, 0.6)
          else mark(head, 'furniture', this.name, 0.6, 'noise')
        }
      }
    }
  },
}
