/**
 * Markdown input: remark-parse (with YAML front matter) → blocks → pages →
 * drafts → the same news tree as plain text, with positions in the Markdown.
 *
 *     markdown ──▶ remark-parse ──▶ blocksOf ──▶ pages (`#### Page N`, `---`, page marks)
 *              ──▶ assembleMarked (role marks, from `toMdast`) | assembleNatural (evidence)
 *              ──▶ buildPage ──▶ root
 *
 * `buildPage` is the plain-text pipeline's last stage, so Markdown gets the
 * same guarantees: every character of text is in some node (what no role
 * took becomes `unplaced` furniture with a message).
 */
import type { Root as MdastRoot } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { ResolvedOptions } from '../options.js'
import { detectLanguageOfLines } from '../pipeline/detect-language.js'
import { documentLanguage, finishPage } from '../pipeline/finish-page.js'
import { makeLine } from '../pipeline/lines.js'
import type { Line, PageContext } from '../pipeline/model.js'
import type { Locator } from '../pipeline/position.js'
import type { Root } from '../types.js'
import { assembleMarked } from './assemble-marked.js'
import { assembleNatural, PAGE_MARKER } from './assemble-natural.js'
import { type Block, blocksOf, type TextLine } from './blocks.js'
import { reportEditorialMarks } from './editorial-marks.js'
import { readFrontMatter } from './front-matter.js'
import { type Mark, stringField } from './marks.js'

const SOURCE = 'news-parser'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

/** A page of blocks, before roles are decided. */
interface PageBlocks {
  blocks: Block[]
  start: number
  /** The page's role mark (written by `toMdast`), when it has one. */
  mark: Mark | null
  /** Page number from a `#### Page N` marker. */
  marker: number | null
}

/**
 * Parse Markdown into a news tree.
 *
 * @param source The Markdown document.
 * @param settings Resolved options (options win over front matter and the page).
 * @param file Receives messages (`editorial-mark`, `unplaced-text`, `no-articles`…).
 * @param locator Maps offsets of `source` to points.
 */
export function fromMarkdown(source: string, settings: ResolvedOptions, file: VFile, locator: Locator): Root {
  const root: Root = { type: 'root', children: [], position: locator.position(0, source.length) }
  const mdast = parser.runSync(parser.parse(source)) as MdastRoot
  const yaml = mdast.children.find((c) => c.type === 'yaml')
  const front = yaml ? readFrontMatter(yaml.value) : { publication: null, date: null }
  const blocks = blocksOf(mdast, source)
  const marked = blocks.some((b) => b.mark?.role === 'article' || b.mark?.role === 'page')
  const pages = splitPages(blocks, marked, yaml?.position?.end.offset ?? 0)

  if (!pages.length) {
    file.message('Input holds no text', { ruleId: 'empty-input', source: SOURCE })
  }
  const deeperHeadings = blocks.some(
    (b) => b.type === 'heading' && b.depth > 1 && !PAGE_MARKER.test(textOf(b)),
  )
  const langs: string[] = []

  pages.forEach((slice, index) => {
    const end = pages[index + 1]?.start ?? source.length
    const lines = slice.blocks.flatMap((b) => (b.alt?.text ? [b.alt, ...b.lines] : b.lines))
    const lang =
      settings.lang ??
      stringField(slice.mark ?? noMark, 'lang') ??
      detectLanguageOfLines(lines.map((l) => l.text))
    langs.push(lang)
    const fromMark = (name: string) => (slice.mark ? stringField(slice.mark, name) : null)
    const markedNumber = slice.mark?.fields.pageNumber
    const page: PageContext = {
      source,
      file,
      lang,
      start: slice.start,
      end,
      lines: pageLines(lines, source, locator),
      meta: {
        publication: settings.publication ?? fromMark('publication') ?? front.publication,
        section: fromMark('section'),
        runningHead: fromMark('runningHead'),
        pageNumber:
          settings.page !== null
            ? settings.page + index
            : typeof markedNumber === 'number'
              ? markedNumber
              : slice.marker,
        date: settings.date ?? fromMark('date') ?? front.date,
      },
      articles: [],
      figures: [],
      furniture: [],
      scratch: {},
    }
    reportEditorialMarks(lines, source, file, locator)
    if (marked) assembleMarked(slice.blocks, page)
    else assembleNatural(slice.blocks, page, { publication: page.meta.publication, deeperHeadings })
    root.children.push(finishPage(page, locator))
  })
  root.lang = documentLanguage(langs)
  return root
}

const noMark: Mark = { role: 'page', fields: {} }

/**
 * Split blocks into pages at page marks, `#### Page N` markers and
 * thematic breaks. Pages without text are dropped. In marked Markdown the
 * `Page N` heading after a page mark was written by `toMdast` and is
 * dropped; elsewhere it stays, as folio furniture.
 */
function splitPages(blocks: readonly Block[], marked: boolean, bodyStart: number): PageBlocks[] {
  const pages: PageBlocks[] = []
  let current: PageBlocks = { blocks: [], start: bodyStart, mark: null, marker: null }
  const hasText = (page: PageBlocks) => page.blocks.some((b) => b.lines.length || b.alt)
  const next = (start: number) => {
    if (hasText(current)) pages.push(current)
    current = { blocks: [], start, mark: null, marker: null }
  }
  for (const block of blocks) {
    if (block.type === 'rule') {
      next(block.span[1])
      continue
    }
    if (block.mark?.role === 'page') {
      next(block.span[0])
      current.mark = block.mark
      continue
    }
    const number = block.type === 'heading' ? PAGE_MARKER.exec(textOf(block)) : null
    if (number) {
      if (hasText(current)) next(block.span[0])
      current.marker = Number(number[1])
      if (marked && current.mark) continue
    }
    current.blocks.push(block)
  }
  next(0)
  return pages
}

/** Lines of the page's text for `buildPage`'s check that no text is lost. */
function pageLines(lines: readonly TextLine[], source: string, locator: Locator): Line[] {
  return lines
    .filter((l) => l.span[1] > l.span[0])
    .map((l) => makeLine(source.slice(l.span[0], l.span[1]), l.span[0], locator.point(l.span[0]).line))
}

function textOf(block: Block): string {
  return block.lines.map((l) => l.text).join(' ')
}
