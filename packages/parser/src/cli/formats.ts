/** Output formats of `news-parse`. */
import { toOutline } from '../outline.js'
import type { NewsRecords } from '../records/types.js'
import type { Root } from '../types.js'

export const FORMATS = ['records', 'ndjson', 'tree', 'outline'] as const
export type Format = (typeof FORMATS)[number]

/** Render one file's result. `several` says whether many documents go to one stream. */
export function render(
  format: Format,
  records: NewsRecords[],
  tree: Root | undefined,
  several: boolean,
): string {
  switch (format) {
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
