/** The report as aligned text tables for a terminal: 80 columns, the top 20 of each list. */
import Table from 'cli-table3'
import type { NameCount, RuleCount, StatsReport } from './report.js'

/** Width of the terminal output. */
export const TERMINAL_WIDTH = 80
/** Rows shown of each list; the JSON report has them all. */
export const TOP_ROWS = 20

type Align = 'left' | 'right'

interface Column {
  head: string
  /** Width including padding. */
  width: number
  align?: Align
}

/** A table whose width is the sum of its columns plus one border per column and one. */
function table(title: string, columns: Column[], rows: Array<Array<string | number>>, more = 0): string {
  const width = columns.reduce((n, c) => n + c.width, 0) + columns.length + 1
  if (width > TERMINAL_WIDTH) throw new Error(`table "${title}" is ${width} columns wide`)
  const t = new Table({
    head: columns.map((c) => c.head),
    colWidths: columns.map((c) => c.width),
    colAligns: columns.map((c) => c.align ?? 'left'),
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1, compact: true },
    wordWrap: true,
    wrapOnWordBoundary: false,
  })
  for (const row of rows) t.push(row.map((cell) => (typeof cell === 'number' ? formatNumber(cell) : cell)))
  const note = more > 0 ? `\n… ${formatNumber(more)} more in the JSON report (--json)` : ''
  return `${title}\n${rows.length ? t.toString() : '  (none)'}${note}\n`
}

/** Numbers with thousands separators; fractions with at most 2 decimals. */
export function formatNumber(n: number, fractionDigits = 2): string {
  return Number.isInteger(n)
    ? n.toLocaleString('en')
    : n.toLocaleString('en', { maximumFractionDigits: fractionDigits })
}

