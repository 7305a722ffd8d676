/**
 * Page bytes for the benchmarks, read in place from `../shared` (some pages
 * have no licence to copy), Chinese and English apart.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url))

const pagesIn = (dir, test = () => true) =>
  readdirSync(join(SHARED, dir))
    .filter((n) => n.endsWith('.txt') && test(n))
    .sort()
    .map((n) => readFileSync(join(SHARED, dir, n)))

/** Corpus pages by language, as bytes. */
export function corpusBytes() {
  return {
    zh: [
      ...pagesIn('seed', (n) => n.includes('-zh-')),
      ...pagesIn('corpus/zh'),
      ...pagesIn('corpus/generated', (n) => n.includes('-zh-')),
    ],
    en: [...pagesIn('corpus/en'), ...pagesIn('corpus/generated', (n) => n.includes('-en-'))],
  }
}
