/** Output formats of `news-parse`. */
import { toHtml } from '../markdown/to-html.js'
import { toMarkdown } from '../markdown/to-markdown.js'
import { toOutline } from '../outline.js'
import type { NewsRecords } from '../records/types.js'
import type { Root } from '../types.js'

export const FORMATS = ['records', 'ndjson', 'tree', 'outline', 'markdown', 'html'] as const

/** Formats rendered from the tree rather than from records. */
export const TREE_FORMATS: readonly Format[] = ['tree', 'markdown', 'html']
export type Format = (typeof FORMATS)[number]

/** Render one file's result. `several` says whether many documents go to one stream. */
export function render(
  format: Format,
  records: NewsRecords[],
  tree: Root | undefined,
  several: boolean,
): string {
  switch (format) {
    case 'markdown':
      return tree ? `${toMarkdown(tree)}${several ? '\n' : ''}` : ''
    case 'html':
      return tree ? `${toHtml(tree)}\n` : ''
    case 'tree':
      return several ? `${JSON.stringify(tree)}\n` : `${JSON.stringify(tree, null, 2)}\n`
    case 'outline':
      return `${records.map(toOutline).join('\n\n')}\n${several ? '\n' : ''}`
    case 'ndjson':
      return records.map((r) => `${JSON.stringify(r)}\n`).join('')
    case 'records':
      if (several || records.length !== 1) return records.map((r) => `${JSON.stringify(r)}\n`).join('')
      return `${JSON.stringify(records[0], null, 2)}\n`
  }
}
