/**
 * The stages every input syntax ends with (plain text and Markdown alike):
 * page facts from furniture, the `page` node, the message for a page
 * without articles; and the document's language from its pages'.
 */
import type { Page } from '../types.js'
import { buildPage } from './build-tree.js'
import { pageMessage } from './message.js'
import type { PageContext } from './model.js'
import { fillPageMeta } from './page-meta.js'
import type { Locator } from './position.js'

const SOURCE = 'news-parser'

/** Turn a page whose drafts are filled into its `page` node. */
export function finishPage(page: PageContext, locator: Locator): Page {
  fillPageMeta(page)
  const node = buildPage(page, locator)
  if (!node.children.some((c) => c.type === 'article')) {
    pageMessage(page.file, 'No article found on the page', {
      place: node.position,
      ruleId: 'no-articles',
      source: SOURCE,
    })
  }
  return node
}

/** The language most pages have, or `und`. */
export function documentLanguage(langs: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const v of langs) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und'
}
