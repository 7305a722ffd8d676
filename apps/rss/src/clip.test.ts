import { describe, expect, it } from 'vitest'
import { clip, squash } from './clip.js'

describe('clip', () => {
  it('should keep short text whole, with white space collapsed', () => {
    expect(clip('  one\n two  ', 10)).toBe('one two')
    expect(squash('a \n\t b')).toBe('a b')
  })

  it('should cut spaced text at a space, with an ellipsis', () => {
    expect(clip('The quick brown fox jumps over the lazy dog', 20)).toBe('The quick brown fox…')
  })

  it('should cut unspaced text at the limit, and never inside a surrogate pair', () => {
    expect(clip('一二三四五六七八九十', 4)).toBe('一二三四…')
    expect(clip('😀😀😀😀😀', 3)).toBe('😀😀😀…')
  })

  it('should end at a sentence when asked and one fits', () => {
    expect(
      clip('本报讯五一假期首日游客很多。公园里人来人往，景色宜人，花开正好。', 20, { sentence: true }),
    ).toBe('本报讯五一假期首日游客很多')
    expect(
      clip('Mayor opens bridge. Crowds cheer as the ribbon is cut downtown today', 30, { sentence: true }),
    ).toBe('Mayor opens bridge')
  })
})
