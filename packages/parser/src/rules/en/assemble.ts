/**
 * Articles from the roles of the segments, in reading order. A kicker or a
 * headline opens an article; deks, bylines, datelines and body join the
 * open one; a byline or a dateline after body text opens a new article
 * (taking the previous article's last dek as its headline when two
 * headlines were printed side by side). Column pieces that continue a
 * sentence (a chunk that opens in lower case after a gap, or body under a
 * headline that runs on from the article before) are moved to the article
 * whose text breaks off mid-sentence. Lines are joined with de-hyphenation
 * from the page's vocabulary.
 */
import type {
  DraftArticle,
  DraftByline,
  DraftCredit,
  DraftDateline,
  DraftFigure,
  DraftText,
  PageContext,
} from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { endsSentence, startsLower } from './features.js'
import { joinEnglish } from './join-lines.js'
import { enLayout } from './page-layout.js'
import { enState, type Segment, STORY_GAP_LINES } from './segments.js'

/** On an old page, at most this many body lines between a story's titles and its byline or dateline are a deck. */
export const DECK_BODY_MAX_LINES = 4
/** Confidence of an article opened by body text with no title. */
export const HEADLESS_CONFIDENCE = 0.3

interface WorkFigure {
  title: Segment[]
  caption: Segment[]
  credit: Segment[]
}

interface WorkArticle {
  kicker: Segment[]
  headline: Segment[]
  deks: Segment[][]
  bylines: Segment[][]
  /** The dateline's segments: more than one when the OCR broke it over two lines. */
  dateline: Segment[]
  paragraphs: Segment[][]
  figures: WorkFigure[]
  confidence: number
}

interface Orphan {
  host: WorkArticle
  paragraphs: Segment[][]
  /** Body under a fresh headline, separated from it by a gap: continues the article before. */
  underHeadline: boolean
  /** How many paragraphs the host had when the orphan was found: where it goes if it stays. */
  at: number
}

function newWork(confidence: number): WorkArticle {
  return {
    kicker: [],
    headline: [],
    deks: [],
    bylines: [],
    dateline: [],
    paragraphs: [],
    figures: [],
    confidence,
  }
}

/** Spaces and underscores (a rule) at the end of a text. */
const TRAILING_SPACE_OR_RULE = /[\s_]+$/
const ENDS_OPEN = (text: string) => !endsSentence(text.replace(TRAILING_SPACE_OR_RULE, ''))

/** Whether an article's text so far breaks off mid-sentence. */
function endsOpen(w: WorkArticle): boolean {
  const last = w.paragraphs.at(-1)
  return last !== undefined && ENDS_OPEN(last.at(-1)!.text)
}

