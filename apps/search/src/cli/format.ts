/** Results as a readable list on a terminal. */
import { relative } from 'node:path'
import type { SearchResponse } from '../search.js'

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
}

/** A snippet's HTML as terminal text: marks in bold on a TTY, else in [brackets]. */
export function snippetText(html: string, color: boolean): string {
  const [open, close] = color ? ['\u001b[1m', '\u001b[22m'] : ['[', ']']
  return html
    .replace(/<mark>/g, open)
    .replace(/<\/mark>/g, close)
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
}

/** The results as lines of text. */
export function formatResults(response: SearchResponse, color: boolean): string {
  const { total, offset, hits } = response
  const lines: string[] = []
  const range = hits.length > 0 ? ` (${offset + 1}–${offset + hits.length})` : ''
  const count = response.totalExact ? String(total) : `${total}+`
  lines.push(
    `${count} result${total === 1 && response.totalExact ? '' : 's'} for "${response.query}"${range}`,
  )
  hits.forEach((hit, index) => {
    const where = [hit.publication, hit.date, hit.page === null ? null : `p. ${hit.page}`, hit.section]
      .filter((x) => x !== null && x !== '')
      .join(', ')
    lines.push('')
    lines.push(`${offset + index + 1}. ${hit.headline ?? '(no headline)'}${where ? ` — ${where}` : ''}`)
    if (hit.bylines.length > 0) lines.push(`   ${hit.bylines.join('; ')}`)
    lines.push(`   ${snippetText(hit.snippet, color)}`)
    lines.push(
      `   ${relative(process.cwd(), hit.source.file)}${hit.source.line === null ? '' : `:${hit.source.line}`}  [${hit.id}]`,
    )
  })
  const facets = (Object.entries(response.facets) as [string, SearchResponse['facets']['section']][]).filter(
    ([, list]) => list.length > 0,
  )
  if (facets.length > 0) lines.push('')
  if (facets.length > 0 && response.facetsOver < total)
    lines.push(`(facets of the best ${response.facetsOver} results)`)
  for (const [name, list] of facets) {
    lines.push(
      `${name}: ${list
        .slice(0, 8)
        .map((f) => `${f.value} (${f.count})`)
        .join(', ')}`,
    )
  }
  return lines.join('\n')
}
