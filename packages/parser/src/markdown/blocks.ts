/**
 * mdast → a flat list of blocks made of text lines, each line with the
 * source range it came from. The Markdown input decides roles on these
 * blocks the way the plain-text rules decide them on lines.
 *
 * Every piece of text in the Markdown ends up in some block line (code,
 * lists and quotes included), so nothing is lost; only Markdown syntax
 * (`##`, `**`, `![`, escapes) is left out of the text.
 */
import type { Nodes as MdastNodes, Root as MdastRoot, PhrasingContent, RootContent } from 'mdast'
import type { Span } from '../pipeline/model.js'
import { decodeMark, type Mark } from './marks.js'

/** One line of text in a block. */
export interface TextLine {
  /** Text of the line, trimmed, Markdown syntax removed. */
  text: string
  /** Source range from the line's first to its last character. */
  span: Span
  /** Whether all of the line's text is strong (bold). */
  strong: boolean
  /** Source offset of each character of `text` (escapes and markup sit between them). */
  offsets: number[]
}

/** A block of the Markdown document, in document order. */
export interface Block {
  type: 'heading' | 'paragraph' | 'figure' | 'html' | 'rule'
  /** Heading depth (1-6); 0 for other blocks. */
  depth: number
  /** Text lines; for a figure, the lines after its image (caption, credit). */
  lines: TextLine[]
  /** Source range of the block. */
  span: Span
  /** Role mark of an `html` block, when it is one. */
  mark?: Mark | null
  /** Raw value of an `html` block. */
  html?: string
  /** Alt text of a figure's image (empty line when the alt is empty). */
  alt?: TextLine | null
  /** For a figure: index in `lines` where a `credit` mark says the credit starts. */
  creditFrom?: number | null
  /** For a figure: the fields of its `credit` mark. */
  creditMark?: Mark | null
}

/** Flatten an mdast tree into blocks. `source` is the Markdown it was parsed from. */
export function blocksOf(tree: MdastRoot, source: string): Block[] {
  const out: Block[] = []
  const flow = (nodes: readonly RootContent[]) => {
    for (const node of nodes) block(node)
  }
  const block = (node: RootContent) => {
    const span = spanOf(node)
    switch (node.type) {
      case 'yaml':
        return
      case 'heading':
        out.push({
          type: 'heading',
          depth: node.depth,
          lines: phrasingLines(node.children, source).lines,
          span,
        })
        return
      case 'paragraph': {
        const { lines, image, creditFrom, creditMark } = phrasingLines(node.children, source)
        if (image) {
          out.push({ type: 'figure', depth: 0, lines, span, alt: image, creditFrom, creditMark })
        } else if (lines.length) {
          out.push({ type: 'paragraph', depth: 0, lines, span })
        }
        return
      }
      case 'thematicBreak':
        out.push({ type: 'rule', depth: 0, lines: [], span })
        return
      case 'html': {
        const mark = decodeMark(node.value)
        out.push({
          type: 'html',
          depth: 0,
          lines: mark ? [] : rawLines(source, span),
          span,
          mark,
          html: node.value,
        })
        return
      }
      case 'blockquote':
      case 'listItem':
        flow(node.children as RootContent[])
        return
      case 'list':
        flow(node.children)
        return
      default: {
        // Code, definitions and anything else: keep its source lines as a paragraph.
        const lines = rawLines(source, span)
        if (lines.length) out.push({ type: 'paragraph', depth: 0, lines, span })
      }
    }
  }
  flow(tree.children)
  return out
}

function spanOf(node: MdastNodes): Span {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]
}

/** The non-blank source lines of a range, trimmed. */
function rawLines(source: string, [start, end]: Span): TextLine[] {
  const lines: TextLine[] = []
  const re = /[^\r\n]+/g
  const slice = source.slice(start, end)
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const lead = m[0].length - m[0].trimStart().length
    const text = m[0].trim()
    const from = start + m.index + lead
    if (text) {
      lines.push({
        text,
        span: [from, from + text.length],
        strong: false,
        offsets: Array.from(text, (_, i) => from + i),
      })
    }
  }
  return lines
}

/** Characters of the line being read, with their source offsets (parallel arrays: few allocations). */
interface Pending {
  chars: string[]
  offsets: number[]
  strong: boolean[]
}

const emptyPending = (): Pending => ({ chars: [], offsets: [], strong: [] })

/**
 * Lines of phrasing content, split at line endings and hard breaks. A
 * leading image is returned apart (a figure); an inline role mark is
 * returned as the line index it applies from.
 */
