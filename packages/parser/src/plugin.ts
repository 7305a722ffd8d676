/**
 * `newsParse`: a unified parser plugin. `unified().use(newsParse, options)`
 * sets the processor's parser to `fromText`; settings from
 * `processor.data('settings')` merge under explicit options.
 */
import type { Plugin, Processor } from 'unified'
import type { Options } from './options.js'
import { fromText } from './pipeline/from-text.js'
import type { Root } from './types.js'

declare module 'unified' {
  interface Settings extends Options {}
}

/** Add support for parsing newspaper page text into a news tree. */
export const newsParse: Plugin<[(Options | null | undefined)?], string, Root> = function (
  this: Processor,
  options?: Options | null,
) {
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TypeError(`Expected options to be an object, not \`${typeof options}\``)
  }
  this.parser = (document, file) =>
    fromText(document, { ...(this.data('settings') as Options), ...options }, file)
}
