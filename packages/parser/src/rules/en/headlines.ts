/**
 * Titles: headlines, stacked decks, kickers and deks. A title line is
 * short, mostly letters and does not end a sentence (a line in capitals may
 * end with a period, as old decks do). Whether a title-shaped line is a
 * title is decided from several pieces of evidence: capitals, what follows
 * (a byline, a dateline, a capital letter), what precedes (a gap, furniture,
 * the end of a sentence), and the page kind. Consecutive title lines form
 * units (a caps stack `MOYER TO / GET PRISON / JOB, BELIEF` is one unit;
 * a new unit starts after a period, at a change of case, or at a capital
 * that does not continue the line before); the first unit is the headline,
 * the others are deks; a one-word label in capitals above a headline is
 * its kicker. Wide lines right under a headline (modern deks) are deks.
 */
import type { PageContext } from '../../pipeline/model.js'
import { endTest } from '../../util/ends-with.js'
import type { Rule } from '../rule.js'
import { parseByline } from './bylines.js'
import { datelineAt, parseDateline } from './datelines.js'
import {
  capsShareReaches,
  endsOpen,
  endsSentence,
  letterCount,
  letterShare,
  startsLower,
  startsUpper,
  tokenCount,
  tokenEnd,
  tokenStart,
} from './features.js'
import { garbledShare, letteredTokenCount } from './garble.js'
import { type EnLayout, enLayout } from './page-layout.js'
import { enState, mark, nextContent, type Segment, type SegmentRole, STORY_GAP_LINES } from './segments.js'

/** A title line is at most this many characters. */
export const HEADLINE_MAX_CHARS = 90
/** …and at most this many words. */
export const HEADLINE_MAX_WORDS = 16
/** Share of capitals from which a line counts as set in capitals. */
export const CAPS_LINE_SHARE = 0.75
/** Evidence needed for a title-shaped line to be taken as a title. */
export const TITLE_MIN_SCORE = 0.5
/** A line this much wider than the column under a headline is a dek (modern layouts). */
export const WIDE_DEK_SHARE = 1.15
/** Blank lines allowed between two lines of one title run (extractors print gaps inside stacks). */
export const TITLE_RUN_MAX_GAP = 1
/** Most title units in one run: kicker, headline and two deks. */
export const TITLE_MAX_UNITS = 4
/** Most lines of one title unit in mixed case, by page kind (a caps stack has no limit). */
export const MIXED_UNIT_MAX_LINES_PARAGRAPH_PAGE = 3
export const MIXED_UNIT_MAX_LINES_FLAT_PAGE = 4
export const MIXED_UNIT_MAX_LINES_COLUMN_PAGE = 1
/** A line with this share of garbled tokens or more is no title: a title is read at a glance (`In Ceir rl America. tt i`). */
export const TITLE_MAX_GARBLED_SHARE = 0.3
/** On an old page a stack goes on under a deck closed by a period while it has at most this many units (headline and deck). */
export const CONTINUED_STACK_MAX_UNITS = 2
/** A one-word title line of at most this many letters is a title only when the page prints its word elsewhere too. */
export const STRAY_WORD_MAX_LETTERS = 3
/** A kicker is one word of at most this many characters. */
export const KICKER_MAX_CHARS = 16

/** Whether a line is set in capitals. */
export function isCapsLine(text: string): boolean {
  return text.length >= 2 && capsShareReaches(text, CAPS_LINE_SHARE)
}

/** Share of longer words that must be capitalised for a mixed-case line of an old (flat) page to be a deck line. */
export const TITLE_CASE_SHARE = 0.8

/** Whether the longer words of a line are capitalised (`Retiring Jail Chief Has Been`). */
export function isTitleCase(text: string): boolean {
  // Each token's letters from its first to its last ASCII letter (what stripping other characters
  // from both ends leaves), measured in place, tokens too, rather than cut out: this runs on many lines.
  let words = 0
  let capitalised = 0
  for (let start = tokenStart(text, 0); start < text.length; ) {
    const stop = tokenEnd(text, start)
    let first = start
    start = tokenStart(text, stop)
    while (first < stop && !isAsciiLetter(text.charCodeAt(first))) first++
    let end = stop
    while (end > first && !isAsciiLetter(text.charCodeAt(end - 1))) end--
    if (end - first < 4) continue
    words++
    const c = text.charCodeAt(first)
    if (c >= 0x41 && c <= 0x5a) capitalised++
  }
  if (!words) return false
  return capitalised / words >= TITLE_CASE_SHARE
}

