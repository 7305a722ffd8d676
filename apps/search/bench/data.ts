/**
 * Benchmark data: the corpus and seed pages, grouped by language and copied
 * (in a temporary folder, never into the repo) until each language has the
 * wanted number of articles.
 */
import { copyFileSync, mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { expandInputs, readEdition } from '@news/parser/node'

/** Page files of one language and how many articles each gives. */
export interface LanguagePages {
  lang: 'zh' | 'en'
  files: { path: string; articles: number }[]
}

/** Parse every page once to learn its language and article count. */
export async function pagesByLanguage(inputs: readonly string[]): Promise<LanguagePages[]> {
  const zh: LanguagePages = { lang: 'zh', files: [] }
  const en: LanguagePages = { lang: 'en', files: [] }
  for await (const result of readEdition(await expandInputs(inputs))) {
    const articles = result.records.reduce((n, page) => n + page.articles.length, 0)
    if (result.error !== null || articles === 0) continue
    const lang = result.records[0]!.lang
    ;(lang.startsWith('zh') ? zh : en).files.push({ path: result.file, articles })
  }
  return [zh, en]
}

/** Copy the pages into `dir` (copy-0001/, copy-0002/…) until at least `target` articles; returns the count. */
export function replicate(pages: LanguagePages, dir: string, target: number): number {
  let articles = 0
  for (let copy = 1; articles < target; copy++) {
    const folder = join(dir, `copy-${String(copy).padStart(4, '0')}`)
    mkdirSync(folder, { recursive: true })
    for (const file of pages.files) {
      if (articles >= target) break
      copyFileSync(file.path, join(folder, `${String(articles).padStart(6, '0')}-${basename(file.path)}`))
      articles += file.articles
    }
  }
  return articles
}
