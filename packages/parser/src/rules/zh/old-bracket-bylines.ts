/**
 * Rule: old papers (晶報) print the writer's name in brackets on its own
 * line right under the headline — `荷蘭跳舞` / `（丹翁）` / body — where modern
 * pages close an article with `（王 帅）`. A bracketed-name line between a
 * title line and the body is the opening byline of the article below, not
 * the closing byline of the one above. Runs after `zh-line-roles`.
 */
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

export const zhOldBracketBylines: Rule = {
  name: 'zh-old-bracket-bylines',
  description:
    'A bracketed name on its own line between a headline and the body opens the article below (（丹翁）).',
  run(page: PageContext) {
    const lines = zhLinesOf(page)
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      if (!isBylineUnderTitle(lines, i)) continue
      line.role = 'byline'
      line.rule = this.name
    }
  },
}
