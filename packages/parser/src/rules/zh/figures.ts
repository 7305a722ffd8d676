/**
 * Rule: figures from caption runs. The caption is the run's text up to the
 * credit; the credit (`新华社发（肖亚辉 摄）`, `X 摄`, `王华斌摄（影像中国）`,
 * `本报记者 X摄`) is read for its photographers and agency, wherever the
 * extractor put it: at the end of the caption's last line, cut across two
 * lines, or on a line of its own.
 */
import { repairCharacters } from '../../pipeline/characters.js'
import type { DraftCredit, PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { splitNames } from './bylines.js'
import { rawOf } from './line-roles.js'
import { CREDIT_WORD, ORGANISATIONS, ROLE_WORDS, TRAILING_CREDIT } from './patterns.js'
import { zhWorkOf } from './work.js'
import { draftOf, type Piece, pieceOf, type ZhLine } from './zh-lines.js'

/** Confidence of a caption found next to a credit or 图为. */
const CAPTION_CONFIDENCE = 0.8
/** Confidence of a credit found by its words. */
const CREDIT_CONFIDENCE = 0.9

const ORG = new RegExp(`^(${ORGANISATIONS.join('|')})`, 'u')
const ROLE = new RegExp(`^(?:${ROLE_WORDS.map(([w]) => w).join('|')})`, 'u')

const SOURCE_CREDIT = /(?:截图|截圖|图片|圖片)\s*$/u

/** Photographers and agency of a credit as printed (spaces kept). */
export function parseCredit(raw: string): { photographers: string[]; agency: string | null } {
  let text = raw.replace(/\s*\n\s*/gu, '').trim()
  let agency: string | null = null
  const org = ORG.exec(text)
  if (org) {
    agency = org[1]!
    text = text.slice(org[0].length).replace(/^(?:发|發)/u, '')
  }
  text = text.replace(ROLE, '')
  const after = /(?:摄|攝|供图|供圖|制图|製圖)\s*[（(]([^（）()]+)[）)]\s*$/u.exec(text)
  if (after) agency ??= after[1]!.trim()
  const inner = /[（(]([^（）()]*?)\s*(?:摄|攝)\s*[）)]/u.exec(text)
  const names = inner ? inner[1]! : (new RegExp(`^(.*?)\\s*(?:${CREDIT_WORD})`, 'u').exec(text)?.[1] ?? '')
  // A screenshot or a picture from somebody (`網上影片截圖`, `香港田徑總會圖片`) names a source, not photographers.
  if (!inner && SOURCE_CREDIT.test(text))
    return { photographers: [], agency: agency ?? (names.trim() || null) }
  return { photographers: splitNames(names.replace(ROLE, '')), agency }
}

/** The head of a credit at a caption line's end, after a sentence and a space: `。 王`. */
const CUT_CREDIT_HEAD = /[。！？”」』]\s+(\p{Script=Han}{1,3})$/u

/** Split a run of lines at a character index of their joined text. */
function splitLines(lines: readonly ZhLine[], at: number): [Piece[], Piece[]] {
  const before: Piece[] = []
  const after: Piece[] = []
  let offset = 0
  for (const line of lines) {
    const len = line.text.length
    if (offset + len <= at) before.push(pieceOf(line))
    else if (offset >= at) after.push(pieceOf(line))
    else {
      before.push(pieceOf(line, 0, at - offset))
      after.push(pieceOf(line, at - offset))
    }
    offset += len
  }
  return [before, after]
}

export const zhFigures: Rule = {
  name: 'zh-figures',
  description:
    'Make figures from caption runs: caption text, then the credit with its photographers and agency.',
  run(page: PageContext) {
    const raw = (pieces: Piece[]) =>
      repairCharacters(
        pieces
          .flatMap((p) => p.spans)
          .map((s) => page.source.slice(s[0], s[1]))
          .join(''),
      )
    for (const figure of zhWorkOf(page).figures) {
      const captionLines = figure.captionLines.filter((l) => l.role === 'caption')
      const creditLines = figure.captionLines.filter((l) => l.role === 'credit')
      let captionPieces = captionLines.map((l) => pieceOf(l))
      let creditPieces = creditLines.map((l) => pieceOf(l))
      // A credit cut by the caption's line end (`…行走。 王` / `正摄（影像中国）`) starts on the caption line.
      const lastCaption = captionLines.at(-1)
      const cut = lastCaption && creditLines.length ? CUT_CREDIT_HEAD.exec(rawOf(page, lastCaption)) : null
      if (lastCaption && cut) {
        const at = lastCaption.text.length - cut[1]!.length
        captionPieces = [...captionLines.slice(0, -1).map((l) => pieceOf(l)), pieceOf(lastCaption, 0, at)]
        creditPieces = [pieceOf(lastCaption, at), ...creditPieces]
      }
      if (!creditPieces.length) {
        const joined = captionLines.map((l) => l.text).join('')
        const m = TRAILING_CREDIT.exec(joined)
        if (m) {
          const at = m.index + m[0].length - m[1]!.length
          ;[captionPieces, creditPieces] = splitLines(captionLines, at)
        }
      }
      if (captionPieces.some((p) => p.text.trim()))
        figure.draft.caption = draftOf(captionPieces, this.name, CAPTION_CONFIDENCE)
      if (creditPieces.length) {
        const credit: DraftCredit = {
          ...draftOf(creditPieces, this.name, CREDIT_CONFIDENCE),
          ...parseCredit(raw(creditPieces)),
        }
        figure.draft.credit = credit
      }
      figure.draft.confidence = creditPieces.length ? CREDIT_CONFIDENCE : CAPTION_CONFIDENCE
    }
    // A credit printed away from its caption (pdftotext) goes to the first caption without one.
    const work = zhWorkOf(page)
    for (const lone of work.figures.filter((f) => f.draft.credit && !f.draft.caption)) {
      const home = work.figures.find((f) => f.draft.caption && !f.draft.credit)
      if (!home) continue
      home.draft.credit = lone.draft.credit ?? null
      lone.draft.credit = null
    }
  },
}
