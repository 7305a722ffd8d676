import { describe, expect, it } from 'vitest'
import { fromText } from '../../pipeline/from-text.js'
import { toRecords } from '../../records/to-records.js'
import { isOldWireDateline } from './old-wire-datelines.js'

describe('zh-old-wire-datelines', () => {
  it('knows the old wire formula, agency after the day', () => {
    expect(isOldWireDateline('莫斯科廿二日路透電')).toBe(true)
    expect(isOldWireDateline('勃拉蒂斯拉伐城廿九日哈瓦斯電')).toBe(true)
    expect(isOldWireDateline('本報南京十一日電')).toBe(false)
    expect(isOldWireDateline('中央社廣州三日電')).toBe(false)
    expect(isOldWireDateline('新华社北京7月20日电')).toBe(false)
  })

  it('keeps the brackets of an old wire dateline', () => {
    const text = [
      '中華民國二十八年四月廿四日　晶報　星期一　第二版',
      '',
      '英法圖與蘇聯',
      '成立三國同盟',
      '',
      '（莫斯科廿二日路透電）駐英蘇聯大使邁斯基、向蘇聯政',
      '府報吿英國意見後、擬於明日遣返倫敦、英蘇談判之漸進完',
      '成、於此可見、英國政府對於此事頗爲注意、各方均甚關心',
      '、外交界人士咸以爲此事關係甚大、將有所發表云、',
    ].join('\n')
    const [article] = toRecords(fromText(text, { lang: 'zh' })).articles
    expect(article?.dateline).toBe('（莫斯科廿二日路透電）')
  })
})
