/**
 * Detached titles: some extractors (MuPDF among them) print a page's
 * headlines after all of its text, in a block at the end, while each story
 * opens with a byline, a dateline or a kicker and no title. The titles of
 * that closing block are given, in printed order, to the stories that
 * opened without one, in printed order: each title's lines are moved in
 * front of its story's byline or dateline (or under its kicker). Titles
 * left over stay where they are. A title printed as overlapping word pairs
 * (`Elvis` / `Elvis fans` / `fans hold` …) is read once; the copies become
 * `noise`.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { endsSentence, startsUpper, tokens } from './features.js'
import { isCapsLine, isTitleCase, isTitleShaped } from './headlines.js'
import { type EnState, enState, mark, type Segment, splitSegment } from './segments.js'

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

/** A title printed as overlapping word pairs has at least this many lines (`Elvis` / `Elvis fans` / `fans hold`). */
export const DOUBLED_MIN_LINES = 3
/** …of at most this many words each. */
const DOUBLED_MAX_WORDS = 3

/** A title of the closing block: its lines, and whether they repeat each other's words in pairs. */
interface ClosingTitle {
  lines: Segment[]
  doubled: boolean
}

/**
 * Where a title printed as overlapping word pairs ends at segment `end` (MuPDF prints each word of a
 * large title twice: `Elvis` / `Elvis fans` / `fans hold` / `hold birthday` / `birthday bash` / `bash`):
 * each line opens with the last word of the line above, no blank line between. Returns the index of
 * its first line, or null.
 */
function doubledRunStart(segments: readonly Segment[], end: number): number | null {
  const fits = (x: Segment) =>
    x.role !== 'furniture' && !x.glued && tokens(x.text).length <= DOUBLED_MAX_WORDS
  let start = end
  while (start > 0) {
    const s = segments[start]!
    const above = segments[start - 1]!
    if (!fits(s) || !fits(above) || s.index !== above.index + 1) break
    if (tokens(s.text)[0] !== tokens(above.text).at(-1)) break
    start--
  }
  return end - start + 1 >= DOUBLED_MIN_LINES ? start : null
}

/** The closing block of titles: after the last text of the page, furniture aside. */
function closingTitles(segments: readonly Segment[]): ClosingTitle[] {
  // Read from the bottom up into `reversed`, titles and their lines in reverse order, then turned once:
  // adding at the front each time is quadratic on a page of nothing but titles.
  const reversed: ClosingTitle[] = []
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i]!
    if (s.role === 'furniture') continue
    const doubled = doubledRunStart(segments, i)
    if (doubled !== null) {
      reversed.push({ lines: segments.slice(doubled, i + 1).reverse(), doubled: true })
      i = doubled
      continue
    }
    const title =
      TITLE_ROLES.has(s.role) &&
      !s.glued &&
      isTitleShaped(s.text) &&
      (isCapsLine(s.text) || isTitleCase(s.text)) &&
      !PAGE_REFERENCE.test(s.text)
    if (!title) break
    // Lines of one title follow each other with no blank line, even where the extractor double-spaces text.
    const below = reversed.at(-1)
    if (below && !below.doubled && below.lines.at(-1)!.index === s.index + 1 && !endsSentence(s.text))
      below.lines.push(s)
    else reversed.push({ lines: [s], doubled: false })
  }
  const block = reversed.reverse()
  for (const title of block) title.lines.reverse()
  // The block is set apart from the text above it (a gap, furniture or a title) and opens with a capital.
  // Titles are in source order: each is looked for in `segments` from where the one before it was.
  let from = 0
  let at = 0
  for (; from < block.length; from++) {
    const first = block[from]!.lines[0]!
    at = segments.indexOf(first, at)
    const above = segments[at - 1]
    const apart = first.gapBefore > 0 || (above !== undefined && SET_APART_BY.has(above.role))
    if (apart && startsUpper(first.text)) break
  }
  return from === 0 ? block : block.slice(from)
}

/**
 * The lines of a title as they go into the headline: for a title printed in word pairs, each line but
 * the first loses its first word (the copy), which becomes `noise` furniture.
 */
function titleLines(state: EnState, title: ClosingTitle, rule: string): Segment[] {
  if (!title.doubled) return title.lines
  const kept: Segment[] = [title.lines[0]!]
  for (const s of title.lines.slice(1)) {
    const [copy, rest] = splitSegment(state, s, s.text.search(/\s|$/))
    if (copy) mark(copy, 'furniture', rule, 0.6, 'noise')
    if (rest) kept.push(rest)
  }
  return kept
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

/** Where stories open without a title: before a byline or dateline with text before it, or under a lone kicker or one-word caps headline. */
function untitledOpenings(segments: readonly Segment[], end: number): Segment[] {
  const openings: Segment[] = []
  let previous: Segment | undefined
  for (let i = 0; i < end; i++) {
    const s = segments[i]!
    if (s.role === 'furniture' || FIGURE_ROLES.has(s.role)) continue
    if ((OPENING_ROLES.has(s.role) || s.role === 'body') && previous && isKickerShaped(previous)) {
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
    const block = closingTitles(segments)
    if (!block.length) return
    const openings = untitledOpenings(segments, segments.indexOf(block[0]!.lines[0]!))
    const pairs = Math.min(block.length, openings.length)
    for (let k = 0; k < pairs; k++) {
      const unit = titleLines(state, block[k]!, this.name)
      unit.forEach((s, n) => {
        mark(s, 'headline', this.name, 0.6)
        s.paragraphStart = n === 0
      })
      for (const s of unit) segments.splice(segments.indexOf(s), 1)
      segments.splice(segments.indexOf(openings[k]!), 0, ...unit)
    }
  },
}
