/**
 * The news tree → an mdast tree, for `remark-stringify` (Markdown) and
 * `remark-rehype` (HTML).
 *
 * Only node types that mdast utilities know are used, so plain
 * `remark-stringify` and `remark-rehype` handle the result:
 *
 * | news node  | mdast                                   | HTML (via `data.hName` / `hProperties`) |
 * |------------|-----------------------------------------|------------------------------------------|
 * | page       | group of blocks, `#### Page N` heading  | `<section class="page">`                 |
 * | article    | group of blocks                         | `<article class="article">`              |
 * | kicker…byline | group of blocks                      | `<header>`                               |
 * | headline   | `heading` (depth 2)                     | `<h2>`                                   |
 * | dek        | `heading` (depth 3)                     | `<h3>`                                   |
 * | kicker, byline, dateline | `paragraph`               | `<p class="kicker">`…                    |
 * | paragraph  | `paragraph`                             | `<p>`                                    |
 * | figure     | `paragraph`: `![title]()`, caption, credit lines | `<figure><figcaption>…`          |
 * | furniture  | `paragraph`                             | `<p class="furniture" data-kind="…">`    |
 *
 * A group is an mdast `root` nested in the tree: `remark-stringify` writes
 * its blocks in order and `remark-rehype` turns it into the element named by
 * its `data.hName`. Roles Markdown cannot say are written as marks (HTML
 * comments, see `marks.ts`) that the Markdown input reads back and HTML
 * output drops. Text stays in `text` nodes, so every serializer escapes it.
 */
import type { ElementContent, Properties } from 'hast'
import type {
  Heading,
  Html,
  Image,
  Paragraph as MdastParagraph,
  PhrasingContent as MdastPhrasing,
  Root as MdastRoot,
  RootContent as MdastRootContent,
  Text as MdastText,
} from 'mdast'
// Loads the `hName`, `hProperties` and `hChildren` fields of mdast `data`.
import type {} from 'remark-rehype'
import type { Position } from 'unist'
import type {
  Article,
  Byline,
  Credit,
  Dateline,
  Figure,
  Furniture,
  Page,
  Root,
  TextParent,
} from '../types.js'
import { encodeMark, type MarkRole } from './marks.js'

/** Depth of the heading a headline becomes; a dek is one level deeper. */
export const HEADLINE_DEPTH = 2
/** Depth of the `Page N` heading that starts a page with a known number. */
export const PAGE_MARKER_DEPTH = 4

/** Options of `toMdast`. */
export interface ToMdastOptions {
  /**
   * Write role marks (HTML comments) so that reading the Markdown back
   * restores kickers, bylines, datelines, furniture and article bounds.
   * Default: `true`.
   */
  marks?: boolean | undefined
}

type Block = MdastRootContent

/**
 * Turn a news `root`, `page` or `article` into an mdast `root`.
 *
 * @param tree Node to convert.
 * @param options Whether to write role marks.
 * @returns A new mdast tree; positions are copied from the news nodes.
 */
