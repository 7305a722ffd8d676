import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { garbledShare, isGarbledToken, letteredTokenCount } from '../../src/rules/en/garble.js'
import {
  ABBREVIATION,
  CASE_SALAD,
  GARBLED_VOWEL_SHARE,
  IMPOSSIBLE_RUN,
  isGarbledCapsLine,
  isGarbledWord,
  isNoiseLine,
  NAME_PREFIX,
  NOISE_MAX_LETTER_SHARE,
  NOISE_MAX_WORD_SHARE,
  NOISE_MIN_FRAGMENT_SHARE,
  NOISE_MIN_LETTERS,
  REAL_WORD,
  SHORT_WORD,
} from '../../src/rules/en/ocr-noise.js'
import { WORD_LIKE } from '../../src/rules/en/word-like.js'

// The garble tests read tokens by code unit; these are the same tests stated with expressions, as
// they were written before the scans, and the scans must answer as they do.

function garbledWordByExpressions(word: string): boolean {
  if (CASE_SALAD.test(word) && !NAME_PREFIX.test(word)) return true
  const lower = word.toLowerCase()
  if (lower.length >= 4 && !/[aeiouy]/.test(lower)) return true
  if (lower.length >= 3 && (lower.match(/[aeiou]/g)?.length ?? 0) / lower.length > GARBLED_VOWEL_SHARE)
    return true
  return IMPOSSIBLE_RUN.test(lower)
}

const SHORT_WORDS = new Set(
  'a A I O an as at be by do go he if in is it me my no of oh on or ox so to up us we am ah ay ye'.split(' '),
)
const INITIAL = /^[A-Z][A-Za-z]?\.$|^[IVXLC]{2,4}$/
const FIGURE_WITH_LETTERS = /^[$£]?\d[\d,.]*(?:st|nd|rd|th|d|s|c|m|am|pm|[a-z]?)$|^\d[\d,.]*(?:-[A-Za-z]+)+$/i

