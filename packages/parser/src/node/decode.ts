/**
 * Decoding page files: UTF-8 (with or without BOM), UTF-16 with BOM, and
 * GB18030/GBK (common for Chinese text files). Binary files are refused.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'

export interface Decoded {
  text: string
  encoding: Encoding
  /** Warnings about the bytes (a truncated sequence replaced…). */
  warnings: string[]
}

/** Thrown for input that is not text. */
export class BinaryFileError extends Error {
  constructor(reason: string) {
    super(`Not a text file: ${reason}`)
    this.name = 'BinaryFileError'
  }
}

/** Share of control characters (other than tab, newline, CR, form feed) above which bytes are binary. */
export const BINARY_CONTROL_SHARE = 0.02
/** How many bytes are sniffed for binary content. */
const SNIFF_BYTES = 8192

/** Decode the bytes of a page file. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom', warnings: [] }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] }
  }
  sniffBinary(bytes)
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings: [] }
  } catch {
    // Not valid UTF-8: a sequence cut at the very end is still UTF-8.
  }
  const validPrefix = validUtf8Prefix(bytes)
  if (validPrefix >= bytes.length - 3) {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      encoding: 'utf-8',
      warnings: [`Truncated UTF-8 sequence at byte ${validPrefix} replaced by U+FFFD`],
    }
  }
  try {
    return {
      text: new TextDecoder('gb18030', { fatal: true }).decode(bytes),
      encoding: 'gb18030',
      warnings: [],
    }
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      encoding: 'utf-8',
      warnings: [`Invalid UTF-8 at byte ${validPrefix}, not GB18030 either; bad bytes replaced by U+FFFD`],
    }
  }
}

/** Throw `BinaryFileError` when the first bytes look binary (a NUL, or many control bytes). */
export function sniffBinary(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, SNIFF_BYTES)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) throw new BinaryFileError(`NUL byte at offset ${i}`)
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++
  }
  if (n > 0 && control / n > BINARY_CONTROL_SHARE) {
    throw new BinaryFileError(`${control} control bytes in the first ${n}`)
  }
}

/** Length of the longest prefix of `bytes` that is valid UTF-8. */
function validUtf8Prefix(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1
    if (need < 0 || i + need >= bytes.length + (need ? 0 : 1)) return i
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i
    i += need + 1
  }
  return i
}
