import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { type Article, fromText, type Root, type Text, textOf, toRecords } from '../../src/index.js'
import { readShared } from './corpus.js'

const TRANSCRIPTIONS = [
  'corpus/en/023-daily-record-wilmington-1898-08-26-transcription.md',
  'corpus/en/024-daily-record-wilmington-1898-10-20-transcription.md',
  'corpus/en/026-olmocr-0.1.69-output-pacific-commercial-advertiser-1901-05-31.md',
]

const parsed = new Map<string, ReturnType<typeof parseNow>>()

function parseNow(markdown: string, options: Parameters<typeof fromText>[1]) {
  const file = new VFile({ value: markdown })
  const tree = fromText(markdown, { ...options, input: 'markdown' }, file)
  return { tree, file, articles: toRecords(tree).articles }
}

/** Parse once per input and options: the transcriptions are large and several tests read them. */
function parse(markdown: string, options: Parameters<typeof fromText>[1] = {}) {
  const key = `${JSON.stringify(options)}\n${markdown}`
  if (!parsed.has(key)) parsed.set(key, parseNow(markdown, options))
  return parsed.get(key)!
}

function articles(tree: Root): Article[] {
  return tree.children.flatMap((p) => p.children.filter((c): c is Article => c.type === 'article'))
}

function leaves(node: { type: string; children?: unknown[] }, out: Text[] = []): Text[] {
  if (node.type === 'text') out.push(node as Text)
  for (const child of (node.children ?? []) as Array<{ type: string }>) leaves(child, out)
  return out
}

