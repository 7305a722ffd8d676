/** Unit tests of the Chinese rules that decide a page's structure: subheads, bylines cut by the line end, figures, ad boxes. */
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { fromText, toRecords } from '../../src/index.js'
import { namesPeople } from '../../src/rules/zh/line-roles.js'
import { unitsOf } from '../../src/rules/zh/titles.js'
import { type ZhLine, zhWidth } from '../../src/rules/zh/zh-lines.js'

const articlesOf = (text: string) => toRecords(fromText(text, { lang: 'zh' })).articles
const figuresOf = (text: string) => {
  const records = toRecords(fromText(text, { lang: 'zh' }))
  return [...records.figures, ...records.articles.flatMap((a) => a.figures)]
}

/** A story in a 10-character column: two paragraphs, a subhead, a third paragraph. */
const WITH_SUBHEAD = [
  '生态环境部发布成绩单',
  '本报北京1月12日电 生态',
  '环境部刚刚晒出的成绩单',
  '显示：截至去年年底，全国',
  '城市空气质量总体改善，优',
  '良天数比例持续上升。',
  '今年一季度，全国地级及',
  '以上城市细颗粒物浓度同',
  '比下降，水质优良断面比',
  '例同比上升。',
  '■污染防治攻坚战不会',
  '慢下脚步',
  '受疫情影响，经济社会',
  '发展面临的困难和风险挑',
  '战上升，但污染防治攻坚',
  '战的目标不会改变。',
].join('\n')

