/**
 * Vocabulary of Chinese newspaper pages (简体 and 繁體): bylines, datelines,
 * photo credits, furniture. Every pattern is anchored to the line or to the
 * piece of text it must match whole.
 */

import { endTest } from '../../util/ends-with.js'

/** Characters that may stand in a personal name, with an optional padding space (`王 帅`). */
const NAME_CHARS = '\\p{Script=Han}·・'

/** Staff-role words before names, longest first. */
export const ROLE_WORDS: ReadonlyArray<[string, string]> = [
  ['特约记者', 'special-correspondent'],
  ['特約記者', 'special-correspondent'],
  ['见习记者', 'intern'],
  ['实习记者', 'intern'],
  ['實習記者', 'intern'],
  ['見習記者', 'intern'],
  ['首席记者', 'chief-reporter'],
  ['首席記者', 'chief-reporter'],
  ['通讯员', 'correspondent'],
  ['通訊員', 'correspondent'],
  ['特约撰稿人', 'contributor'],
  ['记者', 'reporter'],
  ['記者', 'reporter'],
]

/** Organisations that may open a byline, dateline or credit. */
export const ORGANISATIONS = [
  '本报',
  '本報',
  '新华社',
  '新華社',
  '中新社',
  '中央社',
  '人民网',
  '人民網',
  '路透社',
  '路透',
  '美联社',
  '美聯社',
  '美聯',
  '法新社',
  '哈瓦斯',
  '国闻社',
  '國聞社',
  '海通社',
  '海通',
  '合众社',
  '合衆社',
  '合眾社',
  '共同社',
  '塔斯社',
]

const ORG = `(?:${ORGANISATIONS.join('|')})`
const ROLE = `(?:${ROLE_WORDS.map(([w]) => w).join('|')})`

/** A byline led by a mark: `□ 本报记者 皮泽红`; OCR reads `□` as `口` (then a space or a role word must follow). */
export const MARKED_BYLINE = new RegExp(`^(?:[□■◎●◆◇]\\s*|口\\s+|口(?=${ORG}|${ROLE}))(.+)$`, 'u')

/** A byline without a mark: `本报记者 王亮 通讯员 李四`, `新华社记者 X`. */
export const PLAIN_BYLINE = new RegExp(
  `^(?:${ORG})?${ROLE}[\\s：:]*[${NAME_CHARS}][${NAME_CHARS}\\s、，,]{0,30}$`,
  'u',
)

/** A closing byline: `（王 帅）`, `（记者 丘萃瑩）`; OCR may read the padding or the gap between two names as `，` or a quote mark (`（杜尚泽“管克江）`). */
export const CLOSING_BYLINE = new RegExp(
  `^[（(]\\s*((?:${ORG})?(?:${ROLE})?\\s*[${NAME_CHARS}](?:[${NAME_CHARS}\\s，,、“”]{0,14}[${NAME_CHARS}])?)\\s*[）)]$`,
  'u',
)

/** Text that only counts (`（一）`, `（四）`), never a name. */
export const NUMERAL_ONLY = /^[（(]\s*[一二三四五六七八九十百零〇\d]+\s*[）)]$/u

/** Words that are labels, not names, when bracketed at the end of a title or line. */
export const NOT_A_NAME =
  /^(?:完|续|續|待续|待續|未完|图|圖|新语|新語|权威发布|權威發布|附图|附圖|上|下|中|摘要|节选|節選)$/u

/** A closing byline at the end of a body line, after the sentence it closes: `项目。 （洪改轩）`. */
export const TRAILING_BYLINE = endTest(
  new RegExp(
    `([。！？”」』…])\\s*([（(]\\s*(?:${ORG})?(?:${ROLE})?\\s*[${NAME_CHARS}](?:[${NAME_CHARS}\\s，,、]{0,14}[${NAME_CHARS}])?\\s*[）)])$`,
    'u',
  ),
  '）)',
)

const DATE = '(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[一二三四五六七八九十廿卅]{1,3}\\s*日|\\d{1,2}\\s*日)'
const PLACE = '[\\p{Script=Han}]{1,8}?'

/**
 * Datelines, matched at the start of an article's first paragraph (spaces
 * removed). Groups: agency, place, date.
 */
