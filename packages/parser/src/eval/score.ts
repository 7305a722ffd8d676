/**
 * Scoring one page's records against its truth, the way
 * `../shared/eval/news-eval.mjs` does (a test keeps the two in step):
 * articles matched one to one by body similarity, then F1 per field.
 * How each figure is computed: `docs/news-gold.md#how-pages-are-scored`.
 */
import type { GoldArticle, GoldFigure } from './gold.js'
import { charF1, dice, isCjk, norm } from './text.js'

/** Precision, recall and F1 of one field. */
export interface Prf {
  tp: number
  npred: number
  ngold: number
  p: number
  r: number
  f1: number
}

/** The scores of one page. */
export interface PageScore {
  segmentation: Prf
  headline: Prf
  deks: Prf
  kicker: Prf
  dateline: Prf
  section: { f1: number }
  authors: Prf
  paragraphs: Prf
  bodyF1: number
  captions: Prf
  credits: Prf
  titles: Prf
  score: number
}

/** What the scorer reads from records or truth (anything else is ignored). */
export interface Scorable {
  lang?: string | null
  section?: string | null
  articles?: GoldArticle[] | null
  figures?: GoldFigure[] | null
}

/** Similarity above which a predicted article may match a true one. */
export const MATCH_THRESHOLD = 0.3
/** Weight of headline similarity in matching (a tie-breaker). */
export const HEADLINE_WEIGHT = 0.1
/** Character F1 of the body from which a matched article counts as found whole. */
export const WHOLE_ARTICLE_F1 = 0.9

