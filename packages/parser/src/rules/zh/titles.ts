/**
 * Rule: give title lines to their articles (and figures).
 *
 * Title lines come in groups. A group directly above a body is that
 * article's title; but extractors also print clusters of headlines and deks
 * far from their bodies (at the top of the page, or at the bottom as MuPDF
 * does with big type). Every title unit is therefore joined to the article
 * whose body says the most of what it says (shared character pairs); a unit
 * that matches nothing goes to the article right below it, and what is still
 * left goes, in order, to articles without a headline.
 *
 * Inside a set of units for one article: a unit ending in `——` or `：`, or a
 * short label (一线观察) before it, is the kicker; the first other unit is
 * the headline; the rest are deks. When an article gets a far headline and a
 * unit printed right above its body, the far unit is the headline (MuPDF
 * moves big type away; what stays in place is a dek or kicker).
 */
import { chineseScript } from '../../pipeline/detect-language.js'
import type { DraftText, PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { isOcrPage } from './ocr-text.js'
import { splitRunTogether } from './run-together.js'
import {
  AskedGrams,
  AskedPairs,
  bigrams,
  type GramLookup,
  type GramSet,
  titleSimilarity,
} from './similarity.js'
import type { TitleGroup, WorkArticle, WorkFigure } from './work.js'
import { bodyText, zhWorkOf } from './work.js'
import { draftOf, isDoubleSpacedPage, pieceOf, startsBlock, type ZhLine, zhLinesOf } from './zh-lines.js'

/** A title unit must share at least this share of its character pairs with a body to be joined to it. */
export const MIN_TITLE_SIMILARITY = 0.3
/** A title line this narrow (display columns) continues the line before it (a wrapped title's tail). */
export const WRAP_TAIL_COLUMNS = 12
/** A title line at least this wide wraps into a narrower line after it. */
export const WRAP_MIN_COLUMNS = 40
/** A label (column name such as 一线观察) is at most this many characters. */
export const LABEL_MAX_CHARS = 5
/** Extra weight for the article right below a group when the similarities are equal. */
export const ADJACENT_BONUS = 0.05

/** A kicker ends in a dash or a colon (OCR reads `——` as `一一`). */
export const KICKER_END = /(?:——|—|一一|：|:)$/u
const BRACKET_LABEL = /^[（(][^（）()]{1,8}[）)]$/u
const DEK_LIKE = /^——|[，,；;]/u
const HAS_COMMA = /[，,；;]/u
const SUBTITLE_START = /^——/u
/** Brackets left open after `text`, starting from `depth` open (a closer with none open is ignored). */
function bracketDepth(depth: number, text: string): number {
  let open = depth
  for (const c of text) {
    if (c === '（' || c === '(') open++
    else if ((c === '）' || c === ')') && open > 0) open--
  }
  return open
}
const ENDS_SENTENCE = /[。！？]$/u

interface Unit {
  lines: ZhLine[]
  text: string
  grams: GramSet
  group: TitleGroup
  /** Last unit of a group that sits right above an article or figure. */
  adjacent: boolean
}

type Target = { kind: 'article'; article: WorkArticle } | { kind: 'figure'; figure: WorkFigure }

/**
 * Split a group's lines into units, joining a wrapped title's tail to its
 * head: a short tail (`发布`, `（权威发布）`) or a narrower line after a wide
 * one that speaks of the same story (`sameStory`). A label right above a
 * body (一线观察) stays a unit of its own.
 */
export function unitsOf(
  group: TitleGroup,
  sameStory: (a: ZhLine, b: ZhLine) => boolean,
  newBlock: (line: ZhLine) => boolean = () => false,
  figureTitle: (head: ZhLine, tail: ZhLine) => boolean = () => false,
): Unit[] {
  const units: Unit[] = []
  // Brackets the last unit leaves open: while one is, the title goes on on the next line.
  let open = 0
  group.lines.forEach((line, i) => {
    const last = units.at(-1)
    const prev = last?.lines.at(-1)
    // A label stands in a block of its own; a short line right under a title, in its block, is the title's tail.
    const labelAboveBody =
      i === group.lines.length - 1 &&
      (group.next !== null || group.nextFigure !== null) &&
      isLabel(line.text) &&
      newBlock(line)
    const wraps =
      prev !== undefined &&
      !labelAboveBody &&
      !splitInTwo(prev, line) &&
      !ENDS_SENTENCE.test(prev.text) &&
      !KICKER_END.test(prev.text) &&
      // A line with a comma above one without is a kicker above its headline, not a wrapped title.
      !(DEK_LIKE.test(prev.text) && !DEK_LIKE.test(line.text)) &&
      // A short line that speaks of a figure's caption (`大漠驼影` under a headline) is that figure's title.
      ((line.width <= WRAP_TAIL_COLUMNS && !newBlock(line) && !figureTitle(prev, line)) ||
        open > 0 ||
        BRACKET_LABEL.test(line.text) ||
        (prev.width >= WRAP_MIN_COLUMNS && line.width < prev.width && sameStory(prev, line)))
    if (last && wraps) {
      last.lines.push(line)
      last.text += line.text
      open = bracketDepth(open, line.text)
    } else {
      units.push({ lines: [line], text: line.text, grams: bigrams(''), group, adjacent: false })
      open = bracketDepth(0, line.text)
    }
  })
  for (const u of units) u.grams = bigrams(u.text)
  const lastUnit = units.at(-1)
  if (lastUnit && (group.next || group.nextFigure)) lastUnit.adjacent = true
  return units
}

/** Whether two lines are the two halves of one source line, split as two titles printed side by side. */
function splitInTwo(a: ZhLine, b: ZhLine): boolean {
  return (
    a.first === b.first &&
    a.spans[0]![0] === a.first.contentStart &&
    b.spans.at(-1)![1] === b.first.contentEnd
  )
}

function isLabel(text: string): boolean {
  return !longerThan(text, LABEL_MAX_CHARS) && !/[，。、]/u.test(text)
}

/** Whether `text` has more than `n` code points (counting stops there: a line can be megabytes). */
function longerThan(text: string, n: number): boolean {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    if (++count > n) return true
    if (text.codePointAt(i)! > 0xffff) i++
  }
  return false
}

