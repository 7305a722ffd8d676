/** Rules for English and other Latin-script OCR pages. Extends the neutral set. */
import { neutralRules } from '../neutral/index.js'
import type { LanguageRules } from '../rule.js'

export const enRules: LanguageRules = {
  lang: 'en',
  rules: [...neutralRules.rules],
}
