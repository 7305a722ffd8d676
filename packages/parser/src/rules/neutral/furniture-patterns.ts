/**
 * Lines that are page furniture in any language: folios, running heads with
 * a date and page number, editor lines, continuation lines.
 */
import type { FurnitureKind } from '../../types.js'

const PATTERNS: ReadonlyArray<[FurnitureKind, RegExp]> = [
  ['folio', /^(?:-\s*)?\d{1,3}(?:\s*-)?$|^(?:Page|PAGE|P\.)\s*\d{1,3}$|^第[\d一二三四五六七八九十]+版$/],
  ['running-head', /^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]/u],
  ['editor', /^(?:责任编辑|責任編輯|美术编辑|美術編輯|版式设计|校对|校對|编辑|編輯)\s*[：:]/u],
  [
    'continuation',
    /^[（(]?(?:下转|上接|转第|接第|轉第|下轉)[^）)]{0,12}[）)]?$|^(?:Continued|Cont'd|CONTINUED)\s+(?:on|from)\s+(?:Page|page|PAGE)\s*\w+\.?$|^See\s+[A-Z]+,?\s/u,
  ],
]

/** The furniture kind of a line, or null. */
export function furnitureKind(text: string): FurnitureKind | null {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return kind
  return null
}
