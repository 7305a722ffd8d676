import { describe, expect, it } from 'vitest'
import { fromText, toRecords } from '../../src/index.js'

describe('English pages and other Latin-script pages', () => {
  const english = [
    'CITY PLANS NEW PARK',
    'By Ann Lee',
    'The city council voted on Monday to build a new park for the children of the',
    'town, and the mayor said that the work would begin in the spring. 福',
  ].join('\n')

  it('should keep a page with a stray Han character English', () => {
    const tree = fromText(english)
    expect(tree.lang).toBe('en')
    expect(toRecords(tree).articles[0]?.bylines[0]?.authors).toEqual(['Ann Lee'])
  })

  it('should give Italian pages the neutral rules without failing', () => {
    const italian = [
      'LA GUERRA',
      'Il governo della repubblica ha detto che la guerra non è finita e che le truppe sono',
      'ancora al fronte per la difesa della patria.',
    ].join('\n')
    const tree = fromText(italian)
    expect(tree.lang).toBe('it')
    expect(toRecords(tree).articles.length).toBeGreaterThan(0)
  })

  it('should never throw on noisy OCR and keep every line', () => {
    const noisy = [
      'iu>Mlt.\\Ki?.Mivi roi;',
      '???',
      'By',
      '—',
      'See , page',
      "' > i ' t ■ ' pii'ce ''",
      'A',
    ].join('\n')
    const records = toRecords(fromText(noisy, { lang: 'en' }))
    const text = [
      ...records.furniture.map((f) => f.text),
      ...records.articles.flatMap((a) => [
        a.headline ?? '',
        ...a.paragraphs,
        ...a.bylines.map((b) => b.text),
      ]),
    ].join(' ')
    for (const piece of ['iu>Mlt', '???', 'pii', 'A']) expect(text).toContain(piece)
  })
})
