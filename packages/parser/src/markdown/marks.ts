/**
 * Role marks: the HTML comments that `toMdast` writes before nodes whose
 * role Markdown cannot say (kicker, byline, dateline, furniture, a page's
 * facts, where an article starts), so that the Markdown input restores them.
 *
 *     <!-- news:byline {"authors":["Jane Roe"],"role":null,"organization":null} -->
 *     By JANE ROE
 *
 * Comments are invisible when the Markdown is rendered, and remark-rehype
 * drops them, so they never reach HTML. The optional JSON carries fields
 * that are not in the text (byline authors, dateline parts, a page's facts);
 * characters that could end the comment are written as `\uXXXX` escapes.
 */

/** Roles a mark can give. */
export const MARK_ROLES = [
  'page',
  'article',
  'kicker',
  'byline',
  'dateline',
  'furniture',
  'figure',
  'credit',
] as const
export type MarkRole = (typeof MARK_ROLES)[number]

/** A decoded mark. */
export interface Mark {
  role: MarkRole
  /** Fields the mark carries, when any. */
  fields: Record<string, unknown>
}

const PREFIX = 'news:'
const MARK = /^<!--\s*news:([a-z-]+)(?:\s+(\{[\s\S]*\}))?\s*-->\s*$/

/** Characters that must not appear raw inside an HTML comment (`-->`, `--!>`, `<!--`). */
const COMMENT_UNSAFE = /[-<>!]/g

/** Write a mark as an HTML comment. */
export function encodeMark(role: MarkRole, fields?: Record<string, unknown> | null): string {
  const present = fields ? Object.entries(fields).filter(([, v]) => v !== undefined) : []
  const json = present.length
    ? ` ${JSON.stringify(Object.fromEntries(present)).replace(
        COMMENT_UNSAFE,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      )}`
    : ''
  return `<!-- ${PREFIX}${role}${json} -->`
}

/** Read a mark from the value of an mdast `html` node; `null` when it is not one. */
export function decodeMark(value: string): Mark | null {
  const match = MARK.exec(value.trim())
  if (!match) return null
  const role = match[1] as MarkRole
  if (!(MARK_ROLES as readonly string[]).includes(role)) return null
  let fields: Record<string, unknown> = {}
  if (match[2]) {
    try {
      const parsed: unknown = JSON.parse(match[2])
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        fields = parsed as Record<string, unknown>
      }
    } catch {
      // A hand-edited mark with broken JSON still gives its role.
    }
  }
  return { role, fields }
}

/** A string field of a mark, or null. */
export function stringField(mark: Mark, name: string): string | null {
  const v = mark.fields[name]
  return typeof v === 'string' ? v : null
}

/** A list-of-strings field of a mark, or null when absent or malformed. */
export function stringsField(mark: Mark, name: string): string[] | null {
  const v = mark.fields[name]
  return Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : null
}
