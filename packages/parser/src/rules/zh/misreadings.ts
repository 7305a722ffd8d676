/**
 * Signs that OCR engines misread in a way the line itself gives away, put
 * back. One character stands for one character, so source offsets are
 * unchanged.
 *
 * - The full-width opening bracket `（` read as `〈` or `《` while its closing
 *   bracket is read as `)`: `〈新视点)`, `《影像中国)`, `〈记者 张锅)`. A pair
 *   that opens with one kind and closes with another is neither a title in
 *   《》 nor a 〈〉 quote; it becomes `（…）`, also when the line end cuts it
 *   (`本报讯〈记者王` / `比学)`).
 *   OCR may read that bracket as two signs (`《〈刘洪超)`): the pair becomes one
 *   sign, which keeps the first one's offset (`collapseDoubledOpeners`), so
 *   the source range of what follows still covers both.
 * - The corner bracket `「` read as `[` while its closing `」` is read right:
 *   `[五四」運動的認識` → `「五四」運動的認識`.
 * - The dash `——` read as the numeral `一一` where a kicker ends
 *   (`中日友好医院支援湖北医疗队一一`) or a dek begins (`一一2019年度…`):
 *   two 一 at the end or start of a line, with no third one; a line with a
 *   comma is running text, whose 一一 is left as printed.
 */

/** An opening angle bracket closed by a round one, at most 20 characters apart. */
const MISREAD_PAIR = /[〈《]([^〈〉《》（）()]{1,20})[)）]/gu
/** `一一` ending or starting a line (a third 一 would be the numeral run of a list). */
const MISREAD_DASH_END = /(?<!一)一一$/u
const MISREAD_DASH_START = /^一一(?!一)/u

/** A corner bracket `「` read as `[`, closed by `」` at most 20 characters on. */
const MISREAD_CORNER = /\[([^「」[\]]{1,20})」/gu

/** Repair signs misread by OCR; text without them is returned as it is. */
export function repairMisreadings(text: string): string {
  let out = text
  if (out.includes('〈') || out.includes('《')) out = out.replace(MISREAD_PAIR, '（$1）')
  if (out.includes('[')) out = out.replace(MISREAD_CORNER, '「$1」')
  if (out.includes('一一') && !/[，,]/u.test(out))
    out = out.replace(MISREAD_DASH_END, '——').replace(MISREAD_DASH_START, '——')
  return out
}

/** An opening angle bracket left open at a line's end… */
const OPEN_AT_END = /[〈《](?=[^〈〉《》（）()]{0,20}$)/u
/** …closed by a round one early on the next line. */
const CLOSE_AT_START = /^[^〈〉《》（）()]{0,20}[)）]/u

/**
 * The same misread pair cut by the line end (`本报讯〈记者王` / `比学)十三届`): the
 * opening sign at the end of one line and the round closing one at the start of
 * the next become `（` and `）`, one for one.
 */
export function repairSplitMisreadings(lines: Array<{ text: string }>): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!
    if (!line.text.includes('〈') && !line.text.includes('《')) continue
    const open = OPEN_AT_END.exec(line.text)
    const next = lines[i + 1]!
    const close = open ? CLOSE_AT_START.exec(next.text) : null
    if (!open || !close || line.text.length - open.index - 1 + close[0].length - 1 > SPLIT_PAIR_MAX_CHARS)
      continue
    line.text = `${line.text.slice(0, open.index)}（${line.text.slice(open.index + 1)}`
    const at = close[0].length - 1
    next.text = `${next.text.slice(0, at)}）${next.text.slice(at + 1)}`
  }
}

/** A pair cut by the line end holds at most this many characters, as on one line. */
export const SPLIT_PAIR_MAX_CHARS = 20

/** Two misread opening signs before a bracket closed by a round one (`《〈刘洪超)`). */
const DOUBLED_OPENER = /[〈《]{2}(?=[^〈〉《》（）()]{1,20}[)）])/gu

/**
 * Fold two misread opening signs into one (`《〈刘洪超)` → `〈刘洪超)`), the
 * offset of the first kept, before `repairMisreadings` puts the bracket back.
 */
export function collapseDoubledOpeners(text: string, offsets: number[]): { text: string; offsets: number[] } {
  if (!text.includes('〈') && !text.includes('《')) return { text, offsets }
  const drop = new Set<number>()
  for (const m of text.matchAll(DOUBLED_OPENER)) drop.add(m.index + 1)
  if (!drop.size) return { text, offsets }
  let out = ''
  const kept: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (drop.has(i)) continue
    out += text[i]
    kept.push(offsets[i]!)
  }
  return { text: out, offsets: kept }
}
