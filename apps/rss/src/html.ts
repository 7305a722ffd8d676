/**
 * The HTML pages of a site: one per article (`articles/<id>.html`, so every
 * feed link resolves) and an index. The article itself is the parser's
 * `toHtml` output (`FeedArticle.html`); this module only writes the page
 * around it, escaping every value it puts in.
 */
import type { FeedArticle } from './articles.js'
import { escapeHtml } from './feed-text.js'

/** A feed as the pages link to it. */
export interface FeedLink {
  title: string
  /** Relative URL from the site's root, e.g. `sections/world/atom.xml`. */
  path: string
  type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json'
}

export interface PageContext {
  /** Title of the site (the main feed's title). */
  siteTitle: string
  /** Feeds to announce with `<link rel="alternate">`. */
  feeds: readonly FeedLink[]
}

function head(title: string, lang: string | null, prefix: string, context: PageContext, extra = ''): string {
  const alternates = context.feeds
    .map(
      (f) =>
        `<link rel="alternate" type="${f.type}" title="${escapeHtml(f.title)}" href="${escapeHtml(prefix + f.path)}">`,
    )
    .join('\n')
  return [
    '<!doctype html>',
    lang ? `<html lang="${escapeHtml(lang)}">` : '<html>',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    alternates,
    extra,
    '</head>',
  ]
    .filter(Boolean)
    .join('\n')
}

/** Edition facts shown above an article: date, publication, page, section. */
function editionLine(article: FeedArticle): string {
  const parts = [`<time datetime="${article.date}">${article.date}</time>`]
  if (article.publication) parts.unshift(escapeHtml(article.publication))
  if (article.page !== null) parts.push(`p. ${article.page}`)
  if (article.section) parts.push(escapeHtml(article.section))
  return parts.join(' · ')
}

/** The page of one article, at `articles/<id>.html`. */
export function articlePage(article: FeedArticle, url: string, context: PageContext): string {
  return `${[
    head(
      `${article.title} — ${context.siteTitle}`,
      article.lang,
      '../',
      context,
      `<link rel="canonical" href="${escapeHtml(url)}">`,
    ),
    '<body>',
    `<nav><a href="../index.html">${escapeHtml(context.siteTitle)}</a></nav>`,
    `<p class="edition">${editionLine(article)}</p>`,
    article.html,
    '</body>',
    '</html>',
  ].join('\n')}\n`
}

/** The site's index: its feeds and its newest articles. */
export function indexPage(
  articles: readonly FeedArticle[],
  lang: string | null,
  description: string,
  context: PageContext,
): string {
  const feeds = context.feeds
    .map((f) => `<li><a href="${escapeHtml(f.path)}" type="${f.type}">${escapeHtml(f.title)}</a></li>`)
    .join('\n')
  const items = articles
    .map(
      (a) =>
        `<li><a href="articles/${encodeURIComponent(a.id)}.html">${escapeHtml(a.title)}</a> <time datetime="${a.date}">${a.date}</time></li>`,
    )
    .join('\n')
  return `${[
    head(context.siteTitle, lang, '', context),
    '<body>',
    `<h1>${escapeHtml(context.siteTitle)}</h1>`,
    `<p>${escapeHtml(description)}</p>`,
    '<h2>Feeds</h2>',
    `<ul class="feeds">\n${feeds}\n</ul>`,
    '<h2>Articles</h2>',
    `<ul class="articles">\n${items}\n</ul>`,
    '</body>',
    '</html>',
  ].join('\n')}\n`
}
