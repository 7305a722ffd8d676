/** The tree → news-records/1 (one document per page). */
import type { Article, Byline, Credit, Dateline, Figure, Page, Root, TextParent } from '../types.js'
import {
  type NewsRecords,
  RECORDS_FORMAT,
  type RecordArticle,
  type RecordByline,
  type RecordFigure,
} from './types.js'

export interface ToRecordsOptions {
  /** Put in `source`: the file name or label of the input. */
  source?: string | null | undefined
}

/** Text of a node with text children. */
export function textOf(node: TextParent | undefined | null): string {
  if (!node) return ''
  return node.children.map((c) => c.value).join('')
}

function figureRecord(figure: Figure): RecordFigure {
  const title = figure.children.find((c) => c.type === 'figureTitle')
  const caption = figure.children.find((c) => c.type === 'caption')
  const credit = figure.children.find((c): c is Credit => c.type === 'credit')
  return {
    title: title ? textOf(title) : null,
    caption: caption ? textOf(caption) : null,
    credit: credit ? textOf(credit) : null,
    photographers: credit?.photographers ?? [],
    agency: credit?.agency ?? null,
  }
}

/** Brackets around a formula that opens with its agency (`（中央社廣州三日電）`); the tree keeps them as printed. */
const AGENCY_BRACKETS = /^[（(【](.+)[）)】]$/u

/**
 * The dateline formula alone: brackets around an agency-first formula
 * (`（本報南京十一日電）` → `本報南京十一日電`) are print, not formula; an
 * old wire formula that names its agency last keeps them (`（莫斯科廿二日路透電）`).
 */
function datelineFormula(dateline: Dateline): string {
  const text = textOf(dateline)
  const inner = AGENCY_BRACKETS.exec(text)?.[1]
  return inner && dateline.agency && inner.startsWith(dateline.agency) ? inner : text
}

function articleRecord(article: Article): RecordArticle {
  const first = <T extends Article['children'][number]['type']>(type: T) =>
    article.children.find((c) => c.type === type) as (TextParent & { type: T }) | undefined
  const all = (type: string) => article.children.filter((c) => c.type === type) as TextParent[]
  const dateline = first('dateline') as Dateline | undefined
  const bylines: RecordByline[] = (all('byline') as Byline[]).map((b) => ({
    text: textOf(b),
    authors: b.authors,
    role: b.role ?? null,
    organization: b.organization ?? null,
  }))
  const start = article.position?.start.line
  const end = article.position?.end.line
  return {
    id: article.data?.id ?? '',
    kicker: first('kicker') ? textOf(first('kicker')) : null,
    headline: first('headline') ? textOf(first('headline')) : null,
    deks: all('dek').map(textOf),
    bylines,
    dateline: dateline ? datelineFormula(dateline) : null,
    datelineParts: dateline
      ? { place: dateline.place ?? null, date: dateline.date ?? null, agency: dateline.agency ?? null }
      : null,
    paragraphs: all('paragraph').map(textOf),
    figures: (article.children.filter((c) => c.type === 'figure') as Figure[]).map(figureRecord),
    confidence: article.data?.confidence ?? 0,
    lines: start !== undefined && end !== undefined ? { start, end } : null,
  }
}

/** Records of one page. */
export function pageRecords(page: Page, options: ToRecordsOptions = {}): NewsRecords {
  return {
    format: RECORDS_FORMAT,
    source: options.source ?? null,
    lang: page.lang ?? 'und',
    publication: { name: page.publication ?? null, date: page.date ?? null, page: page.pageNumber ?? null },
    section: page.section ?? null,
    articles: page.children.filter((c): c is Article => c.type === 'article').map(articleRecord),
    figures: page.children.filter((c): c is Figure => c.type === 'figure').map(figureRecord),
    furniture: page.children
      .filter((c) => c.type === 'furniture')
      .map((f) => ({ kind: f.kind, text: textOf(f) })),
  }
}

/**
 * Turn a tree into news-records/1.
 *
 * A `page`, or a `root` with one page, gives one document. A `root` with
 * several pages gives one document for the first page's facts holding the
 * articles, figures and furniture of all pages; use `toPageRecords` to get
 * one document per page.
 */
export function toRecords(tree: Root | Page, options: ToRecordsOptions = {}): NewsRecords {
  if (!tree || typeof tree !== 'object' || (tree.type !== 'root' && tree.type !== 'page')) {
    throw new TypeError('Expected a `root` or `page` node')
  }
  if (tree.type === 'page') return pageRecords(tree, options)
  const pages = toPageRecords(tree, options)
  const [head, ...rest] = pages
  if (!head) {
    return {
      format: RECORDS_FORMAT,
      source: options.source ?? null,
      lang: tree.lang ?? 'und',
      publication: { name: null, date: null, page: null },
      section: null,
      articles: [],
      figures: [],
      furniture: [],
    }
  }
  // concat, not push(...): spreading 100,000+ items overflows the call stack.
  for (const p of rest) {
    head.articles = head.articles.concat(p.articles)
    head.figures = head.figures.concat(p.figures)
    head.furniture = head.furniture.concat(p.furniture)
  }
  return head
}

/** One news-records/1 document per page of a tree. */
export function toPageRecords(tree: Root, options: ToRecordsOptions = {}): NewsRecords[] {
  if (!tree || typeof tree !== 'object' || tree.type !== 'root') throw new TypeError('Expected a `root` node')
  return tree.children.map((page) => pageRecords(page, options))
}
