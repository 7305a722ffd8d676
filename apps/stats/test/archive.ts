/**
 * A small archive whose figures are known by construction: three parsed
 * pages (two English, one Chinese) and one file that failed, as the
 * edition reader would yield them.
 */
import type { RecordArticle } from '@news/parser'
import type { FileResult, PageMessage } from '@news/parser/node'

const article = (fields: Partial<RecordArticle>): RecordArticle => ({
  id: 'x',
  kicker: null,
  headline: null,
  deks: [],
  bylines: [],
  dateline: null,
  datelineParts: null,
  paragraphs: [],
  figures: [],
  confidence: 0.5,
  lines: null,
  ...fields,
})

const message = (ruleId: string | null): PageMessage => ({
  ruleId,
  reason: 'r',
  line: 1,
  column: 1,
  fatal: false,
})

const page = (
  file: string,
  lang: string,
  date: string,
  pageNumber: number,
  section: string,
  articles: RecordArticle[],
  furniture: Array<{ kind: string; text: string }>,
  messages: PageMessage[],
): FileResult => ({
  file,
  encoding: 'utf-8',
  meta: { publication: 'Herald', date, page: pageNumber, lang, from: ['file-name'] },
  records: [
    {
      format: 'news-records/1',
      source: file,
      lang,
      publication: { name: 'Herald', date, page: pageNumber },
      section,
      articles,
      figures: [],
      furniture,
    },
  ],
  messages,
  error: null,
  bytes: 100,
})

export const KNOWN_ARCHIVE: FileResult[] = [
  page(
    'a/1916-03-04-p1.txt',
    'en',
    '1916-03-04',
    1,
    'News',
    [
      article({
        headline: 'SENATE PASSES RIVER BILL',
        deks: ['Measure goes to the House'],
        bylines: [
          { text: 'By JOHN SMITH', authors: ['John Smith'], role: null, organization: 'Associated Press' },
        ],
        dateline: 'WASHINGTON, March 3.—',
        datelineParts: { place: 'Washington', date: 'March 3', agency: 'AP' },
        // 7 + 7 words
        paragraphs: ['The Senate passed the river bill today.', 'The river bill goes to the House.'],
        confidence: 0.9,
      }),
      article({
        headline: 'FARMERS MEET',
        bylines: [{ text: 'By MARY JONES', authors: ['Mary Jones'], role: null, organization: null }],
        dateline: 'CHICAGO, March 3.—',
        datelineParts: { place: 'Chicago', date: 'March 3', agency: null },
        // 10 words
        paragraphs: ['Farmers met to discuss wheat prices and wheat in 1916.'],
        figures: [
          { title: null, caption: 'A farmer', credit: 'Ann Lee', photographers: ['Ann Lee'], agency: null },
        ],
        confidence: 0.7,
      }),
    ],
    [{ kind: 'folio', text: 'Page 1' }],
    [message('dehyphenated'), message('dehyphenated')],
  ),
  page(
    'b/1916-03-05-p2.txt',
    'en',
    '1916-03-05',
    2,
    'Sports',
    [
      article({
        // 11 visible characters
        bylines: [{ text: 'By John Smith', authors: ['John Smith'], role: null, organization: null }],
        // 6 words, 26 visible characters
        paragraphs: ['John Smith wins the river race.'],
        confidence: 0.3,
      }),
    ],
    // 17 visible characters
    [{ kind: 'unplaced', text: 'xx garbled text here' }],
    [message(null), message('doubled-text-repaired')],
  ),
  page(
    'c/2030-01-02-p1.txt',
    'zh-Hans',
    '2030-01-02',
    1,
    '要闻',
    [
      article({
        headline: '上海交通建设',
        bylines: [{ text: '本报记者 王小明', authors: ['王小明'], role: 'reporter', organization: '本报' }],
        dateline: '新华社上海1月2日电',
        datelineParts: { place: '上海', date: '1月2日', agency: '新华社' },
        // 16 characters without punctuation
        paragraphs: ['上海市人民政府今天召开新闻发布会。'],
        confidence: 0.8,
      }),
    ],
    [],
    [],
  ),
  {
    file: 'd/broken.txt',
    encoding: null,
    meta: null,
    records: [],
    messages: [],
    error: 'Not a text file: NUL byte at offset 0',
    bytes: 10,
  },
]
