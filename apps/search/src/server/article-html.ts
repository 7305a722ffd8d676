/**
 * The HTML of a stored article, from the parser's own HTML output
 * (`toHtml`): the source file is parsed again and the article found by its
 * position. When the file is gone or has changed so that the article is no
 * longer there, the HTML is rendered from the stored record instead.
 */
import { type Article, toHtml } from '@news/parser'
import { processFile } from '@news/parser/node'
import type { StoredArticle } from '../store/store.js'
import { escapeHtml } from '../text/snippet.js'

/** The article's HTML and where it came from. */
export interface ArticleHtml {
  html: string
  /** `parser`: `toHtml` of the re-parsed source; `record`: rendered from the stored record. */
  from: 'parser' | 'record'
}

/** Articles of a parsed file in the order the indexer numbered them. */
function articlesOf(children: readonly { type: string; children?: unknown }[]): Article[] {
  const out: Article[] = []
  for (const page of children) {
    if (page.type !== 'page' || !Array.isArray(page.children)) continue
    for (const node of page.children as { type: string }[])
      if (node.type === 'article') out.push(node as Article)
  }
  return out
}

/** Render an article as HTML. Never throws. */
export async function articleHtml(article: StoredArticle): Promise<ArticleHtml> {
  if (article.ordinal === undefined) return { html: fromRecord(article), from: 'record' }
  try {
    const result = await processFile(article.source.file, { tree: true })
    const node = result.tree ? articlesOf(result.tree.children)[article.ordinal] : undefined
    const record = result.records.flatMap((page) => page.articles)[article.ordinal]
    if (node && record && record.id === article.record.id) return { html: toHtml(node), from: 'parser' }
  } catch {
    // Fall through to the record.
  }
  return { html: fromRecord(article), from: 'record' }
}

function fromRecord({ record }: StoredArticle): string {
  const parts = ['<article class="article">', '<header>']
  if (record.kicker) parts.push(`<p>${escapeHtml(record.kicker)}</p>`)
  if (record.headline) parts.push(`<h1>${escapeHtml(record.headline)}</h1>`)
  for (const dek of record.deks) parts.push(`<h2>${escapeHtml(dek)}</h2>`)
  for (const byline of record.bylines) parts.push(`<p>${escapeHtml(byline.text)}</p>`)
  parts.push('</header>')
  if (record.dateline) parts.push(`<p>${escapeHtml(record.dateline)}</p>`)
  for (const paragraph of record.paragraphs) parts.push(`<p>${escapeHtml(paragraph)}</p>`)
  parts.push('</article>')
  return parts.join('\n')
}
