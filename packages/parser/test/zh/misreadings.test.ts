/** OCR misreadings the line gives away: brackets read as 〈《 with a round closing bracket, dashes read as 一一. */
import { describe, expect, it } from 'vitest'
import { fromText, toRecords } from '../../src/index.js'
import {
  collapseDoubledOpeners,
  repairMisreadings,
  repairSplitMisreadings,
} from '../../src/rules/zh/misreadings.js'
import { checkAccounting, checkLeafText, checkPositions } from '../properties/invariants.js'

describe('repairMisreadings', () => {
  it('should put back a full-width bracket pair misread as 〈…) or 《…)', () => {
    expect(repairMisreadings('就业优先有哪些注意事项〈新视点)')).toBe('就业优先有哪些注意事项（新视点）')
    expect(repairMisreadings('鲍东升摄《影像中国)')).toBe('鲍东升摄（影像中国）')
  })

  it('should put back a corner bracket misread as [ before its closing 」, and leave other square brackets', () => {
    expect(repairMisreadings('[五四」運動的認識')).toBe('「五四」運動的認識')
    expect(repairMisreadings('[图1] 「五四」')).toBe('[图1] 「五四」')
  })

  it('should leave titles in 《》 and quotes in 〈〉 as printed', () => {
    expect(repairMisreadings('《关于加快农业保险高质量发展的指导意见》（2019）')).toBe(
      '《关于加快农业保险高质量发展的指导意见》（2019）',
    )
    expect(repairMisreadings('〈引言〉')).toBe('〈引言〉')
  })

  it('should read 一一 ending a kicker or starting a dek as a dash', () => {
    expect(repairMisreadings('中日友好医院支援湖北医疗队一一')).toBe('中日友好医院支援湖北医疗队——')
    expect(repairMisreadings('一一2019年度国家科技奖励大会获奖项目巡礼')).toBe(
      '——2019年度国家科技奖励大会获奖项目巡礼',
    )
  })

  it('should put back a misread pair cut by the line end, and leave an open title alone', () => {
    const lines = [{ text: '本报讯〈记者王' }, { text: '比学)十三届全国人' }]
    repairSplitMisreadings(lines)
    expect(lines.map((l) => l.text)).toEqual(['本报讯（记者王', '比学）十三届全国人'])
    const title = [{ text: '据《关于加快农业保险高质量' }, { text: '发展的指导意见》，今年' }]
    repairSplitMisreadings(title)
    expect(title.map((l) => l.text)).toEqual(['据《关于加快农业保险高质量', '发展的指导意见》，今年'])
  })

  it('should leave 一一 in running text and numeral runs alone', () => {
    expect(repairMisreadings('想跟隨陳慧賢學習，但一一')).toBe('想跟隨陳慧賢學習，但一一')
    expect(repairMisreadings('一一一')).toBe('一一一')
  })

  it('should give a repaired kicker the source positions of what was printed', () => {
    const text =
      '美疾控中心一一\n美国流感已致105名儿童死亡\n本报华盛顿2月24日电 美国疾病控制和预防中心发布的流感监测周报显示，流感季美国儿童死亡病例已达105例。'
    const tree = fromText(text, { lang: 'zh' })
    expect(toRecords(tree).articles[0]!.kicker).toBe('美疾控中心——')
    const article = tree.children[0]!.children.find((c) => c.type === 'article')!
    const kicker = article.children.find((c) => c.type === 'kicker')!
    expect(text.slice(kicker.position!.start.offset, kicker.position!.end.offset)).toBe('美疾控中心一一')
  })
})

describe('collapseDoubledOpeners', () => {
  it("should fold a bracket OCR read as two signs into one, keeping the first sign's offset", () => {
    const folded = collapseDoubledOpeners('漳。《〈刘洪超)', [0, 1, 3, 4, 5, 6, 7, 8])
    expect(folded.text).toBe('漳。《刘洪超)')
    expect(folded.offsets).toEqual([0, 1, 3, 5, 6, 7, 8])
    expect(repairMisreadings(folded.text)).toBe('漳。（刘洪超）')
  })

  it('should leave titles in 《》 alone', () => {
    const text = '《《红楼梦》研究》'
    expect(
      collapseDoubledOpeners(
        text,
        [...text].map((_, i) => i),
      ).text,
    ).toBe(text)
  })

  it("should read the closing byline of a line whose bracket OCR misread as two signs, the page's text all kept", () => {
    const page = [
      '本报讯 记者日前从沈阳市人社',
      '局获悉，企业可开展线上培训。',
      '补贴标准已经确定，各区落',
      '实。 《〈刘洪超)',
    ].join('\n')
    const tree = fromText(page, { lang: 'zh' })
    const [article] = toRecords(tree).articles
    expect(article!.bylines.flatMap((b) => b.authors)).toEqual(['刘洪超'])
    checkPositions(page, tree)
    checkAccounting(page, tree)
    checkLeafText(page, tree)
  })
})

describe('OCR text', () => {
  /** Two paragraphs; the first one's last line is full, a blank line after it. */
  const page = (comma: string) =>
    [
      `本报北京10月11日电 国务`,
      `院扶贫办主任表示${comma}我国`,
      `减贫人数每年${comma}都保持在`,
      `千万以上${comma}成效显著。`,
      '',
      `这一成绩来之不易${comma}扶贫`,
      `干部功不可没${comma}群众认可。`,
    ].join('\n')

  it('should end a paragraph at a blank line after a sentence on OCR text (ASCII signs among Han)', () => {
    expect(toRecords(fromText(page(','), { lang: 'zh' })).articles[0]!.paragraphs).toHaveLength(2)
  })

  it('should not end a paragraph at a blank line on PDF text, where blocks are column pieces', () => {
    expect(toRecords(fromText(page('，'), { lang: 'zh' })).articles[0]!.paragraphs).toHaveLength(1)
  })

  it('should join title lines that OCR printed with a blank between them', () => {
    const text = [
      '沈阳鼓励企业',
      '',
      '开展线上培训',
      '',
      '(权威发布)',
      '',
      '本报讯 沈阳市日前出台措施,鼓',
      '励企业开展线上培训,对开展线',
      '上培训的企业给予补贴,企业踊跃。',
    ].join('\n')
    const [article] = toRecords(fromText(text, { lang: 'zh' })).articles
    expect(article!.headline).toBe('沈阳鼓励企业开展线上培训(权威发布)')
  })
})

describe('a misread pair cut by the line end, through the parser', () => {
  it('should read the byline in it and account for every character', () => {
    const text = [
      '人大常委会会议在京闭幕',
      '本报讯〈记者王',
      '比学) 十三届全国人大常',
      '委会第九次会议27日下午',
      '在北京人民大会堂闭幕。',
    ].join('\n')
    const tree = fromText(text, { lang: 'zh' })
    const [article] = toRecords(tree).articles
    expect(article!.bylines.flatMap((b) => b.authors)).toEqual(['王比学'])
    checkAccounting(text, tree)
    checkLeafText(text, tree)
    checkPositions(text, tree)
  })
})
