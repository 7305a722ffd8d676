/**
 * Two stories set one below the other in columns of the same width, with
 * their titles printed elsewhere (a cluster at the top of the page), run
 * together: nothing between them opens a new article. Their titles tell
 * them apart. When two headline-like title units each say what one part of
 * an article says and little of what the other part says, the article is
 * cut at the paragraph where the subject changes.
 */
import { AskedGrams, AskedPairs, bigrams, type GramSet, titleSimilarity } from './similarity.js'
import type { BodyPart, WorkArticle } from './work.js'

/** Each unit shares at least this share of its character pairs with its own part… */
export const SPLIT_OWN_SIMILARITY = 0.5
/** …and with the other part at most this share of that (a dek speaks of the whole story). */
export const SPLIT_OTHER_RATIO = 0.5
/** Units that name a story of their own are at least this many characters long. */
export const SPLIT_MIN_UNIT_CHARS = 6
/** Titles looked at per article, the most similar first (bounds the pairs tried). */
export const SPLIT_MAX_UNITS = 6

/** Confidence of the second article cut off a run-together one. */
export const SPLIT_CONFIDENCE = 0.6

/** A title unit: its text, and where it sits (its group, its place in the group). */
export interface RunTogetherTitle {
  text: string
  group: number
  index: number
  /** The group sits right above a body (not in a far cluster). */
  inPlace: boolean
}

interface Split {
  at: number
  score: number
}

/**
 * Cut the articles that run two stories together, given the text of the
 * headline-like title units on the page. Returns whether anything was cut.
 */
export function splitRunTogether(articles: WorkArticle[], titles: readonly RunTogetherTitle[]): boolean {
  const units = titles
    .filter((t) => Array.from(t.text).length >= SPLIT_MIN_UNIT_CHARS)
    .map((t) => ({ ...t, grams: bigrams(t.text) }))
    .filter((u) => u.grams.size > 0)
  if (units.length < 2) return false
  // Bodies are looked at only for the titles' pairs (every title's pair is in the titles joined).
  const asked = new AskedPairs(units.map((u) => u.text))
  const bodies = articles.map((a) => new AskedGrams(a.draft.paragraphs.map((p) => p.text).join(''), asked))
  // Each unit is looked at only for the article it says most of.
  const byArticle = new Map<number, Array<RunTogetherTitle & { grams: GramSet; score: number }>>()
  for (const u of units) {
    let best = -1
    let score = SPLIT_OWN_SIMILARITY
    bodies.forEach((body, i) => {
      const s = titleSimilarity(u.grams, body)
      if (s >= score) {
        score = s
        best = i
      }
    })
    if (best < 0) continue
    const list = byArticle.get(best)
    if (list) list.push({ ...u, score })
    else byArticle.set(best, [{ ...u, score }])
  }
  const cuts: Array<{ article: WorkArticle; at: number }> = []
  for (const [i, list] of byArticle) {
    if (list.length < 2) continue
    const article = articles[i]!
    const top = list.sort((a, b) => b.score - a.score).slice(0, SPLIT_MAX_UNITS)
    // The cut goes where a paragraph opens a line (not after a dateline or byline cut from it).
    // Nothing on the page marks the end of the first story (MuPDF prints no blank between them).
    const partAt = partFinder(article)
    const allowed = article.draft.paragraphs.map((_, at) => article.parts[partAt(at)]?.from === 0)
    const split = bestSplit(
      article.draft.paragraphs.map((p) => p.text),
      top,
      allowed,
      asked,
    )
    if (split) cuts.push({ article, at: split.at })
  }
  for (const { article, at } of cuts) cutArticle(articles, article, at, partFinder(article)(at))
  return cuts.length > 0
}

