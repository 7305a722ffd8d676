/**
 * The three feed documents for a list of articles, written by the `feed`
 * library (one `Feed` per format, since each format needs its text in a
 * different form, see `feed-text.ts`) and completed where it falls short:
 * `dc:creator` per author in RSS, JSON Feed 1.1 (`json-feed.ts`).
 */
import { type Author, type Category, type Extension, Feed, type FeedOptions, type Item } from 'feed'
import { dayToDate, type FeedArticle } from './articles.js'
import { escapeHtml, forHtmlCdata, forXmlText, isAttributeSafe } from './feed-text.js'
import { toJsonFeed11 } from './json-feed.js'

/** The `generator` of every feed: a fixed name, so output does not change with versions. */
export const GENERATOR = 'news-rss'
/** `updated` of a feed with no items: a fixed time, never the build time. */
export const EMPTY_FEED_DATE = new Date(0)
const DUBLIN_CORE_CREATOR = 'dc:creator'

/** What a feed is about and where it lives. */
export interface Channel {
  title: string
  description: string
  /** BCP 47 language, or null when the articles mix languages. */
  lang: string | null
  /** Absolute URL of the site's home page. */
  home: string
  /** Absolute URLs of the feed files. */
  feeds: { rss: string; atom: string; json: string }
  /** Who the feed is by (Atom requires an author): the publication, else the title. */
  author: string
  /** Absolute URL under which `sections/<slug>/` live: the scheme of Atom categories. */
  sectionsUrl: string
}

/** How an article is linked and filed. */
export interface ItemPlace {
  /** Absolute URL of the article page. */
  url: (article: FeedArticle) => string
  /** Slug of the article's section feed, when it has a section. */
  sectionSlug: (article: FeedArticle) => string | null
}

export interface FeedDocuments {
  rss: string
  atom: string
  json: string
}

/** Date of the newest article: `lastBuildDate` and `updated`. */
function newest(articles: readonly FeedArticle[]): Date {
  // Not a reduce from EMPTY_FEED_DATE: editions before 1970 are older than it.
  const days = articles.map((a) => a.date).sort()
  const last = days.at(-1)
  return last === undefined ? EMPTY_FEED_DATE : dayToDate(last)!
}

/** Full content: never empty, so that RSS always declares the namespaces it uses (`feed` ties them to content). */
function htmlOf(article: FeedArticle): string {
  return article.html || `<p>${escapeHtml(article.title)}</p>`
}

/** Options every format shares; `text` prepares plain text for the format's text slots. */
function channelOptions(channel: Channel, updated: Date, text: (value: string) => string): FeedOptions {
  return {
    title: text(channel.title),
    description: text(channel.description),
    link: channel.home,
    updated,
    generator: GENERATOR,
  }
}

/** JSON needs no escaping. */
const asIs = (value: string) => value

function rss(channel: Channel, articles: readonly FeedArticle[], place: ItemPlace, updated: Date): string {
  const feed = new Feed({
    ...channelOptions(channel, updated, forXmlText),
    id: channel.home,
    language: channel.lang ? forXmlText(channel.lang) : undefined,
    feedLinks: { rss: channel.feeds.rss },
  })
  for (const article of articles) {
    const date = dayToDate(article.date)!
    const extensions: Extension[] = [
      // Escaped text instead of `feed`'s CDATA title, which a second `]]>` would break.
      { name: 'title', objects: { _text: forXmlText(article.title) } },
    ]
    if (article.authors.length > 0) {
      const creators = article.authors.map((name) => ({ _text: forXmlText(name) }))
      // An array makes xml-js write one element per author.
      extensions.push({ name: DUBLIN_CORE_CREATOR, objects: creators as unknown as Record<string, unknown> })
    }
    feed.addItem({
      title: article.title,
      guid: forXmlText(article.id),
      link: place.url(article),
      date,
      published: date,
      description: article.summary ? forHtmlCdata(escapeHtml(article.summary)) : undefined,
      content: forHtmlCdata(htmlOf(article)),
      category: article.section ? [{ name: forXmlText(article.section) }] : undefined,
      extensions,
    } satisfies Item)
  }
  return `${feed.rss2()}\n`
}

function atom(channel: Channel, articles: readonly FeedArticle[], place: ItemPlace, updated: Date): string {
  const feed = new Feed({
    ...channelOptions(channel, updated, forXmlText),
    // Each Atom feed needs its own id: its own URL (the site is shared by the section feeds).
    id: forXmlText(channel.feeds.atom),
    feedLinks: { atom: channel.feeds.atom },
    author: { name: forXmlText(channel.author) },
  })
  for (const article of articles) {
    const date = dayToDate(article.date)!
    const slug = place.sectionSlug(article)
    const category: Category[] | undefined =
      article.section && slug
        ? [
            {
              term: slug,
              scheme: channel.sectionsUrl,
              name: isAttributeSafe(article.section) ? article.section : undefined,
            },
          ]
        : undefined
    feed.addItem({
      title: forHtmlCdata(escapeHtml(article.title)),
      id: place.url(article),
      link: place.url(article),
      date,
      published: date,
      description: article.summary ? forHtmlCdata(escapeHtml(article.summary)) : undefined,
      content: forHtmlCdata(htmlOf(article)),
      author: article.authors.map((name): Author => ({ name: forXmlText(name) })),
      category,
    } satisfies Item)
  }
  return `${feed.atom1()}\n`
}

function json(channel: Channel, articles: readonly FeedArticle[], place: ItemPlace, updated: Date): string {
  const feed = new Feed({
    ...channelOptions(channel, updated, asIs),
    feedLinks: { json: channel.feeds.json },
  })
  for (const article of articles) {
    const date = dayToDate(article.date)!
    feed.addItem({
      title: article.title,
      id: article.id,
      link: place.url(article),
      date,
      published: date,
      description: article.summary ?? undefined,
      content: htmlOf(article),
      category: article.section ? [{ name: article.section }] : undefined,
    } satisfies Item)
  }
  return toJsonFeed11(feed.json1(), {
    language: channel.lang,
    authors: [{ name: channel.author }],
    itemAuthors: new Map(articles.map((a) => [a.id, a.authors])),
  })
}

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 for `articles` (already ordered and capped). */
export function renderFeeds(
  channel: Channel,
  articles: readonly FeedArticle[],
  place: ItemPlace,
): FeedDocuments {
  const updated = newest(articles)
  return {
    rss: rss(channel, articles, place, updated),
    atom: atom(channel, articles, place, updated),
    json: json(channel, articles, place, updated),
  }
}
