import { type DefaultTreeAdapterMap, parseFragment } from 'parse5'
import { describe, expect, it } from 'vitest'
import { type Article, fromText, type Root, toHtml } from '../../src/index.js'
import { corpusPages, readShared } from './corpus.js'

type Node = DefaultTreeAdapterMap['node']

/** Parse HTML with a real HTML parser; collect its parse errors and element names. */
function parseHtml(html: string) {
  const errors: string[] = []
  const fragment = parseFragment(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startOffset}`) })
  const tags = new Set<string>()
  const texts: string[] = []
  const walk = (node: Node) => {
    if ('tagName' in node) tags.add(node.tagName)
    if (node.nodeName === '#text' && 'value' in node) texts.push(node.value)
    if ('childNodes' in node) node.childNodes.forEach(walk)
    if ('content' in node) walk(node.content as Node)
  }
  fragment.childNodes.forEach(walk)
  return { errors, tags, text: texts.join('') }
}

const text = (value: string) => ({ type: 'text' as const, value })

/** A hand-built article with every role, its text hostile. */
const hostileArticle: Article = {
  type: 'article',
  children: [
    { type: 'kicker', children: [text('<b>Kicker</b>')] },
    { type: 'headline', children: [text('<script>alert("x")</script> & more')] },
    { type: 'dek', children: [text('A dek ]]> ends CDATA')] },
    { type: 'byline', authors: ['A & B'], children: [text('By A & B <img src=x onerror=alert(1)>')] },
    { type: 'dateline', children: [text('WASHINGTON, Dec. 3.—')] },
    { type: 'paragraph', children: [text('Body <!-- not a comment --> text &amp; more.')] },
    {
      type: 'figure',
      children: [
        { type: 'figureTitle', children: [text('Title "quoted" ]]>')] },
        { type: 'caption', children: [text('Caption <i>x</i>')] },
        { type: 'credit', photographers: ['P'], children: [text('Photo: P & Q')] },
      ],
    },
  ],
}

describe('toHtml', () => {
  it('should render an article with header, classes and a figure with figcaption', () => {
    const html = toHtml(hostileArticle)
    const { errors, tags } = parseHtml(html)
    expect(errors).toEqual([])
    expect(html).toMatch(/^<article class="article"><header><p class="kicker">/)
    expect(html).toContain('<h2>')
    expect(html).toContain('<h3>')
    expect(html).toContain('<p class="byline">')
    expect(html).toContain('<p class="dateline">WASHINGTON, Dec. 3.—</p>')
    expect(html).toMatch(
      /<figure class="figure"><figcaption><b class="figure-title">.*<\/figcaption><\/figure>/,
    )
    expect([...tags].sort()).toEqual(
      ['article', 'b', 'figcaption', 'figure', 'h2', 'h3', 'header', 'p', 'span'].sort(),
    )
  })

  it('should escape hostile page text: no script, no markup, no CDATA end', () => {
    const html = toHtml(hostileArticle)
    const { tags, text: shown } = parseHtml(html)
    expect(tags.has('script')).toBe(false)
    expect(tags.has('img')).toBe(false)
    expect(tags.has('i')).toBe(false)
    expect(html).not.toContain('<script')
    expect(html).not.toContain(']]>')
    expect(html).not.toContain('<!--')
    expect(html).toContain('&lt;script>')
    expect(html).toContain('&amp;amp;')
    // What a browser shows is the page text, character for character.
    expect(shown).toContain('<script>alert("x")</script> & more')
    expect(shown).toContain('Body <!-- not a comment --> text &amp; more.')
    expect(shown).toContain('A dek ]]> ends CDATA')
  })

  it('should escape hostile text that came through the parser', () => {
    const tree = fromText(
      'POLICE FIND <SCRIPT> TAG\nA man typed <script>alert(1)</script> into the form & left ]]> behind.\n',
      { lang: 'en' },
    )
    const html = toHtml(tree)
    const { errors, tags, text: shown } = parseHtml(html)
    expect(errors).toEqual([])
    expect(tags.has('script')).toBe(false)
    expect(html).not.toContain(']]>')
    expect(shown).toContain('<script>alert(1)</script>')
    expect(shown).toContain('& left ]]> behind.')
  })

  it('should show characters HTML forbids (NUL, controls) as U+FFFD, keeping the rest', () => {
    const article: Article = {
      type: 'article',
      children: [{ type: 'paragraph', children: [text('A\u0000B\u0001C\u007fD\ud800E\tF')] }],
    }
    const html = toHtml(article)
    expect(parseHtml(html).errors).toEqual([])
    expect(html).toContain('<p>A\ufffdB\ufffdC\ufffdD\ufffdE\tF</p>')
  })

  it('should give one section per page and a page marker when the number is known', () => {
    const tree = fromText('ONE\nText one is here.\fTWO\nText two is here.', { page: 3, lang: 'en' })
    const html = toHtml(tree)
    expect(html.match(/<section class="page" data-page="\d+" lang="en">/g)).toHaveLength(2)
    expect(html).toContain('<h4 class="page-marker">Page 4</h4>')
  })

  it('should throw a TypeError on a node that is not a root, page or article', () => {
    expect(() => toHtml({ type: 'paragraph' } as unknown as Root)).toThrow(TypeError)
    expect(() => toHtml(null as unknown as Root)).toThrow(TypeError)
  })

  it('should give well-formed HTML for every corpus page, with all its text', () => {
    const pages = corpusPages()
    expect(pages.length).toBeGreaterThan(50)
    for (const page of pages) {
      const tree = fromText(readShared(page), { input: page.endsWith('.md') ? 'markdown' : 'text' })
      const html = toHtml(tree)
      const { errors, tags, text: shown } = parseHtml(html)
      expect(errors, page).toEqual([])
      expect(tags.has('script'), page).toBe(false)
      expect(html.includes(']]>'), page).toBe(false)
      // Every paragraph of the tree is shown as text.
      for (const article of tree.children.flatMap((p) => p.children)) {
        if (article.type !== 'article') continue
        for (const child of article.children) {
          if (child.type === 'paragraph') expect(shown.includes(child.children[0]!.value), page).toBe(true)
        }
      }
    }
  })
})
