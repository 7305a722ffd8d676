import { describe, expect, it } from 'vitest'
import { fromText } from '../../pipeline/from-text.js'
import { toRecords } from '../../records/to-records.js'
import { isTitleLabel } from './old-bracket-bylines.js'

const PAGE = [
  '中華民國十九年四月三日　晶報　星期四　第二版',
  '',
  '荷蘭跳舞',
  '',
  '（丹翁）',
  '',
  '中國學究反對跳舞、外人亦',
  '反對跳舞、近日荷蘭政府竟',
  '有禁止跳舞之令、北里主人',
  '每自誇其家無跳舞之事、蓋',
  '以爲跳舞之害甚於和酒也、',
  '',
  '盛七公子壽筵之請柬',
  '',
  '（小偵）',
  '',
  '盛七公子蘋臣、前於二月十',
  '六日、與魏女士結婚、賀客',
  '盈門、極一時之盛、三朝之',
  '戲均佳、由小蝶君提調其事',
  '、來賓皆稱道不置云云也、',
].join('\n')

describe('zh-old-bracket-bylines', () => {
  it('gives a bracketed name under a headline to the article below it', () => {
    const records = toRecords(fromText(PAGE, { lang: 'zh' }))
    const byHeadline = new Map(records.articles.map((a) => [a.headline, a.bylines.flatMap((b) => b.authors)]))
    expect(byHeadline.get('荷蘭跳舞')).toEqual(['丹翁'])
    expect(byHeadline.get('盛七公子壽筵之請柬')).toEqual(['小偵'])
  })

  it("reads a pen name of four characters on a traditional page as a byline, a label on a simplified one as the title's", () => {
    const long = PAGE.replace('（丹翁）', '（馬二先生）')
    const records = toRecords(fromText(long, { lang: 'zh' }))
    expect(
      records.articles.find((a) => a.headline === '荷蘭跳舞')!.bylines.flatMap((b) => b.authors),
    ).toEqual(['馬二先生'])
    expect(isTitleLabel('（履职故事）', () => 'zh-Hans')).toBe(true)
    expect(isTitleLabel('（履职故事）', () => 'zh-Hant')).toBe(false)
    expect(isTitleLabel('（王帅）', () => 'zh-Hans')).toBe(false)
  })

  it('keeps a headline on the first line with its writer under it, and a framed title, out of the section and the bylines', () => {
    const page = [
      '沁香閣',
      '（涵秋）',
      ...PAGE.split('\n').slice(6, 11),
      '',
      '',
      '◇心神散◇',
      '（書奴）',
      ...PAGE.split('\n').slice(17),
    ]
    const records = toRecords(fromText(page.join('\n'), { lang: 'zh' }))
    expect(records.section).toBeNull()
    const byHeadline = new Map(records.articles.map((a) => [a.headline, a.bylines.flatMap((b) => b.authors)]))
    expect(byHeadline.get('沁香閣')).toEqual(['涵秋'])
    expect(byHeadline.get('◇心神散◇')).toEqual(['書奴'])
  })
})