export const zhTitles: Rule = {
  name: 'zh-titles',
  description:
    'Join kickers, headlines and deks to their articles (and titles to figures) by what they say, by place, then by order.',
  run(page: PageContext) {
    const work = zhWorkOf(page)
    const doubleSpaced = isDoubleSpacedPage(zhLinesOf(page))
    // OCR engines print a blank line between any two title lines: there a blank tells nothing.
    const ocr = isOcrPage(page)
    // The page's script, as given or read from its text (only when an article needs it).
    let script: string | null = page.lang === 'zh-Hant' || page.lang === 'zh-Hans' ? page.lang : null
    const simplified = () => {
      script ??= chineseScript(page.source.slice(page.start, page.end))
      return script === 'zh-Hans'
    }
    const newBlock = (line: ZhLine) => !ocr && startsBlock(line, doubleSpaced)
    // Stories that ran together under one article are cut apart by their titles first.
    const headlineLike = work.groups
      .flatMap((g, group) =>
        unitsOf(g, () => false, newBlock).map((u, index) => ({
          text: u.text,
          group,
          index,
          inPlace: g.next !== null || g.nextFigure !== null,
        })),
      )
      .filter((u) => !KICKER_END.test(u.text) && !DEK_LIKE.test(u.text) && !isLabel(u.text))
    splitRunTogether(work.articles, headlineLike)
    // Titles are made of the groups' lines: bodies and captions are looked at only for those lines' pairs.
    const asked = new AskedPairs(work.groups.flatMap((g) => g.lines.map((l) => l.text)))
    const targets: Array<{ target: Target; grams: GramLookup }> = [
      ...work.articles.map((article) => ({
        target: { kind: 'article', article } as Target,
        grams: new AskedGrams(bodyText(article), asked),
      })),
      ...work.figures.map((figure) => ({
        target: { kind: 'figure', figure } as Target,
        grams: new AskedGrams(figure.draft.caption?.text ?? '', asked),
      })),
    ]
    const bestFor = (grams: GramSet): Target | null => {
      let top: Target | null = null
      let score = MIN_TITLE_SIMILARITY
      for (const t of targets) {
        const s = titleSimilarity(grams, t.grams)
        if (s >= score) {
          score = s
          top = t.target
        }
      }
      return top
    }
    // Lines are compared with both neighbours: remember each line's best target.
    const bestOfText = new Map<string, Target | null>()
    const bestForText = (text: string) => {
      if (!bestOfText.has(text)) bestOfText.set(text, bestFor(bigrams(text)))
      return bestOfText.get(text)!
    }
    const sameStory = (a: ZhLine, b: ZhLine) => {
      const ta = bestForText(a.text)
      return ta !== null && sameTarget(ta, bestForText(b.text))
    }
    const figureTitle = (a: ZhLine, b: ZhLine) => {
      const ta = bestForText(a.text)
      const tb = bestForText(b.text)
      return ta?.kind === 'article' && tb?.kind === 'figure'
    }
    const units = work.groups.flatMap((g) => unitsOf(g, sameStory, newBlock, figureTitle))
    const best = new Map<Unit, { target: Target | null; score: number }>()
    for (const u of units) {
      let top: Target | null = null
      let score = 0
      for (const t of targets) {
        const adjacentBonus =
          u.adjacent &&
          ((t.target.kind === 'article' && t.target.article === u.group.next) ||
            (t.target.kind === 'figure' && t.target.figure === u.group.nextFigure))
            ? ADJACENT_BONUS
            : 0
        const s = titleSimilarity(u.grams, t.grams) + adjacentBonus
        if (s > score) {
          score = s
          top = t.target
        }
      }
      const adjacentTarget: Target | null = u.group.next
        ? { kind: 'article', article: u.group.next }
        : u.group.nextFigure
          ? { kind: 'figure', figure: u.group.nextFigure }
          : null
      if (score >= MIN_TITLE_SIMILARITY) best.set(u, { target: top, score })
      else if (u.adjacent && adjacentTarget) best.set(u, { target: adjacentTarget, score: 0 })
      else best.set(u, { target: null, score: 0 })
    }

    // Sets: consecutive units of one group going to one target; kickers and labels join the unit after them.
    interface TitleSet {
      units: Unit[]
      target: Target | null
      far: boolean
    }
    const sets: TitleSet[] = []
    for (const group of work.groups) {
      const groupUnits = units.filter((u) => u.group === group)
      let pending: Unit[] = []
      let previous: TitleSet | null = null
      groupUnits.forEach((u, i) => {
        const target = best.get(u)!.target
        // A line with commas that matches no body, above a title without them, is that title's kicker.
        const next = groupUnits[i + 1]
        const commaKicker =
          target === null && HAS_COMMA.test(u.text) && next !== undefined && !DEK_LIKE.test(next.text)
        const kickerLike = KICKER_END.test(u.text) || (isLabel(u.text) && target === null) || commaKicker
        if (kickerLike && u !== groupUnits.at(-1)) {
          pending.push(u)
          return
        }
        // A subtitle opening with a dash (`——…巡礼`) belongs to the title above it, whatever it matches.
        const subtitle = SUBTITLE_START.test(u.text)
        if (
          previous &&
          !pending.length &&
          (target === null || subtitle || sameTarget(previous.target, target))
        ) {
          previous.units.push(u)
          if (!previous.target) previous.target = target
          return
        }
        previous = { units: [...pending, u], target, far: !group.next && !group.nextFigure }
        pending = []
        sets.push(previous)
      })
      if (pending.length) sets.push({ units: pending, target: null, far: true })
      // A label or kicker right above a body is that article's.
      const last = sets.at(-1)
      if (last && !last.target && last.units.at(-1)?.adjacent) {
        last.target = group.next
          ? { kind: 'article', article: group.next }
          : group.nextFigure
            ? { kind: 'figure', figure: group.nextFigure }
            : null
        last.far = false
      }
    }

    // Leftover sets go in order to articles that have no set.
    const taken = new Set(sets.map((s) => (s.target?.kind === 'article' ? s.target.article : null)))
    const headless = work.articles.filter((a) => !taken.has(a))
    for (const s of sets) {
      if (s.target) continue
      if (s.units.every((u) => isLabel(u.text))) continue
      const a = headless.shift()
      if (a) s.target = { kind: 'article', article: a }
    }

    // Fill each target from its sets: a far set gives the headline before a set printed in place.
    const byTarget = new Map<WorkArticle | WorkFigure, TitleSet[]>()
    for (const s of sets) {
      if (!s.target) continue
      const key = s.target.kind === 'article' ? s.target.article : s.target.figure
      byTarget.set(key, [...(byTarget.get(key) ?? []), s])
    }
    for (const [key, list] of byTarget) {
      if ('captionLines' in key) {
        const units = list.flatMap((s) => s.units)
        if (!key.draft.title) key.draft.title = textOf(units, this.name, 0.6)
        continue
      }
      fillArticle(key, list, this.name, simplified())
    }
  },
}

