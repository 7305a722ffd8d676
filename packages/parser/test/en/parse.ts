/** Test helper: parse English page text and return its records (one page). */
import { fromText, toRecords } from '../../src/index.js'
import type { NewsRecords } from '../../src/records/types.js'

export function parseEn(text: string): NewsRecords {
  return toRecords(fromText(text, { lang: 'en' }))
}