/** A mean or ratio for a narrow column: one decimal. */
function short(n: number): string {
  return formatNumber(n, 1)
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`
}

/** A bar of `█` for a share, at most `width` characters. */
function bar(share: number, width: number): string {
  return '█'.repeat(Math.round(Math.max(0, Math.min(1, share)) * width))
}

function names(title: string, list: NameCount[], head: string): string {
  return table(
    title,
    [
      { head, width: 50 },
      { head: 'count', width: 12, align: 'right' },
    ],
    list.slice(0, TOP_ROWS).map((n) => [n.name, n.count]),
    list.length - TOP_ROWS,
  )
}

function rules(title: string, list: RuleCount[], head: string): string {
  return table(
    title,
    [
      { head, width: 40 },
      { head: 'count', width: 12, align: 'right' },
      { head: 'files', width: 10, align: 'right' },
    ],
    list.slice(0, TOP_ROWS).map((r) => [r.ruleId, r.count, r.files]),
    list.length - TOP_ROWS,
  )
}

/** The whole report as text. */
export function formatTerminal(report: StatsReport): string {
  const q = report.quality
  const c = report.content
  const out: string[] = ['EXTRACTION QUALITY\n']
  out.push(
    table(
      'Summary',
      [
        { head: 'what', width: 30 },
        { head: 'value', width: 16, align: 'right' },
      ],
      [
        ['files', q.files],
        ['files that failed', q.failedFiles.length],
        ['pages', q.pages],
        ['articles', q.articles],
        ['articles per page', q.articlesPerPage],
        ['pages without articles', q.pagesWithoutArticles],
        ['bytes read', q.bytes],
      ],
    ),
  )
  out.push(
    table(
      'Fields found (share of articles)',
      [
        { head: 'field', width: 16 },
        { head: 'articles', width: 12, align: 'right' },
        { head: 'rate', width: 9, align: 'right' },
        { head: '', width: 22 },
      ],
      q.fields.map((f) => [f.field, f.found, percent(f.rate), bar(f.rate, 20)]),
    ),
  )
  const ch = q.characters
  out.push(
    table(
      'Where the characters went',
      [
        { head: 'into', width: 22 },
        { head: 'characters', width: 14, align: 'right' },
        { head: 'share', width: 9, align: 'right' },
        { head: 'page mean', width: 11, align: 'right' },
      ],
      [
        ['articles', ch.articles, percent(ch.shares.articles), percent(ch.meanPageShares.articles)],
        ['figures outside', ch.figures, percent(ch.shares.figures), percent(ch.meanPageShares.figures)],
        ['furniture', ch.furniture, percent(ch.shares.furniture), percent(ch.meanPageShares.furniture)],
        ['nothing certain', ch.unplaced, percent(ch.shares.unplaced), percent(ch.meanPageShares.unplaced)],
      ],
    ),
  )
  out.push(rules('Messages by ruleId', q.messages, 'ruleId'))
  out.push(rules(`Repairs made (${formatNumber(q.repairs.total)})`, q.repairs.byRuleId, 'repair'))
  const conf = q.confidence
  const maxBin = Math.max(1, ...conf.bins.map((b) => b.count))
  out.push(
    table(
      `Confidence of articles (mean ${conf.mean ?? '–'}, median ${conf.median ?? '–'})`,
      [
        { head: 'confidence', width: 14 },
        { head: 'articles', width: 12, align: 'right' },
        { head: '', width: 32 },
      ],
      conf.bins.map((b) => [`${b.from.toFixed(1)}–${b.to.toFixed(1)}`, b.count, bar(b.count / maxBin, 30)]),
    ),
  )
  out.push(
    table(
      'Worst pages',
      [
        { head: 'file', width: 26 },
        { head: 'page', width: 6, align: 'right' },
        { head: 'score', width: 7, align: 'right' },
        { head: 'why', width: 36 },
      ],
      q.worstPages
        .slice(0, TOP_ROWS)
        .map((p) => [shortPath(p.file, 24), p.page ?? '', p.score.toFixed(2), p.reasons.join('; ')]),
    ),
  )

  out.push('\nCONTENT\n')
  const rows = c.breakdowns[report.by]
  out.push(
    table(
      `Articles by ${report.by}`,
      [
        { head: report.by, width: 14 },
        { head: 'pages', width: 8, align: 'right' },
        { head: 'articles', width: 10, align: 'right' },
        { head: 'per page', width: 10, align: 'right' },
        { head: 'characters', width: 13, align: 'right' },
        { head: 'conf.', width: 7, align: 'right' },
        { head: 'unplaced', width: 10, align: 'right' },
      ],
      rows
        .slice(0, TOP_ROWS)
        .map((r) => [
          r.key,
          r.pages,
          r.articles,
          short(r.pages ? r.articles / r.pages : 0),
          r.characters,
          r.meanConfidence === null ? '–' : r.meanConfidence.toFixed(2),
          percent(r.unplacedShare),
        ]),
      rows.length - TOP_ROWS,
    ),
  )
  out.push(
    table(
      'Article lengths and reading time',
      [
        { head: 'lang', width: 6 },
        { head: 'unit', width: 12 },
        { head: 'articles', width: 10, align: 'right' },
        { head: 'mean', width: 9, align: 'right' },
        { head: 'median', width: 9, align: 'right' },
        { head: 'p90', width: 9, align: 'right' },
        { head: 'min/art.', width: 10, align: 'right' },
      ],
      c.lengths.map((l) => [
        l.lang,
        l.unit,
        l.articles,
        short(l.mean),
        l.median,
        l.p90,
        short(l.meanReadingMinutes),
      ]),
    ),
  )
  out.push(names('Authors', c.authors, 'author'))
  out.push(names('Dateline places', c.places, 'place'))
  out.push(names('Dateline agencies', c.agencies, 'agency'))
  out.push(
    table(
      'Top terms by TF-IDF',
      [
        { head: 'term', width: 34 },
        { head: 'score', width: 11, align: 'right' },
        { head: 'count', width: 11, align: 'right' },
        { head: 'articles', width: 11, align: 'right' },
      ],
      c.terms.slice(0, TOP_ROWS).map((t) => [t.term, t.score, t.count, t.articles]),
      c.terms.length - TOP_ROWS,
    ),
  )
  if (c.termUse) {
    const u = c.termUse
    out.push(
      table(
        `"${u.term}" by ${u.by} (${formatNumber(u.total)} times)`,
        [
          { head: u.by, width: 16 },
          { head: 'articles', width: 11, align: 'right' },
          { head: 'using it', width: 11, align: 'right' },
          { head: 'times', width: 10, align: 'right' },
        ],
        u.points.slice(0, TOP_ROWS).map((p) => [p.key, p.articles, p.articlesWithTerm, p.occurrences]),
        u.points.length - TOP_ROWS,
      ),
    )
  }
  return out.join('\n')
}

/** The end of a path, at most `width` characters. */
function shortPath(path: string, width: number): string {
  return path.length <= width ? path : `…${path.slice(path.length - width + 1)}`
}
