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
import type { Rule } from '../rule.js'
import { parseDateline } from './datelines.js'
import {
  capsShare,
  endsOpen,
  endsSentence,
  letterCount,
  letterShare,
  startsLower,
  startsUpper,
  tokens,
} from './features.js'
import { enLayout } from './page-layout.js'
import { enState, mark, nextContent, type Segment } from './segments.js'

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
/** A kicker is one word of at most this many characters. */
export const KICKER_MAX_CHARS = 16

/** Whether a line is set in capitals. */
export function isCapsLine(text: string): boolean {
  return letterCount(text) >= 2 && capsShare(text) >= CAPS_LINE_SHARE
}

/** Whether a line has the shape of a title line. */
export function isTitleShaped(text: string): boolean {
  if (text.length > HEADLINE_MAX_CHARS || letterCount(text) < 3 || letterShare(text) < 0.6) return false
  const words = tokens(text)
  if (words.length > HEADLINE_MAX_WORDS) return false
  const caps = isCapsLine(text)
  if (endsSentence(text) && !(caps || /[?!]["”’]?$/.test(text))) return false
  if (!caps && /[,;]$/.test(text)) return false
  return true
}

const BYLINE_LIKE = new Set(['byline', 'byline-role', 'dateline'])

/** Evidence that a title-shaped segment is a title, from 0 up. */
function titleScore(segments: readonly Segment[], i: number, paragraphPerLine: boolean): number {
  const s = segments[i]!
  const next = nextContent(segments, i)
  let previous: Segment | undefined
  for (let j = i - 1; j >= 0; j--) {
    if (segments[j]!.role !== 'furniture') {
      previous = segments[j]
      break
    }
  }
  let score = 0
  if (isCapsLine(s.text) && tokens(s.text).length >= 2) score += 0.3
  if (next && (BYLINE_LIKE.has(next.role) || parseDateline(next.text))) score += 0.4
  if (!previous || previous.role !== 'body' || s.gapBefore > 0 || segments[i - 1]?.role === 'furniture')
    score += 0.2
  else if (endsSentence(previous.text)) score += 0.1
  if (next && startsUpper(next.text)) score += 0.1
  if (next && next.role === 'body' && startsLower(next.text) && !isCapsLine(s.text)) score -= 0.3
  if (paragraphPerLine) score += 0.3
  else if (!isCapsLine(s.text) && endsOpen(s.text)) score -= 0.3
  return score
}

/** Whether `line` continues the title unit that `previous` is in. */
function continuesUnit(previous: string, line: string): boolean {
  if (/[.!?]["”’]?$/.test(previous)) return false
  const prevCaps = isCapsLine(previous)
  if (prevCaps !== isCapsLine(line)) return false
  if (prevCaps) return true
  return startsLower(line) || endsOpen(previous)
}

export const headlines: Rule = {
  name: 'en-headlines',
  description:
    'Headlines, stacked decks, kickers and deks, from title-shaped lines weighed with what surrounds them.',
  run(page: PageContext) {
    const layout = enLayout(page)
    const segments = enState(page).segments
    const candidate = (i: number) => {
      const s = segments[i]
      return (
        s !== undefined &&
        s.role === 'body' &&
        !s.glued &&
        s.start === s.line.contentStart &&
        s.end === s.line.contentEnd &&
        isTitleShaped(s.text)
      )
    }
    for (let i = 0; i < segments.length; i++) {
      if (!candidate(i)) continue
      // The run of title-shaped lines starting here.
      let j = i
      while (candidate(j) && (j === i || segments[j]!.gapBefore === 0)) j++
      const run = segments.slice(i, j)
      // The run is a title if its last line has enough evidence (what follows the run decides).
      const score = titleScore(segments, j - 1, layout.paragraphPerLine) + (run.length > 1 ? 0.2 : 0)
      const firstScore = titleScore(segments, i, layout.paragraphPerLine)
      if (Math.max(score, firstScore) < TITLE_MIN_SCORE) {
        i = j - 1
        continue
      }
      const confidence = Math.min(0.9, 0.4 + Math.max(score, firstScore) / 2)
      // Units: lines that continue each other.
      const units: Segment[][] = []
      for (const s of run) {
        const unit = units.at(-1)
        if (unit && continuesUnit(unit.at(-1)!.text, s.text)) unit.push(s)
        else units.push([s])
      }
      let u = 0
      const first = units[0]!
      if (
        units.length > 1 &&
        first.length === 1 &&
        tokens(first[0]!.text).length === 1 &&
        first[0]!.text.length <= KICKER_MAX_CHARS &&
        isCapsLine(first[0]!.text)
      ) {
        mark(first[0]!, 'kicker', this.name, confidence)
        u = 1
      } else if (
        units.length === 1 &&
        first.length > 1 &&
        isCapsLine(first[0]!.text) &&
        tokens(first[0]!.text).length === 1 &&
        first[0]!.text.length <= KICKER_MAX_CHARS &&
        !isCapsLine(first[1]!.text)
      ) {
        mark(first.shift()!, 'kicker', this.name, confidence)
      }
      units.slice(u).forEach((unit, k) => {
        for (const s of unit) mark(s, k === 0 ? 'headline' : 'dek', this.name, confidence)
        // Each unit is one title: the assembler joins its lines and no more.
        unit[0]!.paragraphStart = true
      })
      // Modern deks: wide lines right under the headline, up to the end of a sentence.
      let k = j
      while (k < segments.length && segments[k]!.role === 'body' && segments[k]!.gapBefore === 0) {
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