/** The paragraph boundary where two of the titles divide the body between them best, if any. */
function bestSplit(
  paragraphs: readonly string[],
  titles: ReadonlyArray<RunTogetherTitle & { grams: GramSet }>,
  allowed: readonly boolean[],
  asked: AskedPairs,
): Split | null {
  if (paragraphs.length < 2) return null
  const grams = paragraphs.map((p) => new AskedGrams(p, asked))
  // For each title pair: the first and last paragraph holding it (a pair is in the head part
  // before `at` when it first occurs before `at`, in the tail when it last occurs at or after).
  const spread = titles.map((t) =>
    [...t.grams].map((g) => {
      let first = -1
      let last = -1
      grams.forEach((set, i) => {
        if (!set.has(g)) return
        if (first < 0) first = i
        last = i
      })
      return { first, last }
    }),
  )
  const share = (t: number, at: number, head: boolean) => {
    const list = spread[t]!
    let hits = 0
    for (const s of list) if (s.first >= 0 && (head ? s.first < at : s.last >= at)) hits++
    return hits / list.length
  }
  // How much of each title each paragraph says: the cut puts the paragraphs on the side of the title they
  // speak of. Prefix sums: `said[t][at]` is what the paragraphs before `at` say of title t.
  const said = titles.map((t) => {
    const sums = [0]
    for (const set of grams) sums.push(sums.at(-1)! + titleSimilarity(t.grams, set))
    return sums
  })
  const agreement = (a: number, b: number, at: number) => {
    const head = said[a]![at]! - said[b]![at]!
    const whole = said[a]![paragraphs.length]! - said[b]![paragraphs.length]!
    return head - (whole - head)
  }
  let best: Split | null = null
  for (let at = 1; at < paragraphs.length; at++) {
    if (!allowed[at]) continue
    for (let a = 0; a < titles.length; a++) {
      for (let b = 0; b < titles.length; b++) {
        // Neighbours in a group printed above its body are one story's kicker, headline and dek.
        const ta = titles[a]!
        const tb = titles[b]!
        if (a === b || (ta.inPlace && ta.group === tb.group && Math.abs(ta.index - tb.index) <= 1)) continue
        const ownA = share(a, at, true)
        const ownB = share(b, at, false)
        if (ownA < SPLIT_OWN_SIMILARITY || ownB < SPLIT_OWN_SIMILARITY) continue
        const otherA = share(a, at, false)
        const otherB = share(b, at, true)
        if (otherA > ownA * SPLIT_OTHER_RATIO || otherB > ownB * SPLIT_OTHER_RATIO) continue
        const score = agreement(a, b, at)
        if (!best || score > best.score) best = { at, score }
      }
    }
  }
  return best
}

/** Where a piece of a line starts in the source. */
const sourceStart = (p: Pick<BodyPart, 'line' | 'from'>) => p.line.offsets?.[p.from] ?? p.line.spans[0]![0]

/**
 * For an article, the index of the body part that its paragraph `at` opens
 * (parts are in reading order, not source order): looked up by where each
 * part starts in the source, else the part whose line holds that start.
 */
function partFinder(article: WorkArticle): (at: number) => number {
  const byStart = new Map<number, number>()
  article.parts.forEach((p, i) => {
    const start = sourceStart(p)
    if (!byStart.has(start)) byStart.set(start, i)
  })
  return (at) => {
    const start = article.draft.paragraphs[at]!.spans[0]![0]
    const index =
      byStart.get(start) ??
      article.parts.findIndex((p) => p.line.spans.some(([a, b]) => a <= start && start < b))
    return index < 0 ? article.parts.length : index
  }
}

/** Cut `article` before its paragraph `at` (which opens part `partAt`); the tail becomes a new article right after it. */
function cutArticle(articles: WorkArticle[], article: WorkArticle, at: number, partAt: number): void {
  const draft = article.draft
  const start = draft.paragraphs[at]!.spans[0]![0]
  const tail: WorkArticle = {
    parts: article.parts.slice(partAt),
    bylineLines: article.bylineLines.filter((b) => b.closing && sourceStart(b) >= start),
    closed: article.closed,
    column: article.column,
    draft: {
      deks: [],
      bylines: draft.bylines.filter((b) => b.spans[0]![0] >= start),
      paragraphs: draft.paragraphs.slice(at),
      figures: [],
      rule: draft.rule,
      confidence: SPLIT_CONFIDENCE,
    },
  }
  article.parts = article.parts.slice(0, partAt)
  article.bylineLines = article.bylineLines.filter((b) => !tail.bylineLines.includes(b))
  article.closed = true
  draft.paragraphs = draft.paragraphs.slice(0, at)
  draft.bylines = draft.bylines.filter((b) => !tail.draft.bylines.includes(b))
  articles.splice(articles.indexOf(article) + 1, 0, tail)
}