function sameTarget(a: Target | null, b: Target | null): boolean {
  if (!a || !b) return false
  if (a.kind === 'article' && b.kind === 'article') return a.article === b.article
  if (a.kind === 'figure' && b.kind === 'figure') return a.figure === b.figure
  return false
}

function textOf(units: readonly Unit[], rule: string, confidence: number): DraftText {
  return draftOf(
    units.flatMap((u) => u.lines.map((l) => pieceOf(l))),
    rule,
    confidence,
  )
}

/** A headline that ends in its column's label: `…（新视点）`, `…（权威发布）`, `…（国务院联防联控机制发布会）`. */
const LABELLED_HEADLINE = /[^（(\s][（(][^（）()，。、,]{2,14}[）)]$/u

function isLabelledHeadline(u: Unit): boolean {
  return LABELLED_HEADLINE.test(u.text) && !KICKER_END.test(u.text)
}

/** Whether unit `a` is printed before unit `b` in the source. */
function printedBefore(a: Unit, b: Unit): boolean {
  return a.lines[0]!.index < b.lines[0]!.index
}

function fillArticle(
  article: WorkArticle,
  sets: Array<{ units: Unit[]; far: boolean }>,
  rule: string,
  labelsAreKickers: boolean,
): void {
  const draft = article.draft
  const headlineLike = (u: Unit) =>
    !KICKER_END.test(u.text) && !DEK_LIKE.test(u.text) && !BRACKET_LABEL.test(u.text)
  // The set that gives the headline: one with a headline-like unit, far before in place. A unit
  // that ends in a column label (`就业优先有哪些注意事项（新视点）`) is the headline, what comes before it the kicker.
  const ordered = [...sets].sort((a, b) => Number(b.far) - Number(a.far))
  const labelledSet = ordered.find((s) => s.units.some(isLabelledHeadline))
  const headlineSet = labelledSet ?? ordered.find((s) => s.units.some(headlineLike)) ?? ordered[0]!
  // On a modern (simplified) page a column label (`现场`, `聚焦`) above a title is its kicker, not the
  // headline; old papers print headlines as short.
  const headline =
    (labelledSet ? headlineSet.units.find(isLabelledHeadline) : undefined) ??
    (labelsAreKickers ? headlineSet.units.find((u) => headlineLike(u) && !isLabel(u.text)) : undefined) ??
    headlineSet.units.find(headlineLike) ??
    headlineSet.units.find((u) => !KICKER_END.test(u.text)) ??
    null
  const confidence = (u: Unit) => (u.adjacent ? 0.8 : 0.6)
  for (const s of sets) {
    const headAt = s === headlineSet && headline ? s.units.indexOf(headline) : -1
    s.units.forEach((u, i) => {
      const text = textOf([u], rule, confidence(u))
      if (u === headline) draft.headline = text
      else if (
        !draft.kicker &&
        (KICKER_END.test(u.text) ||
          isLabel(u.text) ||
          (headAt >= 0 && i < headAt) ||
          (headline !== null && s !== headlineSet && !headlineLike(u) && printedBefore(u, headline)))
      )
        draft.kicker = text
      else draft.deks.push(text)
    })
  }
}
