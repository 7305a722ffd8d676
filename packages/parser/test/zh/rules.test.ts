/** Unit tests of the Chinese rules: what the scorer cannot see (spaces, repairs, roles, positions). */
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { fromText, toRecords } from '../../src/index.js'
import { parseByline, splitNames } from '../../src/rules/zh/bylines.js'
import { parseDateline } from '../../src/rules/zh/datelines.js'
import { findChunkChain, undoubleText } from '../../src/rules/zh/doubled-text.js'
import { parseCredit } from '../../src/rules/zh/figures.js'
import { isClosingName } from '../../src/rules/zh/line-roles.js'
import type { Article, Paragraph, Text } from '../../src/types.js'

const SEED = new URL('../../../../../shared/seed/page-zh-difang.txt', import.meta.url)

/** A small page: a headline, a byline, a dateline and two paragraphs in a 13-character column. */
const PAGE = [
  '地方传真',
  '',
  '厦门集美建设青年发展友好型城区',
  '□ 本报记者 王 亮 通讯员 李四',
  '本报厦门7月20日电 福建省厦门',
  '市集美区创新构建“1+6+N”模',
  '式，启动青年发展友好型城区建',
  '设工作，不断优化青年发展环',
  '境，维护青年发展权益，着力打',
  '造青年汇聚的青春活力城区。',
  '集美拥有15所高校院所，',
  '青年人口约47.5万人。2022',
  '年1月，集美区出台《集美区建',
  '设青年发展友好型城区行动',
  '方案》，以全国青年发展型县',
  '域试点为牵引。 （洪改轩）',
].join('\n')

function onlyArticle(text: string, file?: VFile): Article {
  const tree = fromText(text, { lang: 'zh' }, file)
  const articles = tree.children[0]!.children.filter((c): c is Article => c.type === 'article')
  expect(articles).toHaveLength(1)
  return articles[0]!
}

describe('zh typesetting spaces', () => {
  it('should join column lines without spaces and drop spaces between Han and digits', () => {
    const records = toRecords(fromText(PAGE.replace('47.5万人', '47.5 万 人'), { lang: 'zh' }))
    const paragraphs = records.articles[0]!.paragraphs
    expect(paragraphs[1]).toBe(
      '集美拥有15所高校院所，青年人口约47.5万人。2022年1月，集美区出台《集美区建设青年发展友好型城区行动方案》，以全国青年发展型县域试点为牵引。',
    )
    expect(paragraphs.join('')).not.toMatch(/\s/)
  })
})

describe('zh doubled text', () => {
  it('should undo whole-line doubling', () => {
    expect(undoubleText('湖南湖南：：夏日夏日炎炎忙炎炎忙““双抢双抢””')).toBe('湖南：夏日炎炎忙“双抢”')
  })

  it('should leave ordinary repeated characters alone', () => {
    expect(undoubleText('谢谢大家常常来看看')).toBeNull()
    expect(undoubleText('谢谢谢谢')).toBeNull()
    expect(undoubleText('常常')).toBeNull()
  })

  it('should undo chunk-by-chunk doubling across lines, and a line printed twice', () => {
    expect(findChunkChain(['吉林', '吉林省属', '省属国企', '国企'], 0)).toEqual({
      count: 4,
      text: '吉林省属国企',
    })
    expect(findChunkChain(['吉林', '吉林省属', '省属国企'], 0)).toEqual({ count: 3, text: '吉林省属国企' })
    expect(findChunkChain(['战“疫”，战士决不退缩', '战“疫”，战士决不退缩'], 0)?.text).toBe(
      '战“疫”，战士决不退缩',
    )
    // One line that merely starts like the line before is no chain.
    expect(findChunkChain(['吉林', '吉林省属国企改革'], 0)).toBeNull()
  })

  it('should repair a doubled title on a page and say so with a message, positions on the source', () => {
    const source = `${PAGE}\n湖南湖南：：夏日夏日炎炎忙炎炎忙““双抢双抢””\n目前，湖南省各地进入抢收早稻、抢插晚稻的“双抢”季，农民冒着酷暑抢收抢种。图为村民在插晚稻。 新华社发（肖亚辉 摄）`
    const file = new VFile({ value: source })
    const records = toRecords(fromText(source, { lang: 'zh' }, file))
    expect(records.figures[0]).toMatchObject({
      title: '湖南：夏日炎炎忙“双抢”',
      credit: '新华社发（肖亚辉摄）',
      photographers: ['肖亚辉'],
      agency: '新华社',
    })
    const message = file.messages.find((m) => m.ruleId === 'doubled-text-repaired')
    expect(message?.place).toMatchObject({ line: 17 })
  })
})

