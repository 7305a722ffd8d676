/** Which characters make words, and which are Chinese (Han). */

/** A run of Han characters. */
export const HAN_RUN = /\p{Script=Han}+/u

/** One Han character. */
export const HAN_CHAR = /^\p{Script=Han}$/u

/**
 * Runs that make tokens: Han runs, or runs of other letters and digits.
 * Everything else (spaces, punctuation, FTS operators a user typed) separates.
 */
export const TOKEN_RUNS = /(\p{Script=Han}+)|([\p{L}\p{N}]+)/gu

/** Whether a string is made of Han characters only. */
export function isHan(text: string): boolean {
  return /^\p{Script=Han}+$/u.test(text)
}
