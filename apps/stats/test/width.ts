/** Columns a line takes on a terminal: East Asian wide and fullwidth characters take two. */
const WIDE =
  /[\p{Script=Han}\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

export function displayWidth(line: string): number {
  let n = 0
  for (const ch of line) n += WIDE.test(ch) ? 2 : 1
  return n
}
