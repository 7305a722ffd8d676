/**
 * Building indexed files from hand-written records, through the real
 * record → article → tokens path (`indexedArticles`), so store tests do not
 * depend on how the parser lays out a particular page.
 */
import type { NewsRecords, RecordArticle } from '@news/parser'
import type { FileResult } from '@news/parser/node'
import { indexedArticles } from '../../src/indexer/document.js'
import type { IndexedFile } from '../../src/store/store.js'

/** One test article. */
export interface ArticleSpec {
  id: string
  headline: string
  paragraphs: string[]
  authors?: string[]
  byline?: string
  section?: string
  date?: string
  lang?: 'zh' | 'en'
  publication?: string
  deks?: string[]
}

function record(spec: ArticleSpec): RecordArticle {
  const authors = spec.authors ?? []
  return {
    id: spec.id,
    kicker: null,
    headline: spec.headline,
    deks: spec.deks ?? [],
    bylines:
      authors.length > 0 || spec.byline
        ? [{ text: spec.byline ?? authors.join(', '), authors, role: null, organization: null }]
        : [],
    dateline: null,
    datelineParts: null,
    paragraphs: spec.paragraphs,
    figures: [],
    confidence: 1,
    lines: { start: 3, end: 3 + spec.paragraphs.length },
  }
}

/** An indexed file holding one page per article (each article its own section and date). */
export function indexedFile(path: string, specs: readonly ArticleSpec[]): IndexedFile {
  const records: NewsRecords[] = specs.map((spec) => ({
    format: 'news-records/1',
    source: path,
    lang: spec.lang ?? 'en',
    publication: { name: spec.publication ?? null, date: spec.date ?? null, page: 1 },
    section: spec.section ?? null,
    articles: [record(spec)],
    figures: [],
    furniture: [],
  }))
  const result: FileResult = {
    file: path,
    encoding: 'utf-8',
    meta: null,
    records,
    messages: [],
    error: null,
    bytes: 0,
  }
  return { path, hash: `hash-of-${path}`, bytes: 0, articles: indexedArticles(result) }
}
