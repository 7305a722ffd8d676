/**
 * `StatsCollector`: the statistics of an archive, gathered one parsed file
 * at a time. It keeps counters and maps only (never the records), so memory
 * grows with the number of distinct authors, places, terms and dates, not
 * with the number of pages.
 */
import type { NewsRecords, RecordArticle } from '@news/parser'
import type { FileResult } from '@news/parser/node'
import { Counter, compareText, Distribution, linearEdges, roundEdges } from './counter.js'
import { isRepairRuleId, KNOWN_REPAIR_RULE_IDS } from './repairs.js'
import {
  type BreakdownKey,
  type BreakdownRow,
  type CharacterBuckets,
  type FieldRate,
  type LengthStats,
  type RuleCount,
  STATS_FORMAT,
  type StatsReport,
  type TermUse,
} from './report.js'
import { termMatcher } from './term-use.js'
import { eachToken } from './terms.js'
import {
  articleLength,
  articleText,
  bodyLength,
  countsCharacters,
  figureLength,
  primaryLang,
  readingSpeed,
  visibleLength,
} from './text.js'
import { TermIndex } from './tfidf.js'
import { WORST_PAGES_KEPT, WorstPages } from './worst-pages.js'

/** Key used when a page has no date, section or page number. */
export const UNKNOWN_KEY = '(none)'
/** RuleId shown for messages without one. */
export const NO_RULE_ID = '(none)'
/** Bins of the confidence distribution. */
export const CONFIDENCE_BIN_WIDTH = 0.1
/** Bins of the article-share distribution over pages. */
export const SHARE_BIN_WIDTH = 0.1
/** About this many bins in a length distribution. */
export const LENGTH_BINS = 20

/** Article fields whose presence is counted, in report order. */
export const COUNTED_FIELDS = [
  'headline',
  'kicker',
  'deks',
  'bylines',
  'authors',
  'dateline',
  'datelinePlace',
  'figures',
] as const
type CountedField = (typeof COUNTED_FIELDS)[number]

const FIELD_TESTS: Record<CountedField, (a: RecordArticle) => boolean> = {
  headline: (a) => Boolean(a.headline),
  kicker: (a) => Boolean(a.kicker),
  deks: (a) => a.deks.length > 0,
  bylines: (a) => a.bylines.length > 0,
  authors: (a) => a.bylines.some((b) => b.authors.length > 0),
  dateline: (a) => Boolean(a.dateline),
  datelinePlace: (a) => Boolean(a.datelineParts?.place),
  figures: (a) => a.figures.length > 0,
}

export interface CollectorOptions {
  /** Paths as given, copied into the report. */
  inputs?: readonly string[]
  /** Dimension of the term's use. Default: `date`. */
  by?: BreakdownKey
  /** A term whose use over `by` is counted. */
  term?: string | null
}

interface GroupTotals {
  pages: number
  articles: number
  characters: number
  confidenceSum: number
  unplaced: number
  total: number
}

interface TermGroup {
  articles: number
  articlesWithTerm: number
  occurrences: number
}

const emptyBuckets = (): CharacterBuckets => ({ articles: 0, figures: 0, furniture: 0, unplaced: 0 })
const BUCKETS = ['articles', 'figures', 'furniture', 'unplaced'] as const

export class StatsCollector {
  readonly #inputs: string[]
  readonly #by: BreakdownKey
  readonly #term: string | null
  readonly #countTerm: ((text: string) => number) | null