function garbledTokenByExpressions(token: string): boolean {
  const core = token.replace(/^[^A-Za-z0-9$£]+|[^A-Za-z0-9]+$/g, '')
  if (!core || !/[A-Za-z]/.test(core)) return false
  if (/\d/.test(core)) {
    if (FIGURE_WITH_LETTERS.test(core)) return false
    if (core.match(/\d/g)!.length >= core.match(/[A-Za-z]/g)!.length) return true
  }
  if (/[A-Z][a-z]+['’][A-Z]{2}/.test(core)) return true
  const words = core.match(/[A-Za-z]+/g) ?? []
  const letters = words.join('')
  if (letters.length <= 2) {
    if (
      SHORT_WORDS.has(letters.length === 1 ? letters : letters.toLowerCase()) ||
      INITIAL.test(token.replace(/[,;:)]+$/, ''))
    )
      return false
    return words.length === 1 && !/^[A-Z]\.?$/.test(core)
  }
  if (INITIAL.test(core)) return false
  return words.some((w) => w.length >= 3 && garbledWordByExpressions(w))
}

function garbledCapsLineByExpressions(text: string): boolean {
  const letters = text.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0
  const upper = text.match(/[A-Z\u00c0-\u00de]/g)?.length ?? 0
  if ((letters ? upper / letters : 0) < 0.6) return false
  const all = text.match(/[A-Za-z]+/g) ?? []
  const words = all.filter((w) => w.length >= 3)
  if (words.length && words.filter(garbledWordByExpressions).length / words.length > 0.5) return true
  const parts = text.split(/\s+/).filter(Boolean)
  if (parts.length < 4 || all.some((w) => w.length >= 4)) return false
  const isSpeck = (t: string) =>
    (t.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0) <= 1 && !/^[“"‘'(]*[A-Z][a-z]?\.[,;:)]*$/.test(t)
  return parts.filter(isSpeck).length / parts.length >= 0.5
}

function garbledShareByExpressions(text: string): number {
  const lettered = text.split(/\s+/).filter((t) => /[A-Za-z]/.test(t))
  return lettered.length ? lettered.filter(garbledTokenByExpressions).length / lettered.length : 0
}

const latinLetters = (t: string) => t.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0

function noiseLineByExpressions(text: string): boolean {
  const trimmed = text.trim()
  if (!trimmed) return false
  if (/^[-–—_=*.\s]+$/.test(trimmed)) return true
  if (latinLetters(trimmed) < NOISE_MIN_LETTERS)
    return !/^\d{1,4}$/.test(trimmed) && !SHORT_WORD.test(trimmed)
  const tokens = trimmed.split(/\s+/)
  const visible = tokens.join('').length
  const wordy = tokens.filter((t) => WORD_LIKE.test(t) || /^[\d$.,:%-]+$/.test(t)).join('').length
  if (wordy / visible < NOISE_MAX_WORD_SHARE) return true
  if (garbledCapsLineByExpressions(trimmed)) return true
  const lettered = tokens.filter((t) => latinLetters(t) > 0)
  const fragments = lettered.filter(
    (t) =>
      latinLetters(t) <= 2 && !SHORT_WORD.test(t.toLowerCase()) && !ABBREVIATION.test(t) && !/\d/.test(t),
  )
  if (lettered.length >= 4 && fragments.length / lettered.length >= NOISE_MIN_FRAGMENT_SHARE) return true
  if (latinLetters(trimmed) / visible >= NOISE_MAX_LETTER_SHARE) return false
  return tokens.filter((t) => REAL_WORD.test(t)).length < 4
}

/** Tokens made of the characters the tests look at. */
const token = fc
  .array(fc.constantFrom(...Array.from("aeiouyAEIOUYbcMOVvKkxhXLCI0159'’-.,;:)($£é ")), { maxLength: 12 })
  .map((a) => a.join(''))

/** The lines of the English corpus and samples. */
function englishLines(): string[] {
  const lines: string[] = []
  for (const dir of ['../../../../../shared/corpus/en/', '../../../../samples/en/']) {
    const path = new URL(dir, import.meta.url)
    for (const name of readdirSync(path)) {
      if (name.endsWith('.txt'))
        lines.push(...readFileSync(new URL(`${dir}${name}`, import.meta.url), 'utf8').split('\n'))
    }
  }
  return lines
}

describe('garble scans', () => {
  it('answer as the expressions do on generated tokens and lines', () => {
    fc.assert(
      fc.property(token, (t) => {
        const word = t.replace(/[^A-Za-z]/g, '')
        if (word) expect(isGarbledWord(word), word).toBe(garbledWordByExpressions(word))
        expect(isGarbledToken(t), t).toBe(garbledTokenByExpressions(t))
        expect(garbledShare(t), t).toBe(garbledShareByExpressions(t))
        expect(isGarbledCapsLine(t), t).toBe(garbledCapsLineByExpressions(t))
      }),
      { numRuns: 30_000 },
    )
  })

  it('answer as the expressions do on every line and token of the English pages', () => {
    // Mismatches collected, not one assertion per token: the pages hold some 300,000 tokens.
    const wrong: string[] = []
    for (const line of englishLines()) {
      if (garbledShare(line) !== garbledShareByExpressions(line)) wrong.push(`share: ${line}`)
      if (letteredTokenCount(line) !== line.split(/\s+/).filter((t) => /[A-Za-z]/.test(t)).length)
        wrong.push(`count: ${line}`)
      if (isGarbledCapsLine(line) !== garbledCapsLineByExpressions(line)) wrong.push(`caps: ${line}`)
      for (const t of line.split(/\s+/))
        if (t && isGarbledToken(t) !== garbledTokenByExpressions(t)) wrong.push(`token: ${t}`)
    }
    expect(wrong).toEqual([])
  })
})

describe('noise scans', () => {
  it('read short words, abbreviations and real words as the expressions do', () => {
    const word = fc
      .array(fc.constantFrom(...Array.from('aAbBiIoOfFnNsSxX“"‘\'(.,;:!?”’)0é\u212a\u0130')), {
        maxLength: 6,
      })
      .map((a) => a.join(''))
    fc.assert(
      fc.property(word, (t) => {
        const line = `${t} ${t}x ${t} ${t} ${t}`
        expect(isNoiseLine(line), line).toBe(noiseLineByExpressions(line))
      }),
      { numRuns: 20_000 },
    )
  })

  it('take the same lines of the English pages for noise as the expressions do', () => {
    const wrong = englishLines().filter((line) => isNoiseLine(line) !== noiseLineByExpressions(line))
    expect(wrong).toEqual([])
  })
})
