/** Unit tests of the rule that reads blocks printed across the columns, row by row, column by column. */
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { fromText, toRecords } from '../../src/index.js'
import {
  columnEdges,
  columnsOfPieces,
  type RowPiece,
  splitFused,
} from '../../src/rules/zh/interleaved-columns.js'

/** Three columns of one story, ten characters wide. */
const COLUMNS = [
  [
    '本报杭州3月2日电 记者',
    '从省农业农村厅获悉，今年',
    '全省春耕备耕工作进展顺利，',
    '各地抢抓农时，组织农机手',
    '深入田间地头开展作业。',
  ],
  [
    '据介绍，全省已投入各类农',
    '机八万余台，完成机耕面积',
    '三百余万亩，比去年同期增',
    '加一成多。农技人员分片包',
    '干，指导农户科学施肥。',
  ],
  [
    '省农业农村厅有关负责人表',
    '示，将继续做好农资供应和',
    '技术服务，确保不误农时，',
    '为全年粮食丰收打下坚实基',
    '础。（记者 王 明）',
  ],
]

const pad = (text: string, width: number) => {
  let w = 0
  for (const c of text) w += c.charCodeAt(0) > 0xff ? 2 : 1
  return text + ' '.repeat(Math.max(1, width - w))
}

/** The rows as an OCR engine reads them across the page, the column rules read as `”` and `。`. */
const ACROSS = COLUMNS[0]!.map((_, row) => {
  const rule = row % 2 ? ' ” ' : ' 。 '
  return COLUMNS.map((column) => column[row]!).join(rule)
})

const HEADED = ['全省春耕备耕进展顺利', '', ...ACROSS].join('\n')

describe('columns read across', () => {
  it('should read rows of three columns column by column, the column rules set aside as noise', () => {
    const file = new VFile()
    const tree = fromText(HEADED, { lang: 'zh' }, file)
    const [article, ...rest] = toRecords(tree).articles
    expect(rest).toHaveLength(0)
    expect(article!.headline).toBe('全省春耕备耕进展顺利')
    const body = article!.paragraphs.join('')
    // Every column's text in reading order, nothing from the rules inside it.
    expect(body).toContain('开展作业。据介绍，全省已投入各类农机八万余台')
    expect(body).toContain('指导农户科学施肥。省农业农村厅有关负责人表示')
    expect(body).not.toMatch(/[”]/u)
    expect(article!.bylines[0]?.authors).toEqual(['王明'])
    const noise = tree.children[0]!.children.filter((n) => n.type === 'furniture' && n.kind === 'noise')
    expect(noise).toHaveLength(1)
    expect(file.messages.some((m) => m.ruleId === 'interleaved-columns')).toBe(true)
  })

  it('should read rows printed with wide gaps (pdftotext) the same way', () => {
    const rows = COLUMNS[0]!.map((_, row) =>
      COLUMNS.map((column) => pad(column[row]!, 28))
        .join('')
        .trimEnd(),
    )
    const [article] = toRecords(
      fromText(['全省春耕备耕进展顺利', '', ...rows].join('\n'), { lang: 'zh' }),
    ).articles
    expect(article!.paragraphs.join('')).toContain('开展作业。据介绍')
  })

  it('should read two columns read across on OCR text, and leave two merged by pdftotext to merged-columns', () => {
    // Tesseract's text: ASCII commas among Han, the rule between the columns read as `。`.
    const ocr = COLUMNS.slice(0, 2).map((c) => c.map((l) => l.replace(/，/gu, ',')))
    const rows = ocr[0]!.map((_, row) => `${ocr[0]![row]} 。 ${ocr[1]![row]}`)
    const file = new VFile()
    const [article] = toRecords(
      fromText(['全省春耕备耕进展顺利', '', ...rows].join('\n'), { lang: 'zh' }, file),
    ).articles
    expect(article!.paragraphs.join('')).toContain('开展作业。据介绍,全省已投入各类农机八万余台')
    expect(file.messages.some((m) => m.ruleId === 'interleaved-columns')).toBe(true)
    const printed = COLUMNS[0]!.map((_, row) => `${pad(COLUMNS[0]![row]!, 28)}${COLUMNS[1]![row]}`)
    const pdf = new VFile()
    fromText(['全省春耕备耕进展顺利', '', ...printed].join('\n'), { lang: 'zh' }, pdf)
    expect(pdf.messages.some((m) => m.ruleId === 'interleaved-columns')).toBe(false)
  })

  it('should leave two rows alone: too few to tell columns from a table', () => {
    const file = new VFile()
    fromText(['全省春耕备耕进展顺利', '', ...ACROSS.slice(0, 2)].join('\n'), { lang: 'zh' }, file)
    expect(file.messages.some((m) => m.ruleId === 'interleaved-columns')).toBe(false)
  })
})

describe('column edges and owners', () => {
  const piece = (at: number, width = 20): RowPiece => ({ from: 0, to: 1, at, width })
  const wide = (p: RowPiece) => p.width >= 8

  it('should find an edge where many rows start a column-wide piece', () => {
    const rows = [
      [piece(0), piece(23), piece(47)],
      [piece(0), piece(24), piece(49)],
      [piece(0), piece(25), piece(46)],
      [piece(0), piece(2, 3), piece(24)],
    ]
    expect(columnEdges(rows, wide, 22)).toEqual([0, 24, 47])
  })

  it('should keep the order of the pieces when OCR spacing drifts their places', () => {
    // The first piece is short (a dateline), so the next ones start early: order says more than place.
    expect(columnsOfPieces([piece(0, 17), piece(18), piece(40)], [0, 25, 50], 22)).toEqual([0, 1, 2])
    // A row of one column and the last: the middle column has ended.
    expect(columnsOfPieces([piece(0), piece(51)], [0, 25, 50], 22)).toEqual([0, 2])
  })

  it('should split a piece fused over a column edge at the rule mark, and leave a wide caption whole', () => {
    const text = '前在中国保险学会举办的”业务规模稳居亚洲第一'
    const columns = Array.from(text, (_, i) => 2 * i)
    const fused = splitFused([{ from: 0, to: text.length, at: 0, width: 44 }], text, columns, [0, 24], 22)
    expect(fused.map((p) => text.slice(p.from, p.to))).toEqual([
      '前在中国保险学会举办的',
      '业务规模稳居亚洲第一',
    ])
    const caption = '冬日清晨位于内蒙古巴彦淖尔市乌拉特后旗的沙漠'
    const whole = splitFused(
      [{ from: 0, to: caption.length, at: 0, width: 46 }],
      caption,
      columns,
      [0, 24],
      22,
    )
    expect(whole).toHaveLength(1)
  })
})
