/**
 * Rule: the role of every Chinese line from several pieces of evidence at
 * once — its vocabulary (□ bylines, 本报讯 datelines, 摄 credits), its
 * display width against its column's usual width, its last character, and
 * the lines around it.
 *
 * - A line as wide as its column (give or take `FULL_SLACK`) is body text.
 * - A shorter line is body when it ends a sentence (a paragraph's last line),
 *   when the body line before it runs on into it, or when it is short by
 *   the two-character indent and a full line follows (a paragraph's first
 *   line: the indent is lost in extraction).
 * - Any other short line, and any line much wider than its column that is
 *   not a caption, is a title line (kicker, headline, dek or label).
 */
import { repairCharacters } from '../../pipeline/characters.js'
import type { PageContext } from '../../pipeline/model.js'
import { endTest } from '../../util/ends-with.js'
import type { Rule } from '../rule.js'
import { modalWidthOf, setColumnWidths } from './column-width.js'
import { parseDateline } from './datelines.js'
import { isOcrPage } from './ocr-text.js'
import {
  CAPTION_WORDS,
  CLOSING_BYLINE,
  CREDIT,
  CREDIT_WORD,
  DATELINE_START,
  MARKED_BYLINE,
  NOT_A_NAME,
  NUMERAL_ONLY,
  ORGANISATIONS,
  PLAIN_BYLINE,
  ROLE_WORDS,
  TRAILING_CREDIT,
} from './patterns.js'
import {
  appendLine,
  hardBreak,
  isDoubleSpacedPage,
  setZhLines,
  startsBlock,
  type ZhLine,
  type ZhRole,
  zhLinesOf,
} from './zh-lines.js'

/** A body line may be this many display columns narrower or wider than its column (justification, digits). */
export const FULL_SLACK = 2
/** The lost paragraph indent, in display columns (two full-width spaces). */
export const INDENT_COLUMNS = 4
/** A paragraph's first line may be this much wider than `column - INDENT_COLUMNS` (a character more). */
export const INDENT_SLACK = 1
/** …and this much narrower (a character less, and quotes set narrow). */
export const INDENT_SHORT_SLACK = 3

/** Whether a width is short by the lost paragraph indent for a column. */
export function isIndentWidth(width: number, column: number): boolean {
  return (
    column > 0 &&
    width <= column - INDENT_COLUMNS + INDENT_SLACK &&
    width >= column - INDENT_COLUMNS - INDENT_SHORT_SLACK
  )
}
/** The head of a closing byline cut at a body line's end, after a sentence: `。（郑`. */
const CUT_CLOSING_HEAD = /[。！？”」』]\s*([（(][\p{Script=Han}\s]{1,3})$/u
/** …and its tail on the next line: `琪）`. */
const CLOSING_TAIL = /^[\p{Script=Han}\s]{1,3}[）)]$/u
/** The rest of a name cut from a byline line, or a second name stacked under it (`□ 本报记者 曲 颂` / `郑海鸥`): one to three characters alone on a line. */
const BYLINE_TAIL = /^\p{Script=Han}{1,3}$/u
/** A byline line holds at most this many characters. */
export const MAX_BYLINE_CHARS = 30
/**
 * A paragraph's first line (its indent lost) or last line at least this much narrower than the
 * column's first measure (display columns) does not vote for the column's width.
 */
export const FIRST_LINE_SHORTFALL = 1
/** On OCR text, a wide line with a sentence inside is a caption only with a credit within this many lines below. */
export const OCR_CAPTION_CREDIT_REACH = 4
/** A caption line is wider than its column by more than this (display columns). */
export const CAPTION_EXTRA_WIDTH = 4

