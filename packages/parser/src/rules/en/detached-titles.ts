/**
 * Detached titles: some extractors (MuPDF among them) print a page's
 * headlines after all of its text, in a block at the end, while each story
 * opens with a byline, a dateline or a kicker and no title. The titles of
 * that closing block are given, in printed order, to the stories that
 * opened without one, in printed order: each title's lines are moved in
 * front of its story's byline or dateline (or under its kicker). Titles
 * left over stay where they are.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { endsSentence, startsUpper } from './features.js'
import { isCapsLine, isTitleCase, isTitleShaped } from './headlines.js'
import { enState, mark, type Segment } from './segments.js'

/** Roles a line of the closing title block may have been given by earlier rules. */
const TITLE_ROLES = new Set(['body', 'headline', 'dek', 'kicker'])
/** A teaser's page reference (`Page 5`, `See page 3`): not a title. */
const PAGE_REFERENCE = /^(?:See\s+)?Page\s+[A-Z]?\d+\.?$/i
/** Roles of a figure, which may stand between a story's title and its byline. */
const FIGURE_ROLES = new Set(['caption', 'credit', 'figure-title'])
/** A one-word title in capitals right above a byline, with titles printed apart: the story's kicker. */
const KICKER_MAX_CHARS = 16
/** Roles of a line above the closing block that set it apart from running text. */
const SET_APART_BY = new Set(['furniture', 'headline', 'dek'])
/** Roles that open a story. */
const OPENING_ROLES = new Set(['byline', 'dateline'])
/** Roles that stand above a story's byline or dateline as its title. */
const TITLED_ROLES = new Set(['headline', 'dek', 'kicker', 'byline', 'byline-role'])

/** The closing block of title lines: after the last text of the page, furniture aside. */
function closingTitles(segments: readonly Segment[]): number[] {
  const tail: number[] = []
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i]!
    if (s.role === 'furniture') continue
    const title =
      TITLE_ROLES.has(s.role) &&
      !s.glued &&
      isTitleShaped(s.text) &&
      (isCapsLine(s.text) || isTitleCase(s.text)) &&
      !PAGE_REFERENCE.test(s.text)
    if (!title) break
    tail.unshift(i)
  }
  // The block is set apart from the text above it (a gap, furniture or a title) and opens with a capital.
  while (tail.length) {
    const first = segments[tail[0]!]!
    const above = segments[tail[0]! - 1]
    const apart = first.gapBefore > 0 || (above !== undefined && SET_APART_BY.has(above.role))
    if (apart && startsUpper(first.text)) break
    tail.shift()
  }
  return tail
}

/** Titles of the block: a new one after a blank line or after a line that ends a sentence. */
function titleUnits(segments: readonly Segment[], tail: readonly number[]): Segment[][] {
  const units: Segment[][] = []
  tail.forEach((index, k) => {
    const s = segments[index]!
    const before = k > 0 ? segments[tail[k - 1]!]! : undefined
    // Lines of one title follow each other with no blank line, even where the extractor double-spaces text.
    const joins =
      before !== undefined &&
      index === tail[k - 1]! + 1 &&
      s.index === before.index + 1 &&
      !endsSentence(before.text)
    if (joins) units.at(-1)!.push(s)
    else units.push([s])
  })
  return units
}

/** Whether a headline is a lone word in capitals (`OIL`), a kicker when the titles were printed apart. */
function isKickerShaped(s: Segment): boolean {
  return (
    s.role === 'headline' &&
    s.paragraphStart === true &&
    !/\s/.test(s.text) &&
    s.text.length <= KICKER_MAX_CHARS &&
    isCapsLine(s.text)
  )
}

/** Where stories open without a title: before a byline or dateline with text before it, or under a lone kicker. */
function untitledOpenings(segments: readonly Segment[], end: number): Segment[] {
  const openings: Segment[] = []
  let previous: Segment | undefined
  for (let i = 0; i < end; i++) {
    const s = segments[i]!
    if (s.role === 'furniture' || FIGURE_ROLES.has(s.role)) continue
    if (OPENING_ROLES.has(s.role) && previous && isKickerShaped(previous)) {
      mark(previous, 'kicker', 'en-detached-titles', 0.6)
      openings.push(s)
    } else if (OPENING_ROLES.has(s.role) && !(previous && TITLED_ROLES.has(previous.role))) openings.push(s)
    else if (previous?.role === 'kicker' && s.role !== 'headline') openings.push(s)
    previous = s
  }
  return openings
}

export const detachedTitles: Rule = {
  name: 'en-detached-titles',
  description: 'Titles printed in a block after all of the text go to the stories that opened without one.',
  run(page: PageContext) {
    const state = enState(page)
    const segments = state.segments
    const tail = closingTitles(segments)
    if (!tail.length) return
    const openings = untitledOpenings(segments, tail[0]!)
    if (!openings.length) return
    const units = titleUnits(segments, tail)
    const pairs = Math.min(units.length, openings.length)
    for (let k = 0; k < pairs; k++) {
      const unit = units[k]!
      unit.forEach((s, n) => {
        mark(s, 'headline', this.name, 0.6)
        s.paragraphStart = n === 0
      })
      for (const s of unit) segments.splice(segments.indexOf(s), 1)
      segments.splice(segments.indexOf(openings[k]!), 0, ...unit)
    }
  },
}
