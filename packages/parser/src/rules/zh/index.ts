/** Rules for Chinese pages (Simplified and Traditional). Extends the neutral set. */
import { neutralRules } from '../neutral/index.js'
import type { LanguageRules } from '../rule.js'

export const zhRules: LanguageRules = {
  lang: 'zh',
  rules: [...neutralRules.rules],
}
