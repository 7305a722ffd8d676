/** Character classes shared by rules of every language. */
import { endTest } from './ends-with.js'

/** Han ideographs (CJK Unified Ideographs and extensions, compatibility ideographs). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u
export const HAN_GLOBAL = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/gu

/** Punctuation that ends a sentence, in any script, with closing quotes and brackets that may follow it. */
export const SENTENCE_END = endTest(
  /[。！？!?.…;；:：][”’」』"')）\]】]*$/,
  '。！？!?.…;；:：”’」』"\')）]】',
)

/** Whether a string contains a Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text)
}

/** Count of Han characters in a string. */
export function countHan(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0
}

/** Count of Latin letters in a string. */
export function countLatin(text: string): number {
  return text.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0
}
