import { describe, expect, it } from 'vitest'
import { fromText } from '../../pipeline/from-text.js'
import { AD_PAGE_MIN_HAN, AD_PAGE_MIN_WORDS_PER_1000, adWordDensity } from './old-ad-pages.js'

const AD = [
  '上海五洲藥房',
  '自來血',
  '此藥自發明以來厯受社會所推許確有補血生精之特效性質和平',
  '大瓶二元小瓶一元二角',
  '每瓶洋一元',
  '總公司上海英大馬路泥城橋東',
  '電話三八九五',
]
const NEWS = [
  '蘇聯態度',
  '',
  '（莫斯科廿二日路透電）蘇聯政府今日發表聲明，謂對於歐洲局勢仍持審慎態度，',
  '各方均甚注意其後之發展，外交界人士咸以爲此事關係甚大。',
]

function page(lines: string[], repeat: number): string {
  return Array.from({ length: repeat }, () => lines.join('\n')).join('\n\n')
}

describe('zh-old-ad-pages', () => {
  it('measures ad words per 1000 Han characters, and nothing on short text', () => {
    expect(adWordDensity(['每瓶洋一元'])).toBe(0)
    expect(adWordDensity(page(AD, 10).split('\n'))).toBeGreaterThanOrEqual(AD_PAGE_MIN_WORDS_PER_1000)
    expect(adWordDensity(page(NEWS, 10).split('\n'))).toBeLessThan(AD_PAGE_MIN_WORDS_PER_1000)
    expect(page(NEWS, 10).length).toBeGreaterThan(AD_PAGE_MIN_HAN)
  })

  it('makes a page of ads into ad furniture with no articles, keeping every line', () => {
    const tree = fromText(page(AD, 10), { lang: 'zh' })
    const kids = tree.children.flatMap((p) => ('children' in p ? p.children : []))
    expect(kids.filter((n) => n.type === 'article')).toHaveLength(0)
    const furniture = kids.filter((n) => n.type === 'furniture')
    expect(furniture.every((n) => n.type === 'furniture' && n.kind !== 'unplaced')).toBe(true)
    expect(furniture.filter((n) => n.type === 'furniture' && n.kind === 'ad').length).toBeGreaterThan(
      AD.length,
    )
  })

  it('leaves news pages their articles', () => {
    const tree = fromText(page(NEWS, 10), { lang: 'zh' })
    const kids = tree.children.flatMap((p) => ('children' in p ? p.children : []))
    expect(kids.some((n) => n.type === 'article')).toBe(true)
  })
})
