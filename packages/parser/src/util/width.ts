/**
 * Display width: East Asian wide and full-width characters take two columns,
 * everything else one. Column widths on a page are measured this way.
 */

/** Whether the code point is displayed two columns wide. */
export function isWide(code: number): boolean {
  return (
    // The main Han block first: most wide characters of a page.
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  )
}

/** Display width of a string in columns. */
export function displayWidth(text: string): number {
  let width = 0
  // Code units by index, not `for…of` (which builds a string per character); a code point is read
  // only at a high surrogate. Nothing below U+1100 is wide.
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x1100) width++
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const code = text.codePointAt(i)!
      if (code > 0xffff) i++
      width += isWide(code) ? 2 : 1
    } else width += isWide(unit) ? 2 : 1
  }
  return width
}
