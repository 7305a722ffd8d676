/** Rule: build the Chinese working lines and repair text the extractor doubled. */
import type { PageContext } from '../../pipeline/model.js'
import { clip } from '../../util/clip.js'
import type { Rule } from '../rule.js'
import { compact, findChunkChain, findRepeatedBlock, undoubleText } from './doubled-text.js'
import { setZhLines, type ZhLine, zhLinesOf, zhWidth } from './zh-lines.js'

const SOURCE = 'news-parser'

export const zhDoubledText: Rule = {
  name: 'zh-doubled-text',
  description:
    'Build the working lines of a Chinese page (typesetting spaces removed) and repair text printed twice by the extractor, whole or chunk by chunk.',
  run(page: PageContext) {
    const lines = zhLinesOf(page)
    const texts = lines.map((l) => l.text)
    // Compacted once: the finders compare each line with several others.
    const compacted = texts.map(compact)
    const out: ZhLine[] = []
    const report = (line: ZhLine, before: string) => {
      page.file.message(`Repaired doubled text \`${clip(before, 30)}\` → \`${clip(line.text, 30)}\``, {
        place: { line: line.first.line, column: 1 },
        ruleId: 'doubled-text-repaired',
        source: SOURCE,
      })
    }
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      const block = findRepeatedBlock(compacted, i)
      if (block) {
        for (let j = 0; j < block; j++) {
          const copy = lines[i + j]!
          for (const span of lines[i + block + j]!.spans) copy.spans.push(span)
          out.push(copy)
        }
        report(line, texts.slice(i, i + 2 * block).join('/'))
        i += 2 * block - 1
        continue
      }
      const chain = findChunkChain(compacted, i)
      if (chain) {
        const before = texts.slice(i, i + chain.count).join('/')
        line.spans = lines.slice(i, i + chain.count).flatMap((l) => l.spans)
        rebuild(line, chain.text)
        report(line, before)
        out.push(line)
        i += chain.count - 1
        continue
      }
      const whole = undoubleText(line.text)
      if (whole) {
        const before = line.text
        rebuild(line, whole)
        report(line, before)
      }
      out.push(line)
    }
    setZhLines(page, out)
  },
}

function rebuild(line: ZhLine, text: string): void {
  line.text = text
  line.offsets = null
  line.width = zhWidth(text)
  line.repaired = true
}
