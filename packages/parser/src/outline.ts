/** A short, readable summary of records for people: headline, byline, first words of each paragraph. */
import type { NewsRecords } from './records/types.js'
import { clip } from './util/clip.js'

/** How many characters of each paragraph the outline shows. */
export const OUTLINE_PARAGRAPH_CHARS = 40

/** Render one page's records as an outline. */
export function toOutline(records: NewsRecords): string {
  const out: string[] = []
  const p = records.publication
  const head = [
    records.source,
    p.name,
    p.date,
    p.page !== null ? `page ${p.page}` : null,
    records.section,
    records.lang,
  ]
  out.push(`# ${head.filter(Boolean).join(' · ')}`)
  records.articles.forEach((a, i) => {
    out.push('')
    if (a.kicker) out.push(`   [${a.kicker}]`)
    out.push(`${String(i + 1).padStart(2)}. ${a.headline ?? '(no headline)'}  (${a.confidence.toFixed(2)})`)
    for (const d of a.deks) out.push(`    — ${clip(d, 70)}`)
    for (const b of a.bylines)
      out.push(`    by ${b.authors.join(', ') || b.text}${b.role ? ` (${b.role})` : ''}`)
    if (a.dateline) out.push(`    dateline: ${a.dateline}`)
    for (const para of a.paragraphs) out.push(`    ¶ ${clip(para, OUTLINE_PARAGRAPH_CHARS)}`)
    for (const f of a.figures)
      out.push(`    [figure] ${clip(f.caption ?? f.title ?? '', 50)} ${f.credit ? `— ${f.credit}` : ''}`)
  })
  for (const f of records.figures)
    out.push(`[figure] ${clip(f.caption ?? f.title ?? '', 50)} ${f.credit ? `— ${f.credit}` : ''}`)
  if (records.furniture.length) {
    out.push('')
    out.push(`furniture: ${records.furniture.map((f) => `${f.kind}: ${clip(f.text, 24)}`).join(' | ')}`)
  }
  return out.join('\n')
}
