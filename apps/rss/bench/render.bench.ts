/**
 * Rendering cost, parse excluded: the bundled dated sample pages (read once)
 * → articles → every file of the site (feeds, section feeds, article pages).
 *
 *     pnpm --filter @news/rss bench
 */
import { fileURLToPath } from 'node:url'
import { bench, describe } from 'vitest'
import { collectArticles, orderArticles } from '../src/articles.js'
import { PageReader } from '../src/read-pages.js'
import { renderSite } from '../src/site.js'

const SAMPLES = fileURLToPath(new URL('../../../samples/zh/*-jingbao-*.txt', import.meta.url))
const { pages } = await new PageReader([SAMPLES]).read()
const collected = collectArticles(pages)
const ordered = orderArticles(collected.articles).articles

describe(`site from ${pages.length} sample pages (${ordered.length} articles)`, () => {
  bench('collect + order (toHtml per article)', () => {
    orderArticles(collectArticles(pages).articles)
  })
  bench('render site (3 + 3 per section feeds, article pages, index)', () => {
    renderSite(ordered, { siteUrl: 'https://example.org/' })
  })
})
