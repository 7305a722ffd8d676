/**
 * Rule: old papers (晶報) print the writer's name in brackets on its own
 * line right under the headline — `荷蘭跳舞` / `（丹翁）` / body — where modern
 * pages close an article with `（王 帅）`. A bracketed-name line between a
 * title line and the body is the opening byline of the article below, not
 * the closing byline of the one above — unless it is a modern column label
 * (`（履职故事）`), which belongs to the title. Runs after `zh-line-roles`.
 */

import { chineseScript } from '../../pipeline/detect-language.js'
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { type ZhLine, zhLinesOf } from './zh-lines.js'

/** Roles that may start the body under an opening byline. */
const BODY_ROLES = new Set(['body', 'dateline', 'unknown'])

/** Whether `line` is a closing-byline line set between a title line and body text. */
export function isBylineUnderTitle(lines: readonly ZhLine[], i: number): boolean {
  const line = lines[i]
  const before = lines[i - 1]
  const after = lines[i + 1]
  return (
    line?.role === 'closing-byline' &&
    before?.role === 'title' &&
    after !== undefined &&
    BODY_ROLES.has(after.role)
  )
}

/** A bracket of at least this many characters under a title on a simplified-Chinese page is the title's column label (`（履职故事）`). */
export const LABEL_MIN_CHARS = 4
const BRACKETED = /^[（(]([^（）()]+)[）)]$/u

/**
 * Whether a bracket under a title is the title's column label, not a pen
 * name: modern (simplified) pages print labels such as `（履职故事）`,
 * `（先锋足印）` there and two- or three-character names close articles;
 * old traditional pages print pen names of up to five characters
 * (`（馬二先生）`, `（不平凡公子）`) under their titles.
 */
export function isTitleLabel(text: string, script: () => string): boolean {
  const inner = BRACKETED.exec(text)?.[1]
  return inner !== undefined && Array.from(inner).length >= LABEL_MIN_CHARS && script() !== 'zh-Hant'
}

export const zhOldBracketBylines: Rule = {
  name: 'zh-old-bracket-bylines',
  description:
    'A bracketed name on its own line between a headline and the body opens the article below (（丹翁）).',
  run(page: PageContext) {
    const lines = zhLinesOf(page)
    // The page's script: as given, else read from its text (only when a bracket needs it).
    let known: string | null = page.lang === 'zh-Hant' || page.lang === 'zh-Hans' ? page.lang : null
    const script = () => {
      known ??= chineseScript(page.source.slice(page.start, page.end))
      return known
    }
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      if (!isBylineUnderTitle(lines, i)) continue
      line.role = isTitleLabel(line.text, script) ? 'title' : 'byline'
      line.rule = this.name
    }
  },
}
