/**
 * Edition metadata for a page file: publication, date, page and language,
 * from an `edition.json` beside the file (see docs/editions.md) or from the
 * file name (`2023-07-20`, `20230720`, `p03`, `page-3`).
 */
import { readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export interface EditionMeta {
  publication: string | null
  date: string | null
  page: number | null
  lang: string | null
  /** Where the facts came from. */
  from: Array<'edition.json' | 'file-name'>
}

/** The `edition.json` file. Every field is optional. */
export interface EditionFile {
  /** Name of the publication. */
  publication?: string
  /** Date of the issue, `YYYY-MM-DD`. */
  date?: string
  /** Language (BCP 47). */
  lang?: string
  /** Per-file facts, keyed by file name: `{ "p1.txt": { "page": 1 } }`. */
  pages?: Record<string, { page?: number; date?: string; section?: string; lang?: string }>
}

const DATE_DASHED = /(?<!\d)(1[6-9]\d\d|20\d\d)[-_.](0[1-9]|1[0-2])[-_.](0[1-9]|[12]\d|3[01])(?!\d)/
const DATE_COMPACT = /(?<!\d)(1[6-9]\d\d|20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/
const PAGE = /(?:^|[^a-z])(?:p|page|pg|seq)[-_]?(\d{1,3})(?!\d)/i

/** Facts found in a file name. */
export function metaFromFileName(file: string): Pick<EditionMeta, 'date' | 'page'> {
  const name = basename(file)
  const d = DATE_DASHED.exec(name) ?? DATE_COMPACT.exec(name)
  const p = PAGE.exec(name)
  return { date: d ? `${d[1]}-${d[2]}-${d[3]}` : null, page: p ? Number(p[1]) : null }
}

const editionCache = new Map<string, Promise<EditionFile | null>>()

/** Read (once per folder) the `edition.json` of a folder, or null. Invalid JSON throws with the path. */
export function readEditionFile(folder: string): Promise<EditionFile | null> {
  let pending = editionCache.get(folder)
  if (!pending) {
    const path = join(folder, 'edition.json')
    pending = readFile(path, 'utf8').then(
      (text) => {
        try {
          const value = JSON.parse(text) as unknown
          if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object')
          return value as EditionFile
        } catch (error) {
          throw new Error(`${path}: invalid edition.json (${(error as Error).message})`)
        }
      },
      () => null,
    )
    editionCache.set(folder, pending)
  }
  return pending
}

/** Edition facts for one file: `edition.json` first, then the file name. */
export async function editionMeta(file: string): Promise<EditionMeta> {
  const edition = await readEditionFile(dirname(file))
  const fromName = metaFromFileName(file)
  const perPage = edition?.pages?.[basename(file)]
  const from: EditionMeta['from'] = []
  if (edition) from.push('edition.json')
  if (fromName.date || fromName.page !== null) from.push('file-name')
  return {
    publication: edition?.publication ?? null,
    date: perPage?.date ?? edition?.date ?? fromName.date,
    page: perPage?.page ?? fromName.page,
    lang: perPage?.lang ?? edition?.lang ?? null,
    from,
  }
}
