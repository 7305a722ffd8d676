/**
 * What must hold for the tree of ANY input (documented in
 * `docs/syntax-tree.md#accounting-for-the-input` and the parser's README):
 *
 * - positions lie inside the input, with line/column that match the offset;
 * - a parent's position contains its children's; pages and the children of
 *   a page are ordered by start and pages do not overlap;
 * - every non-whitespace character of the input is accounted for by exactly
 *   one leaf (a `text` node, in an article, figure or furniture): its offset
 *   lies in exactly one of the source ranges of one leaf (`data.spans`, or
 *   the leaf's position when it has no spans);
 * - a leaf's value is made of its source: its characters are its source's
 *   characters, in order, except for what repairs drop — a hyphen joined
 *   across a line end (`Demo-` + `crats`), the second copy of doubled text
 *   (`重重要要` → `重要`, or a line printed twice, the copy kept in the
 *   value), and whitespace; Chinese OCR misreadings put back one for one
 *   (`〈新视点)` → `（新视点）`, `医疗队一一` → `医疗队——`, `《〈` as one sign) count
 *   as their source.
 */
import type { Node, Parent, Position } from 'unist'
import { repairCharacters } from '../../src/pipeline/characters.js'
import { splitPages } from '../../src/pipeline/lines.js'
import { repairSplitMisreadings } from '../../src/rules/zh/misreadings.js'
import { makeZhLine } from '../../src/rules/zh/zh-lines.js'
import type { Root, Text } from '../../src/types.js'

/** Whitespace as the pipeline trims it. */
const WHITESPACE = /[\s\u3000]/u
/** Characters a join may drop: hyphens and dashes at a line end. */
const JOIN_DROPPABLE = /^[-‐‑‒–—­]+$/u
/** What may close a dateline formula without being in its text. */
const DATELINE_SEPARATOR = /^[-‐‑‒–—―?:.,]+$/u

export class InvariantError extends Error {}

function fail(message: string): never {
  throw new InvariantError(message)
}

/** Offsets of line starts, for checking line/column of points. */
function lineStarts(source: string): number[] {
  const starts = [0]
  const breaks = /\r\n|\r|\n/g
  for (let m = breaks.exec(source); m; m = breaks.exec(source)) starts.push(m.index + m[0].length)
  return starts
}

/** Text leaves of a tree with the source ranges they account for. */
export function leaves(tree: Root): Array<{ node: Text; spans: Array<[number, number]>; parent: string }> {
  const out: Array<{ node: Text; spans: Array<[number, number]>; parent: string }> = []
  const walk = (node: Node, parent: string) => {
    if (node.type === 'text') {
      const text = node as Text
      const spans = text.data?.spans ?? [[text.position!.start.offset!, text.position!.end.offset!]]
      out.push({ node: text, spans, parent })
      return
    }
    for (const child of (node as Parent).children ?? []) walk(child, node.type)
  }
  walk(tree, 'root')
  return out
}

/** Positions inside the input, line/column right, parents containing children, order of pages and page children. */
export function checkPositions(source: string, tree: Root): void {
  const starts = lineStarts(source)
  const checkPoint = (p: Position['start'], where: string) => {
    const offset = p.offset
    if (offset === undefined || !Number.isInteger(offset) || offset < 0 || offset > source.length) {
      fail(`${where}: offset ${offset} outside the input (length ${source.length})`)
    }
    let line = 0
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++
    if (p.line !== line + 1 || p.column !== offset - starts[line]! + 1) {
      fail(
        `${where}: point ${p.line}:${p.column} does not match offset ${offset} (expected ${line + 1}:${offset - starts[line]! + 1})`,
      )
    }
  }
  const walk = (node: Node, path: string, outer: Position | undefined): void => {
    const pos = node.position
    if (!pos) fail(`${path}: no position`)
    checkPoint(pos.start, `${path} start`)
    checkPoint(pos.end, `${path} end`)
    if (pos.start.offset! > pos.end.offset!) fail(`${path}: starts after it ends`)
    if (outer && (pos.start.offset! < outer.start.offset! || pos.end.offset! > outer.end.offset!)) {
      fail(
        `${path}: [${pos.start.offset}, ${pos.end.offset}) outside its parent [${outer.start.offset}, ${outer.end.offset})`,
      )
    }
    if (node.type === 'text') {
      for (const [s, e] of (node as Text).data?.spans ?? []) {
        if (!(s >= pos.start.offset! && e <= pos.end.offset! && s <= e))
          fail(`${path}: span [${s}, ${e}) outside its position`)
      }
    }
    const children = (node as Parent).children ?? []
    for (const [i, child] of children.entries()) walk(child, `${path}/${child.type}[${i}]`, pos)
    if (node.type === 'root' || node.type === 'page') {
      for (let i = 1; i < children.length; i++) {
        const a = children[i - 1]!.position!
        const b = children[i]!.position!
        if (b.start.offset! < a.start.offset!) fail(`${path}: child ${i} starts before child ${i - 1}`)
        if (node.type === 'root' && b.start.offset! < a.end.offset!)
          fail(`${path}: page ${i} overlaps page ${i - 1}`)
      }
    }
  }
  walk(tree, 'root', undefined)
}

