import { describe, expect, it } from 'vitest'
import { SLUG_MAX, sectionSlug } from './slug.js'

describe('sectionSlug', () => {
  it('should keep letters and digits of any script, lower-cased, joined by -', () => {
    expect(sectionSlug('World News')).toBe('world-news')
    expect(sectionSlug('地方传真')).toBe('地方传真')
    expect(sectionSlug(' Sports & Leisure / 2 ')).toBe('sports-leisure-2')
    expect(sectionSlug('ＮＥＷＳ')).toBe('news')
  })

  it('should name a section without letters or digits by a hash, and cap the length', () => {
    expect(sectionSlug('★★')).toMatch(/^section-[0-9a-f]{8}$/)
    expect(sectionSlug('★★')).not.toBe(sectionSlug('☆☆'))
    expect(Array.from(sectionSlug('长'.repeat(100)))).toHaveLength(SLUG_MAX)
  })
})