describe('Markdown input', () => {
  for (const path of TRANSCRIPTIONS) {
    it(`should find articles with headlines and paragraphs in ${path.split('/').at(-1)}`, () => {
      const { articles: found, file } = parse(readShared(path))
      const whole = found.filter((a) => a.headline && a.paragraphs.length > 0)
      expect(whole.length).toBeGreaterThanOrEqual(3)
      expect(file.messages.filter((m) => m.ruleId === 'rule-failed')).toEqual([])
    })
  }

  it('should read bylines, datelines and bold decks of a transcription', () => {
    const { articles: found } = parse(readShared(TRANSCRIPTIONS[0]!))
    const soldiers = found.find((a) => a.headline === 'Soldiers Arrived.')
    expect(soldiers?.bylines.map((b) => b.text)).toEqual(['(By wire to the Recorp.)'])
    expect(soldiers?.bylines[0]?.organization).toBe('wire to the Recorp')
    expect(soldiers?.dateline).toBe('Jersey City, Aug. 26.—')
    const schley = found.find((a) => a.headline?.startsWith('Criticism Of Schley'))
    expect(schley?.deks).toEqual([
      'Capt. Taylor Complains Of Not Receiving any Credit Due to The Battleship Indiana.',
    ])
    expect(schley?.datelineParts?.place).toBe('Washington')
    expect(found.filter((a) => a.bylines.length).length).toBeGreaterThanOrEqual(1)
  })

  it('should read front matter, page markers and the nameplate', () => {
    const { tree } = parse(readShared(TRANSCRIPTIONS[0]!))
    expect(tree.children.map((p) => p.pageNumber)).toEqual([1, 2, 3, 4])
    expect(tree.children.every((p) => p.date === '1898-08-26' && p.publication === 'Daily Record')).toBe(true)
    const first = tree.children[0]!.children
    expect(
      first.some((c) => c.type === 'furniture' && c.kind === 'masthead' && textOf(c) === 'The Daily Record'),
    ).toBe(true)
    // Options win over front matter.
    const given = parse(readShared(TRANSCRIPTIONS[0]!), {
      publication: 'The Record',
      date: '1898-08-27',
    }).tree
    expect(given.children[0]?.publication).toBe('The Record')
    expect(given.children[0]?.date).toBe('1898-08-27')
  })

  it('should keep editorial marks in the text and report each with its place', () => {
    const source = readShared(TRANSCRIPTIONS[1]!)
    const { tree, file } = parse(source)
    const marks = file.messages.filter((m) => m.ruleId === 'editorial-mark')
    expect(marks.length).toBeGreaterThan(10)
    for (const m of marks) {
      const at = source.slice(
        m.place && 'start' in m.place ? m.place.start.offset : 0,
        (m.place as { end: { offset: number } }).end.offset,
      )
      // The source escapes brackets (`\[sic\]`); the place covers the whole mark.
      expect(at.replace(/\\/g, '')).toMatch(/^\[[^\]]+\]$/)
    }
    const text = leaves(tree)
      .map((l) => l.value)
      .join('\n')
    expect(text).toContain('brcause [sic] of their determination')
  })

  it('should point every text position into the Markdown source', () => {
    const source = readShared(TRANSCRIPTIONS[0]!)
    const { tree } = parse(source)
    let checked = 0
    for (const leaf of leaves(tree)) {
      if (leaf.data?.spans) continue
      const shown = source.slice(leaf.position!.start.offset, leaf.position!.end.offset)
      expect(
        shown
          .replace(/\\(?=[\p{P}\p{S}])/gu, '')
          .replace(/\*\*|\s+/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      ).toBe(leaf.value.replace(/\s+/g, ' '))
      checked++
    }
    expect(checked).toBeGreaterThan(100)
  })

  it('should make figures of images and picture placeholders with the caption next to them', () => {
    const { articles: found } = parse(
      [
        '## Storm Hits Coast',
        '',
        'The storm reached the coast on Monday and cut power to thousands of homes.',
        '',
        '![Waves on the pier](pier.jpg)',
        'Waves break over the pier at noon.',
        '(AP Photo/Jane Roe)',
      ].join('\n'),
    )
    expect(found[0]?.figures).toEqual([
      {
        title: 'Waves on the pier',
        caption: 'Waves break over the pier at noon.',
        credit: '(AP Photo/Jane Roe)',
        photographers: ['Jane Roe'],
        agency: 'AP',
      },
    ])
    const olmocr = parse(readShared(TRANSCRIPTIONS[2]!)).articles
    const oregon = olmocr.find((a) => a.headline?.startsWith('ONCE MORE THE FAMOUS OREGON'))
    expect(oregon?.figures[0]?.title).toBe('[Image of the USS Oregon]')
    expect(oregon?.figures[0]?.caption).toBe('UNITED STATES BATTLESHIP OREGON, AT ANCHOR OFF THE HARBOR.')
    expect(oregon?.deks).toEqual([])
  })

  it('should keep tables as furniture', () => {
    const { tree } = parse(
      [
        '## Markets',
        '',
        'Prices closed higher on the exchange this afternoon after a quiet day of trade.',
        '',
        '| Stock | Close |',
        '| --- | --- |',
        '| Steel | 110 |',
        '',
        '<table><tr><td>Wheat</td><td>1.02</td></tr></table>',
      ].join('\n'),
    )
    const tables = tree.children[0]!.children.filter((c) => c.type === 'furniture' && c.kind === 'table')
    expect(tables.map((t) => textOf(t as never))).toEqual([
      '| Stock | Close | | --- | --- | | Steel | 110 |',
      '<table><tr><td>Wheat</td><td>1.02</td></tr></table>',
    ])
  })

  it('should decide titles by evidence, not by heading depth alone', () => {
    const { articles: found } = parse(
      [
        '### SPORTS',
        '# Tigers Win the Pennant',
        '### A late rally in the ninth seals it',
        '',
        'By JOHN SMITH',
        '',
        'DETROIT, Oct. 1.— The Tigers won the pennant on Sunday with a rally in the ninth inning.',
        '',
        '# Ads',
        '# Council Votes on Budget',
        '',
        'The council voted on the budget on Monday night after a long debate about roads.',
        '',
        'CITY HALL TO CLOSE EARLY',
        '',
        'City hall will close early on Friday for the holiday, the mayor said on Tuesday.',
      ].join('\n'),
    )
    expect(found[0]).toMatchObject({
      kicker: 'SPORTS',
      headline: 'Tigers Win the Pennant',
      deks: ['A late rally in the ninth seals it'],
      bylines: [{ text: 'By JOHN SMITH', authors: ['JOHN SMITH'] }],
      dateline: 'DETROIT, Oct. 1.—',
      datelineParts: { place: 'DETROIT', date: 'Oct. 1' },
      paragraphs: ['The Tigers won the pennant on Sunday with a rally in the ninth inning.'],
    })
    // Two headings of one size in a row are two items, not a headline and its dek.
    expect(found.map((a) => a.headline)).toEqual([
      'Tigers Win the Pennant',
      'Ads',
      'Council Votes on Budget',
      'CITY HALL TO CLOSE EARLY',
    ])
  })

  it('should read Chinese Markdown with the same evidence: title lines, 署名, 电头, 图片说明', () => {
    const { articles: found } = parse(
      [
        '### 地方传真',
        '',
        '## 广州多措并举稳就业',
        '',
        '三万人实现家门口就业',
        '',
        '本报记者 王帅',
        '',
        '本报讯 广州市人力资源和社会保障局副局长李明华介绍，今年以来全市新增就业三万人。',
        '',
        '他说，下一步将继续推进。',
        '',
        '![](fair.jpg)',
        '图为招聘会现场。新华社记者 李明 摄',
      ].join('\n'),
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      kicker: '地方传真',
      headline: '广州多措并举稳就业',
      deks: ['三万人实现家门口就业'],
      bylines: [{ text: '本报记者王帅', authors: ['王帅'], role: '记者', organization: '本报' }],
      dateline: '本报讯',
      paragraphs: [
        '广州市人力资源和社会保障局副局长李明华介绍，今年以来全市新增就业三万人。',
        '他说，下一步将继续推进。',
      ],
      figures: [
        {
          caption: '图为招聘会现场。',
          credit: '新华社记者李明摄',
          photographers: ['李明'],
          agency: '新华社',
        },
      ],
    })
  })

  it('should split pages at thematic breaks and page markers', () => {
    const { tree } = parse(
      '#### Page 3\n\n## One\n\nText one is here.\n\n---\n\n## Two\n\nText two is here.\n',
    )
    expect(tree.children).toHaveLength(2)
    expect(tree.children[0]?.pageNumber).toBe(3)
    expect(articles(tree).map((a) => textOf(a.children[0] as never))).toEqual(['One', 'Two'])
  })

  it('should warn on empty Markdown instead of throwing', () => {
    const { tree, file } = parse('---\ntitle: Nothing\n---\n\n')
    expect(tree.children).toEqual([])
    expect(file.messages.map((m) => m.ruleId)).toContain('empty-input')
  })
})
