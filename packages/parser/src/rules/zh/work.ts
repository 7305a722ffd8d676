/**
 * What the Chinese rules pass to one another in `page.scratch.zh`: articles
 * being built from body lines, title groups waiting for their articles,
 * figures from caption runs.
 */
import type { DraftArticle, DraftFigure, PageContext } from '../../pipeline/model.js'
import type { ZhLine } from './zh-lines.js'

/** A piece of a body line: `line.text.slice(from, to)`. */
export interface BodyPart {
  line: ZhLine
  from: number
  to: number
  /** A subhead printed inside the body (小标题): a paragraph of its own. */
  subhead?: boolean
}

/** An article while it is being built. */
export interface WorkArticle {
  /** Body text in reading order. */
  parts: BodyPart[]
  /** Byline lines (before the body) and closing bylines (after it), in order. */
  bylineLines: Array<{ line: ZhLine; from: number; to: number; closing: boolean }>
  /** No more body may join (a closing byline was seen). */
  closed: boolean
  /** Usual width of the article's column. */
  column: number
  /** The draft that will go on the page. */
  draft: DraftArticle
}

/** Consecutive title lines (kickers, headlines, deks, labels) and what follows them. */
export interface TitleGroup {
  lines: ZhLine[]
  /** The article whose body starts right after the group, if any. */
  next: WorkArticle | null
  /** The figure whose caption starts right after the group, if any. */
  nextFigure: WorkFigure | null
}

/** A figure from a caption run. */
export interface WorkFigure {
  captionLines: ZhLine[]
  draft: DraftFigure
}

export interface ZhWork {
  articles: WorkArticle[]
  groups: TitleGroup[]
  figures: WorkFigure[]
}

/** The shared work of the Chinese rules on a page. */
export function zhWorkOf(page: PageContext): ZhWork {
  let work = page.scratch.zh as ZhWork | undefined
  if (!work) {
    work = { articles: [], groups: [], figures: [] }
    page.scratch.zh = work
  }
  return work
}

/** The text of an article's body so far. */
export function bodyText(article: WorkArticle): string {
  return article.parts.map((p) => p.line.text.slice(p.from, p.to)).join('')
}
