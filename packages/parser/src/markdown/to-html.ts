/**
 * The news tree → an HTML string, through `toMdast`, `remark-rehype` and
 * `rehype-stringify`.
 *
 * Safe for any input: page text only ever becomes hast `text` nodes, which
 * `rehype-stringify` escapes (`<script>` comes out as `&lt;script>`); role
 * marks are HTML comments in mdast, which `remark-rehype` drops; and `]]>`
 * is escaped too, so the HTML can sit in a CDATA section of a feed.
 * Characters HTML forbids (NUL, control characters) come out as U+FFFD.
 */
import type { Root as HastRoot } from 'hast'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { Article, Page, Root } from '../types.js'
import { toMdast } from './to-mdast.js'

const processor = unified()
  .use(remarkRehype)
  .use(rehypeStringify, { characterReferences: { useNamedReferences: true } })
  .freeze()

/** Ends a CDATA section; `&gt;` keeps it out of text and attribute values alike. */
const CDATA_END = /]]>/g
/**
 * Characters HTML does not allow in a document, even as references: NUL,
 * controls other than whitespace, lone surrogates and noncharacters. OCR
 * output has them; the tree keeps them, HTML shows U+FFFD as a parser would.
 */
const NOT_IN_HTML =
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]|[\uD800-\uDFFF]|\p{Noncharacter_Code_Point}/gu
const REPLACEMENT = '\uFFFD'

/**
 * Turn a news `root`, `page` or `article` into an HTML fragment:
 * `<section class="page">` per page, `<article class="article">` per
 * article with its titles and bylines in a `<header>`, `<figure>` with
 * `<figcaption>` for pictures (see `toMdast` for the whole mapping).
 *
 * @param node Node to render.
 * @returns HTML; page text is always escaped, never markup.
 */
export function toHtml(node: Root | Page | Article): string {
  const hast = processor.runSync(toMdast(node, { marks: false })) as HastRoot
  return processor.stringify(hast).replace(CDATA_END, ']]&gt;').replace(NOT_IN_HTML, REPLACEMENT)
}