/** Whether a code unit is `[A-Za-z]`. */
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

// End-anchored tests of every line, looked at from the last character first (`endTest`).
const QUOTE_CLOSED = endTest(/[\p{L}\d][”"’]$/u, '”"’')
const QUESTION_OR_EXCLAMATION_END = endTest(/[?!]["”’]?$/, '?!"”’')
const COMMA_END = endTest(/[,;]$/, ',;')
const SENTENCE_MARK_END = endTest(/[.!?]["”’]?$/, '.!?"”’')

/**
 * Whether a line has the shape of a title line: short, mostly letters, few words, and (unless it is set
 * in capitals) not ending a sentence or with a comma.
 */
export function isTitleShaped(text: string): boolean {
  if (text.length > HEADLINE_MAX_CHARS) return false
  // The end first, read at its last characters (the counts below read the whole line): a line that ends a
  // sentence or with a comma is a title only in capitals. A closing quote right after a word ends a
  // quotation (`Toxic waste site now “no problem”`), not a sentence.
  const closed =
    COMMA_END.test(text) ||
    (endsSentence(text) && !(QUOTE_CLOSED.test(text) || QUESTION_OR_EXCLAMATION_END.test(text)))
  if (closed && !isCapsLine(text)) return false
  return letterCount(text) >= 3 && letterShare(text) >= 0.6 && tokenCount(text) <= HEADLINE_MAX_WORDS
}

/** Whether a role is a byline's or a dateline's (compared, not looked up: asked of the line after many lines). */
const isBylineLike = (role: SegmentRole) => role === 'byline' || role === 'byline-role' || role === 'dateline'

/** Whether a segment is a line set aside as OCR noise (it may stand inside a stack of titles). */
function isNoise(s: Segment | undefined): boolean {
  return s?.role === 'furniture' && s.kind === 'noise'
}

/**
 * Evidence that the run of title-shaped segments `[i, j)` is a title:
 * what precedes its first line, what follows its last line, and its shape.
 */
function runScore(segments: readonly Segment[], i: number, j: number, layout: EnLayout): number {
  const first = segments[i]!
  const last = segments[j - 1]!
  // The run's lines without the noise among them, counted in place (this is asked of every run).
  let lines = 0
  let caps = false
  for (let k = i; k < j; k++) {
    const s = segments[k]!
    if (isNoise(s)) continue
    lines++
    caps ||= isCapsLine(s.text) && tokenCount(s.text) >= 2
  }
  let score = 0
  // Before: a boundary (page top, furniture, figure, byline) or a gap after finished text.
  const before = segments[i - 1]
  if (before?.glued) score -= PREVIOUS_OPEN
  else if (!before || before.role !== 'body') score += PREVIOUS_BOUNDARY
  // A story gap is as clear a boundary as the top of the page.
  else if (first.gapBefore >= STORY_GAP_LINES) score += PREVIOUS_BOUNDARY
  else if (first.gapBefore > 0) score += PREVIOUS_GAP
  else if (endsSentence(before.text)) score += PREVIOUS_SENTENCE_END
  else score -= PREVIOUS_OPEN
  // After: a byline, dateline or wide dek; a capital; not a lower-case continuation.
  const next = nextContent(segments, j - 1)
  // A title stands above its story: not at the end of the page, nor before a story gap.
  if (!next || next.gapBefore >= STORY_GAP_LINES) return 0
  const bylineNext = isBylineLike(next.role) || parseDateline(next.text) || parseByline(next.text)
  if (bylineNext) score += NEXT_BYLINE
  else if (!layout.paragraphPerLine && next.line.width >= layout.modalWidth * WIDE_DEK_SHARE)
    score += NEXT_WIDE
  if (startsUpper(next.text)) score += NEXT_CAPITAL
  // A byline may open in lower case (`by Jenny Coyle`); body text that does continues the line before.
  else if (startsLower(next.text) && !caps && !bylineNext) score -= NEXT_LOWER
  // Shape.
  if (caps) score += CAPS_EVIDENCE
  if (lines > 1) score += STACK_EVIDENCE
  if (layout.paragraphPerLine) score += PARAGRAPH_PER_LINE_EVIDENCE
  else if (!caps && endsOpen(last.text)) score -= OPEN_END_PENALTY
  return score
}

/** Weights of the evidence for a title (summed and compared with `TITLE_MIN_SCORE`). */
const PREVIOUS_BOUNDARY = 0.4
const PREVIOUS_GAP = 0.2
const PREVIOUS_SENTENCE_END = 0.1
const PREVIOUS_OPEN = 0.2
const NEXT_BYLINE = 0.4
const NEXT_WIDE = 0.3
const NEXT_CAPITAL = 0.1
const NEXT_LOWER = 0.3
const CAPS_EVIDENCE = 0.3
const STACK_EVIDENCE = 0.1
const PARAGRAPH_PER_LINE_EVIDENCE = 0.3
const OPEN_END_PENALTY = 0.3

/**
 * Whether a one-unit title run is an in-body sub-head (`MOYR NAT OUrr PLACE.`, `Wrong Classification`):
 * on a page without gaps, right after a finished sentence, with body text and no byline or dateline after it.
 */
function isSubhead(
  segments: readonly Segment[],
  i: number,
  j: number,
  units: number,
  layout: EnLayout,
): boolean {
  if (units !== 1 || !(layout.flat || layout.paragraphPerLine)) return false
  const before = segments[i - 1]
  if (!before || before.role !== 'body' || before.glued || segments[i]!.gapBefore > 0) return false
  if (!endsSentence(before.text)) return false
  const next = nextContent(segments, j - 1)
  return next !== undefined && next.role === 'body' && !parseDateline(next.text) && !parseByline(next.text)
}

/** Whether `line` continues the title unit that `previous` is in. */
function continuesUnit(previous: string, line: string, flat: boolean): boolean {
  if (SENTENCE_MARK_END.test(previous)) return false
  const prevCaps = isCapsLine(previous)
  if (prevCaps !== isCapsLine(line)) return false
  // A one-word label over a stack (`OIL` / `IRAQ REPORTS ATTACKS…`) is a kicker, not the stack's first line.
  if (prevCaps) return !(tokenCount(previous) === 1 && tokenCount(line) >= 3)
  // Old decks set every line in title case (`Retiring Jail Chief Has Ber` / `Under Criticism, But Change`).
  return flat || startsLower(line) || endsOpen(previous)
}

export const headlines: Rule = {
  name: 'en-headlines',
  description:
    'Headlines, stacked decks, kickers and deks, from title-shaped lines weighed with what surrounds them.',
  run(page: PageContext) {
    const layout = enLayout(page)
    const segments = enState(page).segments
    const mixedUnitMax = layout.paragraphPerLine
      ? MIXED_UNIT_MAX_LINES_PARAGRAPH_PAGE
      : layout.flat
        ? MIXED_UNIT_MAX_LINES_FLAT_PAGE
        : MIXED_UNIT_MAX_LINES_COLUMN_PAGE
    // On old pages a sentence-case line is a title only right above a byline or dateline.
    const bylineAfter = (i: number) => {
      const next = nextContent(segments, i)
      return next !== undefined && (isBylineLike(next.role) || parseDateline(next.text) !== null)
    }
    // Runs overlap and are re-scanned from each of their lines: remember each segment's answer (0 not
    // asked yet, 1 yes, 2 no; the rule marks segments but neither adds nor removes them).
    const candidates = new Uint8Array(segments.length)
    const candidate = (i: number): boolean => {
      if (i >= segments.length) return false
      const known = candidates[i]!
      if (known !== 0) return known === 1
      const answer = isCandidate(i)
      candidates[i] = answer ? 1 : 2
      return answer
    }
    const isCandidate = (i: number) => {
      const s = segments[i]
      return (
        s !== undefined &&
        s.role === 'body' &&
        !s.glued &&
        s.start === s.line.contentStart &&
        s.end === s.line.contentEnd &&
        isTitleShaped(s.text) &&
        !isStrayWord(i) &&
        // The cheaper tests of the page kind before the garble (they pass every line in capitals, so a
        // stack's garble is still measured when its first line is asked about).
        (layout.paragraphPerLine ||
          isCapsLine(s.text) ||
          s.line.width <= layout.modalWidth * WIDE_DEK_SHARE ||
          bylineAfter(i)) &&
        (!layout.flat || isCapsLine(s.text) || isTitleCase(s.text) || bylineAfter(i)) &&
        // A damaged line in capitals right above a byline or dateline still closes the stack it stands in.
        (titleGarble(i) < TITLE_MAX_GARBLED_SHARE || (isCapsLine(s.text) && bylineAfter(i))) &&
        !datelineAt(segments, i)
      )
    }
    // Whether segment `end` is the last line of a deck in title case closed by a period, on an old page.
    const closesDeck = (end: number, i: number) => {
      const closing = segments[end]
      return (
        layout.flat &&
        closing?.role === 'body' &&
        closing.gapBefore === 0 &&
        closing.text.length <= HEADLINE_MAX_CHARS &&
        isTitleCase(closing.text) &&
        endsSentence(closing.text) &&
        !isCapsLine(closing.text) &&
        !parseDateline(closing.text) &&
        !isCapsLine(segments[end - 1]!.text) &&
        continuesUnit(segments[end - 1]!.text, closing.text, isCapsLine(segments[i]!.text))
      )
    }
    // Garble of a title line: a line in capitals is judged with the stack of capitals it stands in (one
    // damaged word of `STARVLNG PKOPLK ON` / `VKRGK OF REVOLT` does not make the stack garble).
    // NaN: not measured yet.
    const stackGarble = new Float64Array(segments.length).fill(Number.NaN)
    const isStackLine = (k: number) => {
      const t = segments[k]
      return t !== undefined && t.role === 'body' && t.start === t.line.contentStart && isCapsLine(t.text)
    }
    const titleGarble = (i: number): number => {
      const text = segments[i]!.text
      if (!isCapsLine(text)) return garbledShare(text)
      const known = stackGarble[i]!
      if (!Number.isNaN(known)) return known
      let from = i
      while (from > 0 && segments[from]!.gapBefore === 0 && isStackLine(from - 1)) from--
      let to = i + 1
      while (isStackLine(to) && segments[to]!.gapBefore === 0) to++
      let garbled = 0
      let lettered = 0
      for (let k = from; k < to; k++) {
        const words = letteredTokenCount(segments[k]!.text)
        lettered += words
        garbled += garbledShare(segments[k]!.text) * words
      }
      const share = lettered ? garbled / lettered : 0
      for (let k = from; k < to; k++) stackGarble[k] = share
      return share
    }
    // A lone short word printed nowhere else on the page is a scrap of an ear or of art (`WEA`), no title;
    // on a modern page a label over a headline in capitals is its kicker (`OIL`).
    const isStrayWord = (i: number) => {
      const text = segments[i]!.text
      if (tokenCount(text) !== 1 || letterCount(text) > STRAY_WORD_MAX_LETTERS) return false
      const next = nextContent(segments, i)
      if (!layout.flat && next && isCapsLine(next.text)) return false
      const word = text.replace(/[^A-Za-z]/g, '').toLowerCase()
      return (layout.vocabulary.get(word) ?? 0) < 2
    }
    // Where a stretch of title lines from `from` (scanned on from `end`) ends: a noise line inside it (a
    // garbled line of a stack, `OF U-BOATWAfiFARE`) neither ends it nor joins it.
    const stretchEnd = (from: number, end: number) => {
      for (;;) {
        let k = end
        while (isNoise(segments[k])) k++
        if (!candidate(k) || (k !== from && segments[k]!.gapBefore > TITLE_RUN_MAX_GAP)) return end
        end = k + 1
      }
    }
    // How many title units the lines `[i, end)` make.
    const unitCount = (i: number, end: number) => {
      let units = 1
      const flatCaps = layout.flat && isCapsLine(segments[i]!.text)
      let previous = segments[i]!
      for (let k = i + 1; k < end; k++) {
        const s = segments[k]!
        if (isNoise(s)) continue
        if (!continuesUnit(previous.text, s.text, flatCaps)) units++
        previous = s
      }
      return units
    }
    let runEnd = 0
    for (let i = 0; i < segments.length; i++) {
      // A title that opens in lower case is one the OCR cut at its start: only right above a byline or
      // dateline. Asked before whether the line is a candidate, which then no longer matters: most lines
      // of running text open in lower case. (Nothing reads a line's candidacy once the loop is past it;
      // only a line in capitals is still asked, as its stack's garble is measured and kept when it is.)
      // Only body text is a candidate (and asking what follows each line of a long run of furniture
      // would read the rest of the run from each).
      if (segments[i]!.role !== 'body') continue
      const text = segments[i]!.text
      if (startsLower(text) && !bylineAfter(i)) {
        if (isCapsLine(text)) candidate(i)
        continue
      }
      if (!candidate(i)) continue
      // The run of title-shaped lines starting here, cut into units of lines that continue each other.
      // A run starting inside the last run ends where that run ended (scanning again would be quadratic).
      let end = i < runEnd ? runEnd : i
      end = stretchEnd(i, end)
      runEnd = end
      // A deck's last line may end with a period (`Is Political.`); on an old page the stack goes on under
      // it (`Start Immediately.` / `ACTION IN MANY CITIES.` / `F. W. Swacker of New Haven`…).
      while (closesDeck(end, i)) {
        end++
        // …while it holds no more than a headline and one deck: further titles open the next story.
        if (
          segments[end]?.gapBefore !== 0 ||
          !candidate(end) ||
          unitCount(i, end) > CONTINUED_STACK_MAX_UNITS
        )
          break
        end = stretchEnd(end, end)
      }
      const units: Segment[][] = []
      // Where each unit ends (after its last line): noise lines may stand between units.
      const unitEnds: number[] = []
      let overlong = false
      let j = i
      for (; j < end; j++) {
        const s = segments[j]!
        if (isNoise(s)) continue
        const unit = units.at(-1)
        if (unit && continuesUnit(unit.at(-1)!.text, s.text, layout.flat && isCapsLine(units[0]![0]!.text))) {
          // Body lines of a column continue each other too: a title unit in mixed case is short.
          if (!isCapsLine(s.text) && unit.length >= mixedUnitMax) {
            overlong = true
            break
          }
          unit.push(s)
          unitEnds[unitEnds.length - 1] = j + 1
        } else {
          if (units.length >= TITLE_MAX_UNITS) break
          // Old pages print mixed-case decks under a capital headline, not under another mixed-case line.
          if (layout.flat && unit && !isCapsLine(unit[0]!.text) && !isCapsLine(s.text)) break
          units.push([s])
          unitEnds.push(j + 1)
        }
      }
      // The overlong unit was body after all: drop it from the run. A run that fails as a whole may hold
      // a title at its start: drop units from its end. (Dropping the last unit ends the run after the
      // unit before it; written out, not as a closure over the loop's variables, which would give every
      // pass of the loop, over every segment, a context object of its own.)
      let drop = overlong
      while (drop || (units.length > 1 && runScore(segments, i, j, layout) < TITLE_MIN_SCORE)) {
        drop = false
        units.pop()
        unitEnds.pop()
        j = unitEnds.at(-1) ?? i
      }
      if (!units.length || runScore(segments, i, j, layout) < TITLE_MIN_SCORE) {
        i = Math.max(i, j - 1)
        continue
      }
      const score = runScore(segments, i, j, layout)
      if (isSubhead(segments, i, j, units.length, layout)) {
        for (const unit of units) for (const t of unit) mark(t, 'furniture', this.name, 0.5, 'subhead')
        i = j - 1
        continue
      }
      const confidence = Math.min(0.9, 0.3 + score / 2)
      let u = 0
      const first = units[0]!
      if (
        units.length > 1 &&
        first.length === 1 &&
        tokenCount(first[0]!.text) === 1 &&
        first[0]!.text.length <= KICKER_MAX_CHARS &&
        isCapsLine(first[0]!.text)
      ) {
        mark(first[0]!, 'kicker', this.name, confidence)
        u = 1
      }
      for (let k = u; k < units.length; k++) {
        const unit = units[k]!
        for (const s of unit) mark(s, k === u ? 'headline' : 'dek', this.name, confidence)
        // Each unit is one title: the assembler joins its lines and no more.
        unit[0]!.paragraphStart = true
      }
      // Modern deks: wide lines right under the headline, up to the end of a sentence (column pages only).
      let k = j
      while (
        !layout.flat &&
        !layout.paragraphPerLine &&
        k < segments.length &&
        segments[k]!.role === 'body' &&
        segments[k]!.gapBefore === 0
      ) {
        const s = segments[k]!
        if (s.line.width < layout.modalWidth * WIDE_DEK_SHARE && k === j) break
        mark(s, 'dek', this.name, 0.6)
        if (k === j) s.paragraphStart = true
        k++
        if (endsSentence(s.text)) break
      }
      i = k - 1
    }
  },
}
