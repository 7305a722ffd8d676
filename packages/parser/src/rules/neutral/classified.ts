/**
 * Classified lines: the roles rules give to lines before articles are
 * assembled. Kept in `page.scratch.classified`, in reading order.
 */
import type { DraftByline, DraftCredit, DraftDateline, DraftText, PageContext } from '../../pipeline/model.js'
import type { FurnitureKind } from '../../types.js'

export type Classified =
  | { role: 'kicker' | 'headline' | 'dek' | 'paragraph' | 'caption' | 'figure-title'; text: DraftText }
  | { role: 'byline'; text: DraftByline }
  | { role: 'dateline'; text: DraftDateline }
  | { role: 'credit'; text: DraftCredit }
  | { role: 'furniture'; text: DraftText; kind: FurnitureKind }

/** The classified list of a page (created empty on first use). */
export function classifiedOf(page: PageContext): Classified[] {
  let list = page.scratch.classified as Classified[] | undefined
  if (!list) {
    list = []
    page.scratch.classified = list
  }
  return list
}
