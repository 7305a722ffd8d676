/** Corpus pages the Markdown and HTML tests read in place (unlicensed pages are never copied). */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** `../shared` as seen from the repo: corpus, seed pages. */
export const SHARED = new URL('../../../../../shared/', import.meta.url)

/** Path of a file under `../shared`. */
export function sharedPath(relative: string): string {
  return new URL(relative, SHARED).pathname
}

/** Text of a file under `../shared`. */
export function readShared(relative: string): string {
  return readFileSync(sharedPath(relative), 'utf8')
}

/** Every page file (`.txt`, `.md`) of the corpus and the seed, as paths relative to `../shared`. */
export function corpusPages(): string[] {
  const folders = ['seed', 'corpus/zh', 'corpus/en', 'corpus/generated']
  return folders.flatMap((folder) =>
    readdirSync(sharedPath(folder))
      .filter((name) => /\.(txt|md)$/.test(name) && !/^SOURCES|README/.test(name))
      .sort()
      .map((name) => join(folder, name)),
  )
}
