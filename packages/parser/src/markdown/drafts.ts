/** Drafts (see `pipeline/model.ts`) from Markdown block lines, shared by both ways of reading Markdown. */
import { repairCharacters } from '../pipeline/characters.js'
import type { DraftArticle, DraftCredit, DraftFigure, DraftText } from '../pipeline/model.js'
import { joinParts } from '../pipeline/text.js'
import { type Block, sliceLine, type TextLine } from './blocks.js'
import { parseCredit } from './evidence.js'

/**
 * Join lines into one draft text, the way page lines are joined (hyphens,
 * Chinese typesetting spaces). `verbatim` keeps the text as written, for
 * Markdown written by `toMdast` from text that was cleaned already.
 */
export function draftOf(
  lines: readonly TextLine[],
  rule: string,
  confidence: number,
  verbatim = false,
): DraftText {
  if (verbatim && lines.length) {
    return { text: lines.map((l) => l.text).join(' '), spans: lines.map((l) => l.span), rule, confidence }
  }
  const draft = joinParts(lines.map((l) => ({ text: repairCharacters(l.text), span: l.span })))
  return { ...draft, rule, confidence }
}

/** A caption sentence, then what may be a credit: `Waves at noon. (AP Photo/Jane Roe)`. */
const CREDIT_AFTER_CAPTION = /^(.*[.。!?！？][”’"')）]?)\s*([^.。!?！？]+[.)）]?)$/u

/** An empty article draft. */
export function newArticle(rule: string, confidence: number): DraftArticle {
  return { deks: [], bylines: [], paragraphs: [], figures: [], rule, confidence }
}

/** Whether an article draft has any content yet. */
export function isEmptyArticle(a: DraftArticle): boolean {
  return (
    !a.kicker &&
    !a.headline &&
    !a.deks.length &&
    !a.bylines.length &&
    !a.paragraphs.length &&
    !a.figures.length
  )
}

/**
 * A figure from a `figure` block: the image's alt text is the title, the
 * lines after it the caption, and the last line the credit when a `credit`
 * mark says so or it reads like one (`(AP Photo/John Smith)`).
 */
export function figureOf(block: Block, rule: string, confidence: number, verbatim = false): DraftFigure {
  const figure: DraftFigure = { rule, confidence }
  if (block.alt?.text) figure.title = draftOf([block.alt], rule, confidence, verbatim)
  let captionLines = block.lines
  let credit: DraftCredit | null = null
  if (typeof block.creditFrom === 'number' && block.creditFrom < block.lines.length) {
    captionLines = block.lines.slice(0, block.creditFrom)
    const creditLines = block.lines.slice(block.creditFrom)
    const fields = block.creditMark?.fields ?? {}
    credit = {
      ...draftOf(creditLines, rule, confidence, verbatim),
      photographers: Array.isArray(fields.photographers)
        ? (fields.photographers as string[]).map(String)
        : [],
      agency: typeof fields.agency === 'string' ? fields.agency : null,
    }
  } else if (block.lines.length) {
    const last = block.lines.at(-1)!
    // The credit may close the caption's last line: `图为招聘会现场。新华社记者 李明 摄`.
    const inLine = CREDIT_AFTER_CAPTION.exec(last.text)
    const head = inLine && parseCredit(inLine[2]!) ? sliceLine(last, 0, inLine[1]!.length) : null
    const tail = head ? sliceLine(last, inLine![1]!.length) : last
    const parts = tail ? parseCredit(tail.text) : null
    if (tail && parts) {
      captionLines = [...block.lines.slice(0, -1), ...(head ? [head] : [])]
      credit = { ...draftOf([tail], rule, confidence, verbatim), ...parts }
    }
  }
  if (captionLines.length) figure.caption = draftOf(captionLines, rule, confidence, verbatim)
  if (credit) figure.credit = credit
  return figure
}
