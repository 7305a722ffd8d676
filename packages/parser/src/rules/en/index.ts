/**
 * Rules for English and other Latin-script OCR pages, in order: furniture
 * (masthead and ears, furniture lines, tables of figures, jump lines),
 * credits and bylines first (garbled role lines such as `St>M WrlUf` must be
 * read before noise is set aside), then noise, titles, datelines, captions
 * and paragraphs, titles printed apart at the end of the page, scraps
 * above the first title of an old page, then assembly.
 */
import type { LanguageRules } from '../rule.js'
import { assemble } from './assemble.js'
import { bylines } from './bylines.js'
import { captions } from './captions.js'
import { credits } from './credits.js'
import { datelines } from './datelines.js'
import { detachedTitles } from './detached-titles.js'
import { furnitureLines } from './furniture-lines.js'
import { headlines } from './headlines.js'
import { jumpLines } from './jump-lines.js'
import { masthead } from './masthead.js'
import { ocrNoise } from './ocr-noise.js'
import { paragraphs } from './paragraphs.js'
import { tables } from './tables.js'
import { topScraps } from './top-scraps.js'
import { wordColumns } from './word-columns.js'

export const enRules: LanguageRules = {
  lang: 'en',
  rules: [
    masthead,
    furnitureLines,
    tables,
    jumpLines,
    credits,
    bylines,
    ocrNoise,
    wordColumns,
    headlines,
    datelines,
    captions,
    paragraphs,
    detachedTitles,
    topScraps,
    assemble,
  ],
}
