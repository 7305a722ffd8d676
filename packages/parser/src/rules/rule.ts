/**
 * The one interface every rule implements. A language is an ordered list of
 * rules (`LanguageRules`); the pipeline runs the list of the page's language
 * and knows nothing about what the rules do.
 */
import type { PageContext } from '../pipeline/model.js'

/** One rule: a named step that reads and changes a page. */
export interface Rule {
  /** Stable kebab-case name; recorded in `data.rule` of the nodes it decides. */
  readonly name: string
  /** One line on what it does (shown in docs/parsing.md). */
  readonly description: string
  /** Read and change the page. Must not throw on odd input: report with `page.file.message`. */
  run(page: PageContext): void
}

/** The rules of one language, run in order. */
export interface LanguageRules {
  /** BCP 47 primary tag the set is for (`zh`, `en`), or `und` for the neutral set. */
  readonly lang: string
  readonly rules: readonly Rule[]
}