export const assemble: Rule = {
  name: 'en-assemble',
  description: 'Group segments into articles, move column pieces to the article they continue, join lines.',
  run(page: PageContext) {
    const { vocabulary, paragraphPerLine, flat } = enLayout(page)
    const segments = enState(page).segments
    const articles: WorkArticle[] = []
    const pageFigures: WorkFigure[] = []
    const orphans: Orphan[] = []
    let current: WorkArticle | null = null
    let orphan: Orphan | null = null
    let previous: Segment | null = null
    let gapSince = false

    const open = (confidence: number) => {
      current = newWork(confidence)
      articles.push(current)
      orphan = null
      return current
    }
    const hasBody = (a: WorkArticle | null) =>
      a !== null && (a.paragraphs.length > 0 || a.dateline.length > 0)
    // On an old page, a few lines between a story's titles and its byline or dateline are a deck the
    // title rule could not take (`Foreign Statesmen. Says President,` / `Are Waiting to See…`).
    const takeDeck = (a: WorkArticle | null) => {
      if (!flat || !a || !a.headline.length || a.bylines.length || a.dateline.length) return
      let lines = 0
      for (const p of a.paragraphs) lines += p.length
      if (!lines || lines > DECK_BODY_MAX_LINES || orphans.some((o) => o.host === a)) return
      a.deks.push(...a.paragraphs.splice(0))
    }

    for (const s of segments) {
      const gap = gapSince || s.gapBefore > 0
      if (s.role === 'furniture') {
        // Fields named, not spread (as in `draft`).
        const d = draft([s])
        page.furniture.push({
          text: d.text,
          spans: d.spans,
          rule: d.rule,
          confidence: d.confidence,
          kind: s.kind ?? 'unplaced',
        })
        if (s.gapBefore > 0) gapSince = true
        continue
      }
      gapSince = false
      const a = current as WorkArticle | null
      switch (s.role) {
        case 'kicker':
          open(s.confidence).kicker.push(s)
          break
        case 'headline': {
          if (previous?.role === 'headline' && !s.paragraphStart && a) a.headline.push(s)
          else if (a?.kicker.length && !a.headline.length && !hasBody(a)) a.headline.push(s)
          else open(s.confidence).headline.push(s)
          break
        }
        case 'dek': {
          const target = a && !hasBody(a) ? a : open(HEADLESS_CONFIDENCE)
          if (previous?.role === 'dek' && !s.paragraphStart && target.deks.length) target.deks.at(-1)!.push(s)
          else target.deks.push([s])
          break
        }
        case 'byline': {
          takeDeck(a)
          let target = a
          if (!target || hasBody(target) || target.bylines.length) {
            target = open(HEADLESS_CONFIDENCE)
            // Two headlines side by side: the earlier article's last title unit belongs here.
            const before = articles.at(-2)
            if (before?.deks.length && before.headline.length) {
              target.headline = before.deks.pop()!
              target.confidence = 0.5
            }
          }
          target.bylines.push([s])
          break
        }
        case 'byline-role':
          if (a?.bylines.length) a.bylines.at(-1)!.push(s)
          else (a ?? open(HEADLESS_CONFIDENCE)).bylines.push([s])
          break
        case 'dateline': {
          // The piece of a dateline the OCR carried over to the next line (it has no parts of its own).
          if (previous?.role === 'dateline' && !s.dateline && a?.dateline.length) {
            a.dateline.push(s)
            break
          }
          takeDeck(a)
          const target = a && !hasBody(a) ? a : open(HEADLESS_CONFIDENCE)
          target.dateline = [s]
          break
        }
        case 'caption':
        case 'credit':
        case 'figure-title': {
          const figures = a ? a.figures : pageFigures
          const slot = s.role === 'figure-title' ? 'title' : s.role
          let figure = figures.at(-1)
          const continuing = previous?.role === s.role && !s.paragraphStart
          if (
            !figure ||
            (figure[slot].length && !continuing) ||
            (slot === 'title' && figure.caption.length)
          ) {
            figure = { title: [], caption: [], credit: [] }
            figures.push(figure)
          }
          figure[slot].push(s)
          break
        }
        default: {
          // Body text; after a story gap, unless it continues a sentence, the start of a story without a
          // title. On a one-paragraph-per-line export a story gap also sets off a figure inside a story:
          // there the text before must be finished.
          const storyGap =
            a !== null &&
            s.gapBefore >= STORY_GAP_LINES &&
            hasBody(a) &&
            !startsLower(s.text) &&
            !(paragraphPerLine && endsOpen(a))
          const host = a && !storyGap ? a : open(HEADLESS_CONFIDENCE)
          const last = host.paragraphs.at(-1)
          const lastText = last?.at(-1)?.text ?? ''
          const underHeadline =
            gap &&
            !hasBody(host) &&
            host.headline.length > 0 &&
            previous?.role === 'headline' &&
            !host.bylines.length
          const midSentence = gap && startsLower(s.text) && last !== undefined && !ENDS_OPEN(lastText)
          if ((underHeadline || midSentence) && s.start === s.line.contentStart) {
            orphan = { host, paragraphs: [[s]], underHeadline, at: host.paragraphs.length }
            orphans.push(orphan)
          } else if (orphan && orphan.host === host && !(gap && !startsLower(s.text) && s.paragraphStart)) {
            if (s.paragraphStart) orphan.paragraphs.push([s])
            else orphan.paragraphs.at(-1)!.push(s)
          } else {
            orphan = null
            if (!last || s.paragraphStart) host.paragraphs.push([s])
            else last.push(s)
          }
        }
      }
      if (s.role !== 'body') orphan = null
      previous = s
    }

    // Move each orphan to the article whose text breaks off mid-sentence; one that stays with
    // its host goes back where it was printed (orphans of a host come in printed order).
    const stayed = new Map<WorkArticle, number>()
    for (const o of orphans) {
      const hostIndex = articles.indexOf(o.host)
      let target: WorkArticle | undefined
      for (let k = hostIndex - 1; k >= 0 && !target; k--) if (endsOpen(articles[k]!)) target = articles[k]
      for (let k = hostIndex + 1; k < articles.length && !target; k++)
        if (endsOpen(articles[k]!)) target = articles[k]
      if (!target) {
        const before = stayed.get(o.host) ?? 0
        o.host.paragraphs.splice(o.at + before, 0, ...o.paragraphs)
        stayed.set(o.host, before + o.paragraphs.length)
        continue
      }
      o.paragraphs.forEach((p, k) => {
        const last = target!.paragraphs.at(-1)
        if (k === 0 && last && target !== o.host && ENDS_OPEN(last.at(-1)!.text)) {
          for (const s of p) last.push(s)
        } else target!.paragraphs.push(p)
      })
    }

    const join = (list: Segment[]): DraftText => draft(list)
    function draft(list: Segment[]): DraftText {
      const text = joinEnglish(list, vocabulary)
      const first = list[0]!
      // Fields named, not spread: spreading the joined text here cost more than joining it (V8's object clone).
      return { text: text.text, spans: text.spans, rule: first.rule, confidence: first.confidence }
    }
    const figureDraft = (f: WorkFigure): DraftFigure => {
      const out: DraftFigure = { rule: 'en-captions', confidence: 0.6 }
      if (f.title.length) out.title = join(f.title)
      if (f.caption.length) out.caption = join(f.caption)
      if (f.credit.length) {
        const credit: DraftCredit = {
          ...join(f.credit),
          photographers: f.credit[0]!.credit?.photographers ?? [],
          agency: f.credit[0]!.credit?.agency ?? null,
        }
        out.credit = credit
      }
      return out
    }
    for (const w of articles) {
      const article: DraftArticle = {
        deks: w.deks.map(join),
        bylines: w.bylines.map((list): DraftByline => {
          const head = list[0]!
          const roleLines = list.slice(1).map((s) => s.text.replace(/_+/g, ' ').trim())
          return {
            ...join(list),
            authors: head.byline?.authors ?? [],
            role: head.byline?.role ?? (roleLines.join(' ') || null),
            organization: head.byline?.organization ?? null,
          }
        }),
        paragraphs: w.paragraphs.filter((p) => p.length).map(join),
        figures: w.figures.map(figureDraft),
        rule: this.name,
        confidence: w.headline.length ? Math.max(w.confidence, 0.5) : w.confidence,
      }
      if (w.kicker.length) article.kicker = join(w.kicker)
      if (w.headline.length) article.headline = join(w.headline)
      const [head] = w.dateline
      if (head) {
        const d: DraftDateline = {
          // The first segment's text is the whole formula, the dash dropped.
          text: head.text,
          spans: w.dateline.map((s): [number, number] => [s.start, s.end]),
          rule: head.rule,
          confidence: head.confidence,
          place: head.dateline?.place ?? null,
          date: head.dateline?.date ?? null,
          agency: head.dateline?.agency ?? null,
        }
        article.dateline = d
      }
      page.articles.push(article)
    }
    page.figures.push(...pageFigures.map(figureDraft))
  },
}
