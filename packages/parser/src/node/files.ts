/** Expanding the paths a user gives (files, folders, globs, `-`) into page files. */
import { stat } from 'node:fs/promises'
import { glob } from 'tinyglobby'

/** Extensions read from folders and globs. */
export const PAGE_EXTENSIONS = ['txt', 'md', 'markdown'] as const

const GLOB_CHARS = /[*?[\]{}]/

/** Files a folder's documentation goes in, not pages: skipped when a folder is expanded. */
export const NOT_PAGES = /^(?:readme|sources|license|licence|changelog|notice)(?:\.[a-z]+)?$/i

/**
 * Expand inputs into a sorted, de-duplicated list of files. A folder gives
 * its `.txt` and `.md` files (recursively), less its documentation
 * (`README.md`, `SOURCES.md`, `LICENSE`…); a glob gives its matches. A path
 * that does not exist is returned as is, so that reading it reports the error.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = []
  const seen = new Set<string>()
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file)
      out.push(file)
    }
  }
  for (const input of inputs) {
    const info = await stat(input).catch(() => null)
    if (info?.isDirectory()) {
      const files = await glob(`**/*.{${PAGE_EXTENSIONS.join(',')}}`, {
        cwd: input,
        absolute: false,
        ignore: ['**/node_modules/**', '**/.*/**'],
      })
      for (const f of files.sort()) if (!NOT_PAGES.test(f.split('/').pop() ?? '')) add(joinPath(input, f))
    } else if (!info && GLOB_CHARS.test(input)) {
      const files = await glob(input, { ignore: ['**/node_modules/**'] })
      for (const f of files.sort()) add(f)
    } else {
      add(input)
    }
  }
  return out
}

function joinPath(folder: string, file: string): string {
  return folder.endsWith('/') ? folder + file : `${folder}/${file}`
}
