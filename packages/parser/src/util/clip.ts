/** Text cut to at most `max` characters (code points, so no surrogate pair is split), `…` marking a cut. */
export function clip(text: string, max: number): string {
  // Code points counted up to the cut, not the whole text split into an array of them (a line can be megabytes).
  let end = 0
  for (let count = 0; count < max && end < text.length; count++) end += pairAt(text, end) ? 2 : 1
  return end < text.length ? `${text.slice(0, end)}…` : text
}

/** Whether a surrogate pair (one code point) starts at `i`. */
function pairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  const d = text.charCodeAt(i + 1)
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff
}
