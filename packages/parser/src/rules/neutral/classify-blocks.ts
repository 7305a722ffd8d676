/**
 * The neutral classifier: within each block, furniture lines, bylines and
 * short unpunctuated lines at the top (headline, then deks) are told apart
 * from body lines; body lines become paragraphs.
 */
import type { Line, PageContext } from '../../pipeline/model.js'
import { joinLines } from '../../pipeline/text.js'
import { SENTENCE_END } from '../../util/chars.js'
import type { Rule } from '../rule.js'
import { classifiedOf } from './classified.js'
import { furnitureKind } from './furniture-patterns.js'
import { modalWidth, pageBlocks } from './layout.js'
import { paragraphsOf } from './paragraphs.js'

/** A title line is at most this share of the page's usual line width. */
export const HEADLINE_MAX_WIDTH_SHARE = 0.75
/** A title line is at most this many display columns wide, whatever the column width. */
export const HEADLINE_MAX_COLUMNS = 90
/** Confidence of a headline decided only by shortness and missing punctuation. */
const HEADLINE_CONFIDENCE = 0.5

const BYLINE_EN = /^(?:By|BY|Br|BV|Bv)\s+([A-Z][\w.'’ -]+?)(?:\s*[,/]\s*(.+))?$/
const BYLINE_MARK = /^[□■◎●口]\s*(.+)$/u

export const classifyBlocks: Rule = {
  name: 'classify-blocks',
  description: 'Tell furniture, bylines, headlines and deks from body lines in each block of lines.',
  run(page: PageContext) {
    const out = classifiedOf(page)
    const width = modalWidth(page.lines)
    const isTitleLike = (line: Line) =>
      line.width <= Math.min(HEADLINE_MAX_COLUMNS, Math.max(8, width * HEADLINE_MAX_WIDTH_SHARE)) &&
      !SENTENCE_END.test(line.trimmed) &&
      /\p{L}/u.test(line.trimmed)

    for (const block of pageBlocks(page)) {
      let i = 0
      // Furniture and bylines anywhere at the top of the block.
      let titles = 0
      for (; i < block.length; i++) {
        const line = block[i]!
        const kind = furnitureKind(line.trimmed)
        if (kind) {
          out.push({
            role: 'furniture',
            kind,
            text: { ...joinLines([line]), rule: 'furniture-patterns', confidence: 0.8 },
          })
          continue
        }
        const byline = BYLINE_EN.exec(line.trimmed) ?? BYLINE_MARK.exec(line.trimmed)
        if (byline) {
          const names = byline[1]!.trim()
          out.push({
            role: 'byline',
            text: {
              ...joinLines([line]),
              authors: names.split(/\s+and\s+|\s*[,、]\s*/).filter(Boolean),
              role: byline[2]?.trim() ?? null,
              organization: null,
              rule: this.name,
              confidence: 0.7,
            },
          })
          continue
        }
        // Title lines: short, unpunctuated, with body text after them in the block or page.
        if (isTitleLike(line) && (i + 1 < block.length || block.length === 1)) {
          out.push({
            role: titles === 0 ? 'headline' : 'dek',
            text: { ...joinLines([line]), rule: this.name, confidence: HEADLINE_CONFIDENCE },
          })
          titles++
          continue
        }
        break
      }
      const body = block.slice(i)
      for (const paragraph of paragraphsOf(body, width)) {
        out.push({
          role: 'paragraph',
          text: { ...joinLines(paragraph), rule: 'paragraphs', confidence: 0.6 },
        })
      }
    }
  },
}
