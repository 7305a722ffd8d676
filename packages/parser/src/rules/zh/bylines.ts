/**
 * Bylines of Chinese pages: who wrote it, in what role, for whom.
 * `本报记者 王亮 通讯员 李四` → two bylines, reporter 王亮 of 本报 and
 * correspondent 李四; `王 帅` → 王帅 (a two-character name padded to three).
 */
import { ORGANISATIONS, ROLE_WORDS } from './patterns.js'

export interface ParsedByline {
  /** The byline as printed, spaces squeezed. */
  text: string
  /** Range of the byline in the parsed text. */
  start: number
  end: number
  authors: string[]
  role: string | null
  organization: string | null
}

const ROLE_PATTERN = new RegExp(
  `(?:(${ORGANISATIONS.join('|')}))?(${ROLE_WORDS.map(([w]) => w).join('|')})`,
  'gu',
)
const ROLE_BY_WORD = new Map(ROLE_WORDS)

/**
 * Split a name list into names: separators are spaces and `、，,` (and quote marks, a gap OCR misread); single
 * characters pair up (`王 帅` → `王帅`, `袁 泉 鲜 敢` → `袁泉`, `鲜敢`).
 */
export function splitNames(text: string): string[] {
  const tokens = text
    .split(/[\s\u3000、，,；;“”]+/u)
    .map((t) => t.replace(/[^\p{Script=Han}·・A-Za-z]/gu, ''))
    .filter(Boolean)
  const names: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const next = tokens[i + 1]
    if (Array.from(t).length === 1 && next && Array.from(next).length === 1) {
      names.push(t + next)
      i++
    } else names.push(t)
  }
  return names
}

/**
 * Parse a byline's text (marks and brackets already removed, spaces kept as
 * printed). Returns one entry per role group, in order.
 */
export function parseByline(text: string): ParsedByline[] {
  const roles: Array<{ at: number; end: number; role: string; organization: string | null }> = []
  ROLE_PATTERN.lastIndex = 0
  for (let m = ROLE_PATTERN.exec(text); m; m = ROLE_PATTERN.exec(text)) {
    roles.push({
      at: m.index,
      end: m.index + m[0].length,
      role: ROLE_BY_WORD.get(m[2]!) ?? 'reporter',
      organization: m[1] ?? null,
    })
  }
  const out: ParsedByline[] = []
  const push = (
    start: number,
    end: number,
    namesFrom: number,
    role: string | null,
    organization: string | null,
  ) => {
    const authors = splitNames(text.slice(namesFrom, end))
    if (!authors.length) return
    out.push({
      text: text.slice(start, end).replace(/\s+/gu, ' ').trim(),
      start,
      end,
      authors,
      role,
      organization,
    })
  }
  if (roles.length === 0 || roles[0]!.at > 0) {
    const end = roles[0]?.at ?? text.length
    push(0, end, 0, null, null)
  }
  roles.forEach((r, i) => {
    push(r.at, roles[i + 1]?.at ?? text.length, r.end, r.role, r.organization)
  })
  return out
}