/** A sentence ends here: `。！？` (and `；：…`), then closing quotes or brackets. */
export const ZH_SENTENCE_END = endTest(
  /[。！？!?…；;：:][”’」』"'）)》]*$|[。！？][”’」』]?[）)]$|(?:^|[（(])(?:未完|完|待续|待續|续完|續完)[）)]$/u,
  '。！？!?…；;：:”’」』"\'）)》',
)

/** Most lines of a run of unfinished full-width lines that may still be titles. */
export const MAX_TITLE_RUN = 3

const CREDIT_WORD_IN = new RegExp(CREDIT_WORD, 'u')
/** A credit's word, or 提供 (supplied by), whole or in a credit OCR cut short. */
const CREDIT_HINT = new RegExp(`${CREDIT_WORD}|提供`, 'u')

/** Confidence of roles decided by vocabulary. */
const WORD_CONFIDENCE = 0.9
/** Confidence of roles decided by width alone. */
const WIDTH_CONFIDENCE = 0.7
/** Confidence of roles decided from the neighbouring lines. */
const CONTEXT_CONFIDENCE = 0.6

/** The source text of a line as printed (spaces kept). */
export function rawOf(page: PageContext, line: ZhLine): string {
  // Radicals mapped as in the working text (one code unit for one), spaces kept.
  const spans = line.spans
  // Most lines have one span inside their first source line, whose repaired text is at hand
  // (repairs map one code unit to one, so a piece of the repaired line is the repaired piece).
  const first = line.first
  if (spans.length === 1 && spans[0]![0] >= first.start && spans[0]![1] <= first.end)
    return first.text.slice(spans[0]![0] - first.start, spans[0]![1] - first.start)
  if (spans.length === 1) return repairCharacters(page.source.slice(spans[0]![0], spans[0]![1]))
  return repairCharacters(spans.map((s) => page.source.slice(s[0], s[1])).join(' '))
}

/** Whether a closing-byline bracket holds a name, not a count or label. */
export function isClosingName(text: string): boolean {
  if (!CLOSING_BYLINE.test(text) || NUMERAL_ONLY.test(text)) return false
  return !NOT_A_NAME.test(text.replace(/^[（(]\s*|\s*[）)]$/gu, ''))
}

export const zhLineRoles: Rule = {
  name: 'zh-line-roles',
  description:
    'Decide each line’s role (byline, dateline, credit, caption, body, title) from its words, its width against the column’s modal width, its punctuation and its neighbours.',
  run(page: PageContext) {
    let lines = zhLinesOf(page)
    // Blank lines mean something only where not every line is followed by one (MuPDF).
    const spaced = isDoubleSpacedPage(lines)
    const set = (line: ZhLine, role: ZhRole, confidence: number, rule = 'zh-line-roles') => {
      line.role = role
      line.confidence = confidence
      line.rule = rule
    }

    // 1. Vocabulary.
    for (const line of lines) {
      if (line.role !== 'unknown') continue
      const raw = rawOf(page, line).trim()
      const text = line.text
      // Cheapest test first: most lines hold no credit word.
      if (text.length <= MAX_BYLINE_CHARS && CREDIT_WORD_IN.test(text) && CREDIT.test(text)) {
        set(line, 'credit', WORD_CONFIDENCE)
      } else if (
        MARKED_BYLINE.test(raw) &&
        !FRAMED.test(raw) &&
        text.length <= MAX_BYLINE_CHARS &&
        !/[。，！？]/u.test(text) &&
        namesPeople(MARKED_BYLINE.exec(raw)![1]!)
      ) {
        set(line, 'byline', WORD_CONFIDENCE)
      } else if (PLAIN_BYLINE.test(raw) && text.length <= MAX_BYLINE_CHARS && namesPeople(raw)) {
        set(line, 'byline', WORD_CONFIDENCE)
      } else if (DATELINE_START.test(text) && parseDateline(text + (lines[line.index + 1]?.text ?? ''))) {
        set(line, 'dateline', WORD_CONFIDENCE)
      } else if (isClosingName(text)) {
        set(line, 'closing-byline', WORD_CONFIDENCE)
      } else if (MARKED_BYLINE.test(raw) && !/[。！？]/u.test(text)) {
        // A marked line that names nobody is a subhead or title (`■生态环境质量总体改善`).
        set(line, 'title', WORD_CONFIDENCE)
      }
    }
    // Lines cut from the line before them fold into it, in one pass:
    // - a byline cut by the line end: `□ 本报记者 王` / `迪`, or names stacked a character a line;
    // - a closing byline cut at the end of a body line: `…数据。（郑` / `琪）` (the line keeps its
    //   printed width, which is what its column measures).
    const kept: ZhLine[] = []
    for (const line of lines) {
      const last = kept.at(-1)
      if (last && line.role === 'unknown' && !startsBlock(line, spaced)) {
        if (last.role === 'byline' && BYLINE_TAIL.test(line.text)) {
          appendLine(last, line)
          continue
        }
        // The short tail first: the head's expression is tried at every offset of the line above.
        const head =
          last.role === 'unknown' && CLOSING_TAIL.test(line.text) ? CUT_CLOSING_HEAD.exec(last.text) : null
        if (head && isClosingName(head[1]! + line.text)) {
          const width = last.width
          appendLine(last, line)
          last.width = width
          continue
        }
      }
      kept.push(line)
    }
    if (kept.length !== lines.length) {
      setZhLines(page, kept)
      lines = kept
    }

    // A closing byline cut by the line end: `（杜尚泽` / `管克江）`.
    for (const line of lines) {
      const next = lines[line.index + 1]
      if (line.role !== 'unknown' || next?.role !== 'unknown') continue
      if (
        /^[（(][^）)]*$/u.test(line.text) &&
        /^[^（(]*[）)]$/u.test(next.text) &&
        isClosingName(line.text + next.text)
      ) {
        set(line, 'closing-byline', WORD_CONFIDENCE)
        set(next, 'closing-byline', WORD_CONFIDENCE)
      }
    }

    // 2. Column widths from the lines that may be body text. Then again without the paragraphs' edges:
    //    first lines short by the indent the extractor dropped and last lines (after or at a sentence's
    //    end, narrower than the first measure), which pull the mode down where paragraphs are short.
    //    Where too few lines are left to agree, the first measure stands.
    const mayBeBody = (l: ZhLine) => l.role === 'unknown' || l.role === 'dateline'
    const breaks = (l: ZhLine) => hardBreak(l, spaced)
    setColumnWidths(lines, mayBeBody, breaks)
    const firstMeasure = lines.map((l) => l.column)
    const paragraphEdge = (l: ZhLine) =>
      l.width <= firstMeasure[l.index]! - FIRST_LINE_SHORTFALL &&
      (ZH_SENTENCE_END.test(l.text) || (l.index > 0 && ZH_SENTENCE_END.test(lines[l.index - 1]!.text)))
    // Measured again only when some voter is left out: otherwise the measure would be the same.
    const leftOut = lines.map((l) => mayBeBody(l) && paragraphEdge(l))
    if (leftOut.includes(true)) {
      setColumnWidths(lines, (l) => mayBeBody(l) && !leftOut[l.index], breaks)
      for (const l of lines) if (l.column === 0) l.column = firstMeasure[l.index]!
    }

    const ocr = isOcrPage(page)
    // A credit's word on the line or close below it (OCR may misread the rest of the credit: `蒋聚荣摄〈(人`).
    const creditBelow = (index: number) => {
      for (let i = index; i <= index + OCR_CAPTION_CREDIT_REACH && i < lines.length; i++) {
        if (lines[i]!.role === 'credit' || CREDIT_HINT.test(lines[i]!.text)) return true
      }
      return false
    }
    // 3. Captions: runs of lines wider than their column around a credit, 图为, or full sentences
    //    (titles do not hold a 。 inside).
    for (const line of lines) {
      if (line.role !== 'unknown' || !isWide(line)) continue
      const next = lines[line.index + 1]
      const withNext = line.text + (next && next.role === 'unknown' ? next.text : '')
      // On OCR text a wide line with a sentence inside is as often a row read across two columns:
      // there it is a caption only with a credit close below; without one it is left for the page
      // (unplaced), as no one story owns it.
      let sentenceInside = SENTENCE_INSIDE.test(line.text)
      if (sentenceInside && ocr && !creditBelow(line.index)) {
        if (!CAPTION_WORDS.test(withNext)) {
          set(line, 'furniture', CONTEXT_CONFIDENCE)
          continue
        }
        sentenceInside = false
      }
      if (
        !CAPTION_WORDS.test(line.text) &&
        !TRAILING_CREDIT.test(line.text) &&
        !TRAILING_CREDIT.test(withNext) &&
        !sentenceInside
      )
        continue
      let from = line.index
      while (from > 0 && lines[from - 1]!.role === 'unknown' && isWide(lines[from - 1]!)) from--
      let to = line.index
      while (to + 1 < lines.length && lines[to + 1]!.role === 'unknown' && isWide(lines[to + 1]!)) to++
      // The caption's unfinished last sentence or a credit cut by the line end (`蒋聚荣摄（人` / `民视觉）`)
      // takes the short line after it.
      const after = lines[to + 1]
      const last = lines[to]!
      if (
        after &&
        after.role === 'unknown' &&
        after.width < last.width &&
        ((/[（(][^）)]*$/u.test(last.text) && /^[^（(]*[）)]$/u.test(after.text)) ||
          (!ZH_SENTENCE_END.test(last.text) && ZH_SENTENCE_END.test(after.text)))
      )
        to++
      for (let i = from; i <= to; i++) set(lines[i]!, 'caption', WORD_CONFIDENCE)
    }

    // 3b. A run of lines wider than the page's usual column that ends in a credit is a caption, even
    //     where the run is long enough to set the column width around it.
    const pageColumn = modalWidthOf(lines.filter((l) => l.role === 'unknown'))
    const pageWide = (l: ZhLine | undefined) =>
      l !== undefined && l.role === 'unknown' && pageColumn > 0 && l.width > pageColumn + CAPTION_EXTRA_WIDTH
    const inCaption = (l: ZhLine | undefined) => l?.role === 'caption' || pageWide(l)
    // Lines up to here were walked over by an earlier run: walking back stops there (linear).
    let walked = -1
    for (const line of lines) {
      const creditBelow = lines[line.index + 1]?.role === 'credit'
      // The caption's last line above a credit may be short (`家会展中心（上海）。 凡` / `军 摄`).
      const lastAboveCredit =
        creditBelow &&
        line.role === 'unknown' &&
        inCaption(lines[line.index - 1]) &&
        !startsBlock(line, spaced)
      if (!(inCaption(line) || lastAboveCredit) || !(TRAILING_CREDIT.test(line.text) || creditBelow)) continue
      let from = line.index
      while (from - 1 > walked && inCaption(lines[from - 1]) && !startsBlock(lines[from]!, spaced)) from--
      for (let i = from; i <= line.index; i++) set(lines[i]!, 'caption', WORD_CONFIDENCE)
      walked = line.index
    }

    // 4. Width and context.
    const latinText = (text: string) =>
      /https?:|www\./u.test(text) || (text.length >= 12 && countAscii(text) / text.length >= LATIN_SHARE)
    // Lines that carry on a dateline: they start the text like the dateline itself.
    const datelineTail = new Set<ZhLine>()
    const afterDateline = (l: ZhLine | undefined) =>
      l !== undefined && (l.role === 'dateline' || datelineTail.has(l))
    for (const line of lines) {
      if (line.role !== 'unknown') continue
      const m = line.column
      const previous = lines[line.index - 1]
      const next = lines[line.index + 1]
      const sameBlock = previous !== undefined && !startsBlock(line, spaced)
      const ends = ZH_SENTENCE_END.test(line.text)
      if (
        /[：:]$/u.test(line.text) &&
        line.width < m - FULL_SLACK &&
        (next?.role === 'dateline' ||
          (next?.role === 'unknown' && next.width > m + FULL_SLACK && !ZH_SENTENCE_END.test(next.text)))
      ) {
        // A kicker ending in a colon right above the dateline or above a headline wider than the column
        // (`国务院扶贫办：`); a colon above body text opens a list (`习近平提出几点建议：`).
        set(line, 'title', CONTEXT_CONFIDENCE)
      } else if (line.repaired) {
        // Doubled print is bold type: titles.
        set(line, 'title', WORD_CONFIDENCE)
      } else if (latinText(line.text)) {
        set(line, 'body', CONTEXT_CONFIDENCE)
      } else if (
        sameBlock &&
        previous.role === 'dateline' &&
        !ZH_SENTENCE_END.test(previous.text) &&
        !parseDateline(previous.text)?.length
      ) {
        // The rest of a dateline cut by the line end (`（本報南京十一` / `日電）`).
        set(line, 'body', WORD_CONFIDENCE)
        datelineTail.add(line)
      } else if (
        sameBlock &&
        afterDateline(previous) &&
        !ZH_SENTENCE_END.test(previous.text) &&
        line.width < m - FULL_SLACK
      ) {
        // Text set beside a dateline in a narrower box (`本報訊` / `今年夏` / `季流感…`).
        set(line, 'body', CONTEXT_CONFIDENCE)
        datelineTail.add(line)
      } else if (m === 0) {
        set(line, ends ? 'body' : 'title', CONTEXT_CONFIDENCE)
      } else if (line.width > m + FULL_SLACK) {
        set(line, 'title', WIDTH_CONFIDENCE)
      } else if (line.width >= m - FULL_SLACK) {
        set(line, 'body', WIDTH_CONFIDENCE)
      } else if (ends) {
        set(line, 'body', CONTEXT_CONFIDENCE)
      } else if (
        sameBlock &&
        (previous.role === 'body' || previous.role === 'dateline') &&
        !ZH_SENTENCE_END.test(previous.text) &&
        previous.width >= previous.column - FULL_SLACK
      ) {
        set(line, 'body', CONTEXT_CONFIDENCE)
      } else if (
        isIndentWidth(line.width, m) &&
        (!sameBlock || previous.role !== 'body' || ZH_SENTENCE_END.test(previous.text)) &&
        next !== undefined &&
        (next.role === 'unknown' || next.role === 'body') &&
        Math.abs(next.width - m) <= FULL_SLACK &&
        !startsBlock(next, spaced)
      ) {
        set(line, 'body', CONTEXT_CONFIDENCE)
      } else {
        set(line, 'title', CONTEXT_CONFIDENCE)
      }
    }

    const content = lines.filter((l) => l.role !== 'furniture')
    const inText = (l: ZhLine | undefined) => l !== undefined && (l.role === 'body' || l.role === 'dateline')
    // 5. An unfinished full line followed by a paragraph's first line (short by the indent, running on)
    //    is no body line: body text never breaks a paragraph there. It is a title.
    for (let i = 0; i + 1 < content.length; i++) {
      const line = content[i]!
      const next = content[i + 1]!
      const before = content[i - 1]
      if (line.role !== 'body' || ZH_SENTENCE_END.test(line.text) || next.role !== 'body') continue
      if (before && inText(before) && !ZH_SENTENCE_END.test(before.text) && !startsBlock(line, spaced))
        continue
      if (
        isIndentWidth(next.width, next.column) &&
        !ZH_SENTENCE_END.test(next.text) &&
        next.width < line.width - FULL_SLACK
      )
        set(line, 'title', CONTEXT_CONFIDENCE)
    }

    // 6. A short run of unfinished "body" lines outside any running text is titles that happen to be
    // as wide as the column (a dek above a dateline, headlines at the foot of the page).
    const startsArticle = (l: ZhLine | undefined) =>
      l === undefined || l.role === 'title' || l.role === 'dateline' || l.role === 'byline'
    for (let i = 0; i < content.length; i++) {
      const before = content[i - 1]
      const runsOn =
        inText(before) && !ZH_SENTENCE_END.test(before!.text) && before!.width >= before!.column - FULL_SLACK
      if (content[i]!.role !== 'body' || runsOn) continue
      let j = i
      while (j < content.length && content[j]!.role === 'body' && !ZH_SENTENCE_END.test(content[j]!.text)) j++
      if (j === i || j - i > MAX_TITLE_RUN || !startsArticle(content[j])) continue
      for (let k = i; k < j; k++) set(content[k]!, 'title', CONTEXT_CONFIDENCE)
    }

    // 7. Titles never hold a finished sentence with more after it: such a "title" is body text read
    //    across columns (OCR) or set wide. No title in the corpus truth has one.
    for (const line of content) {
      if (line.role === 'title' && !line.repaired && SENTENCE_INSIDE.test(line.text))
        set(line, 'body', CONTEXT_CONFIDENCE)
    }
  },
}

/** A title framed by one mark on both sides (`◇心神散◇`, `■要闻■`): decoration, not a byline's mark. */
const FRAMED = /^([□■◎●◆◇])\s*\S.*?\s*\1$/u

/** A full stop, question or exclamation mark with text after it. */
const SENTENCE_INSIDE = /[。！？]./u

/** A personal name holds at most this many characters (compound surnames: 欧阳修远). */
export const MAX_NAME_CHARS = 4
const ROLES_AND_ORGS = new RegExp(`${ROLE_WORDS.map(([w]) => w).join('|')}|${ORGANISATIONS.join('|')}`, 'gu')

/**
 * Whether a byline's words name people: what is left after its role and
 * organisation words (`本报记者 王亮 通讯员 李四`, `□ 刘伟奇`) is names of at most
 * `MAX_NAME_CHARS` characters, not a sentence (`记者从西藏自治区`) or a marked
 * subhead (`■生态环境质量总体改善`).
 */
export function namesPeople(text: string): boolean {
  const names = text
    .replace(ROLES_AND_ORGS, ' ')
    .split(/[\s\u3000、，,：:]+/u)
    .filter(Boolean)
  return names.length > 0 && names.every((n) => Array.from(n.replace(/[·・]/gu, '')).length <= MAX_NAME_CHARS)
}

/** Share of ASCII characters above which a line is Latin text (a URL, a name) set in the column. */
export const LATIN_SHARE = 0.8

function countAscii(text: string): number {
  // By code unit, not `for…of` (a string per character): surrogates are no ASCII, so the count is the same.
  let n = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x80) n++
  return n
}

function isWide(line: ZhLine): boolean {
  return line.column > 0 && line.width > line.column + CAPTION_EXTRA_WIDTH
}
