/** From the parser's records to the articles a store keeps, tokens included. */
import type { NewsRecords } from '@news/parser'
import type { FileResult } from '@news/parser/node'
import type { IndexedArticle } from '../store/store.js'
import { joinTokens, tokenize } from '../text/tokenize.js'

/** Tokens of one field, and its Han words added to `words`. */
function field(text: string, words: string[]): string {
  const tokens = tokenize(text)
  for (const word of tokens.words) words.push(word)
  return joinTokens(tokens.grams)
}

/** Every article of a parsed file, in order, tokenised. */
export function indexedArticles(result: FileResult): IndexedArticle[] {
  const out: IndexedArticle[] = []
  for (const page of result.records) out.push(...pageArticles(page, result, out.length))
  return out
}

function pageArticles(page: NewsRecords, result: FileResult, first: number): IndexedArticle[] {
  const publication = page.publication.name ?? result.meta?.publication ?? null
  const date = page.publication.date ?? result.meta?.date ?? null
  const pageNumber = page.publication.page ?? result.meta?.page ?? null
  return page.articles.map((record, index) => {
    const bylines = record.bylines.map((b) => b.text)
    const body = record.paragraphs.join('\n')
    const words: string[] = []
    const tokens = {
      headline: field([record.kicker ?? '', record.headline ?? ''].join(' '), words),
      deks: field(record.deks.join(' '), words),
      bylines: field(bylines.join(' '), words),
      body: field([record.dateline ?? '', body].join(' '), words),
      words: '',
    }
    tokens.words = joinTokens(words)
    return {
      id: record.id,
      ordinal: first + index,
      headline: record.headline,
      bylines,
      authors: record.bylines.flatMap((b) => b.authors),
      dateline: record.dateline,
      publication,
      date,
      page: pageNumber,
      section: page.section,
      lang: page.lang,
      line: record.lines?.start ?? null,
      body,
      record,
      tokens,
    }
  })
}
