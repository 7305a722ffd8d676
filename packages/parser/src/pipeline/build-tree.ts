/**
 * Last stage: turn a page's drafts into tree nodes with positions, and make
 * sure nothing is lost: any non-whitespace text that no draft covers
 * becomes an `unplaced` furniture node and a message.
 */
import { articleId } from '../records/article-id.js'
import type {
  Article,
  ArticleContent,
  Byline,
  Credit,
  Dateline,
  Figure,
  FigureContent,
  Furniture,
  Page,
  PageContent,
  Text,
  TextParent,
} from '../types.js'
import { clip } from '../util/clip.js'
import { repairCharacters } from './characters.js'
import { pageMessage } from './message.js'
import type { DraftArticle, DraftFigure, DraftText, PageContext, Span } from './model.js'
import type { Locator } from './position.js'
import { joinParts } from './text.js'

const SOURCE = 'news-parser'

/** Build the `page` node for a processed page context. */
export function buildPage(page: PageContext, locator: Locator): Page {
  const text = (draft: DraftText): Text => {
    const spans = draft.spans
    // A loop, not Math.min(...): a paragraph of 100,000+ lines would overflow the call stack.
    let start = Number.POSITIVE_INFINITY
    let end = 0
    for (const [s, e] of spans) {
      if (s < start) start = s
      if (e > end) end = e
    }
    const node: Text = { type: 'text', value: draft.text, position: locator.position(start, end) }
    if (spans.length > 1) node.data = { spans: spans.map((s) => [s[0], s[1]] as [number, number]) }
    return node
  }
  const decided = (draft: DraftText) =>
    draft.rule || draft.confidence !== undefined
      ? { rule: draft.rule, confidence: draft.confidence }
      : undefined
  const parent = <T extends TextParent['type']>(type: T, draft: DraftText) => {
    const child = text(draft)
    const node = { type, children: [child], position: child.position } as TextParent & { type: T }
    const data = decided(draft)
    if (data) node.data = data
    return node
  }

  const figureNode = (draft: DraftFigure): Figure => {
    const children: FigureContent[] = []
    if (draft.title) children.push(parent('figureTitle', draft.title) as FigureContent)
    if (draft.caption) children.push(parent('caption', draft.caption) as FigureContent)
    if (draft.credit) {
      const credit = parent('credit', draft.credit) as Credit
      credit.photographers = draft.credit.photographers
      credit.agency = draft.credit.agency ?? null
      children.push(credit)
    }
    return {
      type: 'figure',
      children,
      position: spanPosition(children, locator),
      data: { rule: draft.rule, confidence: draft.confidence },
    }
  }

  const usedIds = new Map<string, number>()
  const articleNode = (draft: DraftArticle): Article => {
    const children: ArticleContent[] = []
    if (draft.kicker) children.push(parent('kicker', draft.kicker) as ArticleContent)
    if (draft.headline) children.push(parent('headline', draft.headline) as ArticleContent)
    for (const dek of draft.deks) children.push(parent('dek', dek) as ArticleContent)
    for (const b of draft.bylines) {
      const node = parent('byline', b) as Byline
      node.authors = b.authors
      node.role = b.role ?? null
      node.organization = b.organization ?? null
      children.push(node)
    }
    if (draft.dateline) {
      const node = parent('dateline', draft.dateline) as Dateline
      node.place = draft.dateline.place ?? null
      node.date = draft.dateline.date ?? null
      node.agency = draft.dateline.agency ?? null
      children.push(node)
    }
    for (const p of draft.paragraphs) children.push(parent('paragraph', p) as ArticleContent)
    for (const f of draft.figures) children.push(figureNode(f))
    let id = articleId({
      publication: page.meta.publication,
      date: page.meta.date,
      page: page.meta.pageNumber,
      headline: draft.headline?.text,
      // The body counts only without a headline: not joined (a copy of the whole article) otherwise.
      body: draft.headline?.text ? '' : draft.paragraphs.map((p) => p.text).join(''),
    })
    const seen = usedIds.get(id) ?? 0
    usedIds.set(id, seen + 1)
    if (seen) id = `${id}-${seen + 1}`
    return {
      type: 'article',
      children,
      position: spanPosition(children, locator),
      data: { id, rule: draft.rule, confidence: round(draft.confidence) },
    }
  }

  const children: PageContent[] = []
  for (const f of page.furniture) {
    const node = parent('furniture', f) as Furniture
    node.kind = f.kind
    children.push(node)
  }
  for (const a of page.articles) {
    if (
      a.headline ||
      a.kicker ||
      a.paragraphs.length ||
      a.bylines.length ||
      a.deks.length ||
      a.figures.length
    ) {
      children.push(articleNode(a))
    }
  }
  for (const f of page.figures) children.push(figureNode(f))
  for (const node of unplaced(page, locator)) children.push(node)

  // Page children in source order of their first character.
  children.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))

  return {
    type: 'page',
    lang: page.lang,
    publication: page.meta.publication,
    section: page.meta.section,
    runningHead: page.meta.runningHead,
    pageNumber: page.meta.pageNumber,
    date: page.meta.date,
    children,
    position: locator.position(page.start, page.end),
  }
}

