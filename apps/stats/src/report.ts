/**
 * The news-stats/1 report: what `news-stats --json` writes. Documented in
 * `docs/stats.md`; JSON Schema in `schema/news-stats-1.json`. Adding an
 * optional field is a minor change; renaming or removing one makes
 * news-stats/2.
 */

export const STATS_FORMAT = 'news-stats/1'

/** Dimensions a breakdown can be keyed by. */
export const BREAKDOWN_KEYS = ['date', 'section', 'page'] as const
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number]

/** A name and how often it was seen. */
export interface NameCount {
  name: string
  count: number
}

/** How often an article field was found. */
export interface FieldRate {
  /** `headline`, `kicker`, `deks`, `bylines`, `authors`, `dateline`, `datelinePlace`, `figures`. */
  field: string
  /** Articles with the field (non-empty). */
  found: number
  /** `found / articles`, 0 when there are no articles. */
  rate: number
}

/** Messages of one ruleId. */
export interface RuleCount {
  /** The message's ruleId; `(none)` when it had none. */
  ruleId: string
  /** Messages. */
  count: number
  /** Files with at least one. */
  files: number
}

/** Characters (not whitespace) by where the parser put them. */
export interface CharacterBuckets {
  /** Inside articles (kicker, headline, deks, bylines, dateline, paragraphs, figures). */
  articles: number
  /** Figures outside articles. */
  figures: number
  /** Page furniture the parser recognised (folio, running head…). */
  furniture: number
  /** Furniture of kind `unplaced`: text the parser could not place. */
  unplaced: number
}

/** A bin of a distribution: `from <= value < to` (the last bin includes `to`). */
export interface Bin {
  from: number
  to: number
  count: number
}

/** A page the report singles out as badly extracted. */
export interface WorstPage {
  file: string
  /** Page number (publication page, else its place in the file, from 1). */
  page: number | null
  /** 0 (worst) to 1: mean article confidence × share of characters placed. */
  score: number
  articles: number
  /** Why it is on the list, most serious first. */
  reasons: string[]
}

/** Article lengths in one language. */
export interface LengthStats {
  /** Primary language subtag (`zh`, `en`…). */
  lang: string
  /** `characters` for Chinese and Japanese, `words` otherwise. */
  unit: 'characters' | 'words'
  articles: number
  total: number
  mean: number
  median: number
  p90: number
  max: number
  /** Reading speed used, in units per minute. */
  perMinute: number
  /** Reading time of all articles, in minutes. */
  readingMinutes: number
  /** Mean reading time of one article, in minutes. */
  meanReadingMinutes: number
  /** Distribution of lengths. */
  bins: Bin[]
}

/** One row of a breakdown by date, section or page. */
export interface BreakdownRow {
  /** The date (`YYYY-MM-DD`), section name or page number as text; `(none)` when unknown. */
  key: string
  pages: number
  articles: number
  /** Characters inside articles. */
  characters: number
  /** Mean article confidence, null without articles. */
  meanConfidence: number | null
  /** Share of the characters that were not placed. */
  unplacedShare: number
}

/** A term ranked by TF-IDF over articles. */
export interface TermScore {
  term: string
  /** Occurrences in all articles. */
  count: number
  /** Articles it occurs in (document frequency). */
  articles: number
  /** Σ over articles of (1 + ln count in article) × (ln((1 + N) / (1 + articles)) + 1). */
  score: number
}

/** One point of a term's use: a date, section or page. */
export interface TermUsePoint {
  key: string
  /** Articles in the group. */
  articles: number
  /** Articles that use the term. */
  articlesWithTerm: number
  /** Occurrences of the term. */
  occurrences: number
}

export interface TermUse {
  term: string
  by: BreakdownKey
  total: number
  points: TermUsePoint[]
}

/** The whole report. */
export interface StatsReport {
  format: typeof STATS_FORMAT
  /** Paths as given. */
  inputs: string[]
  /** The dimension `--by` chose for the main breakdown and the term's use. */
  by: BreakdownKey
  quality: QualityStats
  content: ContentStats
}

export interface QualityStats {
  /** Files read (including failed ones). */
  files: number
  /** Files that could not be read or parsed. */
  failedFiles: Array<{ file: string; error: string }>
  /** Pages parsed (a file can hold several, split by form feeds). */
  pages: number
  bytes: number
  articles: number
  articlesPerPage: number
  /** Pages without any article. */
  pagesWithoutArticles: number
  fields: FieldRate[]
  /** Every ruleId, most frequent first. */
  messages: RuleCount[]
  characters: CharacterBuckets & {
    total: number
    /** Each bucket divided by the total, over all pages. */
    shares: CharacterBuckets
    /** Mean over pages of each page's shares (every page weighs the same). */
    meanPageShares: CharacterBuckets
    /** Distribution over pages of the share that went into articles. */
    articleShareBins: Bin[]
  }
  /** Kinds of furniture found, most characters first. */
  furniture: Array<{ kind: string; count: number; characters: number }>
  /** Repairs, from messages whose ruleId is a known repair (`KNOWN_REPAIR_RULE_IDS`). */
  repairs: { total: number; byRuleId: RuleCount[] }
  confidence: { mean: number | null; median: number | null; bins: Bin[] }
  /** The worst pages, worst first (at most `WORST_PAGES_KEPT`). */
  worstPages: WorstPage[]
}

export interface ContentStats {
  /** Articles per date, section and page; dates and pages in order, sections by articles. */
  breakdowns: Record<BreakdownKey, BreakdownRow[]>
  /** Article body lengths, per language. */
  lengths: LengthStats[]
  /** Every author named in a byline, most frequent first. */
  authors: NameCount[]
  /** Every dateline place. */
  places: NameCount[]
  /** Every dateline agency. */
  agencies: NameCount[]
  /** Every byline organisation. */
  organizations: NameCount[]
  /** Every term, highest TF-IDF first. */
  terms: TermScore[]
  /** Numbers, kept apart from the terms (`1930`, `三月`…), most frequent first. */
  numbers: NameCount[]
  /** The use of `--term`, or null. */
  termUse: TermUse | null
}
