/**
 * Feed items from parsed pages: one `FeedArticle` per article, with every
 * string cleaned for XML 1.0 and the full content rendered by the parser's
 * `toHtml`. Dates come from the edition (never the build time).
 */
import { type Article, type RecordArticle, toHtml } from '@news/parser'
import { clip, FALLBACK_TITLE_MAX, SUMMARY_MAX, squash } from './clip.js'
import type { ParsedPage } from './read-pages.js'
import { describeReplacements, type Replacements, toXmlChars } from './xml-chars.js'

/** An article as the feeds and the article pages use it. */
export interface FeedArticle {
  /** The parser's stable article id, made unique within a build (`-2`, `-3`…). */
  id: string
  /** Headline, or the first words of the body. */
  title: string
  /** Deks, or the start of the first paragraph; null when the article has neither. */
  summary: string | null
  /** Full content: the parser's HTML of the article node. */
  html: string
  /** Names from the bylines (or the organization when a byline names no one). */
  authors: string[]
  /** Section printed on the page, or null. */
  section: string | null
  publication: string | null
  /** Date of the edition, `YYYY-MM-DD`. */
  date: string
  page: number | null
  /** BCP 47 language of the page. */
  lang: string
  /** File the article was read from. */
  file: string
  /** Where it is in its file: page index, then article index on the page. */
  position: [number, number]
}

/** A page that has articles but no usable date. */
export interface Undated {
  file: string
  /** The bad date, when there is one that is not a real `YYYY-MM-DD` day. */
  date: string | null
}

export interface Collected {
  articles: FeedArticle[]
  undated: Undated[]
  /** Things worth telling the user: characters replaced, ids made unique. */
  warnings: string[]
}

export interface CollectOptions {
  /** Date for pages that have none (file name, `edition.json` and page text come first). */
  date?: string | null | undefined
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** The UTC midnight of a `YYYY-MM-DD` day, or null when it is not a real day. */
export function dayToDate(day: string): Date | null {
  const m = ISO_DAY.exec(day)
  if (!m) return null
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  // Date.UTC rolls 02-30 over to March: a real day reads back the same.
  if (date.getUTCFullYear() !== Number(m[1]) || date.toISOString().slice(0, 10) !== day) return null
  return date
}

/** Authors of an article: byline names, or the organization of a byline without names. */
function authorsOf(record: RecordArticle): string[] {
  const names: string[] = []
  for (const byline of record.bylines) {
    const found =
      byline.authors.length > 0 ? byline.authors : byline.organization ? [byline.organization] : []
    for (const name of found.map(squash)) if (name && !names.includes(name)) names.push(name)
  }
  return names
}

/** Headline, else the first words of the body, else of a figure. */
function titleOf(record: RecordArticle): string {
  const headline = record.headline ? squash(record.headline) : ''
  if (headline) return headline
  const body =
    record.paragraphs.find((p) => squash(p)) ??
    record.deks.find((d) => squash(d)) ??
    record.figures.map((f) => f.title ?? f.caption ?? '').find((t) => squash(t)) ??
    ''
  return clip(body, FALLBACK_TITLE_MAX, { sentence: true }) || record.id
}

/** Deks, else the start of the first paragraph. */
function summaryOf(record: RecordArticle): string | null {
  const deks = record.deks.map(squash).filter(Boolean)
  if (deks.length > 0) return deks.join(' — ')
  const first = record.paragraphs.find((p) => squash(p))
  return first ? clip(first, SUMMARY_MAX) : null
}

/** Every article of the pages, cleaned, with the pages that lack a date. */
export function collectArticles(pages: readonly ParsedPage[], options: CollectOptions = {}): Collected {
  const articles: FeedArticle[] = []
  const undated: Undated[] = []
  const replaced = new Map<string, Replacements>()
  for (const page of pages) {
    const nodes = page.tree.children.filter((c): c is Article => c.type === 'article')
    const records = page.records.articles
    if (records.length === 0) continue
    const date = page.records.publication.date ?? options.date ?? null
    if (date === null || dayToDate(date) === null) {
      if (!undated.some((u) => u.file === page.file)) undated.push({ file: page.file, date })
      continue
    }
    let replacements = replaced.get(page.file)
    if (!replacements) {
      replacements = new Map()
      replaced.set(page.file, replacements)
    }
    const clean = (text: string) => toXmlChars(text, replacements)
    const section = page.records.section ? squash(page.records.section) : ''
    const publication = page.records.publication.name ? squash(page.records.publication.name) : ''
    records.forEach((record, index) => {
      const node = nodes[index]
      const summary = summaryOf(record)
      articles.push({
        id: record.id,
        title: clean(titleOf(record)),
        summary: summary === null ? null : clean(summary),
        html: node ? clean(toHtml(node)) : '',
        authors: authorsOf(record).map(clean),
        section: section ? clean(section) : null,
        publication: publication ? clean(publication) : null,
        date,
        page: page.records.publication.page,
        lang: page.records.lang,
        file: page.file,
        position: [page.index, index],
      })
    })
  }
  const warnings: string[] = []
  for (const [file, replacements] of replaced) {
    if (replacements.size > 0) {
      warnings.push(
        `${file}: replaced ${describeReplacements(replacements)} with U+FFFD (characters XML 1.0 cannot hold)`,
      )
    }
  }
  return { articles, undated, warnings }
}

/** Order for feeds: newest edition first, then by page, file and place on the page. */
export function compareNewestFirst(a: FeedArticle, b: FeedArticle): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  const pa = a.page ?? Number.MAX_SAFE_INTEGER
  const pb = b.page ?? Number.MAX_SAFE_INTEGER
  if (pa !== pb) return pa - pb
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return a.position[0] - b.position[0] || a.position[1] - b.position[1]
}

/**
 * Sort newest first and make ids unique: a second article with the same id
 * (same headline on the same page of the same edition) gets `-2`, and so on,
 * in reading order, so the suffix is stable across rebuilds.
 */
export function orderArticles(articles: readonly FeedArticle[]): {
  articles: FeedArticle[]
  warnings: string[]
} {
  const sorted = [...articles].sort(compareNewestFirst)
  const seen = new Map<string, number>()
  const warnings: string[] = []
  const out = sorted.map((article) => {
    const count = (seen.get(article.id) ?? 0) + 1
    seen.set(article.id, count)
    if (count === 1) return article
    warnings.push(`${article.file}: article id ${article.id} seen before; this one is ${article.id}-${count}`)
    return { ...article, id: `${article.id}-${count}` }
  })
  return { articles: out, warnings }
}