function round(n: number): number {
  return Math.round(Math.max(0, Math.min(1, n)) * 100) / 100
}

function spanPosition(children: Array<{ position?: Text['position'] }>, locator: Locator): Text['position'] {
  let start = Number.POSITIVE_INFINITY
  let end = 0
  for (const c of children) {
    if (!c.position) continue
    start = Math.min(start, c.position.start.offset ?? start)
    end = Math.max(end, c.position.end.offset ?? end)
  }
  return Number.isFinite(start) ? locator.documentPosition(start, end) : undefined
}

/** Every span any draft of the page covers. */
function coveredSpans(page: PageContext): Span[] {
  const spans: Span[] = []
  const add = (d: DraftText | null | undefined) => {
    if (d) for (const span of d.spans) spans.push(span)
  }
  const addFigure = (f: DraftFigure) => {
    add(f.title)
    add(f.caption)
    add(f.credit)
  }
  for (const a of page.articles) {
    add(a.kicker)
    add(a.headline)
    a.deks.forEach(add)
    a.bylines.forEach(add)
    add(a.dateline)
    a.paragraphs.forEach(add)
    a.figures.forEach(addFigure)
  }
  page.figures.forEach(addFigure)
  page.furniture.forEach(add)
  return spans
}

/** Furniture nodes for text that no draft covers, one per line, with a message each. */
function unplaced(page: PageContext, locator: Locator): Furniture[] {
  const covered = new Uint8Array(page.end - page.start)
  for (const [s, e] of coveredSpans(page)) {
    covered.fill(1, Math.max(0, s - page.start), Math.max(0, Math.min(covered.length, e - page.start)))
  }
  const out: Furniture[] = []
  // The next free (0) and the next covered (1) place, found by the typed array's own search: most
  // lines are covered whole. Lines come in source order, so each answer holds until a line passes it,
  // and no stretch of the page is searched twice however long its runs.
  const next = [
    { from: -1, at: -1 },
    { from: -1, at: -1 },
  ]
  const nextPlace = (value: 0 | 1, from: number) => {
    const known = next[value]!
    if (from < known.from || (known.at >= 0 && known.at < from) || known.from < 0) {
      known.from = from
      known.at = covered.indexOf(value, from)
    }
    return known.at < 0 ? covered.length : known.at
  }
  for (const line of page.lines) {
    if (line.blank) continue
    const parts: Array<{ text: string; span: Span }> = []
    const end = line.contentEnd - page.start
    for (let at = line.contentStart - page.start; at < end; ) {
      const free = nextPlace(0, at)
      if (free >= end) break
      const stop = Math.min(nextPlace(1, free), end)
      const piece = page.source.slice(page.start + free, page.start + stop)
      // Leaves hold repaired text (radicals mapped), like the lines rules see.
      if (piece.trim())
        parts.push({
          text: repairCharacters(piece),
          span: trimSpan(page.source, page.start + free, page.start + stop),
        })
      at = stop
    }
    for (const part of parts) {
      const draft = joinParts([part])
      const node: Furniture = {
        type: 'furniture',
        kind: 'unplaced',
        children: [
          { type: 'text', value: draft.text, position: locator.position(part.span[0], part.span[1]) },
        ],
        position: locator.position(part.span[0], part.span[1]),
        data: { rule: 'unplaced-text', confidence: 0 },
      }
      out.push(node)
      pageMessage(page.file, `Could not place text \`${clip(draft.text, 40)}\` in an article`, {
        place: node.position,
        ruleId: 'unplaced-text',
        source: SOURCE,
      })
    }
  }
  return out
}

function trimSpan(source: string, start: number, end: number): Span {
  while (start < end && /\s/.test(source[start]!)) start++
  while (end > start && /\s/.test(source[end - 1]!)) end--
  return [start, end]
}
