/** What to watch for the inputs of `serve --watch`: files and folders as given, globs by their fixed folder. */
import { stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'

const GLOB_CHARS = /[*?[\]{}]/

/** The folder a glob starts from: its segments before the first with a glob character (`pages/*` → `pages`). */
export function globBase(glob: string): string {
  const segments = glob.split('/')
  const first = segments.findIndex((s) => GLOB_CHARS.test(s))
  const base = segments.slice(0, first === -1 ? segments.length : first).join('/')
  return base || (glob.startsWith('/') ? '/' : '.')
}

/**
 * Paths to watch: each folder; each file and the `edition.json` beside it
 * (which may not exist yet); the base folder of each glob.
 */
export async function watchRoots(inputs: readonly string[]): Promise<string[]> {
  const roots: string[] = []
  for (const input of inputs) {
    const info = await stat(input).catch(() => null)
    if (info?.isDirectory()) roots.push(input)
    else if (info) roots.push(input, join(dirname(input), 'edition.json'))
    else roots.push(globBase(input))
  }
  return [...new Set(roots)]
}