export const DATELINES: readonly RegExp[] = [
  // 本报讯, 本報訊, bracketed or not.
  /^[（(【]?(本报|本報)(?:讯|訊)[）)】]?/u,
  // 据新华社电
  /^(?:据|據)(新华社|新華社|中新社|中央社)(?:电|電)/u,
  // 本报北京7月20日电, 新华社北京7月20日电, (中央社廣州三日電)
  new RegExp(`^[（(【]?(${ORG})(${PLACE})(${DATE})(?:专电|專電|电|電|消息)[）)】]?`, 'u'),
  // (莫斯科廿二日路透電)
  new RegExp(`^[（(【](${PLACE})(${DATE})(${ORG})(?:电|電|消息)[）)】]`, 'u'),
  // (X社台拉維夫十六日電), (某地廿九日某某電): a bracketed wire dateline from an agency we do not list.
  new RegExp(`^[（(【]([\\p{Script=Han}]{1,3}社)(${PLACE})(${DATE})(?:电|電|消息)[）)】]`, 'u'),
  new RegExp(`^[（(【](${PLACE})(${DATE})([\\p{Script=Han}]{1,4}?社?)(?:专电|專電|电|電)[）)】]`, 'u'),
]

/** A line that starts an article with a dateline (cheap test on the line's first characters). */
export const DATELINE_START = new RegExp(`^(?:[（(【]?(?:${ORG}|(?:据|據)(?:新华社|新華社))|[（(【])`, 'u')

/** The end of a paper's name (港島日報, 北国新闻). */
export const PUBLICATION_NAME = /(?:报|報|新闻|新聞|日刊|周刊|週刊|晨刊|晚刊|画报|畫報|时报|時報)$/u

/** A reporters' bracket right after a dateline: `（记者 张贺）`. */
export const DATELINE_REPORTERS = new RegExp(`^[（(]\\s*(${ROLE}[^（）()]{1,30})[）)]`, 'u')

/**
 * A photo credit, whole: `新华社发（肖亚辉 摄）`, `新华社记者 X 摄`, `X 摄`,
 * `王华斌摄（影像中国）`, `本报记者 李 舸摄`, `X 供图`.
 */
/** Words that end a picture credit: photographed by, provided by, drawn by, a screenshot from, a picture of. */
export const CREDIT_WORD = '摄|攝|供图|供圖|制图|製圖|截图|截圖|图片|圖片'

export const CREDIT = new RegExp(
  `^(?:(${ORG})(?:发|發|记者|記者)?\\s*[（(]\\s*([${NAME_CHARS}][${NAME_CHARS}\\s、，]{0,20}?)\\s*(?:摄|攝)\\s*[）)]|(?:(${ORG})?(?:${ROLE})?\\s*([${NAME_CHARS}][${NAME_CHARS}\\s、，]{0,20}?)\\s*(?:${CREDIT_WORD})(?:\\s*[（(]([^（）()]{1,10})[）)])?))$`,
  'u',
)

/** A credit at the end of a caption: the caption's last sentence, spaces, then the credit. */
export const TRAILING_CREDIT = endTest(
  new RegExp(
    `(?:^|[。！？”」』）)]|\\s)\\s*((?:${ORG}(?:发|發|记者|記者)?\\s*[（(][^（）()]{1,24}(?:摄|攝)\\s*[）)])|(?:(?:${ORG})?(?:${ROLE})?\\s*[${NAME_CHARS}][${NAME_CHARS}\\s]{0,12}(?:${CREDIT_WORD})(?:\\s*[（(][^（）()]{1,10}[）)])?))$`,
    'u',
  ),
  '摄攝图圖片）)',
)

/** Words that mark a caption: `图为…` ("the picture shows"). */
export const CAPTION_WORDS = /图为|圖為|图为|上图|下图|左图|右图|上圖|下圖|左圖|右圖|圖：|图：/u

/** Furniture lines by kind (an OCR engine may read a page number it cannot make out as `?`: `第?版`). */
export const RUNNING_HEAD_PARTS =
  /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|星期[一二三四五六日天]|第\s*[\d?？一二三四五六七八九十]+\s*版|[\s\p{Script=Han}]{0,4}(?:民國|民国)[一二三四五六七八九十廿卅\s]+年[^。，]{0,12}日)\s*/u
export const EDITOR_LINE =
  /^(?:本版)?(?:责任编辑|責任編輯|责编|責編|美术编辑|美術編輯|版式设计|版式設計|校对|校對|编辑|編輯|图片编辑|圖片編輯|制图|製圖)\s*[：:]/u
/** Words of subscription notices and ad boxes. */
export const AD_LINE = /订阅|訂閱|邮发代号|郵發代號|热线|熱線|刊例|诚聘|誠聘/u
/** Words of ad boxes that also occur in stories: the line must be a bare label or carry a phone number. */
export const AD_LABEL =
  /^(?:广告|廣告|零售|招聘|查询|查詢|电话|電話)[：:]?(?:[\d\s-]{6,})?$|^(?:查询|查詢|电话|電話|热线|熱線)[：:]?\s*[\d-]{6,}$/u
export const CONTINUATION_LINE =
  /^[（(]?\s*(?:下转|上接|转第|接第|轉第|下轉|接上|转下|轉下|承上|續第|续第)[^）)]{0,14}[）)]?$/u