describe('Chinese page structure', () => {
  it('should keep a subhead inside its story as a paragraph of its own', () => {
    const [article, ...rest] = articlesOf(WITH_SUBHEAD)
    expect(rest).toHaveLength(0)
    expect(article!.paragraphs).toContain('■污染防治攻坚战不会慢下脚步')
    expect(article!.paragraphs.at(-1)).toBe(
      '受疫情影响，经济社会发展面临的困难和风险挑战上升，但污染防治攻坚战的目标不会改变。',
    )
    expect(article!.bylines).toHaveLength(0)
  })

  it('should tell marked bylines from marked subheads', () => {
    expect(namesPeople('本报记者 皮泽红')).toBe(true)
    expect(namesPeople('刘伟奇')).toBe(true)
    expect(namesPeople('生态环境质量总体改善')).toBe(false)
    expect(namesPeople('本报记者 王亮 通讯员 李四')).toBe(true)
    expect(namesPeople('记者从西藏自治区')).toBe(false)
  })

  it('should fold a byline cut by the line end into one, names paired as printed', () => {
    const text = [
      '西藏农牧民收入保持两位数增长',
      '□ 本报记者 袁',
      '泉',
      '鲜',
      '敢',
      '本报拉萨1月7日电 记者从',
      '西藏自治区第十一届人大三',
      '次会议上获悉：去年西藏农',
      '牧民人均可支配收入增长。',
    ].join('\n')
    const [article] = articlesOf(text)
    expect(article!.bylines.flatMap((b) => b.authors)).toEqual(['袁泉', '鲜敢'])
    expect(article!.dateline).toBe('本报拉萨1月7日电')
  })

  it('should join a closing byline cut in two', () => {
    const text = [
      '中印领导人继续举行会晤',
      '本报金奈10月12日电 国家主',
      '席习近平12日在金奈同印度',
      '总理莫迪继续举行会晤，两',
      '国领导人进行了深入交流。',
      '（杜尚泽',
      '管克江）',
    ].join('\n')
    const [article] = articlesOf(text)
    expect(article!.bylines.flatMap((b) => b.authors)).toEqual(['杜尚泽', '管克江'])
    expect(article!.paragraphs.join('')).not.toContain('杜尚泽')
  })

  it('should read a closing byline cut at the end of a body line', () => {
    const text = [
      '美国流感已致105名儿童死亡',
      '本报华盛顿2月24日电 美国疾',
      '病控制和预防中心21日发布的',
      '流感监测周报显示，已有105',
      '名儿童死于流感。（郑',
      '琪）',
    ].join('\n')
    const [article] = articlesOf(text)
    expect(article!.bylines.flatMap((b) => b.authors)).toEqual(['郑琪'])
    expect(article!.paragraphs.at(-1)).toMatch(/死于流感。$/u)
  })

  it('should end a figure at a credit on the caption line and read source credits', () => {
    // Captions are told by their width against the body column around them.
    const text = [
      ...WITH_SUBHEAD.split('\n'),
      '夏季感冒预防配方，材料包括菊花、薄荷、苏叶各三克。 丘萃莹摄',
      'Facebook片段拍到有人身体向前倾，然后越过栏杆倒在地上。',
      '网上影片截图',
    ].join('\n')
    const figures = figuresOf(text)
    expect(figures.map((f) => f.credit)).toEqual(['丘萃莹摄', '网上影片截图'])
    expect(figures[1]!.photographers).toEqual([])
    expect(figures[1]!.agency).toBe('网上影片')
  })

  it('should read a credit whose name the caption line cut', () => {
    const text = [
      ...WITH_SUBHEAD.split('\n'),
      '冬日清晨，巴音温都尔沙漠雪后显得神奇而静谧，出牧的驼影与沙海构成一幅画卷。 王',
      '正摄（影像中国）',
    ].join('\n')
    const [figure] = figuresOf(text)
    expect(figure!.caption).toBe('冬日清晨，巴音温都尔沙漠雪后显得神奇而静谧，出牧的驼影与沙海构成一幅画卷。')
    expect(figure!.photographers).toEqual(['王正'])
  })

  it('should put a notice under a bare 广告 label in furniture, not in an article', () => {
    const text = [
      ...WITH_SUBHEAD.split('\n'),
      '广 告',
      '遗失声明',
      '本人不慎遗失身份',
      '证一张，号码',
      '43014019053，特',
      '此声明作废。',
    ].join('\n')
    const tree = fromText(text, { lang: 'zh' })
    const records = toRecords(tree)
    expect(records.articles.map((a) => a.headline)).not.toContain('遗失声明')
    expect(JSON.stringify(records.articles)).not.toContain('声明作废')
    const furniture = tree.children[0]!.children.filter((c) => c.type === 'furniture')
    expect(furniture.some((f) => JSON.stringify(f).includes('声明作废'))).toBe(true)
  })

  it('should give an agency-first dateline without its brackets and keep an old wire dateline as printed', () => {
    const text = [
      '憲政督導會首次會',
      '（本報南京十一日電） 憲政督導',
      '委會第一次會議，十一日晨九',
      '時半舉行，出席委員五百人。',
    ].join('\n')
    expect(articlesOf(text)[0]!.dateline).toBe('本報南京十一日電')
  })
})

