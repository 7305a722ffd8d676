/** The language-neutral rules: used for any language without its own set, and reused by the others. */
import type { LanguageRules } from '../rule.js'
import { assembleArticles } from './assemble-articles.js'
import { classifyBlocks } from './classify-blocks.js'

export const neutralRules: LanguageRules = {
  lang: 'und',
  rules: [classifyBlocks, assembleArticles],
}
