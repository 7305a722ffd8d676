import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { fromText, newsParse, toPageRecords, toRecords } from '../src/index.js'

describe('public API', () => {
  it('should expose exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'RECORDS_FORMAT',
      'articleId',
      'detectLanguage',
      'fromText',
      'newsParse',
      'textOf',
      'toHtml',
      'toMarkdown',
      'toMdast',
      'toOutline',
      'toPageRecords',
      'toRecords',
    ])
  })

  it('should throw a TypeError on misuse', () => {
    expect(() => fromText(42 as unknown as string)).toThrow(TypeError)
    expect(() => fromText('x', { date: 'yesterday' })).toThrow(TypeError)
    expect(() => fromText('x', { page: -1 })).toThrow(TypeError)
    expect(() => fromText('x', 'zh' as unknown as api.Options)).toThrow(TypeError)
    expect(() => toRecords({ type: 'paragraph' } as unknown as api.Root)).toThrow(TypeError)
  })

  it('should give a root with one page per form-feed-separated page', () => {
    const tree = fromText('FIRST HEADLINE\nBody text of the first page goes here.\f\fSECOND\nMore text.\f')
    expect(tree.type).toBe('root')
    expect(tree.children.map((p) => p.type)).toEqual(['page', 'page'])
  })

  it('should warn on empty input instead of throwing', () => {
    const file = new VFile()
    const tree = fromText('   \n\n', {}, file)
    expect(tree.children).toEqual([])
    expect(file.messages.map((m) => m.ruleId)).toContain('empty-input')
  })

  it('should work as a unified parser plugin with settings merged under options', () => {
    const processor = unified()
      .use(newsParse, { publication: 'Test Daily' })
      .data('settings', { date: '2020-02-17' })
    const tree = processor.parse('HEADLINE HERE\nThe body of the story is a full sentence here.') as api.Root
    expect(tree.children[0]?.publication).toBe('Test Daily')
    expect(tree.children[0]?.date).toBe('2020-02-17')
  })

  it('should detect Simplified, Traditional and English', () => {
    expect(api.detectLanguage('这个国家的发展进入了新时代，我们的经济实现了增长。')).toBe('zh-Hans')
    expect(api.detectLanguage('這個國家的發展進入了新時代，我們的經濟實現了增長。')).toBe('zh-Hant')
    expect(api.detectLanguage('The council met on Monday and voted for the new plan 福.')).toBe('en')
  })

  it('should give stable article ids from publication, date, page and headline', () => {
    const text = 'CITY VOTES\nThe council voted for the plan on Monday night.'
    const a = toRecords(fromText(text, { publication: 'P', date: '2020-01-01', page: 1 }))
    const b = toRecords(
      fromText(`${text}\nA second paragraph was added later.`, {
        publication: 'P',
        date: '2020-01-01',
        page: 1,
      }),
    )
    expect(a.articles[0]?.id).toBeTruthy()
    expect(a.articles[0]?.id).toBe(b.articles[0]?.id)
    const c = toRecords(fromText(text, { publication: 'P', date: '2020-01-02', page: 1 }))
    expect(c.articles[0]?.id).not.toBe(a.articles[0]?.id)
  })

  it('should give one records document per page', () => {
    const tree = fromText('ONE\nText one is here.\fTWO\nText two is here.', { page: 3 })
    const pages = toPageRecords(tree)
    expect(pages.map((p) => p.publication.page)).toEqual([3, 4])
    expect(toRecords(tree).articles.length).toBe(pages[0]!.articles.length + pages[1]!.articles.length)
  })
})