describe('merged columns', () => {
  it('should report a row of columns pdftotext merged into one line, and keep its text', () => {
    const file = new VFile()
    const text = [
      ...WITH_SUBHEAD.split('\n'),
      '2009年，当过14 干旱季，村民常为吃',
      '年兵的衣元良回到山',
      '东栖霞市衣家村担任',
    ].join('\n')
    const tree = fromText(text, { lang: 'zh' }, file)
    const reports = file.messages.filter((m) => m.ruleId === 'merged-columns')
    expect(reports).toHaveLength(1)
    expect(reports[0]!.reason).toContain('2009年，当过14 | 干旱季，村民常为吃')
    expect(JSON.stringify(tree)).toContain('干旱季')
  })

  it('should not take a dateline and its first words, or a letter-spaced line, for merged columns', () => {
    const file = new VFile()
    fromText(
      [...WITH_SUBHEAD.split('\n'), '本報訊 今年夏', '小 豆 、 綠 豆 各 15 克'].join('\n'),
      { lang: 'zh' },
      file,
    )
    expect(file.messages.filter((m) => m.ruleId === 'merged-columns')).toHaveLength(0)
  })

  it('should put back the pieces of a row of three columns without losing the last line of the page', () => {
    const text = [
      ...WITH_SUBHEAD.split('\n'),
      '春节前后各地举办 民俗活动丰富多彩 游客数量明显增加',
      '据统计，全市共接待游客约',
      '两百万人次，同比增长了百',
      '分之十五。（李明）',
    ].join('\n')
    const tree = fromText(text, { lang: 'zh' })
    const articles = toRecords(tree).articles
    expect(articles.flatMap((a) => a.paragraphs).join('')).toContain('分之十五。')
    expect(articles.flatMap((a) => a.bylines.flatMap((b) => b.authors))).toContain('李明')
    const unplaced = tree.children[0]!.children.filter((c) => c.type === 'furniture' && c.kind === 'unplaced')
    expect(unplaced).toHaveLength(0)
  })

  it('should read a block of two columns merged line by line as the left column, then the right', () => {
    const rows = [
      ['憲政督導委會第一次會', '團，分區督導憲政實施'],
      ['議，十一日晨九時半舉', '案，決議交考察委會研'],
      ['行，出席委員五百廿二', '究辦理。會議至一時始'],
      ['人，莫德惠主席，除報', '散，第一次大會卽宣吿'],
      ['吿事項外，討論各案。', '結束。'],
    ]
    const text = [
      ...WITH_SUBHEAD.split('\n'),
      '',
      ...rows.map(([l, r]) => (r === '結束。' ? l : `${l} ${r}`)),
      '結束。',
    ].join('\n')
    const body = toRecords(fromText(text, { lang: 'zh' }))
      .articles.flatMap((a) => a.paragraphs)
      .join('')
    expect(body).toContain(
      '憲政督導委會第一次會議，十一日晨九時半舉行，出席委員五百廿二人，莫德惠主席，除報吿事項外，討論各案。',
    )
    expect(body).toContain('團，分區督導憲政實施案，決議交考察委會研究辦理。')
  })
})

describe('radicals in bylines', () => {
  it('should map a radical in a marked byline as in the rest of the text', () => {
    const tree = fromText(':\n●⼀\n', { lang: 'zh' })
    expect(JSON.stringify(tree)).not.toContain('⼀')
  })
})

describe('running heads', () => {
  it('should make one furniture node of an old paper running head', () => {
    const tree = fromText('第一版　民國九年四月十二日', { lang: 'zh' })
    const furniture = tree.children[0]!.children.filter((c) => c.type === 'furniture')
    expect(furniture).toHaveLength(1)
  })
})

