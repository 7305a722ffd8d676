/**
 * Whether a Chinese page's text was read by OCR rather than taken from a
 * PDF's text layer. PDF text keeps the full-width signs Chinese type sets
 * (`，：；！？`); OCR engines read many of them as their ASCII forms next to
 * Han characters (`议:`, `中方,`). No PDF-extracted page in the corpus has
 * any; every OCR page has at least 6 %.
 */
import type { PageContext } from '../../pipeline/model.js'
import { type ZhLine, zhLinesOf } from './zh-lines.js'

/** Share of ASCII signs among the signs set next to Han characters above which a page is OCR text. */
export const OCR_ASCII_SIGN_SHARE = 0.03
/** …counted over at least this many signs. */
export const OCR_MIN_ASCII_SIGNS = 5

const HAN_ASCII_SIGN = /[\u4e00-\u9fff][,:;!?]|[,:;!?][\u4e00-\u9fff]/gu
const WIDE_SIGN = /[，：；！？]/gu

/** Whether the page's lines read like OCR output (ASCII signs set among Han characters). */
export function isOcrText(lines: readonly ZhLine[]): boolean {
  let ascii = 0
  let wide = 0
  for (const l of lines) {
    ascii += l.text.match(HAN_ASCII_SIGN)?.length ?? 0
    wide += l.text.match(WIDE_SIGN)?.length ?? 0
  }
  return ascii >= OCR_MIN_ASCII_SIGNS && ascii / (ascii + wide) >= OCR_ASCII_SIGN_SHARE
}

/** `isOcrText` of the page's working lines, read once per page (several rules ask). */
export function isOcrPage(page: PageContext): boolean {
  let ocr = page.scratch.zhOcr as boolean | undefined
  if (ocr === undefined) {
    ocr = isOcrText(zhLinesOf(page))
    page.scratch.zhOcr = ocr
  }
  return ocr
}
