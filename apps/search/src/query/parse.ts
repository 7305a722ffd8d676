/**
 * The query language, shared by every store, the CLI, the API and the page.
 *
 * - `word word` — every word must match;
 * - `"exact phrase"` — the words next to each other (an unclosed quote runs
 *   to the end of the query);
 * - `-word`, `-"a phrase"` — must not match;
 * - `a OR b` — either (binds tighter than the implicit AND: `a OR b c` is
 *   `(a OR b) AND c`);
 * - `author:name`, `section:name`, `from:date`, `to:date`, `lang:code`
 *   (values may be quoted: `section:"Local News"`; dates are `YYYY`,
 *   `YYYY-MM` or `YYYY-MM-DD`).
 *
 * Parsing never fails: anything odd (a lone `-`, `OR` with nothing on one
 * side, a bad date, an unknown `key:`) is read as plain text or dropped,
 * with a warning. Operators of the store's own syntax that a user types
 * (`AND`, `NEAR`, `*`, `^`, parentheses) are just text here; tokenizing
 * turns them into separators or plain words.
 */

/** Longest query read; the rest is ignored (with a warning). */
export const MAX_QUERY_LENGTH = 500

/** A word or a phrase as typed. */
export interface QueryTerm {
  text: string
  /** Typed in quotes: the words must be adjacent. */
  phrase: boolean
}

/** Filters on article fields. Several `author:` or `section:` must all hold. */
export interface QueryFilters {
  /** Folded substring of an author's name. */
  authors: string[]
  /** Section names (matched folded, whole). */
  sections: string[]
  /** Earliest date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive. */
  from: string | null
  /** Latest date, same forms, inclusive (`to:1920` includes all of 1920). */
  to: string | null
  /** Primary language subtag (`zh`, `en`). */
  lang: string | null
}

/** A parsed query. */
export interface ParsedQuery {
  /** The query as read (trimmed and capped). */
  text: string
  /** Groups that must all match; each is terms of which one must match. */
  groups: QueryTerm[][]
  /** Terms that must not match. */
  exclude: QueryTerm[]
  filters: QueryFilters
  /** What was odd about the query and how it was read. */
  warnings: string[]
}

const FILTER_KEYS = new Set(['author', 'section', 'from', 'to', 'lang'])
const DATE = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/
const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i

/** Filters with nothing set. */
export function emptyFilters(): QueryFilters {
  return { authors: [], sections: [], from: null, to: null, lang: null }
}

/** Read a date filter value into `YYYY[-MM[-DD]]`, or null when it is not a date. */
export function normalizeDate(value: string): string | null {
  const match = DATE.exec(value.trim())
  if (!match) return null
  const [, year, month, day] = match
  if (month === undefined) return year!
  const m = Number(month)
  if (m < 1 || m > 12) return null
  const mm = String(m).padStart(2, '0')
  if (day === undefined) return `${year}-${mm}`
  const d = Number(day)
  if (d < 1 || d > 31) return null
  return `${year}-${mm}-${String(d).padStart(2, '0')}`
}

interface Token {
  text: string
  phrase: boolean
  negated: boolean
  key: string | null
}

