/**
 * Text comparison for scoring, as `../shared/eval/news-eval.mjs` does it:
 * NFKC; no whitespace for Chinese, Japanese and Korean, one space otherwise;
 * character n-gram similarity; longest common subsequence.
 */

/** Languages compared without whitespace. */
const CJK_LANGS = new Set(['zh', 'ja', 'ko'])

/** Whether a primary language tag is compared without whitespace. */
export function isCjk(lang: string): boolean {
  return CJK_LANGS.has(lang)
}

/** Normalise text for comparison. */
export function norm(text: unknown, lang: string): string {
  if (text === null || text === undefined) return ''
  const t = String(text).normalize('NFKC')
  return isCjk(lang) ? t.replace(/\s+/g, '') : t.replace(/\s+/g, ' ').trim()
}

function ngrams(s: string, n: number): Map<string, number> {
  const m = new Map<string, number>()
  for (let i = 0; i + n <= s.length; i++) {
    const g = s.slice(i, i + n)
    m.set(g, (m.get(g) ?? 0) + 1)
  }
  return m
}

/** Dice coefficient over character n-grams (2 for Chinese-like text, 4 otherwise). */
export function dice(a: string, b: string, n = 2): number {
  if (a.length < n || b.length < n) return a === b && a.length > 0 ? 1 : 0
  const left = ngrams(a, n)
  const right = ngrams(b, n)
  let shared = 0
  for (const [g, k] of left) shared += Math.min(k, right.get(g) ?? 0)
  return (2 * shared) / (a.length - n + 1 + (b.length - n + 1))
}

/** Edit distance (in D) beyond which `lcsLength` estimates instead of computing: character F1 is below 0.7 there. */
const LCS_GIVE_UP_SHARE = 0.3
/** Always search at least this far, so short texts are exact. */
const LCS_MIN_SEARCH = 2000

/**
 * Length of the longest common subsequence of two strings, by Myers'
 * O((N+M)D) algorithm; past D = 30% of N+M it falls back to a bigram estimate.
 */
export function lcsLength(a: string, b: string): number {
  const n = a.length
  const m = b.length
  const max = n + m
  const limit = Math.min(max, Math.max(LCS_MIN_SEARCH, Math.ceil(LCS_GIVE_UP_SHARE * max)))
  const offset = limit + 1
  const v = new Int32Array(2 * limit + 3)
  for (let d = 0; d <= limit; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return (n + m - d) / 2
    }
  }
  return (dice(a, b) * (n + m)) / 2
}

/** Character-level F1 of two strings (1 for two empty strings). */
export function charF1(a: string, b: string): number {
  return a.length + b.length === 0 ? 1 : (2 * lcsLength(a, b)) / (a.length + b.length)
}
