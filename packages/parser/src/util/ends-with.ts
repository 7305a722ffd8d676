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
  // A few codes searched in a row answer faster than a Set's hash (this runs on every line, often twice).
  const last = Uint16Array.from(Array.from(lastChars, (c) => c.charCodeAt(0)))
  const mayMatch = (text: string) => {
    if (text.length === 0) return false
    const code = text.charCodeAt(text.length - 1)
    for (let i = 0; i < last.length; i++) if (last[i] === code) return true
    return false
  }
  return {
    test: (text) => mayMatch(text) && pattern.test(text),
    exec: (text) => (mayMatch(text) ? pattern.exec(text) : null),
  }
}
