import { describe, expect, it } from 'vitest'
import { fromText } from '../../pipeline/from-text.js'
import { isOldRunningHead } from './old-running-heads.js'

describe('zh-old-running-heads', () => {
  it('knows old heads by their parts', () => {
    expect(isOldRunningHead('中華民國二十八年四月廿四日　晶報　星期一　第二版')).toBe(true)
    expect(isOldRunningHead('第四版　民國九年四月九日　晶　報　庚申年二月廿一日　星期五')).toBe(true)
    expect(isOldRunningHead('第一版　民國九年四月十二日')).toBe(true)
  })

  it('rejects lines with other words or no date', () => {
    expect(isOldRunningHead('民國九年四月九日')).toBe(false)
    expect(isOldRunningHead('晶報　星期一　第二版')).toBe(false)
    expect(isOldRunningHead('民國九年四月九日　蘇聯政府今日發表聲明謂')).toBe(false)
  })

  it('keeps the head out of the headline below it', () => {
    const text = [
      '中華民國二十八年四月廿七日　晶報　星期四　第四版',
      '',
      '中國戰時金融政策',
      '',
      '戰時之財政金融政策、業已財',
      '政部確定施行、茲誌詳情如下',
      '、財政部戰時金融設施、計有',
      '統制外匯、以維持法幣信用、',
    ].join('\n')
    const page = fromText(text, { lang: 'zh' }).children[0]!
    expect(page.runningHead).toBe('中華民國二十八年四月廿七日　晶報　星期四　第四版')
    const heads = page.children.filter((n) => n.type === 'furniture' && n.kind === 'running-head')
    expect(heads).toHaveLength(1)
  })
})
