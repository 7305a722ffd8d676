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

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff
/** `,:;!?` */
const isAsciiSign = (c: number) => c === 0x2c || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f
/** `，：；！？` */
const isWideSign = (c: number) => c === 0xff0c || c === 0xff1a || c === 0xff1b || c === 0xff01 || c === 0xff1f

/**
 * `text.match(/[\u4e00-\u9fff][,:;!?]|[,:;!?][\u4e00-\u9fff]/gu).length`
 * (matches do not overlap) by code unit: no array of matches per line.
 */
export function countHanAsciiSigns(text: string): number {
  let n = 0
  for (let i = 0; i + 1 < text.length; ) {
    const a = text.charCodeAt(i)
    const b = text.charCodeAt(i + 1)
    if ((isHan(a) && isAsciiSign(b)) || (isAsciiSign(a) && isHan(b))) {
      n++
      i += 2
    } else i++
  }
  return n
}

/** `text.match(/[，：；！？]/gu).length` by code unit. */
export function countWideSigns(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (isWideSign(text.charCodeAt(i))) n++
  return n
}

/** Whether the page's lines read like OCR output (ASCII signs set among Han characters). */
export function isOcrText(lines: readonly ZhLine[]): boolean {
  let ascii = 0
  let wide = 0
  for (const l of lines) {
    ascii += countHanAsciiSigns(l.text)
    wide += countWideSigns(l.text)
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
