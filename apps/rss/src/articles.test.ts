import { type Article, type Figure, fromText, toPageRecords } from '@news/parser'
import { describe, expect, it } from 'vitest'
import { collectArticles, dayToDate, type FeedArticle, orderArticles } from './articles.js'
import type { ParsedPage } from './read-pages.js'

function parsedPages(text: string, file: string, date?: string): ParsedPage[] {
  const tree = fromText(text, { date: date ?? null })
  return toPageRecords(tree, { source: file }).map((records, index) => ({
    file,
    index,
    records,
    tree: tree.children[index]!,
  }))
}

const PAGE = [
  '要闻',
  '',
  '城市公园春花盛开',
  '',
  '本报记者 王帅 李明',
  '',
  '本报讯 五一假期首日，城市公园迎来大批游客。园内郁金香、樱花竞相开放，吸引众多市民前来踏青赏景。',
  '',
  '图为游客在公园内拍照留念。',
  '新华社记者 肖亚辉 摄',
  '',
].join('\n')

describe('dayToDate', () => {
  it('should accept real days only', () => {
    expect(dayToDate('1920-04-12')?.toISOString()).toBe('1920-04-12T00:00:00.000Z')
    expect(dayToDate('1916-02-29')).not.toBeNull()
    expect(dayToDate('1917-02-29')).toBeNull()
    expect(dayToDate('2024-13-01')).toBeNull()
    expect(dayToDate('2024-5-1')).toBeNull()
  })
})

describe('collectArticles', () => {
  it('should report pages without a date, and use the fallback date when given', () => {
    const pages = parsedPages(PAGE, 'undated.txt')
    expect(collectArticles(pages).undated).toEqual([{ file: 'undated.txt', date: null }])
    const dated = collectArticles(pages, { date: '2024-05-02' })
    expect(dated.undated).toEqual([])
    expect(dated.articles.map((a) => a.date)).toEqual(dated.articles.map(() => '2024-05-02'))
  })

  it('should carry figures with captions and credits into the content', () => {
    const pages = parsedPages(PAGE, 'p.txt', '2024-05-02')
    // Put the page's figures into the article, as a page with article figures would have them.
    const page = pages[0]!.tree
    const figures = page.children.filter((c): c is Figure => c.type === 'figure')
    const article = page.children.find((c): c is Article => c.type === 'article')!
    article.children.push(...figures)
    pages[0]!.records = toPageRecords({ type: 'root', children: [page] }, { source: 'p.txt' })[0]!
    const [item] = collectArticles(pages).articles
    expect(figures.length).toBeGreaterThan(0)
    expect(item!.html).toContain('<figure')
    expect(item!.html).toContain('肖亚辉')
    expect(item!.authors).toEqual(['王帅', '李明'])
    expect(item!.section).toBe('要闻')
  })
})

describe('orderArticles', () => {
  const article = (
    id: string,
    date: string,
    page: number | null,
    position: [number, number],
  ): FeedArticle => ({
    id,
    title: id,
    summary: null,
    html: '',
    authors: [],
    section: null,
    publication: null,
    date,
    page,
    lang: 'en',
    file: 'f.txt',
    position,
  })

  it('should put the newest edition first, then page and reading order, and make ids unique', () => {
    const { articles, warnings } = orderArticles([
      article('a', '1920-01-01', 1, [0, 0]),
      article('b', '1939-04-30', 2, [0, 1]),
      article('c', '1939-04-30', 1, [0, 0]),
      article('b', '1939-04-30', 2, [0, 0]),
    ])
    expect(articles.map((a) => [a.id, a.position[1]])).toEqual([
      ['c', 0],
      ['b', 0],
      ['b-2', 1],
      ['a', 0],
    ])
    expect(warnings).toHaveLength(1)
  })
})
