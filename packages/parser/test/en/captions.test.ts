import { describe, expect, it } from 'vitest'
import { parseCredit } from '../../src/rules/en/credits.js'
import { parseEn } from './parse.js'

describe('en-credits and en-captions', () => {
  it('should read credits with photographers and agency', () => {
    expect(parseCredit('(AP Photo/Christopher Pizzey)')).toEqual({
      photographers: ['Christopher Pizzey'],
      agency: 'AP',
    })
    expect(parseCredit('Photo: Jules Stewart / Reuters')).toEqual({
      photographers: ['Jules Stewart'],
      agency: 'Reuters',
    })
    expect(parseCredit('RAY SANCHEZ/Mustang Daily')).toEqual({
      photographers: ['RAY SANCHEZ'],
      agency: 'Mustang Daily',
    })
    expect(parseCredit('Greg McCune/Staff Photographer')?.photographers).toEqual(['Greg McCune'])
    expect(parseCredit('Staff photo by James Kynge')?.photographers).toEqual(['James Kynge'])
    expect(parseCredit('The mayor said the plan would pass.')).toBeNull()
  })

  it('should read a name in capitals over the name of the paper, its slash lost (`HANS HESS Daily`)', () => {
    // Tried only on a line that ends with the `y` of the name (the form ends so).
    expect(parseCredit('HANS HESS Daily')?.photographers).toEqual(['HANS HESS'])
    expect(parseCredit('  HANS HESS Dally  ')?.photographers).toEqual(['HANS HESS'])
    expect(parseCredit('HANS HESS DAILY')).toBeNull()
  })

  it('should take the line under a credit as its caption on a one-paragraph-per-line page', () => {
    const long =
      'The grants, ranging from $15,000 to $100,000, will help enormously in stretching the equipment budget of the university, said the director of grants development.'
    const records = parseEn(
      [
        'Students saddle western values',
        'By Kelli Harris',
        'Staff Writer',
        long,
        'RAY SANCHEZ/Mustang Dally',
        'Greg Thompson, an engineering technology senior, gets ready to ride a horse for credit.',
        long,
      ].join('\n'),
    )
    const figure = records.articles[0]?.figures[0]
    expect(figure).toMatchObject({
      caption: 'Greg Thompson, an engineering technology senior, gets ready to ride a horse for credit.',
      credit: 'RAY SANCHEZ/Mustang Dally',
    })
    expect(records.articles[0]?.paragraphs).toEqual([long, long])
  })

  it('should split a credit printed at the end of a caption line', () => {
    const column = 'the column of the story goes on here'
    const records = parseEn(
      [
        column,
        column,
        '',
        'U.S. economic data this week could be the key in determining whether U.S. rates rise, analysts',
        'said. Photo: Jules Stewart / Reuters',
        '',
        column,
      ].join('\n'),
    )
    const figures = [...records.figures, ...records.articles.flatMap((a) => a.figures)]
    expect(figures).toContainEqual(
      expect.objectContaining({
        caption:
          'U.S. economic data this week could be the key in determining whether U.S. rates rise, analysts said.',
        credit: 'Photo: Jules Stewart / Reuters',
      }),
    )
  })
})
