/** Folder names for section feeds (`sections/<slug>/`). */
import { createHash } from 'node:crypto'

/** Longest slug, in characters: keeps folder names well under file-system limits. */
export const SLUG_MAX = 60
/** Hex digits of the hash that names a section whose name has no letters or digits. */
const HASH_DIGITS = 8

/**
 * A section name as a folder name: letters and digits of any script, lower
 * case, runs of anything else as `-` (`World News` → `world-news`,
 * `地方传真` → `地方传真`); a name without letters or digits becomes
 * `section-<hash>`.
 */
export function sectionSlug(name: string): string {
  const slug = Array.from(
    name
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
  )
    .slice(0, SLUG_MAX)
    .join('')
    .replace(/-+$/, '')
  return slug || `section-${createHash('sha1').update(name).digest('hex').slice(0, HASH_DIGITS)}`
}
