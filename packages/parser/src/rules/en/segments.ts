/**
 * The working model of the English rules: the page's non-blank lines as
 * segments (a whole line, or a piece of one where a rule split it) that
 * rules give roles to, in reading order. Kept in `page.scratch.en`.
 */
import type { Line, PageContext } from '../../pipeline/model.js'
import type { FurnitureKind } from '../../types.js'
import { isDoubleSpaced } from '../neutral/layout.js'

/** What a segment is. `body` is the default: text of an article. */
export type SegmentRole =
  | 'body'
  | 'furniture'
  | 'kicker'
  | 'headline'
  | 'dek'
  | 'byline'
  | 'byline-role'
  | 'dateline'
  | 'caption'
  | 'credit'
  | 'figure-title'

/** A line, or a piece of one, with the role rules gave it. */
export interface Segment {
  /** The line the segment comes from. */
  line: Line
  /** Index of the line in `page.lines`. */
  index: number
  /** Source offsets of the segment's text (trimmed). */
  start: number
  end: number
  /** The segment's text (trimmed). */
  text: string
  /** Blank lines between this line and the previous non-blank line (0 for a later piece of a line). */
  gapBefore: number
  role: SegmentRole
  /** Rule that gave the role, and how sure it is. */
  rule: string
  confidence: number
  /** Furniture kind when `role` is `furniture`. */
  kind?: FurnitureKind
  /** Authors, role and organisation when `role` is `byline` (a `byline-role` segment sets `role`). */
  byline?: { authors: string[]; role: string | null; organization: string | null }
  /** Place, date and agency when `role` is `dateline`. */
  dateline?: { place: string | null; date: string | null; agency: string | null }
  /** Photographers and agency when `role` is `credit`. */
  credit?: { photographers: string[]; agency: string | null }
  /** Whether a paragraph starts at this body segment (set by `en-paragraphs`). */
  paragraphStart?: boolean
  /** Whether this segment belongs to a run of one-word lines printed from one justified line. */
  glued?: boolean
}

/**
 * Blank lines between finished text and what follows that mark a new story: as clear a boundary as the
 * top of the page (on a double-spaced page, counted after the discount of its one blank line per line).
 */
export const STORY_GAP_LINES = 2

/** The English state of a page. */
export interface EnState {
  segments: Segment[]
}

const WHITESPACE = /\s/

/** Segments of a page, made from its lines on first use. */
export function enState(page: PageContext): EnState {
  const cached = page.scratch.en as EnState | undefined
  if (cached) return cached
  const segments: Segment[] = []
  let gap = 0
  page.lines.forEach((line, index) => {
    if (line.blank) {
      gap++
      return
    }
    segments.push(
      newSegment(line, index, line.contentStart, line.contentEnd, line.trimmed, segments.length ? gap : 0),
    )
    gap = 0
  })
  // On a double-spaced page (MuPDF prints a blank line after every line) one blank line means nothing.
  if (isDoubleSpaced(page.lines)) for (const s of segments) s.gapBefore = Math.max(0, s.gapBefore - 1)
  const state: EnState = { segments }
  page.scratch.en = state
  return state
}

/**
 * A segment: every segment is made here, by one literal with every field present from the start
 * (segments given fields later, in different orders, or copied by a spread would take hidden classes of
 * their own, and every rule's reads of segments would turn polymorphic). A body segment, or a piece of
 * `like` that keeps the rest of it as it stands.
 */
function newSegment(
  line: Line,
  index: number,
  start: number,
  end: number,
  text: string,
  gapBefore: number,
  like?: Segment,
): Segment {
  return {
    line,
    index,
    start,
    end,
    text,
    gapBefore,
    role: like ? like.role : 'body',
    rule: like ? like.rule : 'en-body',
    confidence: like ? like.confidence : 0.5,
    kind: like?.kind,
    byline: like?.byline,
    dateline: like?.dateline,
    credit: like?.credit,
    paragraphStart: like?.paragraphStart,
    glued: like?.glued,
  }
}

/** Give a segment a role. */
export function mark(
  segment: Segment,
  role: SegmentRole,
  rule: string,
  confidence: number,
  kind?: FurnitureKind,
): void {
  segment.role = role
  segment.rule = rule
  segment.confidence = confidence
  // Cleared, not deleted: a deleted property sends the object to slow dictionary mode.
  segment.kind = kind
}

/**
 * Split a segment at a character index of its text; the two pieces are
 * trimmed and keep their source offsets. Returns [head, tail]; a piece that
 * would be empty is null. The segment list is updated in place.
 */
export function splitSegment(state: EnState, segment: Segment, at: number): [Segment | null, Segment | null] {
  const position = state.segments.indexOf(segment)
  const piece = (from: number, to: number, first: boolean): Segment | null => {
    while (from < to && WHITESPACE.test(segment.text[from]!)) from++
    while (to > from && WHITESPACE.test(segment.text[to - 1]!)) to--
    if (from >= to) return null
    return newSegment(
      segment.line,
      segment.index,
      segment.start + from,
      segment.start + to,
      segment.text.slice(from, to),
      first ? segment.gapBefore : 0,
      segment,
    )
  }
  const head = piece(0, at, true)
  const tail = piece(at, segment.text.length, !head)
  const replacement = [head, tail].filter((s): s is Segment => s !== null)
  if (position >= 0) state.segments.splice(position, 1, ...replacement)
  return [head, tail]
}

/** The next segment after `i` that is not furniture, or undefined. */
export function nextContent(segments: readonly Segment[], i: number): Segment | undefined {
  for (let j = i + 1; j < segments.length; j++) if (segments[j]!.role !== 'furniture') return segments[j]
  return undefined
}

/** The previous segment before `i` that is not furniture, or undefined. */
export function previousContent(segments: readonly Segment[], i: number): Segment | undefined {
  for (let j = i - 1; j >= 0; j--) if (segments[j]!.role !== 'furniture') return segments[j]
  return undefined
}