describe('stories run together', () => {
  it('should cut two stories that run together apart by their titles in a cluster', () => {
    const text = [
      '用心感受年画之美（文物有话说）',
      '',
      '方向不变、力度不减，突出精准、科学、依法',
      '',
      '我国农业保险累计支付赔款超2400亿元',
      '',
      '本报天津1月12日电 银保',
      '监会副主席梁涛日前表示，',
      '农业保险市场规模迅速壮',
      '大，截至目前已累计支付',
      '赔款2400多亿元。',
      '梁涛说，农业保险业务规',
      '模稳居亚洲第一，累计向',
      '受灾农户支付赔款。',
      '',
      '南桃北柳论画庄，庄稼年',
      '画数武强。感受年画之美，',
      '首先要感受它美好的形式，',
      '年画之美质朴。',
      '其次，品鉴年画之美，要',
      '用心去感受它的寓意。',
    ].join('\n')
    const articles = articlesOf(text)
    expect(articles).toHaveLength(2)
    const insurance = articles.find((a) => a.headline === '我国农业保险累计支付赔款超2400亿元')
    const prints = articles.find((a) => a.headline === '用心感受年画之美（文物有话说）')
    expect(insurance!.paragraphs.at(-1)).toBe(
      '梁涛说，农业保险业务规模稳居亚洲第一，累计向受灾农户支付赔款。',
    )
    expect(prints!.paragraphs).toEqual([
      '南桃北柳论画庄，庄稼年画数武强。感受年画之美，首先要感受它美好的形式，年画之美质朴。',
      '其次，品鉴年画之美，要用心去感受它的寓意。',
    ])
  })

  it('should not cut a story whose kicker and headline, printed above it, speak of different parts', () => {
    const text = [
      '中国就业促进会发布报告',
      '就业优先有哪些注意事项',
      '日前，中国就业促进会发',
      '布报告，进行解答。',
      '报告指出，实施就业优先',
      '政策，要注意哪些事项。',
    ].join('\n')
    const articles = articlesOf(text)
    expect(articles).toHaveLength(1)
    expect(articles[0]!.paragraphs).toHaveLength(2)
  })

  it('should read a title line with commas above one without as kicker and headline, not one wrapped title', () => {
    const text = [
      '方向不变、力度不减，突出精准、科学、依法',
      '',
      '保持定力 打好污染防治攻坚战',
      '',
      '为不断满足人民群众对优',
      '美生态环境的新期待，污',
      '染防治攻坚战捷报频传。',
    ].join('\n')
    const [article] = articlesOf(text)
    expect(article!.kicker).toBe('方向不变、力度不减，突出精准、科学、依法')
    expect(article!.headline).toBe('保持定力打好污染防治攻坚战')
  })

  it('should join a title line to the next while a bracket is open, and keep a dash subtitle with its title', () => {
    const text = [
      '复工复产出现积极变化（国务院联防',
      '联控机制发布会）',
      '——连锁超市开业率超过百分之九十五',
      '22日，国务院联防联控机制召',
      '开新闻发布会，介绍复工复产',
      '的积极变化和连锁超市开业。',
    ].join('\n')
    const [article, ...rest] = articlesOf(text)
    expect(rest).toHaveLength(0)
    expect(article!.headline).toBe('复工复产出现积极变化（国务院联防联控机制发布会）')
    expect(article!.deks).toEqual(['——连锁超市开业率超过百分之九十五'])
  })

  it('should join a short line right under a title to it, and keep a label in a block of its own apart', () => {
    const body = ['本报北京10月25日电 记者从', '国新办获悉，12项措施将促', '进跨境贸易投资便利化。']
    const tail = articlesOf(['', '12项措施促进跨境贸易投资', '便利化', ...body].join('\n'))
    expect(tail[0]!.headline).toBe('12项措施促进跨境贸易投资便利化')
    const label = articlesOf(['', '12项措施促进跨境贸易投资', '', '一线观察', '', ...body].join('\n'))
    expect(label[0]!.headline).toBe('12项措施促进跨境贸易投资')
    expect(label[0]!.kicker).toBe('一线观察')
  })

  it("should read a long bracket under a title on a simplified page as the title's label", () => {
    const modern = articlesOf(
      [
        '让农村孩子都能享受高质量的教育',
        '（履职故事）',
        '见到全国人大代表刘宏艳时',
        '她正在修改建议，准备提交',
        '大会审议，内容涉及农村。',
      ].join('\n'),
    )
    expect(modern[0]!.headline).toBe('让农村孩子都能享受高质量的教育（履职故事）')
    expect(modern[0]!.bylines).toHaveLength(0)
  })

  it('should not take a line holding a finished sentence with more after it for a title', () => {
    const text = [
      '外国政要积极评价和支持中国抗击疫情',
      '',
      '疫情防控。莫迪表示',
      '',
      '本报讯 近日，又有一些国家',
      '政要及国际组织负责人继续',
      '通过各种方式对中国表示慰',
      '问，愿意提供必要的帮助。',
    ].join('\n')
    const articles = articlesOf(text)
    const titles = articles.flatMap((a) => [a.headline, a.kicker, ...a.deks])
    expect(titles).not.toContain('疫情防控。莫迪表示')
    expect(articles.flatMap((a) => a.paragraphs)).toContain('疫情防控。莫迪表示')
  })

  it("should split a headline printed beside the next story's kicker, and keep spaces inside one title", () => {
    const text = [
      '习近平同印度总理莫迪在金奈继续举行会晤 国务院扶贫办：',
      '预计年底95%的贫困人口脱贫',
      '本报北京10月11日电 国务院扶',
      '贫办主任刘永富表示，预计到',
      '今年底，95%贫困人口将脱贫。',
    ].join('\n')
    const headlines = toRecords(fromText(text, { lang: 'zh' })).articles.map((a) => a.headline)
    expect(headlines).toContain('习近平同印度总理莫迪在金奈继续举行会晤')
    const one = toRecords(fromText(text.replace(' 国务院扶贫办：', ''), { lang: 'zh' })).articles
    expect(one.flatMap((a) => [a.headline, a.kicker, ...a.deks]).join('')).not.toContain('国务院扶贫办')
  })

  it('should split two titles printed apart by a wide gap, the second a label of its own', () => {
    const text = [
      '人大常委会第九次会议在京闭幕        聚焦',
      '栗战书主持会议',
      '本报讯 十三届全国人大常委',
      '会第九次会议27日下午在北',
      '京人民大会堂闭幕。',
    ].join('\n')
    const [article] = articlesOf(text)
    expect(article!.headline).toBe('人大常委会第九次会议在京闭幕')
    // One space, or a row of columns with gaps everywhere, is not two titles.
    const oneSpace = articlesOf(text.replace('        聚焦', ' 聚焦'))
    expect(oneSpace[0]!.headline).toBe('人大常委会第九次会议在京闭幕聚焦')
  })

  it('should give a short title under a headline to the figure whose caption it speaks of', () => {
    // Each line from a source line of its own.
    const line = (text: string) => ({ text, width: zhWidth(text), first: { line: text.length } }) as ZhLine
    const group = {
      lines: [line('我国农业保险累计支付赔款超2400亿元'), line('大漠驼影')],
      next: null,
      nextFigure: null,
    }
    const wrapped = unitsOf(group, () => false)
    expect(wrapped.map((u) => u.text)).toEqual(['我国农业保险累计支付赔款超2400亿元大漠驼影'])
    const apart = unitsOf(
      group,
      () => false,
      () => false,
      (_head, tail) => tail.text === '大漠驼影',
    )
    expect(apart.map((u) => u.text)).toEqual(['我国农业保险累计支付赔款超2400亿元', '大漠驼影'])
  })

  it('should fold a second name stacked under a byline into it', () => {
    const text = [
      '庆祝中俄建交70周年专场音乐会举办',
      '□ 本报记者 曲 颂',
      '郑海鸥',
      '本报北京10月17日电 庆祝中',
      '俄建交70周年专场音乐会17',
      '日晚在国家大剧院举行。',
    ].join('\n')
    const [article] = articlesOf(text)
    expect(article!.bylines.flatMap((b) => b.authors)).toEqual(['曲颂', '郑海鸥'])
  })
})

