/** The news tree → Markdown, through `toMdast` and `remark-stringify`. */
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { Article, Page, Root } from '../types.js'
import { type ToMdastOptions, toMdast } from './to-mdast.js'

const processor = unified().use(remarkStringify, { rule: '-' }).freeze()

/**
 * Turn a news `root`, `page` or `article` into Markdown: headlines `##`,
 * deks `###`, `#### Page N` page markers, pictures as `![title]()` with
 * caption lines, and role marks (HTML comments) that make reading it back
 * with `input: 'markdown'` restore kickers, bylines, datelines, furniture
 * and article bounds.
 *
 * @param node Node to write.
 * @param options `marks: false` leaves the role marks out.
 * @returns Markdown text.
 */
export function toMarkdown(node: Root | Page | Article, options?: ToMdastOptions | null): string {
  return processor.stringify(toMdast(node, options))
}
