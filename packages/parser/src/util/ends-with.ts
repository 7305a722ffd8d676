/**
 * A regular expression anchored at the end only (`…$`) is tried from every
 * offset of the text, so each test costs the length of the line. When every
 * match must end with one of a few characters, a look at the last character
 * answers most lines at once.
 */

/** What callers of an end-anchored expression use of it. */
export interface EndTest {
  test(text: string): boolean
  exec(text: string): RegExpExecArray | null
}

/**
 * `pattern.test` and `pattern.exec`, skipped when the text's last UTF-16
 * unit is none of `lastChars` (every match of `pattern` must end with one of
 * them; all must be in the Basic Multilingual Plane). `pattern` has neither
 * `g` nor `y`.
 */
export function endTest(pattern: RegExp, lastChars: string): EndTest {
  const last = new Set(Array.from(lastChars, (c) => c.charCodeAt(0)))
  const mayMatch = (text: string) => text.length > 0 && last.has(text.charCodeAt(text.length - 1))
  return {
    test: (text) => mayMatch(text) && pattern.test(text),
    exec: (text) => (mayMatch(text) ? pattern.exec(text) : null),
  }
}
