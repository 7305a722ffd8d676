import { describe, expect, it } from 'vitest'
import { isSpaceCode } from '../../src/pipeline/lines.js'

describe('isSpaceCode', () => {
  it('answers for every code unit as `\\s` does', () => {
    const wrong: number[] = []
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c)
    expect(wrong).toEqual([])
  })
})