/** Split the query into items: words, quoted phrases, `key:value`, each maybe negated. */
function lex(input: string, warnings: string[]): Token[] {
  const tokens: Token[] = []
  let i = 0
  const readQuoted = (): string => {
    // i is on the opening quote.
    const close = input.indexOf('"', i + 1)
    if (close === -1) {
      warnings.push('unclosed quote: the phrase runs to the end of the query')
      const text = input.slice(i + 1)
      i = input.length
      return text
    }
    const text = input.slice(i + 1, close)
    i = close + 1
    return text
  }
  while (i < input.length) {
    const char = input[i]!
    if (/\s/.test(char)) {
      i++
      continue
    }
    let negated = false
    if (char === '-') {
      negated = true
      i++
      if (i >= input.length || /\s/.test(input[i]!)) {
        warnings.push('a lone "-" was ignored')
        continue
      }
    }
    if (input[i] === '"') {
      tokens.push({ text: readQuoted(), phrase: true, negated, key: null })
      continue
    }
    const start = i
    while (i < input.length && !/\s/.test(input[i]!) && input[i] !== '"') i++
    let text = input.slice(start, i)
    const colon = text.indexOf(':')
    const key = colon > 0 ? text.slice(0, colon).toLowerCase() : null
    if (key !== null && FILTER_KEYS.has(key)) {
      let value = text.slice(colon + 1)
      if (value === '' && input[i] === '"') value = readQuoted()
      tokens.push({ text: value, phrase: false, negated, key })
      continue
    }
    if (input[i] === '"' && text !== '') {
      // `abc"def`: a quote inside a word starts a phrase after it.
      tokens.push({ text, phrase: false, negated, key: null })
      continue
    }
    text = text.trim()
    if (text !== '') tokens.push({ text, phrase: false, negated, key: null })
  }
  return tokens
}

function applyFilter(filters: QueryFilters, token: Token, warnings: string[]): void {
  const value = token.text.trim()
  if (token.negated) {
    warnings.push(`"-${token.key}:" is not supported; ignored`)
    return
  }
  if (value === '') {
    warnings.push(`"${token.key}:" without a value was ignored`)
    return
  }
  switch (token.key) {
    case 'author':
      filters.authors.push(value)
      return
    case 'section':
      filters.sections.push(value)
      return
    case 'lang':
      if (LANG.test(value)) filters.lang = value.toLowerCase().split('-')[0]!
      else warnings.push(`"lang:${value}" is not a language code; ignored`)
      return
    case 'from':
    case 'to': {
      const date = normalizeDate(value)
      if (date === null)
        warnings.push(`"${token.key}:${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored`)
      else filters[token.key] = date
      return
    }
  }
}

/** Parse a query string. Never throws; any string is a query. */
export function parseQuery(input: unknown): ParsedQuery {
  const warnings: string[] = []
  let text = typeof input === 'string' ? input : ''
  if (text.length > MAX_QUERY_LENGTH) {
    warnings.push(`the query was cut to ${MAX_QUERY_LENGTH} characters`)
    text = text.slice(0, MAX_QUERY_LENGTH)
  }
  // Control characters never mean anything in a query.
  text = text.replace(/[\u0000-\u001f\u007f]/g, ' ').trim()
  const filters = emptyFilters()
  const groups: QueryTerm[][] = []
  const exclude: QueryTerm[] = []
  let joinNext = false
  for (const token of lex(text, warnings)) {
    if (token.key !== null) {
      applyFilter(filters, token, warnings)
      continue
    }
    if (token.text.trim() === '') continue
    if (!token.phrase && !token.negated && token.text === 'OR') {
      if (groups.length === 0) warnings.push('"OR" at the start was ignored')
      else joinNext = true
      continue
    }
    const term: QueryTerm = { text: token.text, phrase: token.phrase }
    if (token.negated) {
      exclude.push(term)
      continue
    }
    if (joinNext) groups[groups.length - 1]!.push(term)
    else groups.push([term])
    joinNext = false
  }
  if (joinNext) warnings.push('"OR" at the end was ignored')
  return { text, groups, exclude, filters, warnings }
}

/** Add filters given outside the query text (CLI flags, API parameters). */
export function withFilters(query: ParsedQuery, extra: Partial<QueryFilters>): ParsedQuery {
  const filters: QueryFilters = {
    authors: [...query.filters.authors, ...(extra.authors ?? [])],
    sections: [...query.filters.sections, ...(extra.sections ?? [])],
    from: extra.from ?? query.filters.from,
    to: extra.to ?? query.filters.to,
    lang: extra.lang ?? query.filters.lang,
  }
  return { ...query, filters }
}
