/**
 * `readEdition`'s `map` option: a module whose `mapResult` export runs on
 * each file's result in the thread that parsed it, so an app can turn
 * records into what it keeps (and drop them) off its main thread, and send
 * less between threads.
 */
import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { FileResult } from './process-file.js'

/** What a map module exports as `mapResult`: the result to yield in place of the parsed one. */
export type MapResult = (result: FileResult) => FileResult | Promise<FileResult>

/** Modules loaded in this thread, by URL. */
const loaded = new Map<string, Promise<MapResult>>()

async function load(module: string): Promise<MapResult> {
  const exported = ((await import(module)) as { mapResult?: unknown }).mapResult
  if (typeof exported !== 'function') throw new Error(`${module} has no mapResult function`)
  return exported as MapResult
}

/** The URL a map module is imported by: a URL as given, an absolute path turned into a `file:` URL. */
export function mapModuleUrl(module: string | URL): string {
  if (module instanceof URL) return module.href
  if (isAbsolute(module)) return pathToFileURL(module).href
  if (URL.canParse(module)) return module
  throw new TypeError(`Expected \`map\` to be a URL or an absolute path, got ${module}`)
}

/**
 * Run the map module at `module` (a URL from `mapModuleUrl`) on `result`.
 * Never throws: a module that cannot be loaded, or a map that fails, makes
 * the file's result an error (its records dropped), and the batch goes on.
 */
export async function applyMap(module: string, result: FileResult): Promise<FileResult> {
  // A file that failed has nothing to map; its error is what the app needs.
  if (result.error !== null) return result
  try {
    let map = loaded.get(module)
    if (!map) {
      map = load(module)
      loaded.set(module, map)
    }
    return await (await map)(result)
  } catch (error) {
    return { ...result, records: [], error: `map failed: ${(error as Error)?.message ?? String(error)}` }
  }
}
