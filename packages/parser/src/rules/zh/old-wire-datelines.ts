/**
 * Rule: wire datelines of old papers — `（莫斯科廿二日路透電）`, place, day and
 * agency in brackets, the agency after the day — are kept as printed,
 * brackets included, as the 晶報 truth has them. Modern datelines
 * (`本報南京十一日電`, `中央社廣州三日電`, agency first) keep the bare
 * formula. Runs after `zh-drafts`.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'

/** Place, day (Chinese numerals, 廿/卅) and agency, then 電: `莫斯科廿二日路透電`. */
const OLD_WIRE =
  /^(?!本報|本报)\p{Script=Han}{1,12}?[〇一二三四五六七八九十廿卅]{1,3}日\p{Script=Han}{1,5}[電电]$/u
const OPEN = /[（(]/u
const CLOSE = /[）)]/u

/** Whether a dateline's text is an old wire formula (no brackets). */
export function isOldWireDateline(text: string): boolean {
  return OLD_WIRE.test(text.replace(/\s+/gu, ''))
}

export const zhOldWireDatelines: Rule = {
  name: 'zh-old-wire-datelines',
  description: 'Old wire datelines (（莫斯科廿二日路透電）, agency after the day) keep their brackets.',
  run(page: PageContext) {
    for (const article of page.articles) {
      const d = article.dateline
      if (!d || !d.spans.length || !isOldWireDateline(d.text)) continue
      const first = d.spans[0]!
      const last = d.spans[d.spans.length - 1]!
      const before = page.source[first[0] - 1] ?? ''
      const after = page.source[last[1]] ?? ''
      if (!OPEN.test(before) || !CLOSE.test(after)) continue
      d.text = `${before}${d.text}${after}`
      d.spans = [[first[0] - 1, first[1]], ...d.spans.slice(1)]
      const end = d.spans[d.spans.length - 1]!
      d.spans[d.spans.length - 1] = [end[0], end[1] + 1]
    }
  },
}
