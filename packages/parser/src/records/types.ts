/** The news-records/1 format: see `docs/records.md` and `schema/news-records-1.json`. */

export const RECORDS_FORMAT = 'news-records/1'

export interface RecordByline {
  /** The byline as printed. */
  text: string
  /** Names, cleaned. */
  authors: string[]
  /** `reporter`, `correspondent`, `photographer`… or null. */
  role: string | null
  /** `本报`, `新华社`, `Associated Press`… or null. */
  organization: string | null
}

export interface RecordDatelineParts {
  place: string | null
  date: string | null
  agency: string | null
}

export interface RecordFigure {
  title: string | null
  caption: string | null
  credit: string | null
  photographers: string[]
  agency: string | null
}

export interface RecordArticle {
  /** Stable id (publication, date, page, headline). */
  id: string
  kicker: string | null
  headline: string | null
  deks: string[]
  bylines: RecordByline[]
  /** The dateline formula alone (`本报讯`, `WASHINGTON, Dec. 3.—`), or null. */
  dateline: string | null
  datelineParts: RecordDatelineParts | null
  paragraphs: string[]
  figures: RecordFigure[]
  /** How sure the parser is of this article, 0 to 1. */
  confidence: number
  /** Where the article is in the source: first and last line. */
  lines: { start: number; end: number } | null
}

export interface RecordFurniture {
  kind: string
  text: string
}

/** One page as news-records/1. */
export interface NewsRecords {
  format: 'news-records/1'
  /** File or name the page came from, or null. */
  source: string | null
  /** BCP 47 language of the page. */
  lang: string
  publication: { name: string | null; date: string | null; page: number | null }
  section: string | null
  articles: RecordArticle[]
  /** Figures not inside an article. */
  figures: RecordFigure[]
  furniture: RecordFurniture[]
}
