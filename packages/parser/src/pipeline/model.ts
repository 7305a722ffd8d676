/**
 * The model rules work on: lines of a page with their source offsets, and
 * draft articles made of text pieces that remember where they came from.
 * `build-tree.ts` turns drafts into the public tree.
 */
import type { VFile } from 'vfile'
import type { FurnitureKind } from '../types.js'

/** A source range, `[start, end)` offsets into the whole input. */
export type Span = [number, number]

/** One line of a page. */
export interface Line {
  /** Line number in the whole input, from 1 (unist convention). */
  line: number
  /** Offset of the first character of the line. */
  start: number
  /** Offset after the last character of the line (before its line ending). */
  end: number
  /** The line as printed in the source, without its line ending. */
  raw: string
  /** The line after character repairs (radicals mapped…), same length as `raw`. */
  text: string
  /** Text without leading and trailing whitespace. */
  trimmed: string
  /** Offset of the first non-whitespace character (equals `end` when blank). */
  contentStart: number
  /** Offset after the last non-whitespace character. */
  contentEnd: number
  /** Leading whitespace in display columns (a full-width space is two). */
  indent: number
  /** Display width of `trimmed` (CJK characters are two columns, ASCII one). */
  width: number
  /** Whether the line holds only whitespace. */
  blank: boolean
}

/** Text the parser decided on, with the source ranges it was rebuilt from. */
export interface DraftText {
  /** Cleaned text. */
  text: string
  /** Source ranges, in reading order. At least one. */
  spans: Span[]
  /** Rule that decided this role. */
  rule?: string
  /** Confidence from 0 to 1. */
  confidence?: number
}

export interface DraftByline extends DraftText {
  authors: string[]
  role?: string | null
  organization?: string | null
}

export interface DraftDateline extends DraftText {
  place?: string | null
  date?: string | null
  agency?: string | null
}

export interface DraftCredit extends DraftText {
  photographers: string[]
  agency?: string | null
}

export interface DraftFigure {
  title?: DraftText | null
  caption?: DraftText | null
  credit?: DraftCredit | null
  rule?: string
  confidence?: number
}

export interface DraftFurniture extends DraftText {
  kind: FurnitureKind
}

export interface DraftArticle {
  kicker?: DraftText | null
  headline?: DraftText | null
  deks: DraftText[]
  bylines: DraftByline[]
  dateline?: DraftDateline | null
  paragraphs: DraftText[]
  figures: DraftFigure[]
  /** Rule that made the article. */
  rule: string
  /** How sure the parser is that this is one whole article, 0 to 1. */
  confidence: number
}

/** Page facts found by rules or given in options. */
export interface PageMeta {
  publication: string | null
  section: string | null
  runningHead: string | null
  pageNumber: number | null
  date: string | null
}

/** Everything a rule sees and may change for one page. */
export interface PageContext {
  /** The whole input document. */
  readonly source: string
  /** Messages go here (`file.message(reason, {place, ruleId, source: 'news-parser'})`). */
  readonly file: VFile
  /** Language of this page (BCP 47). */
  lang: string
  /** Offset where the page starts in `source`. */
  readonly start: number
  /** Offset where the page ends in `source`. */
  readonly end: number
  /** Lines of the page (rules may replace them, e.g. splitting merged columns). */
  lines: Line[]
  meta: PageMeta
  articles: DraftArticle[]
  /** Figures not attached to an article. */
  figures: DraftFigure[]
  furniture: DraftFurniture[]
  /** Free-form scratch space for rules of one language to pass facts on. */
  scratch: Record<string, unknown>
}