describe('OCR rows of two columns', () => {
  /** A story as Tesseract reads it (ASCII commas and colons among Han), then one wide line. */
  const story = (wide: string) =>
    [
      '全省春耕备耕进展顺利',
      '本报杭州3月2日电 记者从省',
      '农业农村厅获悉,今年全省',
      '春耕备耕工作进展顺利,各',
      '地抢抓农时,组织农机手深',
      '入田间地头开展作业。',
      '据介绍:全省已投入各类农',
      '机八万余台,完成机耕面积',
      '三百余万亩,比去年同期增',
      '加一成多。',
      wide,
    ].join('\n')

  it('should set aside a wide line with a sentence inside and no credit near: two columns read as one line', () => {
    const records = toRecords(
      fromText(story('加一成多。农技人员分片包干指导农户。同比增加三成多的订单,农机'), { lang: 'zh' }),
    )
    expect([...records.figures, ...records.articles.flatMap((a) => a.figures)]).toHaveLength(0)
    expect(records.furniture.map((f) => f.text)).toContain(
      '加一成多。农技人员分片包干指导农户。同比增加三成多的订单,农机',
    )
  })

  it('should keep it a caption when a credit is on it or close below, even cut short by the OCR', () => {
    const figures = figuresOf(story('农机手在田间作业。图中农机为新近购置的插秧机。 王明摄〈(人'))
    expect(figures).toHaveLength(1)
  })
})

