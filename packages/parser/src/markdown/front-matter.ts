/**
 * YAML front matter of a transcription (Jekyll, Hugo, olmOCR exports):
 * the publication and the date of the issue, when it says them. Only
 * top-level `key: value` scalars are read; nested YAML is left alone.
 */

/** Facts read from front matter. */
export interface FrontMatter {
  publication: string | null
  date: string | null
}

const PUBLICATION_KEYS = ['publication', 'newspaper', 'paper', 'masthead', 'title']
const DATE_KEYS = ['date', 'issue_date', 'issued', 'published']
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/
/** What follows a paper's name in an issue title: `Daily Record, Volume 2 No. 15`. */
const ISSUE_NUMBERING = /[,;:–—-]?\s*\b(?:vol(?:ume)?\.?|no\.|number|issue)\s*[\divxlc]+\b.*$/i

/** Read the publication and date from the value of an mdast `yaml` node. */
export function readFrontMatter(yaml: string): FrontMatter {
  const fields = new Map<string, string>()
  for (const line of yaml.split(/\r\n|\r|\n/)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line)
    if (m?.[2]) fields.set(m[1]!.toLowerCase(), unquote(m[2]))
  }
  const key = PUBLICATION_KEYS.find((k) => fields.get(k))
  const publication = key ? fields.get(key)!.replace(ISSUE_NUMBERING, '').trim() || null : null
  let date: string | null = null
  for (const k of DATE_KEYS) {
    const m = ISO_DATE.exec(fields.get(k) ?? '')
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) {
      date = m[0]
      break
    }
  }
  return { publication, date }
}

function unquote(value: string): string {
  const m = /^(['"])(.*)\1$/.exec(value)
  return m ? m[2]! : value
}
