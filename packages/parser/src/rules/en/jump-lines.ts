/**
 * Jump lines: `See DEBATE, back page`, `Continued on Page 5`, `From page 1`
 * and their OCR forms (`Sec`, `Sac`, `PleaM see paga 2`) become furniture
 * of kind `continuation`, also when printed at the end of a body line
 * (`…saw Sec DEBATE, back page`): the body keeps its text, the jump line
 * is cut off.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { enState, mark, splitSegment } from './segments.js'

/** `See`, as OCR prints it. */
const SEE = String.raw`(?:(?:Please|Plea\w{1,2})\s+s[eao][ec]|S[eao][ec])`
/** `page 7`, `back page`, `Page A2`, `paga 2`. */
const PAGE = String.raw`(?:[bh]ack\s+p\w{2,3}|p\w{2,3}\.?\s*[A-Z]?\d{1,3})`
/** A whole jump line. */
export const JUMP_LINE = new RegExp(
  String.raw`^[(\[]?(?:${SEE}\s+(?:[A-Z][A-Za-z'’&.\-]*(?:\s+[A-Z][A-Za-z'’&.\-]*){0,3},?\s*)?${PAGE}|(?:Continued|Cont'd|CONTINUED)\s+(?:on|from|to)\s+${PAGE}(?:,?\s*(?:col(?:umn|\.)?)\s*\w+)?|(?:Please\s+)?turn\s+to\s+${PAGE}|(?:From|FROM)\s+${PAGE})\.?[)\]]?\.?$`,
  'i',
)
/** A jump directive ending a body line: a capitalised slug is required so ordinary prose (`see page 3`) is kept. */
const JUMP_TAIL = new RegExp(
  String.raw`\s(${SEE}\s+[A-Z][A-Z'’&.\-]{2,}(?:\s+[A-Z][A-Z'’&.\-]+){0,3},\s*${PAGE}\.?)$`,
)

/**
 * Whether a code unit opens `JUMP_LINE` (a bracket, or the `p`, `s`, `c`, `t` or `f` of `Please`, `See`,
 * `Continued`, `turn`, `From` in either case: `c | 0x20` is the small letter of an ASCII letter, and no
 * other unit falls in `a`–`z`); most lines open otherwise and are not tried.
 */
export function opensJump(c: number): boolean {
  const small = c | 0x20
  return (
    c === 0x28 ||
    c === 0x5b ||
    small === 0x70 ||
    small === 0x73 ||
    small === 0x63 ||
    small === 0x74 ||
    small === 0x66
  )
}

/** Whether a whole line is a jump line. */
export function isJumpLine(text: string): boolean {
  const line = text.trim()
  return opensJump(line.charCodeAt(0)) && JUMP_LINE.test(line)
}

/** Index where a jump directive at the end of a line starts, or -1. */
export function jumpTailIndex(text: string): number {
  // The directive holds a comma before its page: a line without one is not tried at every space.
  const match = text.includes(',') ? JUMP_TAIL.exec(text) : null
  return match ? match.index : -1
}

export const jumpLines: Rule = {
  name: 'en-jump-lines',
  description:
    'Jump lines (`See DEBATE, back page`), whole or at the end of a body line, become `continuation` furniture.',
  run(page: PageContext) {
    const state = enState(page)
    for (const segment of [...state.segments]) {
      if (segment.role !== 'body') continue
      if (isJumpLine(segment.text)) {
        mark(segment, 'furniture', this.name, 0.9, 'continuation')
        continue
      }
      const at = jumpTailIndex(segment.text)
      if (at > 0) {
        const [, tail] = splitSegment(state, segment, at)
        if (tail) mark(tail, 'furniture', this.name, 0.8, 'continuation')
      }
    }
  },
}
