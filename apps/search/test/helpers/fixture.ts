/** The articles the search tests look for: Chinese (both scripts), English, and hostile text. */
import type { ArticleSpec } from './articles.js'

export const zhArticles: ArticleSpec[] = [
  {
    id: 'zh-meeting',
    headline: '广州市人力资源局召开会议',
    paragraphs: ['广州市人力资源和社会保障局副局长李明华介绍，今年全市就业形势稳定。'],
    authors: ['王小明'],
    byline: '本报记者 王小明',
    section: '要闻',
    date: '2020-04-12',
    lang: 'zh',
  },
  {
    id: 'zh-traditional',
    headline: '晶報創刊紀念',
    paragraphs: ['本館於上海創刊，集美學校師生爭相閱讀。'],
    section: '副刊',
    date: '1920-04-12',
    lang: 'zh',
  },
  {
    id: 'zh-simplified',
    headline: '记者走访厦门',
    paragraphs: ['晶报记者前往厦门集美区采访，见闻甚多。'],
    authors: ['李明华'],
    section: '要闻',
    date: '1939-05-01',
    lang: 'zh',
  },
  {
    id: 'zh-unrelated',
    headline: '米价上涨',
    paragraphs: ['本埠米价连日上涨，市民叫苦。华明商行照常营业。'],
    section: '商业',
    date: '1939-05-02',
    lang: 'zh',
  },
]

export const enArticles: ArticleSpec[] = [
  {
    id: 'en-tariff',
    headline: 'Senate Debates the Tariff',
    paragraphs: [
      'The senate debated the tariff bill for hours. Senator Renée Café argued against it.',
      'Meanwhile the army was standing by at the border.',
    ],
    authors: ['John Smith'],
    byline: 'By JOHN SMITH',
    section: 'Politics',
    date: '1916-07-12',
  },
  {
    id: 'en-army',
    headline: 'House Debate on the Army',
    paragraphs: ['Members spoke for a standing army of five thousand men.'],
    authors: ['Jane Doe'],
    section: 'Politics',
    date: '1916-08-01',
  },
  {
    id: 'en-baseball',
    headline: 'Cubs Beat Giants',
    paragraphs: ['The Cubs beat the Giants at the park on Tuesday, before a crowd of ten thousand.'],
    section: 'Sports',
    date: '1916-07-20',
  },
  {
    id: 'en-hostile',
    headline: '<script>alert("headline")</script>',
    paragraphs: ['<img src=x onerror=alert(1)> Hostile & "quoted" text about the alert <b>bold</b> menace.'],
    section: '<i>Opinion</i>',
    date: '1916-09-01',
  },
]
