/**
 * A whole site from ordered articles: the main feeds, one set per section
 * (`sections/<slug>/`), a page per article (`articles/<id>.html`) and an
 * index. Pure: the same articles and options give the same bytes.
 */
import type { FeedArticle } from './articles.js'
import { type Channel, type FeedDocuments, type ItemPlace, renderFeeds } from './feeds.js'
import { articlePage, type FeedLink, indexPage } from './html.js'
import { sectionSlug } from './slug.js'

/** Items per feed when `limit` is not given. */
export const DEFAULT_LIMIT = 100
/** Title of the feeds when neither `title` nor a single publication name gives one. */
export const DEFAULT_TITLE = 'News'

/** File names of one set of feeds. */
export const FEED_FILES = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' } as const

export interface SiteOptions {
  /** Absolute URL where the site is served (`https://example.com/news/`). Required. */
  siteUrl: string
  /** Title of the feeds. Default: the publication's name when all pages share one, else `News`. */
  title?: string | undefined
  /** Description of the feeds. Default: made from the title. */
  description?: string | undefined
  /** BCP 47 language of the feeds. Default: the pages' language when they share one. */
  lang?: string | undefined
  /** Most items in each feed, newest first. Default: `DEFAULT_LIMIT`. */
  limit?: number | undefined
}

/** The built files: path relative to the site's root → content. */
export type Site = Map<string, string>

/** `siteUrl` as a base URL: absolute http(s), ending in `/`. Misuse throws a `TypeError`. */
export function baseUrl(siteUrl: string): URL {
  let url: URL
  try {
    url = new URL(siteUrl)
  } catch {
    throw new TypeError(`Expected \`siteUrl\` to be an absolute URL, not \`${siteUrl}\``)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`Expected \`siteUrl\` to be an http or https URL, not \`${siteUrl}\``)
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  url.search = ''
  url.hash = ''
  return url
}

/** Percent-encode each segment of a relative path. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/** The one value every article shares, or null. */
function shared<T>(articles: readonly FeedArticle[], pick: (a: FeedArticle) => T | null): T | null {
  const values = new Set(articles.map(pick))
  return values.size === 1 ? [...values][0]! : null
}

function feedLinks(prefix: string, title: string): FeedLink[] {
  return [
    { title: `${title} (RSS)`, path: prefix + FEED_FILES.rss, type: 'application/rss+xml' },
    { title: `${title} (Atom)`, path: prefix + FEED_FILES.atom, type: 'application/atom+xml' },
    { title: `${title} (JSON Feed)`, path: prefix + FEED_FILES.json, type: 'application/feed+json' },
  ]
}

function putFeeds(site: Site, prefix: string, documents: FeedDocuments): void {
  site.set(prefix + FEED_FILES.rss, documents.rss)
  site.set(prefix + FEED_FILES.atom, documents.atom)
  site.set(prefix + FEED_FILES.json, documents.json)
}

/**
 * Render the site for `articles`, which must be ordered newest first with
 * unique ids (see `orderArticles`).
 */
export function renderSite(articles: readonly FeedArticle[], options: SiteOptions): Site {
  const base = baseUrl(options.siteUrl)
  const limit = options.limit ?? DEFAULT_LIMIT
  if (!Number.isInteger(limit) || limit < 1) {
    throw new TypeError(`Expected \`limit\` to be a positive integer, not \`${String(options.limit)}\``)
  }
  const url = (path: string) => new URL(encodePath(path), base).href
  const publication = shared(articles, (a) => a.publication)
  const title = options.title ?? publication ?? DEFAULT_TITLE
  const description = options.description ?? `Articles from ${title}`
  const lang = options.lang ?? shared(articles, (a) => (a.lang === 'und' ? null : a.lang))
  const slugOf = new Map<string, string>()
  const sectionSlugOf = (article: FeedArticle) => {
    if (!article.section) return null
    let slug = slugOf.get(article.section)
    if (slug === undefined) {
      slug = sectionSlug(article.section)
      slugOf.set(article.section, slug)
    }
    return slug
  }
  const place: ItemPlace = {
    url: (article) => url(`articles/${article.id}.html`),
    sectionSlug: sectionSlugOf,
  }
  const channel = (
    prefix: string,
    feedTitle: string,
    feedDescription: string,
    feedLang: string | null,
  ): Channel => ({
    title: feedTitle,
    description: feedDescription,
    lang: feedLang,
    home: url(''),
    feeds: {
      rss: url(prefix + FEED_FILES.rss),
      atom: url(prefix + FEED_FILES.atom),
      json: url(prefix + FEED_FILES.json),
    },
    author: publication ?? title,
    sectionsUrl: url('sections/'),
  })

  const site: Site = new Map()
  putFeeds(site, '', renderFeeds(channel('', title, description, lang), articles.slice(0, limit), place))

  // Sections in order of their newest article; each named after its first spelling.
  const sections = new Map<string, { name: string; articles: FeedArticle[] }>()
  for (const article of articles) {
    const slug = sectionSlugOf(article)
    if (slug === null) continue
    const section = sections.get(slug) ?? { name: article.section!, articles: [] }
    section.articles.push(article)
    sections.set(slug, section)
  }
  const sectionLinks: FeedLink[] = []
  for (const [slug, section] of sections) {
    const prefix = `sections/${slug}/`
    const sectionTitle = `${title} — ${section.name}`
    const sectionLang = options.lang ?? shared(section.articles, (a) => (a.lang === 'und' ? null : a.lang))
    const documents = renderFeeds(
      channel(prefix, sectionTitle, `${section.name} — ${description}`, sectionLang),
      section.articles.slice(0, limit),
      place,
    )
    putFeeds(site, prefix, documents)
    sectionLinks.push(...feedLinks(prefix, sectionTitle))
  }

  const mainLinks = feedLinks('', title)
  for (const article of articles) {
    const path = `articles/${article.id}.html`
    site.set(path, articlePage(article, url(path), { siteTitle: title, feeds: mainLinks }))
  }
  site.set(
    'index.html',
    indexPage(articles.slice(0, limit), lang, description, {
      siteTitle: title,
      feeds: [...mainLinks, ...sectionLinks],
    }),
  )
  return site
}
