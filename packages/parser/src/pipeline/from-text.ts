/**
 * The pipeline: decode → pages and lines → language → rules → tree.
 *
 *     input ──▶ splitPages ──▶ detectLanguage ──▶ rulesFor(lang).rules ──▶ buildPage ──▶ root
 *
 * Rules live in `src/rules/<lang>/`; this file knows nothing of what they do.
 */
import { VFile } from 'vfile'
import { fromMarkdown } from '../markdown/from-markdown.js'
import { type Options, type ResolvedOptions, resolveOptions } from '../options.js'
import { rulesFor } from '../rules/index.js'
import type { Page, Root } from '../types.js'
import { countRadicals } from './characters.js'
import { detectLanguageOfRanges } from './detect-language.js'
import { documentLanguage, finishPage } from './finish-page.js'
import { type PageSlice, splitPages } from './lines.js'
import type { PageContext } from './model.js'
import { Locator } from './position.js'

const SOURCE = 'news-parser'

/** Text to parse: a string, or UTF-8 bytes. */
export type Value = string | Uint8Array

/**
 * Parse newspaper page text into a news tree.
 *
 * @param value Page text: what `pdftotext`, MuPDF or an OCR engine printed. A
 *   form feed starts a new page. With `input: 'markdown'`, Markdown (see
 *   `docs/unified.md`): page markers and thematic breaks start pages.
 * @param options Language, publication, date and page; all optional.
 * @param file Optional vfile that receives messages about odd input.
 * @returns The `root` node.
 */
export function fromText(value: Value, options?: Options | null, file?: VFile): Root {
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
    throw new TypeError(
      `Expected \`value\` to be a string or Uint8Array, not \`${value === null ? 'null' : typeof value}\``,
    )
  }
  const settings = resolveOptions(options)
  const source = typeof value === 'string' ? value : new TextDecoder().decode(value)
  const vfile = file ?? new VFile({ value: source })
  const locator = new Locator(source)
  const root: Root = { type: 'root', children: [], position: locator.position(0, source.length) }

  const radicals = countRadicals(source)
  if (radicals) {
    vfile.message(`Mapped ${radicals} radical code point(s) to the ideographs they stand for`, {
      ruleId: 'radical-mapped',
      source: SOURCE,
    })
  }
  // Markdown has its own way to blocks and pages; it ends in the same `buildPage`.
  if (settings.input === 'markdown') return fromMarkdown(source, settings, vfile, locator)

  const slices = splitPages(source)
  if (slices.length === 0) {
    vfile.message('Input holds no text', { ruleId: 'empty-input', source: SOURCE })
  }

  const langs: string[] = []
  slices.forEach((slice, index) => {
    const page = parseSlice(source, slice, index, settings, vfile, locator)
    langs.push(page.lang ?? 'und')
    root.children.push(page)
  })
  root.lang = documentLanguage(langs)
  return root
}

/**
 * Run the rules of its language over one page slice of `source` and build
 * its `page` node. `index`: the page's position among the document's pages.
 */
export function parseSlice(
  source: string,
  slice: PageSlice,
  index: number,
  settings: ResolvedOptions,
  vfile: VFile,
  locator: Locator,
): Page {
  const lang = settings.lang ?? detectLanguageOfRanges(slice.repaired, slice.lines)
  const page: PageContext = {
    source,
    file: vfile,
    lang,
    start: slice.start,
    end: slice.end,
    lines: slice.lines,
    meta: {
      publication: settings.publication,
      section: null,
      runningHead: null,
      pageNumber: settings.page === null ? null : settings.page + index,
      date: settings.date,
    },
    articles: [],
    figures: [],
    furniture: [],
    scratch: {},
  }
  for (const rule of rulesFor(lang).rules) {
    try {
      rule.run(page)
    } catch (error) {
      // A rule bug must not lose the page: report it and go on with the next rule.
      vfile.message(`Rule \`${rule.name}\` failed: ${String((error as Error)?.message ?? error)}`, {
        ruleId: 'rule-failed',
        source: SOURCE,
      })
    }
  }
  return finishPage(page, locator)
}