describe('zh bylines', () => {
  it('should read roles and organisations', () => {
    expect(parseByline('本报记者 王 亮 通讯员 李四')).toMatchObject([
      { authors: ['王亮'], role: 'reporter', organization: '本报' },
      { authors: ['李四'], role: 'correspondent', organization: null },
    ])
    expect(parseByline('新华社记者 张三')).toMatchObject([
      { authors: ['张三'], role: 'reporter', organization: '新华社' },
    ])
    expect(parseByline('见习记者 赵六')[0]).toMatchObject({ role: 'intern' })
    expect(parseByline('刘伟奇')).toMatchObject([{ authors: ['刘伟奇'], role: null }])
  })

  it('should join a two-character name padded with a space, also when OCR reads the gap as a comma', () => {
    expect(splitNames('王 帅')).toEqual(['王帅'])
    expect(splitNames('王，帅')).toEqual(['王帅'])
    expect(splitNames('袁 泉 鲜 敢')).toEqual(['袁泉', '鲜敢'])
  })

  it('should read a closing byline of two names whose gap OCR read as a quote mark', () => {
    expect(isClosingName('（杜尚泽“管克江）')).toBe(true)
    expect(splitNames('杜尚泽“管克江')).toEqual(['杜尚泽', '管克江'])
  })

  it('should give the marked byline and the closing byline of a page', () => {
    const records = toRecords(fromText(PAGE, { lang: 'zh' }))
    expect(records.articles[0]!.bylines).toMatchObject([
      { authors: ['王亮'], role: 'reporter', organization: '本报' },
      { authors: ['李四'], role: 'correspondent' },
      { authors: ['洪改轩'], role: null },
    ])
  })

  it('should read photographers and agency from credits', () => {
    expect(parseCredit('新华社发（肖亚辉 摄）')).toEqual({ photographers: ['肖亚辉'], agency: '新华社' })
    expect(parseCredit('王华斌摄（影像中国）')).toEqual({ photographers: ['王华斌'], agency: '影像中国' })
    expect(parseCredit('本报记者 李 舸摄')).toEqual({ photographers: ['李舸'], agency: '本报' })
  })
})

describe('zh datelines', () => {
  it('should read place, date and agency', () => {
    expect(parseDateline('本报讯福建省厦门市')).toMatchObject({ text: '本报讯', agency: '本报', place: null })
    expect(parseDateline('本报北京7月20日电日前')).toMatchObject({
      text: '本报北京7月20日电',
      agency: '本报',
      place: '北京',
      date: '7月20日',
    })
    expect(parseDateline('新华社北京7月20日电（记者张三）')).toMatchObject({
      agency: '新华社',
      place: '北京',
      date: '7月20日',
    })
    expect(parseDateline('（莫斯科廿二日路透電）蘇聯')).toMatchObject({
      text: '莫斯科廿二日路透電',
      agency: '路透',
      place: '莫斯科',
      date: '廿二日',
    })
    expect(parseDateline('本报记者')).toBeNull()
  })

  it('should cut the dateline from the first paragraph and keep its parts', () => {
    const article = toRecords(fromText(PAGE, { lang: 'zh' })).articles[0]!
    expect(article.dateline).toBe('本报厦门7月20日电')
    expect(article.datelineParts).toEqual({ place: '厦门', date: '7月20日', agency: '本报' })
    expect(article.paragraphs[0]!.startsWith('福建省厦门市集美区')).toBe(true)
  })
})

describe('zh radicals', () => {
  it('should map radical code points and keep positions on the source', () => {
    const source = PAGE.replace('青年人口', '⻘年⼈⼝')
    const article = onlyArticle(source)
    const paragraph = article.children.filter((c): c is Paragraph => c.type === 'paragraph')[1]!
    const text = paragraph.children[0] as Text
    expect(text.value).toContain('青年人口')
    const start = text.position!.start.offset!
    expect(source.slice(start, start + 4)).toBe('集美拥有')
  })
})

describe('zh furniture and the seed page', () => {
  it('should put the section on the page and find the five articles of the seed with their parts', () => {
    const records = toRecords(fromText(readFileSync(SEED, 'utf8')))
    expect(records.section).toBe('地方传真')
    expect(records.articles.map((a) => a.headline).sort()).toEqual(
      [
        '厦门集美：“1+6+N”模式建设青年发展友好型城区',
        '商丘打造“双向联动数融政通”惠企服务新模式',
        '广州深化改革出实招用真功保障民生',
        '泗县：党建引领为新就业群体发展保驾护航',
        '淮安市洪泽区：“科创飞地”引资引才引技',
      ].sort(),
    )
    const jimei = records.articles.find((a) => a.headline?.startsWith('厦门'))!
    expect(jimei.kicker).toBe('一线观察')
    expect(jimei.bylines[0]!.authors).toEqual(['王帅'])
  })

  it('should make running heads, editor lines and subscription boxes furniture with the date on the page', () => {
    const source = `2020年2月17日 星期一 第5版\n要闻\n${PAGE.split('\n').slice(2).join('\n')}\n订 阅 热 线\n邮发代号：97-56\n责任编辑：张三`
    const tree = fromText(source, { lang: 'zh' })
    const page = tree.children[0]!
    expect(page).toMatchObject({ date: '2020-02-17', pageNumber: 5, section: '要闻' })
    const kinds = toRecords(tree).furniture.map((f) => f.kind)
    expect(kinds).toEqual(expect.arrayContaining(['running-head', 'section', 'ad', 'editor']))
    expect(kinds).not.toContain('unplaced')
  })

  it('should take a running head whose page number the OCR could not read (`第?版`) for one, without a page number', () => {
    const source = `第?版          2020年2月17日\n要闻\n${PAGE.split('\n').slice(2).join('\n')}`
    const page = fromText(source, { lang: 'zh' }).children[0]!
    expect(page).toMatchObject({ date: '2020-02-17', section: '要闻' })
    expect(page.pageNumber ?? null).toBeNull()
  })
})
