/**
 * @news/rss: RSS 2.0, Atom 1.0 and JSON Feed 1.1 from newspaper pages read
 * by `@news/parser`, as files (`buildSite` + `writeSite`) or served over
 * HTTP (`serveFeeds`). See `docs/rss.md`.
 */
export { type Collected, collectArticles, type FeedArticle, orderArticles } from './articles.js'
export { type BuildOptions, type BuildResult, buildSite, undatedMessage, writeSite } from './build.js'
export { RssError } from './errors.js'
export { JSON_FEED_VERSION, toJsonFeed11 } from './json-feed.js'
export { type FileFailure, PageReader, type ParsedPage, type ReadResult } from './read-pages.js'
export { type FeedServer, type ServeOptions, serveFeeds } from './serve.js'
export { DEFAULT_LIMIT, DEFAULT_TITLE, FEED_FILES, renderSite, type Site, type SiteOptions } from './site.js'
export { sectionSlug } from './slug.js'
export { REPLACEMENT_CHARACTER } from './xml-chars.js'
