/**
 * Properties of `fromText` on any input: it never throws, positions lie
 * inside the input, pages and page children are ordered, every
 * non-whitespace character is accounted for by exactly one leaf, leaves hold
 * their own source text, and the same input gives the same tree and ids.
 */
import fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { fromText } from '../../src/index.js'
import { anyText, corpusPages, corpusSlices, degenerateText, linedText } from './arbitraries.js'
import { articleIds, checkAccounting, checkLeafText, checkPositions, leaves } from './invariants.js'

/** Runs per property: enough to find the odd input, few enough for CI's two minutes. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150)

const inputs = fc.oneof(
  { weight: 3, arbitrary: anyText(600) },
  { weight: 3, arbitrary: linedText },
  { weight: 1, arbitrary: degenerateText },
  { weight: 2, arbitrary: corpusSlices([...corpusPages('zh'), ...corpusPages('en').slice(0, 12)]) },
  // E-paper pages as pdftotext, MuPDF and Tesseract give them (OCR misreadings, doubled bold text, merged columns).
  {
    weight: 1,
    arbitrary: corpusSlices(corpusPages('generated').filter((t) => /[\u4e00-\u9fff]/u.test(t.slice(0, 200)))),
  },
)
const langs = fc.constantFrom(undefined, 'zh', 'zh-Hant', 'en', 'fr')

const parse = (text: string, lang?: string) => {
  const file = new VFile({ value: text })
  const tree = fromText(text, lang ? { lang } : {}, file)
  return { tree, file }
}

describe('fromText on any input', () => {
  it('should never throw and always give a root', () => {
    fc.assert(
      fc.property(inputs, langs, (text, lang) => {
        const { tree, file } = parse(text, lang)
        expect(tree.type).toBe('root')
        // A rule that threw was caught by the pipeline: that is a bug too.
        expect(file.messages.filter((m) => m.ruleId === 'rule-failed').map((m) => m.reason)).toEqual([])
      }),
      { numRuns: RUNS },
    )
  })

  it('should give positions inside the input, parents around children, pages in order', () => {
    fc.assert(
      fc.property(inputs, langs, (text, lang) => checkPositions(text, parse(text, lang).tree)),
      { numRuns: RUNS },
    )
  })

  it('should account for every non-whitespace character by exactly one leaf', () => {
    fc.assert(
      fc.property(inputs, langs, (text, lang) => checkAccounting(text, parse(text, lang).tree)),
      { numRuns: RUNS },
    )
  })

  it('should build each leaf from its own source text', () => {
    fc.assert(
      fc.property(inputs, langs, (text, lang) => checkLeafText(text, parse(text, lang).tree)),
      { numRuns: RUNS },
    )
  })

  it('should give the same tree and the same ids for the same input', () => {
    fc.assert(
      fc.property(inputs, langs, (text, lang) => {
        const a = parse(text, lang).tree
        const b = parse(text, lang).tree
        expect(articleIds(b)).toEqual(articleIds(a))
        expect(b).toEqual(a)
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    )
  })

  it('should accept the same text as UTF-8 bytes', () => {
    fc.assert(
      fc.property(linedText, (text) => {
        // UTF-8 cannot hold a lone surrogate (the encoder writes U+FFFD), and
        // decoding drops a leading byte order mark.
        const expected = wellFormed(text).replace(/^\ufeff/, '')
        expect(fromText(new TextEncoder().encode(text))).toEqual(fromText(expected))
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    )
  })
})

/** The string UTF-8 can carry: lone surrogates replaced by U+FFFD, as `TextEncoder` does. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
}

describe('the accounting checks themselves', () => {
  // The checks must be able to fail, or the properties above prove nothing.
  it('should catch a lost character and a character counted twice', () => {
    const text = 'HEADLINE\nThe body of the story is here.'
    const tree = fromText(text)
    const paragraph = JSON.parse(JSON.stringify(tree))
    const leaf = paragraph.children[0].children.at(-1).children.at(-1).children[0]
    leaf.position.end.offset -= 3
    leaf.position.end.column -= 3
    expect(() => checkAccounting(text, paragraph)).toThrow(/accounted for by no leaf/)
    const twice = JSON.parse(JSON.stringify(tree))
    twice.children[0].children.push(twice.children[0].children[0])
    expect(() => checkAccounting(text, twice)).toThrow(/accounted for by leaves/)
  })

  it('should catch a leaf whose value is not its source', () => {
    const text = 'HEADLINE\nThe body of the story is here.'
    const tree = JSON.parse(JSON.stringify(fromText(text)))
    tree.children[0].children[0].children[0].children[0].value = 'HEADLINES'
    expect(() => checkLeafText(text, tree)).toThrow(/not in its source/)
    tree.children[0].children[0].children[0].children[0].value = 'HEADLIN'
    expect(() => checkLeafText(text, tree)).toThrow(/lost "E"/)
  })

  it('should allow a joined hyphen and doubled text to be dropped', () => {
    const text = 'It was a Demo-\ncrat.'
    const tree = fromText(text)
    const leaf = leaves(tree).at(-1)!.node
    leaf.value = 'It was a Democrat.'
    expect(() => checkLeafText(text, tree)).not.toThrow()
    leaf.value = 'It was a Demcrat.'
    expect(() => checkLeafText(text, tree)).toThrow(/lost "o-"/)
    const doubled = '重重要要新新闻闻'
    const zh = fromText(doubled, { lang: 'zh' })
    for (const { node } of leaves(zh)) node.value = node.value.replace(/(.)\1/gu, '$1')
    expect(() => checkLeafText(doubled, zh)).not.toThrow()
    leaves(zh)[0]!.node.value = '重新闻'
    expect(() => checkLeafText(doubled, zh)).toThrow(/lost "重?要要"/)
  })
})
