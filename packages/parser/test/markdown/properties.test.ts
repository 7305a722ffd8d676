/** What must hold for any Markdown input: no throw, positions inside the input, no text lost, safe HTML. */
import fc from 'fast-check'
import { parseFragment } from 'parse5'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { fromText, type Root, type Text, toHtml, toMarkdown } from '../../src/index.js'

/** Pieces of Markdown syntax and hostile text, joined at random. */
const PIECES = [
  '#',
  '## ',
  '#### Page 2',
  '**',
  '*',
  '_',
  '`',
  '```',
  '> ',
  '- ',
  '1. ',
  '---',
  '***',
  '![',
  '](',
  ')',
  '[',
  ']',
  '\\',
  '|',
  '| a | b |\n| --- | --- |',
  '<script>alert(1)</script>',
  '<!-- news:byline {"authors":[1]} -->',
  '<!-- news:article -->',
  '<!-- news:page {bad json} -->',
  '<table><tr><td>x</td></tr></table>',
  '&amp;',
  '&#x3C;',
  ']]>',
  '[sic]',
  '[illegible]',
  'By JOHN SMITH',
  'WASHINGTON, Dec. 3.—',
  '本报讯',
  '新华社记者 李明 摄',
  '---\ntitle: T\ndate: 2020-01-02\n---',
  'WAR IN EUROPE',
  'The council voted on the plan on Monday night.',
  '\u0000',
  '\u0001',
  '\u000b',
  '\u007f',
  '\u0085',
  '\ud800',
  '\udc00x',
  '\uffff',
  '\ufdd0',
  '\u{1fffe}',
  '\u3000',
  '\t',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\f',
]

const markdown = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 40 })
  .map((parts) => parts.join(''))

function leaves(node: { type: string; children?: unknown[] }, out: Text[] = []): Text[] {
  if (node.type === 'text') out.push(node as Text)
  for (const child of (node.children ?? []) as Array<{ type: string }>) leaves(child, out)
  return out
}

describe('Markdown input on any input', () => {
  it('should not throw, keep positions inside the input, and give well-formed safe HTML', () => {
    fc.assert(
      fc.property(markdown, (source) => {
        const file = new VFile({ value: source })
        const tree: Root = fromText(source, { input: 'markdown' }, file)
        for (const leaf of leaves(tree)) {
          const { start, end } = leaf.position!
          expect(start.offset).toBeGreaterThanOrEqual(0)
          expect(end.offset!).toBeLessThanOrEqual(source.length)
          expect(start.offset!).toBeLessThanOrEqual(end.offset!)
        }
        const html = toHtml(tree)
        const errors: string[] = []
        const fragment = parseFragment(html, { onParseError: (e) => errors.push(e.code) })
        expect(errors).toEqual([])
        expect(JSON.stringify(fragment.childNodes.map((n) => n.nodeName))).not.toContain('script')
        expect(html).not.toMatch(/<script|]]>/i)
        // Written back as Markdown, it reads again without throwing.
        fromText(toMarkdown(tree), { input: 'markdown' })
      }),
      { numRuns: 300 },
    )
  })

  it('should keep every word of the input in some text node', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('alpha', 'Bravo', 'CHARLIE', 'delta.', '## Echo', '**Foxtrot**', '\n', '\n\n', ' '),
          {
            maxLength: 30,
          },
        ),
        (parts) => {
          const source = parts.join(' ')
          const text = leaves(fromText(source, { input: 'markdown' }))
            .map((l) => l.value)
            .join(' ')
          for (const word of source.match(/[A-Za-z]+/g) ?? []) expect(text).toContain(word)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('should turn raw HTML in Markdown into escaped text', () => {
    const html = toHtml(
      fromText(
        '## Hostile\n\n<script>alert(1)</script>\n\nText with <img src=x onerror=alert(1)> inside.\n',
        {
          input: 'markdown',
        },
      ),
    )
    expect(html).not.toMatch(/<script|<img/)
    expect(html).toContain('&lt;script>alert(1)&lt;/script>')
    expect(html).toContain('&lt;img src=x onerror=alert(1)>')
  })
})
