/**
 * Reading Markdown from OCR engines and transcribers (no role marks):
 * roles are decided with the evidence the plain-text rules use (length,
 * sentence ends, capitals, what follows, printed formulas), and Markdown's
 * own signals (a heading, a bold line, an image) only add to it:
 *
 * - a run of title blocks (headings, bold or capital short lines) starts an
 *   article: a short first title set smaller than the next is a kicker,
 *   then the headline, then deks; a heading as large as the headline ends
 *   the run (two ads in a row, not a headline and its dek);
 * - a paragraph that opens with short title lines followed by a long body
 *   line (an ad block set line by line) is split the same way;
 * - `By …` lines are bylines, a dateline formula opening an article's first
 *   paragraph is its dateline;
 * - an image, or a `[Image of …]` placeholder, with the caption lines next
 *   to it is a figure; raw HTML tables and pipe tables are `table`
 *   furniture; the nameplate, page markers and date lines are furniture.
 */

import type { DraftArticle, DraftText, PageContext } from '../pipeline/model.js'
import { findDate } from '../pipeline/page-meta.js'
import { furnitureKind } from '../rules/neutral/furniture-patterns.js'
import { hasHan } from '../util/chars.js'
import { type Block, sliceLine, type TextLine } from './blocks.js'
import { draftOf, figureOf, newArticle } from './drafts.js'
import { isPicturePlaceholder } from './editorial-marks.js'
import {
  CAPTION_MAX_COLUMNS,
  findDateline,
  HEADING_MAX_COLUMNS,
  hasLetters,
  isCapitals,
  isShort,
  isTitleLine,
  KICKER_MAX_WORDS,
  parseByline,
  TITLE_MAX_COLUMNS,
  wordCount,
} from './evidence.js'

