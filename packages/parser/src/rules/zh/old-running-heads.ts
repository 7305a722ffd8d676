/**
 * Rule: running heads of old papers, set as one line of parts split by
 * ideographic spaces — `中華民國二十八年四月廿四日　晶報　星期一　第二版`,
 * `第四版　民國九年四月九日　晶　報　庚申年二月廿一日　星期五`. Besides the
 * date, weekday and page of modern heads they carry the paper's name and a
 * lunar (干支) date. The line becomes `running-head` furniture, so it never
 * joins the headline below. Runs before `zh-furniture`.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { TOP_REGION_LINES } from './furniture.js'
import { draftOf, pieceOf, zhLinesOf } from './zh-lines.js'

const NUMERAL = '[〇零一二三四五六七八九十廿卅百千\\d]'
/** A date: `中華民國二十八年四月廿四日`, `民國九年四月十二日`, `庚申年二月廿四日`. */
const OLD_DATE = new RegExp(
  `^(?:中華|中华)?(?:民國|民国)?(?:${NUMERAL}+|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])年${NUMERAL}{1,3}月${NUMERAL}{1,3}日$`,
  'u',
)
/** Weekday and page number. */
const OLD_HEAD_PART = new RegExp(`^(?:星期[一二三四五六日天]|第${NUMERAL}{1,3}版)$`, 'u')
/** A paper's name or motto between the parts (`晶報`, `晶`, `社會定期日刊`) holds at most this many characters. */
export const OLD_HEAD_NAME_MAX_CHARS = 6
const HAN_ONLY = /^\p{Script=Han}+$/u
/** Separators between the parts of the head. */
const PART_GAP = /[\s\u3000]+/u

/** Whether a line is an old paper's running head: a date and at least one more part, nothing else. */
export function isOldRunningHead(raw: string): boolean {
  const parts = raw.trim().split(PART_GAP).filter(Boolean)
  if (parts.length < 2 || !parts.some((p) => OLD_DATE.test(p))) return false
  const named = parts.filter((p) => !OLD_DATE.test(p) && !OLD_HEAD_PART.test(p))
  return named.every((p) => p.length <= OLD_HEAD_NAME_MAX_CHARS && HAN_ONLY.test(p))
}

export const zhOldRunningHeads: Rule = {
  name: 'zh-old-running-heads',
  description:
    'Old papers’ running heads (date, paper’s name, lunar date, weekday, page) at the top are furniture.',
  run(page: PageContext) {
    for (const line of zhLinesOf(page).slice(0, TOP_REGION_LINES)) {
      if (line.role !== 'unknown' || !isOldRunningHead(line.first.raw)) continue
      line.role = 'furniture'
      line.rule = this.name
      line.confidence = 0.9
      page.furniture.push({ ...draftOf([pieceOf(line)], this.name, 0.9), kind: 'running-head' })
    }
  },
}