/** Every non-whitespace character accounted for by exactly one leaf; spans of leaves never overlap. */
export function checkAccounting(source: string, tree: Root): void {
  const owner = new Int32Array(source.length).fill(-1)
  leaves(tree).forEach(({ spans }, index) => {
    for (const [s, e] of spans) {
      for (let i = s; i < e; i++) {
        if (WHITESPACE.test(source[i]!)) continue
        if (owner[i] !== -1 && owner[i] !== index) {
          fail(
            `character ${JSON.stringify(source[i])} at ${i} accounted for by leaves ${owner[i]} and ${index}`,
          )
        }
        owner[i] = index
      }
    }
  })
  for (let i = 0; i < source.length; i++) {
    if (owner[i] === -1 && !WHITESPACE.test(source[i]!)) {
      fail(`character ${JSON.stringify(source[i])} at ${i} is accounted for by no leaf (lost)`)
    }
  }
}

/**
 * A leaf's value comes from its source ranges: matched in order, character
 * by character (after the offset-keeping repairs), every source character
 * is in the value except whitespace, joined hyphens and doubled copies.
 */
export function checkLeafText(source: string, tree: Root): void {
  let repaired: Map<number, string> | undefined
  for (const { node, spans, parent } of leaves(tree)) {
    const slices = spans.map(([s, e]) => repairCharacters(source.slice(s, e)))
    const value = Array.from(node.value).filter((c) => !WHITESPACE.test(c))
    // Chinese OCR misreadings are put back one for one (`〈新视点)` → `（新视点）`, `《〈` folded to one sign):
    // the value is made of its source as printed, or as repaired.
    const printed = leafTextError(node.value, charsOf(slices), value, parent)
    if (!printed) continue
    repaired ??= repairedZhUnits(source)
    const units = repaired
    const asRepaired = spans.map(([s, e]) => {
      let text = ''
      for (let at = s; at < e; at++) text += units.get(at) ?? ''
      return text
    })
    if (leafTextError(node.value, charsOf(asRepaired), value, parent)) fail(printed)
  }
}

function charsOf(slices: string[]): string[] {
  return Array.from(slices.join('\n')).filter((c) => !WHITESPACE.test(c))
}

/**
 * The source as the Chinese rules read it after putting OCR misreadings
 * back: each code unit the working lines keep, by its source offset (the
 * rules' own line builder, on every page of the source; a pair cut by the
 * line end is put back across its two lines, whatever leaves they end in).
 */
function repairedZhUnits(source: string): Map<number, string> {
  const units = new Map<number, string>()
  for (const page of splitPages(source)) {
    const lines = page.lines.filter((l) => !l.blank).map((l, i) => makeZhLine(l, i, 0))
    repairSplitMisreadings(lines)
    for (const line of lines)
      for (let i = 0; i < line.text.length; i++) units.set(line.offsets![i]!, line.text[i]!)
  }
  return units
}

/** Why a leaf's value is not made of `from` (its source's characters), or null when it is. */
function leafTextError(raw: string, from: string[], value: string[], parent: string): string | null {
  let j = 0
  // Runs of dropped characters; `at` and `size` count code points, like `from`.
  const dropped: Array<{ at: number; size: number; text: string }> = []
  for (let i = 0; i < from.length; i++) {
    if (j < value.length && from[i] === value[j]) {
      j++
      continue
    }
    const last = dropped.at(-1)
    if (last && last.at + last.size === i) {
      last.text += from[i]
      last.size++
    } else dropped.push({ at: i, size: 1, text: from[i]! })
  }
  if (j < value.length) {
    return `leaf value ${JSON.stringify(clip(raw))} has ${JSON.stringify(value.slice(j, j + 10).join(''))} that is not in its source ${JSON.stringify(clip(from.join('')))}`
  }
  for (const run of dropped) {
    const before = from.slice(Math.max(0, run.at - run.size), run.at).join('')
    // A doubled copy: the dropped run repeats what precedes it (`重重要要`,
    // a line printed twice), or is kept elsewhere in the value (a copy
    // printed a line or two away).
    const repeated =
      before === run.text ||
      Array.from(run.text).every((c, k) => c === from[run.at + k - 1]) ||
      (run.size > 1 && value.join('').includes(run.text))
    // A dateline's closing separator (`—`, or the `?` OCR read for it) ends its source, not its text.
    const datelineSeparator =
      parent === 'dateline' && run.at + run.size === from.length && DATELINE_SEPARATOR.test(run.text)
    if (!JOIN_DROPPABLE.test(run.text) && !repeated && !datelineSeparator) {
      return `leaf value ${JSON.stringify(clip(raw))} lost ${JSON.stringify(run.text)} of its source ${JSON.stringify(clip(from.join('')))}`
    }
  }
  return null
}

/** Article ids of a tree, in order. */
export function articleIds(tree: Root): string[] {
  const ids: string[] = []
  for (const page of tree.children) {
    for (const child of page.children) if (child.type === 'article') ids.push(child.data?.id ?? '')
  }
  return ids
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text
}
