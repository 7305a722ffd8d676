import { describe, expect, it } from 'vitest'
import { fromText } from '../../pipeline/from-text.js'
import { toRecords } from '../../records/to-records.js'
import { isSetApart, splitTitleByline } from './old-title-bylines.js'

describe('zh-old-title-bylines', () => {
  it('splits a bracketed name off the end of a title', () => {
    expect(splitTitleByline('沈淇泉聯仿詩鐘體　（知止）')).toEqual({
      title: '沈淇泉聯仿詩鐘體',
      name: '知止',
      bracket: '（知止）',
    })
    expect(splitTitleByline('◇心神散◇（書奴）')).toEqual({
      title: '◇心神散◇',
      name: '書奴',
      bracket: '（書奴）',
    })
  })

  it('leaves numbers, notes and long brackets in the title', () => {
    expect(splitTitleByline('新上海春秋（三三八）')).toBeNull()
    expect(splitTitleByline('烏托邦（一名理想的世界之新小說）')).toBeNull()
    expect(splitTitleByline('（知止）')).toBeNull()
  })

  it('takes only a bracket set apart by a gap or a decoration', () => {
    expect(isSetApart(true, '沈淇泉聯仿詩鐘體')).toBe(true)
    expect(isSetApart(false, '◇心神散◇')).toBe(true)
    expect(isSetApart(false, '就业优先有哪些注意事项')).toBe(false)
  })

  it('makes the name the byline of the article', () => {
    const text = [
      '中華民國二十八年四月廿八日　晶報　星期五　第七版',
      '',
      '沈淇泉聯仿詩鐘體　（知止）',
      '',
      '沈淇泉太史（衞），今年爲八十',
      '壽辰，其門人故舊，多有詩文爲',
      '壽者，太史自撰一聯，以示同人',
      '，聞者莫不稱其工整，當知太史',
      '命意所在。',
    ].join('\n')
    const [article] = toRecords(fromText(text, { lang: 'zh' })).articles
    expect(article?.headline).toBe('沈淇泉聯仿詩鐘體')
    expect(article?.bylines.flatMap((b) => b.authors)).toEqual(['知止'])
  })
})
