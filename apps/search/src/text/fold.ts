/**
 * Character folding shared by indexing, querying and highlighting: NFKC
 * (full-width and half-width forms, Kangxi radicals), lower case, Latin
 * diacritics removed, and Traditional Chinese folded to Simplified, so
 * `晶報` and `晶报`, `Ｃａｆé` and `cafe` are the same to the index.
 *
 * Folding is done one code point at a time so that every folded character
 * can be traced back to its place in the original text (snippets need
 * that). Phrase-level conversion would be more faithful as prose, but
 * search only needs both sides folded the same way.
 */
import { Converter } from 'opencc-js'

/** Made on the first Han character: building it loads OpenCC's tables (0.15 s), which text without Han never needs. */
let converter: ((text: string) => string) | null = null

function toSimplified(text: string): string {
  const convert = converter ?? Converter({ from: 't', to: 'cn' })
  converter = convert
  return convert(text)
}

/** Combining marks left after canonical decomposition (diacritics). */
const COMBINING_MARKS = /\p{Mn}/gu

const cache = new Map<string, string>()

/** Fold one code point (a string of one or two UTF-16 units). */
export function foldChar(char: string): string {
  const cached = cache.get(char)
  if (cached !== undefined) return cached
  const compat = char.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '')
  const folded: string = /\p{Script=Han}/u.test(compat) ? toSimplified(compat) : compat
  cache.set(char, folded)
  return folded
}

/** Folded UTF-16 units, filled on first use (0: not yet folded). */
const unitTable = new Uint16Array(0x10000)

/** Fold one UTF-16 unit (surrogates are kept as they are). */
function foldUnit(code: number): number {
  let folded = unitTable[code]!
  if (folded === 0) {
    const isSurrogate = code >= 0xd800 && code <= 0xdfff
    folded = isSurrogate ? code : foldChar(String.fromCharCode(code)).charCodeAt(0) || code
    unitTable[code] = folded
  }
  return folded
}

/** Runs of units outside ASCII: the only ones that fold otherwise than by `toLowerCase`. */
const NON_ASCII_RUNS = /[^\0-\x7f]+/g
/** CJK punctuation, Han, full-width forms: text where most units are looked up anyway. */
const CJK_UNITS = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/

/**
 * Fold text one UTF-16 unit for one, so that offsets in the result are
 * offsets in the original (snippets need that, and it is fast: a table
 * lookup per unit). A character that folds to several (`ﬁ` → `fi`) keeps
 * the first; surrogate pairs are kept as they are. Matching is done with
 * `fold`; this is only for finding where matches are.
 *
 * In Latin text, ASCII folds by `toLowerCase` (native, and most of the
 * text), so only units outside ASCII are looked up, and only those that
 * fold otherwise are copied in (5× faster on English pages). Chinese text
 * is looked up unit by unit.
 */
export function foldUnits(text: string): string {
  if (CJK_UNITS.test(text)) return foldEachUnit(text)
  const lower = text.toLowerCase()
  // Lower case of a few characters is longer (`İ`): then unit by unit.
  if (lower.length !== text.length) return foldEachUnit(text)
  const pieces: string[] = []
  let kept = 0
  for (const run of lower.matchAll(NON_ASCII_RUNS)) {
    for (let i = run.index; i < run.index + run[0].length; i++) {
      const folded = foldUnit(text.charCodeAt(i))
      if (folded === lower.charCodeAt(i)) continue
      pieces.push(lower.slice(kept, i), String.fromCharCode(folded))
      kept = i + 1
    }
  }
  if (kept === 0) return lower
  pieces.push(lower.slice(kept))
  return pieces.join('')
}

/** `foldUnits` one unit at a time. */
function foldEachUnit(text: string): string {
  const units = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) units[i] = foldUnit(text.charCodeAt(i))
  return utf16.decode(units)
}

const utf16 = new TextDecoder('utf-16le')

/** Folded form of each BMP character (not a surrogate), filled on first use. */
const bmpTable: (string | undefined)[] = new Array(0x10000)

/** Fold text (no offsets). Runs of characters that fold to themselves are copied whole. */
export function fold(text: string): string {
  let out = ''
  let kept = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let char: string
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      char = text.slice(i, i + 2)
    } else {
      const cached = bmpTable[code]
      if (cached !== undefined) {
        if (cached.length === 1 && cached.charCodeAt(0) === code) continue
        out += text.slice(kept, i) + cached
        kept = i + 1
        continue
      }
      char = text[i]!
    }
    const folded = foldChar(char)
    if (char.length === 1) bmpTable[code] = folded
    if (folded === char) {
      i += char.length - 1
      continue
    }
    out += text.slice(kept, i) + folded
    i += char.length - 1
    kept = i + 1
  }
  return kept === 0 ? text : out + text.slice(kept)
}
