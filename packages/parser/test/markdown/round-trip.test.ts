import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { fromText, type Root, type Text, toMarkdown, toRecords } from '../../src/index.js'
import { readShared } from './corpus.js'

/** The seed page and five English pages of different kinds (article zones, hand-tagged front pages). */
const PAGES = [
  'seed/page-zh-difang.txt',
  'corpus/en/027-overproof-washington-times-1921-06-21-p1-excerpt.txt',
  'corpus/en/028-overproof-san-francisco-call-1900-03-01-war-news-zone.txt',
  'corpus/en/029-overproof-trove-sydney-morning-herald-1895-case-of-john-copp.txt',
  'corpus/en/031-mustang-daily-1982-01-20-p1-handtagged.txt',
  'corpus/en/032-mustang-daily-1988-09-27-p1-handtagged.txt',
]

/** What a reader sees of the articles, without ids and confidences (ids hash the page number). */
function articlesOf(tree: Root) {
  return toRecords(tree).articles.map((a) => ({
    kicker: a.kicker,
    headline: a.headline,
    deks: a.deks,
    bylines: a.bylines,
    dateline: a.dateline,
    datelineParts: a.datelineParts,
    paragraphs: a.paragraphs,
    figures: a.figures,
  }))
}

function furnitureOf(tree: Root) {
  return tree.children.flatMap((p) =>
    p.children.flatMap((c) =>
      c.type === 'furniture' ? [[c.kind, c.children.map((t) => t.value).join('')]] : [],
    ),
  )
}

function leaves(tree: Root): Text[] {
  const out: Text[] = []
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'text') out.push(node as Text)
    for (const child of (node.children ?? []) as Array<{ type: string }>) walk(child)
  }
  walk(tree)
  return out
}

describe('Markdown round trip', () => {
  for (const path of PAGES) {
    it(`should give the same articles after writing and reading Markdown: ${path.split('/').at(-1)}`, () => {
      const original = fromText(readShared(path))
      expect(articlesOf(original).length).toBeGreaterThan(0)
      const markdown = toMarkdown(original)
      const file = new VFile({ value: markdown })
      const again = fromText(markdown, { input: 'markdown' }, file)

      expect(articlesOf(again)).toEqual(articlesOf(original))
      expect(furnitureOf(again)).toEqual(furnitureOf(original))
      expect(again.children.map((p) => [p.pageNumber, p.date, p.section, p.lang])).toEqual(
        original.children.map((p) => [p.pageNumber, p.date, p.section, p.lang]),
      )
      expect(file.messages.filter((m) => m.ruleId === 'unplaced-text')).toEqual([])

      // Positions point into the Markdown: each text leaf's range holds its text (escapes aside).
      for (const leaf of leaves(again)) {
        if (leaf.data?.spans) continue
        const { start, end } = leaf.position!
        const shown = markdown.slice(start.offset, end.offset).replace(/\\(?=[\p{P}\p{S}])/gu, '')
        expect(shown, path).toBe(leaf.value)
      }
    })
  }
})

describe('Markdown round trip of hand-made trees', () => {
  it('should keep a dek without a headline a dek, and page figures on the page', () => {
    const t = (value: string) => [{ type: 'text' as const, value }]
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'page',
          pageNumber: 2,
          children: [
            { type: 'furniture', kind: 'running-head', children: t('MONDAY, SEPTEMBER 4, 1916') },
            {
              type: 'article',
              children: [
                { type: 'kicker', children: t('質料高貴而純清：') },
                { type: 'dek', children: t('香氣幽久而遠長：') },
                { type: 'paragraph', children: t('梳粧，洗臉，揩身，沐浴，不可不用此品。') },
              ],
            },
            {
              type: 'figure',
              children: [
                { type: 'caption', children: t('# Not a heading: <b>caption</b> *here*') },
                {
                  type: 'credit',
                  photographers: ['肖亚辉'],
                  agency: '新华社',
                  children: t('新华社记者 肖亚辉 摄'),
                },
              ],
            },
          ],
        },
      ],
    }
    const again = fromText(toMarkdown(tree), { input: 'markdown' })
    const page = again.children[0]!
    expect(page.pageNumber).toBe(2)
    expect(page.children.map((c) => c.type)).toEqual(['furniture', 'article', 'figure'])
    expect(toRecords(again).articles[0]).toMatchObject({
      kicker: '質料高貴而純清：',
      headline: null,
      deks: ['香氣幽久而遠長：'],
    })
    expect(toRecords(again).figures).toEqual([
      {
        title: null,
        caption: '# Not a heading: <b>caption</b> *here*',
        credit: '新华社记者 肖亚辉 摄',
        photographers: ['肖亚辉'],
        agency: '新华社',
      },
    ])
    expect(toRecords(again).furniture.map((f) => f.text)).toEqual(['MONDAY, SEPTEMBER 4, 1916'])
  })
})
