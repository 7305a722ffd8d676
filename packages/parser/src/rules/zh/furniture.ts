/**
 * Rule: page furniture of Chinese pages. At the top: the paper's name
 * (masthead), the running head (`2020年2月17日 星期一 第5版`, one line or
 * several) and the section name (`地方传真`); anywhere: editor lines,
 * subscription and ad boxes, continuation lines. Furniture never joins an
 * article; the section and date go on the page node.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { FurnitureKind } from '../../types.js'
import type { Rule } from '../rule.js'
import {
  AD_LABEL,
  AD_LINE,
  CONTINUATION_LINE,
  EDITOR_LINE,
  MARKED_BYLINE,
  PUBLICATION_NAME,
  RUNNING_HEAD_PARTS,
} from './patterns.js'
import { draftOf, pieceOf, type ZhLine, zhLinesOf } from './zh-lines.js'

/** Lines at the top of a page searched for masthead, running head and section. */
export const TOP_REGION_LINES = 8
/** A section name is at most this many characters (`地方传真`, `要闻`, `国际`). */
export const SECTION_MAX_CHARS = 6
/** Without a running head to vouch for it, a section name on the first line is at most this many characters (要闻, 地方传真). */
export const BARE_SECTION_MAX_CHARS = 4
/** A paper's name at the top is at most this many characters. */
export const MASTHEAD_MAX_CHARS = 10
/** A box under a bare ad label is at most this many lines (a notice, a small ad). */
export const AD_BOX_MAX_LINES = 8
const BARE_AD_LABEL = /^(?:广告|廣告)$/u
/** An ad or subscription line is at most this many characters. */
export const AD_MAX_CHARS = 20
/** Confidence of furniture found by its words. */
const WORD_CONFIDENCE = 0.9
/** Confidence of furniture found by its place at the top of the page. */
const PLACE_CONFIDENCE = 0.7

const PUNCTUATION = /[，。、；：！？,.;:!?“”「」（）()《》—]/u
const HAN_ONLY = /^[\p{Script=Han}·]+$/u

/** A writer's line: a bracketed name (`（涵秋）`) or a marked byline (`□ 本报记者 X`). */
function bylineShaped(text: string): boolean {
  return /^[（(][^（）()]{1,6}[）)]$/u.test(text) || MARKED_BYLINE.test(text)
}

/** Whether the whole line is made of running-head parts (date, weekday, page). */
export function isRunningHead(text: string): boolean {
  let rest = text.trim()
  let parts = 0
  for (let m = RUNNING_HEAD_PARTS.exec(rest); m && m[0].length > 0; m = RUNNING_HEAD_PARTS.exec(rest)) {
    rest = rest.slice(m[0].length).trim()
    parts++
  }
  return parts > 0 && rest.length === 0
}

export const zhFurniture: Rule = {
  name: 'zh-furniture',
  description:
    'Mark masthead, running head and section at the top of the page, and editor lines, ad boxes and continuation lines anywhere, as furniture.',
  run(page: PageContext) {
    const lines = zhLinesOf(page)
    const mark = (line: ZhLine, kind: FurnitureKind, confidence: number) => {
      line.role = 'furniture'
      line.rule = this.name
      line.confidence = confidence
      page.furniture.push({ ...draftOf([pieceOf(line)], this.name, confidence), kind })
      if (kind === 'section' && !page.meta.section) page.meta.section = line.text
      if (kind === 'masthead' && !page.meta.publication) page.meta.publication = line.text
    }

    // Top of the page: masthead, running head parts, section, in any order.
    const top = lines.slice(0, TOP_REGION_LINES)
    const headAt = top.findIndex((l) => isRunningHead(l.text))
    let sectionFound = false
    for (let i = 0; i < top.length; i++) {
      const line = top[i]!
      const text = line.text
      // Set aside already (an old paper's running head): one node per line.
      if (line.role !== 'unknown') continue
      if (isRunningHead(text)) {
        mark(line, 'running-head', WORD_CONFIDENCE)
        continue
      }
      const nameLike = (i === 0 && headAt > 0 && headAt <= 2) || (headAt >= 0 && PUBLICATION_NAME.test(text))
      if (nameLike && !sectionFound && text.length <= MASTHEAD_MAX_CHARS && !PUNCTUATION.test(text)) {
        mark(line, 'masthead', PLACE_CONFIDENCE)
        continue
      }
      if (
        !sectionFound &&
        (headAt < 0 ? i === 0 : i > headAt || i === 0) &&
        text.length <= (headAt < 0 ? BARE_SECTION_MAX_CHARS : SECTION_MAX_CHARS) &&
        HAN_ONLY.test(text) &&
        // A headline with its writer under it (`沁香閣` / `（涵秋）`) is no section name.
        !(headAt < 0 && bylineShaped(top[i + 1]?.text ?? ''))
      ) {
        mark(line, 'section', PLACE_CONFIDENCE)
        sectionFound = true
        continue
      }
      // Stop at the first line that is none of these, once past the running head.
      if (headAt < 0 || i > headAt) break
    }

    for (const line of lines) {
      if (line.role !== 'unknown') continue
      const text = line.text
      if (BARE_AD_LABEL.test(text)) {
        // A box under a bare 广告 label (a lost-property notice, a small ad) up to its first full stop.
        mark(line, 'ad', WORD_CONFIDENCE)
        const box = lines.slice(line.index + 1, line.index + 1 + AD_BOX_MAX_LINES)
        const end = box.findIndex((l) => /[。！]$/u.test(l.text))
        if (end >= 0 && box.slice(0, end + 1).every((l) => l.role === 'unknown'))
          for (const l of box.slice(0, end + 1)) mark(l, 'ad', PLACE_CONFIDENCE)
      } else if (EDITOR_LINE.test(text)) mark(line, 'editor', WORD_CONFIDENCE)
      else if (CONTINUATION_LINE.test(text)) mark(line, 'continuation', WORD_CONFIDENCE)
      else if ((AD_LINE.test(text) && text.length <= AD_MAX_CHARS) || AD_LABEL.test(text))
        mark(line, 'ad', PLACE_CONFIDENCE)
    }
  },
}