export function toMdast(tree: Root | Page | Article, options?: ToMdastOptions | null): MdastRoot {
  if (!tree || typeof tree !== 'object' || !['root', 'page', 'article'].includes(tree.type)) {
    throw new TypeError(
      `Expected a news \`root\`, \`page\` or \`article\` node, not \`${describe(tree as unknown)}\``,
    )
  }
  const marks = options?.marks !== false
  const mark = (role: MarkRole, fields?: Record<string, unknown> | null): Block[] =>
    marks ? [{ type: 'html', value: encodeMark(role, fields) } satisfies Html] : []

  const text = (node: TextParent): MdastText[] =>
    node.children.map((c) => withPosition<MdastText>({ type: 'text', value: c.value }, c.position))

  const classed = (node: TextParent, className: string, extra?: Properties): MdastParagraph =>
    withPosition<MdastParagraph>(
      {
        type: 'paragraph',
        children: text(node),
        data: { hProperties: { className: [className], ...extra } },
      },
      node.position,
    )

  const heading = (node: TextParent, depth: number): Heading =>
    withPosition<Heading>(
      { type: 'heading', depth: depth as Heading['depth'], children: text(node) },
      node.position,
    )

  const figure = (node: Figure): Block => {
    const title = node.children.find((c) => c.type === 'figureTitle')
    const caption = node.children.find((c) => c.type === 'caption')
    const credit = node.children.find((c): c is Credit => c.type === 'credit')
    const image: Image = { type: 'image', url: '', alt: title ? plain(title) : '' }
    if (title?.position) image.position = title.position
    const children: MdastPhrasing[] = [image]
    const figcaption: ElementContent[] = []
    const span = (className: string, value: string): ElementContent => ({
      type: 'element',
      tagName: className === 'figure-title' ? 'b' : 'span',
      properties: { className: [className] },
      children: [{ type: 'text', value }],
    })
    if (title) figcaption.push(span('figure-title', plain(title)))
    if (caption) {
      children.push({ type: 'text', value: '\n' }, ...text(caption))
      if (figcaption.length) figcaption.push({ type: 'text', value: ' ' })
      figcaption.push(span('caption', plain(caption)))
    }
    if (credit) {
      if (marks) {
        children.push(
          { type: 'text', value: ' ' },
          {
            type: 'html',
            value: encodeMark('credit', {
              photographers: credit.photographers,
              agency: credit.agency ?? null,
            }),
          },
        )
      }
      children.push({ type: 'text', value: '\n' }, ...text(credit))
      if (figcaption.length) figcaption.push({ type: 'text', value: ' ' })
      figcaption.push(span('credit', plain(credit)))
    }
    return withPosition<MdastParagraph>(
      {
        type: 'paragraph',
        children,
        data: {
          hName: 'figure',
          hProperties: { className: ['figure'] },
          hChildren: figcaption.length
            ? [{ type: 'element', tagName: 'figcaption', properties: {}, children: figcaption }]
            : [],
        },
      },
      node.position,
    )
  }

  const furniture = (node: Furniture): Block[] => [
    ...mark('furniture', { kind: node.kind }),
    classed(node, 'furniture', { dataKind: node.kind }),
  ]

  const article = (node: Article): Block => {
    const header: Block[] = []
    const body: Block[] = []
    for (const child of node.children) {
      switch (child.type) {
        case 'kicker':
          header.push(...mark('kicker'), classed(child, 'kicker'))
          break
        case 'headline':
          header.push(heading(child, HEADLINE_DEPTH))
          break
        case 'dek':
          header.push(heading(child, HEADLINE_DEPTH + 1))
          break
        case 'byline': {
          const b = child as Byline
          header.push(
            ...mark('byline', {
              authors: b.authors,
              role: b.role ?? null,
              organization: b.organization ?? null,
            }),
            classed(b, 'byline'),
          )
          break
        }
        case 'dateline': {
          const d = child as Dateline
          body.push(
            ...mark('dateline', { place: d.place ?? null, date: d.date ?? null, agency: d.agency ?? null }),
            classed(d, 'dateline'),
          )
          break
        }
        case 'paragraph':
          body.push(
            withPosition<MdastParagraph>({ type: 'paragraph', children: text(child) }, child.position),
          )
          break
        case 'figure':
          body.push(figure(child))
          break
      }
    }
    const children: Block[] = [...mark('article')]
    if (header.length) children.push(group('header', null, header))
    for (const block of body) children.push(block)
    return withPosition(
      group('article', { className: ['article'], dataId: node.data?.id }, children),
      node.position,
    )
  }

  const page = (node: Page): Block => {
    const children: Block[] = [
      ...mark('page', {
        pageNumber: node.pageNumber ?? null,
        date: node.date ?? null,
        publication: node.publication ?? null,
        section: node.section ?? null,
        runningHead: node.runningHead ?? null,
        lang: node.lang ?? null,
      }),
    ]
    if (typeof node.pageNumber === 'number') {
      children.push({
        type: 'heading',
        depth: PAGE_MARKER_DEPTH as Heading['depth'],
        children: [{ type: 'text', value: `Page ${node.pageNumber}` }],
        data: { hProperties: { className: ['page-marker'] } },
      })
    }
    for (const child of node.children) {
      if (child.type === 'article') children.push(article(child))
      else if (child.type === 'furniture') children.push(...furniture(child))
      else if (child.type === 'figure') children.push(...mark('figure'), figure(child))
    }
    return withPosition(
      group(
        'section',
        { className: ['page'], dataPage: node.pageNumber ?? undefined, lang: node.lang },
        children,
      ),
      node.position,
    )
  }

  const out: MdastRoot = { type: 'root', children: [] }
  if (tree.type === 'article') out.children.push(article(tree))
  else if (tree.type === 'page') out.children.push(page(tree))
  else {
    tree.children.forEach((p, index) => {
      // Without a `Page N` heading, a rule keeps pages apart when marks are off.
      if (index > 0 && typeof p.pageNumber !== 'number') out.children.push({ type: 'thematicBreak' })
      out.children.push(page(p))
    })
  }
  return withPosition(out, tree.position)
}

/** A nested mdast `root` that HTML output turns into a `tagName` element. */
function group(tagName: string, properties: Properties | null, children: Block[]): Block {
  const node: MdastRoot = { type: 'root', children, data: { hName: tagName } }
  if (properties) {
    const defined = Object.entries(properties).filter(([, v]) => v !== undefined && v !== null)
    if (defined.length) node.data!.hProperties = Object.fromEntries(defined) as Properties
  }
  // A group sits among blocks; mdast's types do not list `root` there.
  return node as unknown as Block
}

function withPosition<T extends { position?: Position | undefined }>(
  node: T,
  position: Position | undefined,
): T {
  if (position) node.position = position
  return node
}

function plain(node: TextParent): string {
  return node.children.map((c) => c.value).join('')
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'object' && value && 'type' in value) return String((value as { type: unknown }).type)
  return typeof value
}