  #files = 0
  #bytes = 0
  #pages = 0
  #articles = 0
  #pagesWithoutArticles = 0
  readonly #failed: Array<{ file: string; error: string }> = []
  readonly #fields = new Counter()
  readonly #rules = new Counter()
  readonly #ruleFiles = new Counter()
  readonly #chars = emptyBuckets()
  readonly #pageShareSums = emptyBuckets()
  #pagesWithText = 0
  readonly #articleShares = new Distribution()
  readonly #furnitureCount = new Counter()
  readonly #furnitureChars = new Counter()
  readonly #confidence = new Distribution()
  readonly #worst = new WorstPages(WORST_PAGES_KEPT)
  readonly #groups: Record<BreakdownKey, Map<string, GroupTotals>> = {
    date: new Map(),
    section: new Map(),
    page: new Map(),
  }
  readonly #lengths = new Map<string, Distribution>()
  readonly #authors = new Counter()
  readonly #places = new Counter()
  readonly #agencies = new Counter()
  readonly #organizations = new Counter()
  readonly #numbers = new Counter()
  readonly #terms = new TermIndex()
  readonly #termGroups = new Map<string, TermGroup>()

  constructor(options: CollectorOptions = {}) {
    this.#inputs = [...(options.inputs ?? [])]
    this.#by = options.by ?? 'date'
    this.#term = options.term?.trim() || null
    this.#countTerm = this.#term ? termMatcher(this.#term) : null
  }

  /** Add what reading one file gave. */
  addFile(result: FileResult): void {
    this.#files++
    this.#bytes += result.bytes
    const warnings = new Map<string, number>()
    const seen = new Set<string>()
    for (const message of result.messages) {
      const ruleId = message.ruleId ?? NO_RULE_ID
      this.#rules.add(ruleId)
      if (!seen.has(ruleId)) {
        seen.add(ruleId)
        this.#ruleFiles.add(ruleId)
      }
      if (!isRepairRuleId(ruleId)) warnings.set(ruleId, (warnings.get(ruleId) ?? 0) + 1)
    }
    if (result.error !== null) {
      this.#failed.push({ file: result.file, error: result.error })
      this.#worst.add({
        file: result.file,
        page: null,
        articles: 0,
        headlineless: 0,
        meanConfidence: null,
        unplacedShare: 0,
        warnings,
        error: result.error,
      })
      return
    }
    result.records.forEach((records, index) => {
      const page = records.publication.page ?? (result.records.length > 1 ? index + 1 : null)
      this.#addPage(records, result.file, page, warnings)
    })
  }

  #addPage(
    records: NewsRecords,
    file: string,
    page: number | null,
    warnings: ReadonlyMap<string, number>,
  ): void {
    this.#pages++
    const lang = primaryLang(records.lang)
    const chars = emptyBuckets()
    let confidenceSum = 0
    let headlineless = 0
    for (const article of records.articles) {
      this.#addArticle(article, lang, records)
      chars.articles += articleLength(article)
      confidenceSum += article.confidence
      if (!article.headline) headlineless++
    }
    for (const figure of records.figures) chars.figures += figureLength(figure)
    for (const item of records.furniture) {
      const n = visibleLength(item.text)
      if (item.kind === 'unplaced') chars.unplaced += n
      else chars.furniture += n
      this.#furnitureCount.add(item.kind)
      this.#furnitureChars.add(item.kind, n)
    }
    const total = BUCKETS.reduce((n, b) => n + chars[b], 0)
    for (const b of BUCKETS) this.#chars[b] += chars[b]
    if (total > 0) {
      this.#pagesWithText++
      for (const b of BUCKETS) this.#pageShareSums[b] += chars[b] / total
      this.#articleShares.add(Math.round((chars.articles / total) * 100) / 100)
    }
    const articles = records.articles.length
    this.#articles += articles
    if (!articles) this.#pagesWithoutArticles++
    const unplacedShare = total ? chars.unplaced / total : 0
    this.#worst.add({
      file,
      page,
      articles,
      headlineless,
      meanConfidence: articles ? confidenceSum / articles : null,
      unplacedShare,
      warnings,
      error: null,
    })
    for (const key of ['date', 'section', 'page'] as const) {
      const group = this.#group(key, groupKey(records, key))
      group.pages++
      group.articles += articles
      group.characters += chars.articles
      group.confidenceSum += confidenceSum
      group.unplaced += chars.unplaced
      group.total += total
    }
  }

  #addArticle(article: RecordArticle, lang: string, records: NewsRecords): void {
    for (const field of COUNTED_FIELDS) if (FIELD_TESTS[field](article)) this.#fields.add(field)
    this.#confidence.add(Math.round(article.confidence * 100) / 100)
    for (const byline of article.bylines) {
      for (const author of byline.authors) if (author.trim()) this.#authors.add(author.trim())
      if (byline.organization?.trim()) this.#organizations.add(byline.organization.trim())
    }
    const place = article.datelineParts?.place?.trim()
    if (place) this.#places.add(place)
    const agency = article.datelineParts?.agency?.trim()
    if (agency) this.#agencies.add(agency)
    let lengths = this.#lengths.get(lang)
    if (!lengths) {
      lengths = new Distribution()
      this.#lengths.set(lang, lengths)
    }
    lengths.add(bodyLength(article.paragraphs, lang))
    const counts = new Map<string, number>()
    const text = articleText(article)
    for (const part of text) {
      eachToken(part, (token, kind) => {
        if (kind === 'number') this.#numbers.add(token)
        else counts.set(token, (counts.get(token) ?? 0) + 1)
      })
    }
    this.#terms.addArticle(counts)
    if (this.#countTerm) {
      const key = groupKey(records, this.#by)
      let group = this.#termGroups.get(key)
      if (!group) {
        group = { articles: 0, articlesWithTerm: 0, occurrences: 0 }
        this.#termGroups.set(key, group)
      }
      let n = 0
      for (const part of text) n += this.#countTerm(part)
      group.articles++
      group.occurrences += n
      if (n) group.articlesWithTerm++
    }
  }

  #group(key: BreakdownKey, value: string): GroupTotals {
    const map = this.#groups[key]
    let group = map.get(value)
    if (!group) {
      group = { pages: 0, articles: 0, characters: 0, confidenceSum: 0, unplaced: 0, total: 0 }
      map.set(value, group)
    }
    return group
  }

  /** The report for everything added so far. */
  report(): StatsReport {
    const articles = this.#articles
    const fields: FieldRate[] = COUNTED_FIELDS.map((field) => ({
      field,
      found: this.#fields.get(field),
      rate: ratio(this.#fields.get(field), articles),
    }))
    const ruleCount = (ruleId: string): RuleCount => ({
      ruleId,
      count: this.#rules.get(ruleId),
      files: this.#ruleFiles.get(ruleId),
    })
    const messages = this.#rules.sorted().map(({ name }) => ruleCount(name))
    const repairs = KNOWN_REPAIR_RULE_IDS.map(ruleCount).sort(
      (a, b) => b.count - a.count || compareText(a.ruleId, b.ruleId),
    )
    const total = BUCKETS.reduce((n, b) => n + this.#chars[b], 0)
    const shares = emptyBuckets()
    const meanPageShares = emptyBuckets()
    for (const b of BUCKETS) {
      shares[b] = ratio(this.#chars[b], total)
      meanPageShares[b] = ratio(this.#pageShareSums[b], this.#pagesWithText)
    }
    return {
      format: STATS_FORMAT,
      inputs: this.#inputs,
      by: this.#by,
      quality: {
        files: this.#files,
        failedFiles: [...this.#failed],
        pages: this.#pages,
        bytes: this.#bytes,
        articles,
        articlesPerPage: ratio(articles, this.#pages),
        pagesWithoutArticles: this.#pagesWithoutArticles,
        fields,
        messages,
        characters: {
          ...this.#chars,
          total,
          shares,
          meanPageShares,
          articleShareBins: roundBins(this.#articleShares.bins(linearEdges(1, SHARE_BIN_WIDTH))),
        },
        furniture: this.#furnitureCount
          .sorted()
          .map(({ name, count }) => ({ kind: name, count, characters: this.#furnitureChars.get(name) }))
          .sort((a, b) => b.characters - a.characters || compareText(a.kind, b.kind)),
        repairs: { total: repairs.reduce((n, r) => n + r.count, 0), byRuleId: repairs },
        confidence: {
          mean: round(this.#confidence.mean),
          median: this.#confidence.quantile(0.5),
          bins: roundBins(this.#confidence.bins(linearEdges(1, CONFIDENCE_BIN_WIDTH))),
        },
        worstPages: this.#worst.list().map((p) => ({ ...p, score: round(p.score)! })),
      },
      content: {
        breakdowns: {
          date: this.#breakdown('date'),
          section: this.#breakdown('section'),
          page: this.#breakdown('page'),
        },
        lengths: [...this.#lengths]
          .sort((a, b) => b[1].count - a[1].count || compareText(a[0], b[0]))
          .map(([lang, d]) => lengthStats(lang, d)),
        authors: this.#authors.sorted(),
        places: this.#places.sorted(),
        agencies: this.#agencies.sorted(),
        organizations: this.#organizations.sorted(),
        terms: this.#terms.scores().map((t) => ({ ...t, score: round(t.score)! })),
        numbers: this.#numbers.sorted(),
        termUse: this.#termUse(),
      },
    }
  }

  #breakdown(key: BreakdownKey): BreakdownRow[] {
    const rows = [...this.#groups[key]].map(([value, g]) => ({
      key: value,
      pages: g.pages,
      articles: g.articles,
      characters: g.characters,
      meanConfidence: g.articles ? round(g.confidenceSum / g.articles) : null,
      unplacedShare: ratio(g.unplaced, g.total),
    }))
    return rows.sort(breakdownOrder(key))
  }

  #termUse(): TermUse | null {
    if (!this.#term) return null
    const points = [...this.#termGroups].map(([key, g]) => ({ key, ...g })).sort(breakdownOrder(this.#by))
    return { term: this.#term, by: this.#by, total: points.reduce((n, p) => n + p.occurrences, 0), points }
  }
}

/** The date, section or page of a page, as a key. */
function groupKey(records: NewsRecords, key: BreakdownKey): string {
  if (key === 'date') return records.publication.date ?? UNKNOWN_KEY
  if (key === 'section') return records.section?.trim() || UNKNOWN_KEY
  return records.publication.page === null ? UNKNOWN_KEY : String(records.publication.page)
}

/** Dates in order, pages by number, sections by articles (then name); unknown last. */
function breakdownOrder(key: BreakdownKey) {
  return (a: { key: string; articles: number }, b: { key: string; articles: number }): number => {
    const unknown = Number(a.key === UNKNOWN_KEY) - Number(b.key === UNKNOWN_KEY)
    if (unknown) return unknown
    if (key === 'page') return Number(a.key) - Number(b.key)
    if (key === 'section') return b.articles - a.articles || compareText(a.key, b.key)
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
  }
}

function lengthStats(lang: string, d: Distribution): LengthStats {
  const perMinute = readingSpeed(lang)
  const max = d.max ?? 0
  return {
    lang,
    unit: countsCharacters(lang) ? 'characters' : 'words',
    articles: d.count,
    total: d.sum,
    mean: round(d.mean ?? 0)!,
    median: d.quantile(0.5) ?? 0,
    p90: d.quantile(0.9) ?? 0,
    max,
    perMinute,
    readingMinutes: round(d.sum / perMinute)!,
    meanReadingMinutes: round((d.mean ?? 0) / perMinute)!,
    bins: d.bins(roundEdges(max, LENGTH_BINS)),
  }
}

/** Digits kept in ratios and means. */
const DIGITS = 4

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10 ** DIGITS) / 10 ** DIGITS
}

function ratio(part: number, whole: number): number {
  return whole ? round(part / whole)! : 0
}

function roundBins<T extends { from: number; to: number }>(bins: T[]): T[] {
  return bins.map((b) => ({ ...b, from: round(b.from)!, to: round(b.to)! }))
}
