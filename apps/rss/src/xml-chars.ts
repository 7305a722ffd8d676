/**
 * Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and
 * carriage return; U+FFFE and U+FFFF; lone surrogates) are replaced by
 * U+FFFD before any text reaches a feed, so every feed stays well-formed and
 * `feed.json` holds no lone surrogate. Each replacement is counted so that
 * it can be reported.
 */

/** What replaces a character XML 1.0 cannot hold. */
export const REPLACEMENT_CHARACTER = '\uFFFD'

/**
 * Anything outside XML 1.0's `Char` production. With the `u` flag a lone
 * surrogate is one unit that matches here, while a valid pair is one code
 * point above U+FFFF that does not.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Code points replaced so far, keyed `U+XXXX`, with how often each was seen. */
export type Replacements = Map<string, number>

/** Format a code point as `U+0000`. */
function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * Replace every character XML 1.0 cannot hold with U+FFFD, counting each in
 * `replacements`.
 */
export function toXmlChars(text: string, replacements: Replacements): string {
  return text.replace(NOT_XML_CHAR, (char) => {
    const label = codePointLabel(char)
    replacements.set(label, (replacements.get(label) ?? 0) + 1)
    return REPLACEMENT_CHARACTER
  })
}

/** `3 × U+0000, 1 × U+D800` */
export function describeReplacements(replacements: Replacements): string {
  return [...replacements].map(([label, count]) => `${count} × ${label}`).join(', ')
}
