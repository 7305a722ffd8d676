/**
 * Rules for Chinese pages (Simplified and Traditional), in order. They work
 * on their own line model (`zh-lines.ts`) and pass work on in
 * `page.scratch.zh`; the last rule puts the drafts on the page.
 */
import type { LanguageRules } from '../rule.js'
import { zhArticles } from './articles.js'
import { zhDoubledText } from './doubled-text-rule.js'
import { zhDrafts } from './drafts.js'
import { zhFigures } from './figures.js'
import { zhFurniture } from './furniture.js'
import { zhInterleavedColumns } from './interleaved-columns.js'
import { zhLineRoles } from './line-roles.js'
import { zhMergedColumns } from './merged-columns.js'
import { zhOldAdPages } from './old-ad-pages.js'
import { zhOldBracketBylines } from './old-bracket-bylines.js'
import { zhOldRunningHeads } from './old-running-heads.js'
import { zhOldTitleBylines } from './old-title-bylines.js'
import { zhOldWireDatelines } from './old-wire-datelines.js'
import { zhParagraphs } from './paragraphs.js'
import { zhTitles } from './titles.js'

export const zhRules: LanguageRules = {
  lang: 'zh',
  rules: [
    zhDoubledText,
    zhOldRunningHeads,
    zhFurniture,
    zhInterleavedColumns,
    zhMergedColumns,
    zhLineRoles,
    zhOldBracketBylines,
    zhArticles,
    zhParagraphs,
    zhFigures,
    zhTitles,
    zhDrafts,
    zhOldTitleBylines,
    zhOldWireDatelines,
    zhOldAdPages,
  ],
}
