/** Small facts about a piece of English text that several rules weigh. */

/** Letters of the Latin script, with accents. */
const LETTER = /[A-Za-z\u00c0-\u024f]/g
const UPPER = /[A-Z\u00c0-\u00de]/g

/** Sentence-final punctuation, with closing quotes and brackets that may follow it. */
export const EN_SENTENCE_END = /[.!?][”’"')\]]*$|[”"]$/

/** Words that rarely end a headline line but often end a broken body line. */
const TRAILING_FUNCTION_WORD =
  /\b(?:a|an|the|of|to|and|or|in|on|at|for|with|by|from|that|as|is|was|be|his|her|their|its|but|than)$/

/** Count of Latin letters. */
export function letterCount(text: string): number {
  return text.match(LETTER)?.length ?? 0
}

/** Share of upper-case letters among the letters (0 when there are none). */
export function capsShare(text: string): number {
  const letters = letterCount(text)
  return letters ? (text.match(UPPER)?.length ?? 0) / letters : 0
}

/** Share of letters among the non-space characters. */
export function letterShare(text: string): number {
  const visible = text.replace(/\s+/g, '').length
  return visible ? letterCount(text) / visible : 0
}

/** Whitespace-separated tokens. */
export function tokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean)
}

/** Whether the text ends a sentence. */
export function endsSentence(text: string): boolean {
  return EN_SENTENCE_END.test(text)
}

/** Whether the text ends with a word that seldom ends a title (`a`, `the`, `of`…) or with a comma or hyphen. */
export function endsOpen(text: string): boolean {
  return /[,\-;]$/.test(text) || TRAILING_FUNCTION_WORD.test(text)
}

/** Whether the text starts with a lower-case letter (after opening quotes). */
export function startsLower(text: string): boolean {
  return /^[“"‘'(]*[a-z]/.test(text)
}

/** Whether the text starts with an upper-case letter or digit (after opening quotes). */
export function startsUpper(text: string): boolean {
  return /^[“"‘'(]*[A-Z0-9]/.test(text)
}

/** Median of numbers (0 for none). */
export function median(values: readonly number[]): number {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