describe('column width', () => {
  it("should not let paragraphs' first lines, short by a lost indent, narrow the column", () => {
    // Short paragraphs in a 9-character column: each first line is two characters short.
    const paragraph = (first: string, rest: string[]) => [first, ...rest]
    const text = [
      '各国友人致电慰问',
      '本报讯 近日，又有一',
      ...paragraph('印度总理莫迪表', ['示，印方高度赞赏中', '方采取的有力措施。']),
      ...paragraph('英国首相约翰逊', ['表示，英方全力支持', '中国的防控工作。']),
      ...paragraph('葡萄牙总统德索', ['萨表示，祝愿中方早', '日赢得胜利。']),
      // One line an OCR engine read a character too wide.
      ...paragraph('希腊总统帕夫洛', ['普洛斯向中国人民表', '示深切慰问，和希望中', '方早日战胜疫情。']),
      ...paragraph('土耳其总统埃尔', ['多安表示，坚信中方', '一定能够战胜疫情。']),
    ].join('\n')
    const articles = articlesOf(text)
    expect(articles).toHaveLength(1)
    expect(articles[0]!.headline).toBe('各国友人致电慰问')
    expect(articles[0]!.paragraphs).toContain(
      '希腊总统帕夫洛普洛斯向中国人民表示深切慰问，和希望中方早日战胜疫情。',
    )
  })
})

describe('kickers ending in a colon', () => {
  it('should take a short line ending in a colon above a wide headline for its kicker, and one above body text for body', () => {
    const text = [
      '（杜尚泽 管克江）',
      '',
      '国务院扶贫办：',
      '预计到今年年底全国95%的贫困人口将脱贫',
      '本报北京10月11日电 我国',
      '农村贫困人口从九千多万',
      '减少到一千多万，每年减',
      '贫人数都保持在千万以上',
      '，贫困县已大多摘帽。',
      '刘永富提出几点要求：',
      '第一，巩固脱贫成果，防',
      '止返贫，做好易地扶贫搬',
      '迁后续帮扶工作。',
    ].join('\n')
    const article = articlesOf(text).find((a) => a.headline === '预计到今年年底全国95%的贫困人口将脱贫')!
    expect(article.kicker).toBe('国务院扶贫办：')
    expect(article.paragraphs.join('')).toContain('刘永富提出几点要求：第一')
  })
})

describe('column labels above titles', () => {
  // Under a running head and the page's section name, so the label is not taken for the section.
  const page = (label: string, title: string, body: string[]) =>
    ['2020年1月11日 星期六 第6版', '要闻', label, title, ...body].join('\n')
  it('should take a short label above a title for its kicker on a simplified page', () => {
    const [article] = articlesOf(
      page('现场', '弘扬科学精神 助力国计民生', [
        '本报北京1月10日电 2019年度',
        '国家科学技术奖励大会今天在',
        '北京举行，获奖项目涵盖了基',
        '础研究和应用研究等各领域。',
      ]),
    )
    expect(article!.kicker).toBe('现场')
    expect(article!.headline).toBe('弘扬科学精神助力国计民生')
  })

  it('should keep a short first title the headline on a traditional page, where headlines are short', () => {
    const [article] = articlesOf(
      page('滬市新聞', '本埠商界昨開會議決定各項辦法', [
        '本埠商界昨日下午在總商會開',
        '會，到會者百餘人，議決各項',
        '辦法，並推舉代表赴京請願。',
        '各業代表均表贊同云。',
      ]),
    )
    expect(article!.headline).toBe('滬市新聞')
  })
})
