/**
 * Benchmark queries, drawn from the indexed articles with a seeded random
 * generator: 1-3 words per query. Chinese queries mix two-character
 * dictionary words with personal names (byline authors, which the
 * segmenter splits into characters); English queries use body words.
 */
import type { IndexedArticle } from '../src/store/store.js'

/** A small seeded generator (mulberry32), so every run asks the same queries. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const EN_STOP = new Set(
  'that this with from have were which their there would been they will when what about into than them then these only other could also more some said upon such made over after before very most'.split(
    ' ',
  ),
)

/** `count` queries over `articles` in `lang`. */
export function makeQueries(
  articles: readonly IndexedArticle[],
  lang: 'zh' | 'en',
  count: number,
  seed = 7,
): string[] {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(next() * list.length)]
  const queries: string[] = []
  const names = [
    ...new Set(articles.flatMap((a) => a.authors).filter((n) => /^\p{Script=Han}{2,4}$/u.test(n))),
  ]
  for (let attempts = 0; queries.length < count && attempts < count * 20; attempts++) {
    const article = pick(articles)
    if (!article) break
    const size = 1 + Math.floor(next() * 3)
    let words: string[]
    if (lang === 'zh') {
      const two = article.tokens.words.split(' ').filter((w) => w.length === 2)
      words = Array.from({ length: size }, () => pick(two)).filter((w): w is string => w !== undefined)
      // About one query in four asks for a person.
      if (names.length > 0 && next() < 0.25) words[0] = pick(names)!
    } else {
      const body = article.body.match(/[A-Za-z]{4,}/g) ?? []
      const usable = body.filter((w) => !EN_STOP.has(w.toLowerCase()))
      words = Array.from({ length: size }, () => pick(usable)).filter((w): w is string => w !== undefined)
    }
    if (words.length > 0) queries.push([...new Set(words)].join(' '))
  }
  return queries
}