function phrasingLines(nodes: readonly PhrasingContent[], source: string) {
  const lines: TextLine[] = []
  let current = emptyPending()
  let image: TextLine | null = null
  let creditFrom: number | null = null
  let creditMark: Mark | null = null
  let seenText = false

  const endLine = () => {
    const line = lineOf(current)
    if (line) lines.push(line)
    current = emptyPending()
  }
  const addText = (value: string, start: number, end: number, strong: boolean) => {
    const offsets = alignOffsets(value, source, start, end)
    for (let i = 0; i < value.length; i++) {
      const char = value[i]!
      if (char === '\n' || char === '\r') endLine()
      else {
        current.chars.push(char)
        current.offsets.push(offsets[i]!)
        current.strong.push(strong)
      }
    }
    if (value.trim()) seenText = true
  }
  const walk = (node: PhrasingContent, strong: boolean) => {
    const [start, end] = spanOf(node)
    switch (node.type) {
      case 'text':
        addText(node.value, start, end, strong)
        return
      case 'inlineCode':
        addText(node.value, start, end, strong)
        return
      case 'break':
        endLine()
        return
      case 'image':
      case 'imageReference': {
        const alt = node.alt ?? ''
        if (!seenText && !image && lines.length === 0 && current.chars.length === 0) {
          // `![alt](url)` opening a paragraph: a picture; its alt text starts after `![`.
          const altStart = source.indexOf(alt, start)
          const at = alt && altStart >= 0 && altStart < end ? altStart : start
          image = {
            text: alt,
            span: [at, at + (at === altStart ? alt.length : 0)],
            strong: false,
            offsets: Array.from(alt, (_, i) => at + i),
          }
          seenText = true
          return
        }
        if (alt) addText(alt, start, end, strong)
        return
      }
      case 'html': {
        const mark = decodeMark(node.value)
        if (mark?.role === 'credit') {
          endLine()
          creditFrom = lines.length
          creditMark = mark
          return
        }
        if (mark) return
        addText(node.value, start, end, strong)
        return
      }
      case 'strong':
        for (const child of node.children) walk(child, true)
        return
      default:
        if ('children' in node) for (const child of node.children as PhrasingContent[]) walk(child, strong)
        else if ('value' in node && typeof node.value === 'string') addText(node.value, start, end, strong)
    }
  }
  for (const node of nodes) walk(node, false)
  endLine()
  return { lines, image, creditFrom, creditMark }
}

function lineOf({ chars, offsets, strong }: Pending): TextLine | null {
  let first = 0
  let last = chars.length - 1
  while (first <= last && /\s/.test(chars[first]!)) first++
  while (last >= first && /\s/.test(chars[last]!)) last--
  if (first > last) return null
  let allStrong = true
  for (let i = first; i <= last; i++) if (!strong[i] && !/\s/.test(chars[i]!)) allStrong = false
  return {
    text: chars.slice(first, last + 1).join(''),
    span: [offsets[first]!, offsets[last]! + 1],
    strong: allStrong,
    offsets: offsets.slice(first, last + 1),
  }
}

/**
 * Source offset of each character of a text node's value. The value differs
 * from its source by escapes (`\[`), character references (`&amp;`) and the
 * indentation of continuation lines; characters are matched in order and
 * skipped source characters are those.
 */
export function alignOffsets(value: string, source: string, start: number, end: number): number[] {
  const offsets: number[] = new Array(value.length)
  let j = start
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!
    while (j < end && source[j] !== char) {
      if (source[j] === '&') {
        // A character reference stands for this character: map it to the `&`.
        const semi = source.indexOf(';', j)
        if (semi > j && semi - j <= 32) {
          offsets[i] = j
          j = semi + 1
          break
        }
      }
      j++
    }
    if (offsets[i] !== undefined) continue
    if (j >= end) {
      offsets[i] = Math.max(start, end - 1)
      continue
    }
    offsets[i] = j
    j++
  }
  return offsets
}

/** Characters `[from, to)` of a line as a line of their own, trimmed, with their source offsets; null when blank. */
export function sliceLine(line: TextLine, from: number, to = line.text.length): TextLine | null {
  let start = from
  let end = to
  while (start < end && /\s/.test(line.text[start]!)) start++
  while (end > start && /\s/.test(line.text[end - 1]!)) end--
  if (start >= end) return null
  const offsets = line.offsets.slice(start, end)
  return {
    text: line.text.slice(start, end),
    span: [offsets[0]!, offsets.at(-1)! + 1],
    strong: line.strong,
    offsets,
  }
}
