/**
 * `@news/parser/node`: reading page files and archives in Node.js. The CLI
 * and every app read pages through `readEdition`.
 */
export { BinaryFileError, type Decoded, decodeBytes, type Encoding } from './decode.js'
export { expandInputs, PAGE_EXTENSIONS } from './files.js'
export type { MapResult } from './map-result.js'
export { type EditionFile, type EditionMeta, editionMeta, metaFromFileName } from './metadata.js'
export {
  type FileOptions,
  type FileResult,
  isMarkdownPath,
  type PageMessage,
  processFile,
} from './process-file.js'
export { type ReadEditionOptions, readEdition, WORKER_THRESHOLD } from './read-edition.js'
