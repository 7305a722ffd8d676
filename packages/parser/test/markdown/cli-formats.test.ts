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
  it('should print well-formed HTML for a .md file read as Markdown', () => {
    const r = run(['--format', 'html', '-q', transcription])
    expect(r.code).toBe(0)
    const errors: string[] = []
    parseFragment(r.stdout, { onParseError: (e) => errors.push(e.code) })
    expect(errors).toEqual([])
    expect(r.stdout.match(/<section class="page"/g)).toHaveLength(4)
    expect(r.stdout).toContain('<h2>Soldiers Arrived.</h2>')
    expect(r.stdout).toContain('<p class="byline">(By wire to the Recorp.)</p>')
  })

  it('should report editorial marks with their rule id and line', () => {
    const r = run(['--format', 'outline', transcription])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/:\d+:\d+: warning Editorial mark `\[sic\]` kept in the text \[editorial-mark\]/)
  })

  it('should write Markdown that reads back to the same records', () => {
    const text =
      'COUNCIL VOTES ON BUDGET\nBy JANE ROE\nThe council voted on the budget on Monday night after a long debate.\n'
    const markdown = run(['--format', 'markdown', '-q', '-'], text)
    expect(markdown.code).toBe(0)
    expect(markdown.stdout).toContain('<!-- news:article -->')
    const first = run(['--format', 'records', '-q', '-'], text)
    const again = run(['--format', 'records', '--input', 'markdown', '-q', '-'], markdown.stdout)
    expect(again.code).toBe(0)
    const strip = (out: string) =>
      (JSON.parse(out) as { articles: Array<Record<string, unknown>> }).articles.map(
        ({ id: _id, confidence: _c, lines: _l, ...rest }) => rest,
      )
    expect(strip(again.stdout)).toEqual(strip(first.stdout))
  })

  it('should reject an unknown format with a usage error', () => {
    expect(run(['--format', 'pdf', '-q', transcription]).code).toBe(2)
  })
})
