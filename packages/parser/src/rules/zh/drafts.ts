/** Rule: hand the finished Chinese articles and figures to the page. */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { zhWorkOf } from './work.js'

export const zhDrafts: Rule = {
  name: 'zh-drafts',
  description: 'Put the finished articles and figures on the page.',
  run(page: PageContext) {
    const work = zhWorkOf(page)
    for (const a of work.articles) {
      const d = a.draft
      if (d.paragraphs.length || d.headline || d.bylines.length) page.articles.push(d)
    }
    for (const f of work.figures) {
      if (f.draft.caption || f.draft.credit || f.draft.title) page.figures.push(f.draft)
    }
  },
}
