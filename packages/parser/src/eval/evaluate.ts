/**
 * Node side of scoring: read truth files, parse the pages they name with
 * the parser (decoding and edition facts as `readEdition` does), score.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { FileOptions } from '../node/process-file.js'
import { processFile } from '../node/process-file.js'
import type { NewsRecords } from '../records/types.js'
import { asGold } from './gold.js'
import { type PageRow, scorePage } from './score.js'

/** Ending of truth file names (`page.gold.json`, `page.silver.gold.json`). */
export const GOLD_SUFFIX = '.gold.json'

/** A scored truth file, with the folder it came from (a "set"). */
export type EvalRow = PageRow & { set: string; file: string }

/** Truth files named by the arguments: files as given, folders as their `*.gold.json` files (sorted). */
export async function truthFiles(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = []
  for (const input of inputs) {
    const info = await stat(input).catch(() => null)
    if (info?.isDirectory()) {
      const names = (await readdir(input)).filter((n) => n.endsWith(GOLD_SUFFIX)).sort()
      out.push(...names.map((n) => join(input, n)))
    } else out.push(input)
  }
  return out
}

/** All pages of a file as one records document (several pages: their articles and figures pooled). */
export function poolPages(
  pages: readonly NewsRecords[],
): Pick<NewsRecords, 'section' | 'articles' | 'figures'> {
  return {
    section: pages.find((p) => p.section)?.section ?? null,
    articles: pages.flatMap((p) => p.articles),
    figures: pages.flatMap((p) => p.figures),
  }
}

/** Parse and score the page of one truth file. Never throws: failures are rows with an `error`. */
export async function evaluateFile(file: string, options: FileOptions = {}): Promise<EvalRow> {
  const row = { set: dirname(file), file, page: basename(file) }
  try {
    const gold = asGold(JSON.parse(await readFile(file, 'utf8')))
    const result = await processFile(resolve(dirname(file), gold.source), options)
    if (result.error) return { ...row, error: result.error }
    return { ...row, ...scorePage(gold, poolPages(result.records)) }
  } catch (error) {
    return { ...row, error: (error as Error).message }
  }
}

/** Score every truth file named by `inputs` (files or folders), in order. */
export async function* evaluate(
  inputs: readonly string[],
  options: FileOptions = {},
): AsyncGenerator<EvalRow> {
  for (const file of await truthFiles(inputs)) yield await evaluateFile(file, options)
}