const RULE = 'markdown-evidence'
/** A title run with a Markdown heading in it: the transcriber agreed it is a title. */
const HEADING_CONFIDENCE = 0.8
/** Titles found only from line shape and case, as in plain text. */
const SHAPE_CONFIDENCE = 0.5
/** Depth given to title lines that are not headings: smaller than any heading. */
const NOT_A_HEADING = 7
/** Share of a line's longer words that start with a capital for Title Case (`Theosophical Society`). */
const TITLE_CASE_SHARE = 0.75
/** A dateline on a line of its own: `London, Oct 20.`, `WASHINGTON, Dec. 3.—`. */
const DATELINE_ALONE = /^([A-Z][A-Za-z.'’ -]{1,40}?),\s*([A-Z][a-z]{2,8}\.?\s*\d{1,2})\.?\s*[-—–]*$/
/** Inside a line, a sentence ends and the next begins (`7 ½ cents. Ladies Shoes`): prose, not a title. */
const SENTENCE_INSIDE = /[.!?;]\s+\p{Lu}/u
/** A page-marker heading: `#### Page 1`. */
export const PAGE_MARKER = /^page\s+(\d{1,4})$/i

/** What the natural reading needs to know beyond the page. */
export interface NaturalContext {
  /** Name of the publication, to tell the nameplate from a headline. */
  publication: string | null
  /** Whether the document uses headings deeper than `#` (so a top `#` is the nameplate). */
  deeperHeadings: boolean
}

interface Title {
  text: DraftText
  depth: number
  heading: boolean
  width: number
}

/** Fill `page` with drafts decided from the unmarked `blocks` of one page. */
export function assembleNatural(blocks: readonly Block[], page: PageContext, context: NaturalContext): void {
  let article: DraftArticle | null = null
  const open = (confidence = SHAPE_CONFIDENCE) => {
    if (!article) {
      article = newArticle(RULE, confidence)
      page.articles.push(article)
    }
    return article
  }
  const furniture = (lines: readonly TextLine[], kind: string) => {
    page.furniture.push({ ...draftOf(lines, RULE, SHAPE_CONFIDENCE), kind })
  }
  const startArticle = (titles: Title[]) => {
    const confidence = titles.some((t) => t.heading) ? HEADING_CONFIDENCE : SHAPE_CONFIDENCE
    const next = newArticle(RULE, confidence)
    let i = 0
    const first = titles[0]!
    const second = titles[1]
    if (second && isKickerOver(first, second)) {
      next.kicker = first.text
      i = 1
    }
    next.headline = titles[i]!.text
    for (const dek of titles.slice(i + 1)) next.deks.push(dek.text)
    page.articles.push(next)
    article = next
  }

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.type === 'rule' || block.mark) continue
    if (block.type === 'html') {
      if (block.lines.length)
        furniture(block.lines, /<table\b/i.test(block.html ?? '') ? 'table' : 'unplaced')
      continue
    }
    const text = block.lines.map((l) => l.text).join(' ')

    if (block.type === 'heading' && PAGE_MARKER.test(text)) {
      furniture(block.lines, 'folio')
      continue
    }
    if (block.type === 'heading' && isNameplate(block, index, context)) {
      furniture(block.lines, 'masthead')
      article = null
      continue
    }

    // Pictures: the caption is the rest of the image's paragraph, or the short paragraph after it.
    if (block.type === 'figure' || (block.type === 'paragraph' && isPicturePlaceholder(text))) {
      const figureBlock: Block =
        block.type === 'figure' ? { ...block } : { ...block, type: 'figure', alt: block.lines[0]!, lines: [] }
      const after = blocks[index + 1]
      if (!figureBlock.lines.length && after?.type === 'paragraph' && isCaption(after)) {
        figureBlock.lines = after.lines
        figureBlock.span = [figureBlock.span[0], after.span[1]]
        index++
      }
      const figure = figureOf(figureBlock, RULE, SHAPE_CONFIDENCE)
      if (article) (article as DraftArticle).figures.push(figure)
      else page.figures.push(figure)
      continue
    }

    if (block.type === 'paragraph' && isPipeTable(block.lines)) {
      furniture(block.lines, 'table')
      continue
    }

    // Furniture lines (folios, date lines, jump lines) in a paragraph of short lines.
    let lines = block.lines
    if (block.type === 'paragraph' && lines.every((l) => isShort(l.text))) {
      const kept: TextLine[] = []
      for (const line of lines) {
        const kind = furnitureKind(line.text) ?? (findDate(line.text) ? 'running-head' : null)
        if (kind) furniture([line], kind)
        else kept.push(line)
      }
      lines = kept
      if (!lines.length) continue
    }

    if (block.type === 'paragraph' && lines.length === 1) {
      const byline = parseByline(lines[0]!.text)
      if (byline) {
        open().bylines.push({ ...draftOf(lines, RULE, SHAPE_CONFIDENCE), ...byline })
        continue
      }
    }

    // A run of title blocks starts an article.
    const title = titleOf(block, lines)
    if (title) {
      const titles = [title]
      let j = index + 1
      for (; j < blocks.length; j++) {
        const next = blocks[j]!
        if (next.mark || next.type === 'rule') continue
        const t = next.type === 'heading' || next.type === 'paragraph' ? titleOf(next, next.lines) : null
        if (!t || PAGE_MARKER.test(t.text.text)) break
        // A short smaller title over a larger heading is a kicker; otherwise a heading as
        // large as the headline is the next article, not a dek.
        if (titles.length === 1 && isKickerOver(titles[0]!, t)) {
          titles.push(t)
          continue
        }
        const headline = titles.length > 1 && isKickerOver(titles[0]!, titles[1]!) ? titles[1]! : titles[0]!
        if (t.heading && t.depth <= headline.depth) break
        titles.push(t)
      }
      // What follows decides: short lines before the next heading (or the page end) are body, not deks.
      const following = blocks.slice(j).find((b) => !b.mark && b.type !== 'rule')
      const bodyFollows = following !== undefined && following.type !== 'heading'
      const trailing: Title[] = []
      while (!bodyFollows && titles.length > 1 && !titles.at(-1)!.heading) trailing.unshift(titles.pop()!)
      startArticle(titles)
      for (const t of trailing) (article as DraftArticle | null)?.paragraphs.push(t.text)
      index = j - 1
      continue
    }

    // Short title lines opening a paragraph of body lines, as an ad or a plain-text page sets them.
    if (block.type === 'paragraph' && lines.length > 1) {
      let t = 0
      while (t < lines.length - 1 && isPlainTitleLine(lines[t]!.text)) t++
      if (t > 0 && lines.slice(t).some((l) => !isShort(l.text))) {
        startArticle(lines.slice(0, t).map((l) => lineTitle(l)))
        lines = lines.slice(t)
      }
    }

    const current = open()
    let body = draftOf(lines, RULE, SHAPE_CONFIDENCE)
    if (!current.paragraphs.length && !current.dateline && DATELINE_ALONE.test(body.text)) {
      // `London, Oct 20.` on a line of its own above the report.
      const [, place, date] = DATELINE_ALONE.exec(body.text)!
      current.dateline = { ...body, place: place ?? null, date: date ?? null, agency: null }
      continue
    }
    if (!current.paragraphs.length && !current.dateline) {
      const dateline = findDateline(body.text)
      if (dateline) {
        const split = splitDraft(body, lines, dateline.length)
        if (split) {
          current.dateline = {
            ...split[0],
            place: dateline.place,
            date: dateline.date,
            agency: dateline.agency,
          }
          body = split[1]
        }
      }
    }
    current.paragraphs.push(body)
  }
}

