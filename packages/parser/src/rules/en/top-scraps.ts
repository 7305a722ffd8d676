/**
 * Scraps at the top of an old page: on a page of old OCR (flat: no blank
 * lines), a few lines of body text between the masthead and the first
 * title are what is left of ears, nameplate art and titles the OCR
 * garbled (`aaa`, `hmml` / `Jjl ' Drov` / `litem`), not a story: a story
 * opens with its title. They become `unplaced` furniture instead of an
 * article without a headline at the head of the page.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { enLayout } from './page-layout.js'
import { enState, mark, type Segment } from './segments.js'

/** At most this many lines above the first title are scraps; more are a story whose title was lost. */
export const TOP_SCRAPS_MAX_LINES = 8

/** Roles that open a story with a title. */
const TITLE_ROLES = new Set(['kicker', 'headline'])

export const topScraps: Rule = {
  name: 'en-top-scraps',
  description:
    'On old pages, a few body lines between the masthead and the first title become `unplaced` furniture.',
  run(page: PageContext) {
    if (!enLayout(page).flat) return
    const scraps: Segment[] = []
    for (const s of enState(page).segments) {
      if (s.role === 'furniture') continue
      if (TITLE_ROLES.has(s.role)) {
        if (scraps.length <= TOP_SCRAPS_MAX_LINES)
          for (const t of scraps) mark(t, 'furniture', this.name, 0.4, 'unplaced')
        return
      }
      // A byline, dateline or figure before the first title: the page opens with a story after all.
      if (s.role !== 'body' || scraps.length >= TOP_SCRAPS_MAX_LINES + 1) return
      scraps.push(s)
    }
  },
}