function prf(tp: number, npred: number, ngold: number): Prf {
  const p = npred ? tp / npred : ngold ? 0 : 1
  const r = ngold ? tp / ngold : npred ? 0 : 1
  return { tp, npred, ngold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}

function multisetTp(gold: readonly string[], pred: readonly string[]): number {
  const bag = new Map<string, number>()
  for (const g of gold) bag.set(g, (bag.get(g) ?? 0) + 1)
  let tp = 0
  for (const p of pred) {
    const n = bag.get(p) ?? 0
    if (n > 0) {
      tp++
      bag.set(p, n - 1)
    }
  }
  return tp
}

const list = <T>(x: readonly T[] | null | undefined): T[] => (Array.isArray(x) ? x : [])
const isObject = (x: unknown): boolean => typeof x === 'object' && x !== null

function allFigures(doc: Scorable): GoldFigure[] {
  const out = list(doc.figures).filter(isObject)
  for (const a of list(doc.articles)) out.push(...list(a?.figures).filter(isObject))
  return out
}

function stripDateline(body: string, dateline: unknown, lang: string): string {
  const d = norm(dateline, lang)
  return d && body.startsWith(d) ? body.slice(d.length).replace(/^[\s:：—-]+/, '') : body
}

function stripFirst(paragraphs: string[], dateline: string): string[] {
  if (!dateline || paragraphs.length === 0) return paragraphs
  const out = paragraphs.slice()
  if (out[0]!.startsWith(dateline)) out[0] = out[0]!.slice(dateline.length).replace(/^[\s:：—-]+/, '')
  return out
}

/** Primary language tag of a truth file (`zh-Hant` → `zh`); English when absent. */
export function primaryLang(lang: string | null | undefined): string {
  return String(lang ?? 'en')
    .toLowerCase()
    .split('-')[0]!
}

/** Score one page: `gold` is the truth, `pred` the parser's records. */
export function scorePage(gold: Scorable, pred: Scorable): PageScore {
  const lang = primaryLang(gold.lang)
  const joinBody = (paragraphs: unknown) =>
    list(paragraphs as string[])
      .map((p) => norm(p, lang))
      .join(isCjk(lang) ? '' : ' ')
  const G = list(gold.articles)
  const P = list(pred.articles).filter(isObject)
  const gBody = G.map((a) => stripDateline(joinBody(a.paragraphs), a.dateline, lang))
  const pBody = P.map((a) => stripDateline(joinBody(a.paragraphs), a.dateline, lang))
  const gHead = G.map((a) => norm(a.headline, lang))
  const pHead = P.map((a) => norm(a.headline, lang))
  const gram = isCjk(lang) ? 2 : 4

  // Greedy one-to-one matching on body similarity, headline as a tie-breaker.
  const pairs: Array<[number, number, number]> = []
  for (let i = 0; i < G.length; i++) {
    for (let j = 0; j < P.length; j++) {
      const s = dice(gBody[i]!, pBody[j]!, gram) + HEADLINE_WEIGHT * dice(gHead[i]!, pHead[j]!, gram)
      if (s >= MATCH_THRESHOLD) pairs.push([s, i, j])
    }
  }
  pairs.sort((x, y) => y[0] - x[0])
  const gm = new Array<number>(G.length).fill(-1)
  const pm = new Array<number>(P.length).fill(-1)
  for (const [, i, j] of pairs) {
    if (gm[i]! < 0 && pm[j]! < 0) {
      gm[i] = j
      pm[j] = i
    }
  }

  const field = (getter: (a: GoldArticle) => string) => {
    let tp = 0
    let ngold = 0
    const npred = P.filter((a) => getter(a)).length
    G.forEach((a, i) => {
      const g = getter(a)
      if (!g) return
      ngold++
      if (gm[i]! >= 0 && getter(P[gm[i]!]!) === g) tp++
    })
    return prf(tp, npred, ngold)
  }
  const listField = (getter: (a: GoldArticle) => string[]) => {
    let tp = 0
    let ngold = 0
    const npred = P.reduce((n, a) => n + getter(a).length, 0)
    G.forEach((a, i) => {
      const g = getter(a)
      ngold += g.length
      if (gm[i]! >= 0) tp += multisetTp(g, getter(P[gm[i]!]!))
    })
    return prf(tp, npred, ngold)
  }

  let wholeArticles = 0
  let bodyLcs = 0
  let bodyLen = 0
  G.forEach((_, i) => {
    const gb = gBody[i]!
    bodyLen += gb.length
    const j = gm[i]!
    if (j < 0) return
    const f = charF1(gb, pBody[j]!)
    if (f >= WHOLE_ARTICLE_F1) wholeArticles++
    bodyLcs += f * gb.length
  })
  const predOnlyLen = P.reduce((n, _, j) => n + (pm[j]! < 0 ? pBody[j]!.length : 0), 0)

  const headline = field((a) => norm(a.headline, lang))
  const kicker = field((a) => norm(a.kicker, lang))
  const dateline = field((a) => norm(a.dateline, lang))
  const deks = listField((a) =>
    list(a.deks)
      .map((d) => norm(d, lang))
      .filter(Boolean),
  )
  const authors = listField((a) =>
    list(a.bylines)
      .flatMap((b) => list(b?.authors).map((x) => norm(x, lang).replace(/\s+/g, '')))
      .filter(Boolean),
  )
  const paragraphs = listField((a) =>
    stripFirst(
      list(a.paragraphs).map((p) => norm(p, lang)),
      norm(a.dateline, lang),
    ).filter(Boolean),
  )
  const gf = allFigures(gold)
  const pf = allFigures(pred)
  const figureField = (key: keyof GoldFigure, all: boolean) => {
    const g = gf.map((f) => norm(f[key], lang))
    const p = pf.map((f) => norm(f[key], lang))
    // Captions count every figure; credits and titles only figures that have one.
    return all
      ? prf(multisetTp(g, p), pf.length, gf.length)
      : prf(
          multisetTp(g.filter(Boolean), p.filter(Boolean)),
          pf.filter((f) => f[key]).length,
          gf.filter((f) => f[key]).length,
        )
  }
  const captions = figureField('caption', true)
  const credits = figureField('credit', false)
  const titles = figureField('title', false)
  const section = { f1: norm(gold.section, lang) === norm(pred.section, lang) ? 1 : 0 }
  const segmentation = prf(wholeArticles, P.length, G.length)
  const bodyF1 = bodyLen + predOnlyLen ? bodyLcs / (bodyLen + predOnlyLen) : 1
  const figure = (captions.f1 + credits.f1 + titles.f1) / 3
  const furniture = (kicker.f1 + dateline.f1 + deks.f1 + section.f1) / 4
  const score = (segmentation.f1 + headline.f1 + paragraphs.f1 + authors.f1 + bodyF1 + figure + furniture) / 7
  return {
    segmentation,
    headline,
    deks,
    kicker,
    dateline,
    section,
    authors,
    paragraphs,
    bodyF1,
    captions,
    credits,
    titles,
    score,
  }
}

/** One scored page, or the reason it could not be scored. */
export type PageRow = { page: string; error: string } | ({ page: string; error?: undefined } & PageScore)

/** Means over pages (a page that failed counts as 0). */
export interface Totals {
  pages: number
  failed: number
  segmentation: number
  headline: number
  deks: number
  kicker: number
  dateline: number
  authors: number
  paragraphs: number
  body: number
  captions: number
  credits: number
  titles: number
  section: number
  score: number
}

/** Mean scores over pages. */
export function totals(rows: readonly PageRow[]): Totals {
  const ok = rows.filter((r): r is Extract<PageRow, { error?: undefined }> => r.error === undefined)
  const mean = (f: (r: PageScore) => number) =>
    rows.length ? ok.reduce((n, r) => n + f(r), 0) / rows.length : 0
  return {
    pages: rows.length,
    failed: rows.length - ok.length,
    segmentation: mean((r) => r.segmentation.f1),
    headline: mean((r) => r.headline.f1),
    deks: mean((r) => r.deks.f1),
    kicker: mean((r) => r.kicker.f1),
    dateline: mean((r) => r.dateline.f1),
    authors: mean((r) => r.authors.f1),
    paragraphs: mean((r) => r.paragraphs.f1),
    body: mean((r) => r.bodyF1),
    captions: mean((r) => r.captions.f1),
    credits: mean((r) => r.credits.f1),
    titles: mean((r) => r.titles.f1),
    section: mean((r) => r.section.f1),
    score: mean((r) => r.score),
  }
}

const f3 = (x: number) => x.toFixed(3)

/** One line per page, as `news-eval.mjs` prints it. */
export function formatRow(r: PageRow): string {
  if (r.error !== undefined) return `${r.page}: ERROR ${r.error}`
  return `${r.page}: score ${f3(r.score)} | articles ${f3(r.segmentation.f1)} (${r.segmentation.npred}/${r.segmentation.ngold}) headline ${f3(r.headline.f1)} deks ${f3(r.deks.f1)} kicker ${f3(r.kicker.f1)} dateline ${f3(r.dateline.f1)} authors ${f3(r.authors.f1)} paragraphs ${f3(r.paragraphs.f1)} body ${f3(r.bodyF1)} captions ${f3(r.captions.f1)} credits ${f3(r.credits.f1)} titles ${f3(r.titles.f1)} section ${f3(r.section.f1)}`
}

/** The closing line: means over all pages. */
export function formatTotals(t: Totals, label = 'TOTAL'): string {
  return `${label} pages ${t.pages} failed ${t.failed} | articles ${f3(t.segmentation)} headline ${f3(t.headline)} deks ${f3(t.deks)} kicker ${f3(t.kicker)} dateline ${f3(t.dateline)} authors ${f3(t.authors)} paragraphs ${f3(t.paragraphs)} body ${f3(t.body)} captions ${f3(t.captions)} credits ${f3(t.credits)} titles ${f3(t.titles)} section ${f3(t.section)} | score ${f3(t.score)}`
}
