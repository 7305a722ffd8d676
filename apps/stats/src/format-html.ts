/**
 * The report as one self-contained HTML file: inline CSS and SVG charts, no
 * script, no network. Readable on a phone (one column, charts scaled to the
 * width) and on a desktop (two columns).
 */
import { type Chart, renderSvg, reportCharts } from './charts.js'
import { formatNumber, TOP_ROWS } from './format-terminal.js'
import type { NameCount, StatsReport } from './report.js'

const STYLE = `
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6470; --line: #d9dee5; --accent: #3465a4; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans", system-ui, sans-serif; color: var(--ink); background: #f6f7f9; }
header, main { max-width: 1180px; margin: 0 auto; padding: 16px; }
header h1 { margin: 0 0 4px; font-size: 1.5rem; }
header p { margin: 0; color: var(--muted); overflow-wrap: anywhere; }
h2 { margin: 28px 0 8px; font-size: 1.2rem; border-bottom: 2px solid var(--accent); padding-bottom: 4px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 8px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.card b { display: block; font-size: 1.3rem; }
.card span { color: var(--muted); font-size: 0.85rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr)); gap: 12px; align-items: start; }
figure.chart, .panel { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px; min-width: 0; }
figure.chart figcaption, .panel h3 { font-weight: 600; margin: 0 0 4px; font-size: 1rem; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.wrap { overflow-wrap: anywhere; }
.note { color: var(--muted); font-size: 0.85rem; }
`

/** Escape text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`
}

interface Cell {
  text: string | number
  numeric?: boolean
  wrap?: boolean
}

function htmlTable(title: string, head: Cell[], rows: Cell[][], more = 0): string {
  const cell = (tag: 'td' | 'th', c: Cell) => {
    const cls = c.numeric ? ' class="n"' : c.wrap ? ' class="wrap"' : ''
    const text = typeof c.text === 'number' ? formatNumber(c.text) : c.text
    return `<${tag}${cls}>${escapeHtml(text)}</${tag}>`
  }
  const body = rows.length
    ? `<div class="scroll"><table><thead><tr>${head.map((h) => cell('th', h)).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`)
        .join('')}</tbody></table></div>`
    : '<p class="note">None.</p>'
  const note = more > 0 ? `<p class="note">${formatNumber(more)} more in the JSON report.</p>` : ''
  return `<section class="panel"><h3>${escapeHtml(title)}</h3>${body}${note}</section>`
}

function namesTable(title: string, list: NameCount[]): string {
  return htmlTable(
    title,
    [{ text: 'name' }, { text: 'count', numeric: true }],
    list.slice(0, TOP_ROWS).map((n) => [
      { text: n.name, wrap: true },
      { text: n.count, numeric: true },
    ]),
    list.length - TOP_ROWS,
  )
}

async function figure(chart: Chart): Promise<string> {
  const svg = await renderSvg(chart.spec)
  return `<figure class="chart" data-chart="${escapeHtml(chart.id)}"><figcaption>${escapeHtml(chart.title)}</figcaption>${svg}</figure>`
}

/** Chart ids shown in the quality part; the rest are content. */
const QUALITY_CHARTS = new Set(['fields', 'characters', 'page-shares', 'messages', 'repairs', 'confidence'])

/** The whole report as an HTML document. */
export async function formatHtml(report: StatsReport, title = 'Archive statistics'): Promise<string> {
  const q = report.quality
  const c = report.content
  const charts = reportCharts(report)
  const quality: string[] = []
  const content: string[] = []
  for (const chart of charts) (QUALITY_CHARTS.has(chart.id) ? quality : content).push(await figure(chart))
  const cards = [
    ['files', q.files],
    ['failed', q.failedFiles.length],
    ['pages', q.pages],
    ['articles', q.articles],
    ['articles per page', q.articlesPerPage],
    ['in articles', percent(q.characters.shares.articles)],
    ['nothing certain', percent(q.characters.shares.unplaced)],
    ['repairs', q.repairs.total],
    ['mean confidence', q.confidence.mean === null ? '–' : q.confidence.mean.toFixed(2)],
  ]
    .map(
      ([label, value]) =>
        `<div class="card"><b>${escapeHtml(typeof value === 'number' ? formatNumber(value) : String(value))}</b><span>${escapeHtml(String(label))}</span></div>`,
    )
    .join('')
  const worst = htmlTable(
    'Worst pages',
    [{ text: 'file' }, { text: 'page', numeric: true }, { text: 'score', numeric: true }, { text: 'why' }],
    q.worstPages.slice(0, TOP_ROWS).map((p) => [
      { text: p.file, wrap: true },
      { text: p.page ?? '', numeric: true },
      { text: p.score.toFixed(2), numeric: true },
      { text: p.reasons.join('; '), wrap: true },
    ]),
  )
  const lengths = htmlTable(
    'Article lengths and reading time',
    [
      { text: 'lang' },
      { text: 'unit' },
      { text: 'articles', numeric: true },
      { text: 'mean', numeric: true },
      { text: 'median', numeric: true },
      { text: 'p90', numeric: true },
      { text: 'minutes per article', numeric: true },
      { text: 'hours in all', numeric: true },
    ],
    c.lengths.map((l) => [
      { text: l.lang },
      { text: l.unit },
      { text: l.articles, numeric: true },
      { text: l.mean, numeric: true },
      { text: l.median, numeric: true },
      { text: l.p90, numeric: true },
      { text: l.meanReadingMinutes, numeric: true },
      { text: Math.round((l.readingMinutes / 60) * 10) / 10, numeric: true },
    ]),
  )
  const failed = q.failedFiles.length
    ? htmlTable(
        'Files that could not be read',
        [{ text: 'file' }, { text: 'error' }],
        q.failedFiles.slice(0, TOP_ROWS).map((f) => [
          { text: f.file, wrap: true },
          { text: f.error, wrap: true },
        ]),
        q.failedFiles.length - TOP_ROWS,
      )
    : ''
  const inputs = report.inputs.length ? report.inputs.join(', ') : 'standard input'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p>${escapeHtml(inputs)} · ${report.format}</p></header>
<main>
<h2>Extraction quality</h2>
<div class="cards">${cards}</div>
<div class="grid">${quality.join('\n')}
${worst}
${failed}</div>
<h2>Content</h2>
<div class="grid">${content.join('\n')}
${lengths}
${namesTable('Authors', c.authors)}
${namesTable('Dateline places', c.places)}
${namesTable('Dateline agencies', c.agencies)}</div>
<p class="note">Top ${TOP_ROWS} of each list; every author, place and term is in the JSON report (news-stats --json).</p>
</main>
</body>
</html>
`
}
