/**
 * Page facts from furniture: the date and page number in a running head
 * (`2020年2月17日 星期一 第5版`, `MONDAY, SEPTEMBER 4, 1916`), the section
 * from a section label. Options win over what the page says.
 */
import type { PageContext } from './model.js'

const ZH_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u
const ZH_PAGE = /第\s*(\d{1,3})\s*版/u
const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const EN_DATE = new RegExp(`\\b(${EN_MONTHS.join('|')})\\s+(\\d{1,2}),?\\s+(1[6-9]\\d\\d|20\\d\\d)\\b`, 'i')

/** Read a date as `YYYY-MM-DD` from text, or null. */
export function findDate(text: string): string | null {
  const zh = ZH_DATE.exec(text)
  if (zh) return iso(Number(zh[1]), Number(zh[2]), Number(zh[3]))
  const en = EN_DATE.exec(text)
  if (en) return iso(Number(en[3]), EN_MONTHS.indexOf(en[1]!.toLowerCase()) + 1, Number(en[2]))
  return null
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Fill page facts from the page's furniture where options left them open. */
export function fillPageMeta(page: PageContext): void {
  for (const f of page.furniture) {
    if (f.kind === 'running-head' || f.kind === 'masthead' || f.kind === 'folio') {
      if (f.kind === 'running-head' && !page.meta.runningHead) {
        // As printed: the source of its first span, not the cleaned text.
        const [start, end] = f.spans[0] ?? [0, 0]
        page.meta.runningHead = page.source.slice(start, end).trim() || f.text
      }
      if (!page.meta.date) page.meta.date = findDate(f.text)
      if (page.meta.pageNumber === null) {
        const p = ZH_PAGE.exec(f.text) ?? (f.kind === 'folio' ? /(\d{1,3})/.exec(f.text) : null)
        if (p) page.meta.pageNumber = Number(p[1])
      }
    }
    if (f.kind === 'section' && !page.meta.section) page.meta.section = f.text
  }
}
