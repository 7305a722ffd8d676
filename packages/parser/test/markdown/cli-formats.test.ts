/** `news-parse --format markdown|html` and `--input markdown`, run as users run it (the built CLI). */
import { spawnSync } from 'node:child_process'
import { parseFragment } from 'parse5'
import { describe, expect, it } from 'vitest'
import { sharedPath } from './corpus.js'

const cli = new URL('../../dist/cli.js', import.meta.url).pathname
const transcription = sharedPath('corpus/en/023-daily-record-wilmington-1898-08-26-transcription.md')

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('news-parse Markdown and HTML', () => {
  it('should print well-formed HTML for a .md file read as Markdown, and report its editorial marks', () => {
    const r = run(['--format', 'html', transcription])
    expect(r.code).toBe(0)
    const errors: string[] = []
    parseFragment(r.stdout, { onParseError: (e) => errors.push(e.code) })
    expect(errors).toEqual([])
    expect(r.stdout.match(/<section class="page"/g)).toHaveLength(4)
    expect(r.stdout).toContain('<h2>Soldiers Arrived.</h2>')
    expect(r.stdout).toContain('<p class="byline">(By wire to the Recorp.)</p>')
    expect(r.stderr).toMatch(/:\d+:\d+: warning Editorial mark `\[sic\]` kept in the text \[editorial-mark\]/)
  })

  it('should write Markdown that reads back to the same records', () => {
    const text =
      'COUNCIL VOTES ON BUDGET\nBy JANE ROE\nThe council voted on the budget on Monday night after a long debate.\n'
    const markdown = run(['--format', 'markdown', '-q', '-'], text)
    expect(markdown.code).toBe(0)
    expect(markdown.stdout).toContain('<!-- news:article -->')
    const again = run(['--format', 'records', '--input', 'markdown', '-q', '-'], markdown.stdout)
    expect(again.code).toBe(0)
    const strip = (articles: Array<Record<string, unknown>>) =>
      articles.map(({ id: _id, confidence: _c, lines: _l, ...rest }) => rest)
    const read = JSON.parse(again.stdout) as { articles: Array<Record<string, unknown>> }
    // The same built parser on both sides (the source may be ahead of dist while others work).
    const first = run(['--format', 'records', '-q', '-'], text)
    const direct = (JSON.parse(first.stdout) as { articles: Array<Record<string, unknown>> }).articles
    expect(strip(read.articles)).toEqual(strip(direct))
    expect(read.articles.length).toBeGreaterThan(0)
  })
})
