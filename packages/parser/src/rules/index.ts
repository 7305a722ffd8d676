/** The rule sets by language; the pipeline picks one per page. */
import { enRules } from './en/index.js'
import { neutralRules } from './neutral/index.js'
import type { LanguageRules } from './rule.js'
import { zhRules } from './zh/index.js'

export type { LanguageRules, Rule } from './rule.js'

const BY_LANGUAGE: Readonly<Record<string, LanguageRules>> = { zh: zhRules, en: enRules }

/** The rule set for a BCP 47 tag (`zh-Hant` → Chinese rules; unknown → neutral). */
export function rulesFor(lang: string): LanguageRules {
  const primary = lang.toLowerCase().split('-')[0] ?? ''
  return BY_LANGUAGE[primary] ?? neutralRules
}
