/**
 * Shared facts about a page's layout that several rules need: the usual
 * (modal) line width, whether the extractor put a blank line after every
 * line, and the blocks between blank lines.
 */
import type { Line, PageContext } from '../../pipeline/model.js'

/** Share of non-blank lines followed by a blank line above which the page is "double-spaced" (MuPDF style). */
export const DOUBLE_SPACED_SHARE = 0.6

/** Most common display width among the page's non-blank lines (widths within 2 columns pooled). */
export function modalWidth(lines: readonly Line[]): number {
  const counts = new Map<number, number>()
  for (const l of lines) {
    if (l.blank || l.width < 4) continue
    const bucket = Math.round(l.width / 2) * 2
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1)
  }
  let best = 0
  let bestCount = 0
  for (const [width, count] of counts) {
    if (count > bestCount || (count === bestCount && width > best)) {
      best = width
      bestCount = count
    }
  }
  return best
}

/** Whether most non-blank lines are followed by one blank line. */
export function isDoubleSpaced(lines: readonly Line[]): boolean {
  let content = 0
  let followed = 0
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank) continue
    content++
    if (lines[i + 1]?.blank) followed++
  }
  return content > 4 && followed / content >= DOUBLE_SPACED_SHARE
}

/**
 * Blocks of consecutive non-blank lines. On a double-spaced page a single
 * blank line means nothing, so only runs of two or more separate blocks.
 */
export function splitBlocks(lines: readonly Line[]): Line[][] {
  const gap = isDoubleSpaced(lines) ? 2 : 1
  const blocks: Line[][] = []
  let current: Line[] = []
  let blanks = 0
  for (const line of lines) {
    if (line.blank) {
      blanks++
      continue
    }
    if (blanks >= gap && current.length) {
      blocks.push(current)
      current = []
    }
    blanks = 0
    current.push(line)
  }
  if (current.length) blocks.push(current)
  return blocks
}

/** Blocks of a page, computed once and kept in `page.scratch`. */
export function pageBlocks(page: PageContext): Line[][] {
  const cached = page.scratch.blocks as Line[][] | undefined
  if (cached) return cached
  const blocks = splitBlocks(page.lines)
  page.scratch.blocks = blocks
  return blocks
}
