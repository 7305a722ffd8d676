/**
 * Datelines of Chinese pages: `本报讯`, `本报北京7月20日电`,
 * `新华社北京7月20日电`, `（莫斯科廿二日路透電）` — the formula alone, without
 * brackets, with its agency, place and date.
 */
import { DATELINES, ORGANISATIONS } from './patterns.js'

export interface ParsedDateline {
  /** Characters of the input the dateline takes, brackets included. */
  length: number
  /** The dateline without brackets. */
  text: string
  agency: string | null
  place: string | null
  date: string | null
}

const ORGS = new Set(ORGANISATIONS)

/** Parse a dateline at the start of a paragraph's (space-free) text, or null. */
export function parseDateline(text: string): ParsedDateline | null {
  for (const pattern of DATELINES) {
    const m = pattern.exec(text)
    if (!m) continue
    const inner = m[0].replace(/^[（(【]|[）)】]$/gu, '')
    const groups = m.slice(1).filter((g): g is string => g !== undefined)
    const agency = groups.find((g) => ORGS.has(g)) ?? null
    const date = groups.find((g) => /日$/u.test(g)) ?? null
    const place = groups.find((g) => g !== agency && g !== date && g.length > 0) ?? null
    return { length: m[0].length, text: inner, agency, place, date }
  }
  return null
}