/** A block as a title, or null: headings of title length, bold short lines, short lines in capitals. */
function titleOf(block: Block, lines: readonly TextLine[]): Title | null {
  if (!lines.length) return null
  const text = lines.map((l) => l.text).join(' ')
  if (!hasLetters(text) || isPicturePlaceholder(text) || findDateline(text) || DATELINE_ALONE.test(text))
    return null
  if (block.type === 'paragraph' && lines.length === 1 && parseByline(text)) return null
  // A reduce, not `Math.max(...)`: spreading a block of many lines overflows the stack.
  const width = lines.reduce((widest, l) => Math.max(widest, l.text.length), Number.NEGATIVE_INFINITY)
  const title = (heading: boolean): Title => ({
    text: draftOf(lines, RULE, heading ? HEADING_CONFIDENCE : SHAPE_CONFIDENCE),
    depth: heading ? block.depth : NOT_A_HEADING,
    heading,
    width,
  })
  if (block.type === 'heading') return isShort(text, HEADING_MAX_COLUMNS) ? title(true) : null
  if (block.type !== 'paragraph') return null
  if (lines.every((l) => l.strong && isShort(l.text))) return title(false)
  if (lines.length === 1) {
    const line = lines[0]!.text
    if (isCapitals(line) && isShort(line)) return title(false)
    if (isPlainTitleLine(line) && !/[,;:，；：、]$/.test(line) && (isTitleCase(line) || isHanTitle(line))) {
      return title(false)
    }
  }
  return null
}

/** Whether `first` is a kicker over `second`: a few words, narrower, and set smaller. */
function isKickerOver(first: Title, second: Title): boolean {
  return (
    wordCount(first.text.text) <= KICKER_MAX_WORDS &&
    first.width < second.width &&
    (first.depth > second.depth || (!first.heading && second.heading))
  )
}

/** A title line in a paragraph without Markdown emphasis: title-shaped and no sentence inside unless in capitals. */
function isPlainTitleLine(text: string): boolean {
  return isTitleLine(text) && (isCapitals(text) || !SENTENCE_INSIDE.test(text))
}

function lineTitle(line: TextLine): Title {
  return {
    text: draftOf([line], RULE, SHAPE_CONFIDENCE),
    depth: NOT_A_HEADING,
    heading: false,
    width: line.text.length,
  }
}

/** A Chinese title line: Han text without punctuation inside (`三万人实现家门口就业`). */
function isHanTitle(text: string): boolean {
  return hasHan(text) && !/[，。！？；：、,.!?;:]/u.test(text)
}

/** Title Case: most longer words start with a capital (`Theosophical Society`, not `the next day`). */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w))
  if (!words.length) return /^\p{Lu}/u.test(text)
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= TITLE_CASE_SHARE
}

/** Whether a paragraph can be the caption of the picture before it. */
function isCaption(block: Block): boolean {
  const text = block.lines.map((l) => l.text).join(' ')
  return isShort(text, CAPTION_MAX_COLUMNS) && !isPicturePlaceholder(text)
}

/** A Markdown pipe table that remark-parse (without GFM) leaves as a paragraph. */
function isPipeTable(lines: readonly TextLine[]): boolean {
  return (
    lines.length >= 2 &&
    lines.every((l) => /^\|.*\|$/.test(l.text)) &&
    /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(lines[1]!.text)
  )
}

/** Whether the nameplate: the publication's name, or a `#` heading on top of a page whose headlines are `##`. */
function isNameplate(block: Block, index: number, context: NaturalContext): boolean {
  const text = block.lines.map((l) => l.text).join(' ')
  if (context.publication) {
    const name = normalizeName(context.publication)
    const seen = normalizeName(text)
    if (name && seen.startsWith(name) && seen.length <= name.length + TITLE_MAX_COLUMNS / 4) return true
  }
  return block.depth === 1 && context.deeperHeadings && index <= 1
}

function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Split a paragraph's draft after its first `length` characters (a dateline in its first line). */
function splitDraft(
  draft: DraftText,
  lines: readonly TextLine[],
  length: number,
): [DraftText, DraftText] | null {
  const first = lines[0]!
  const head = sliceLine(first, 0, length)
  const rest = [sliceLine(first, length), ...lines.slice(1)].filter((l): l is TextLine => l !== null)
  if (!head || !rest.length) return null
  const rule = draft.rule ?? RULE
  const confidence = draft.confidence ?? SHAPE_CONFIDENCE
  return [draftOf([head], rule, confidence), draftOf(rest, rule, confidence)]
}
