/**
 * The report's charts: Vega-Lite specifications compiled to Vega and
 * rendered to SVG here, in Node (`renderer: 'none'`), so the HTML report
 * carries its charts inline and needs no script and no network.
 */
import * as vega from 'vega'
import { compile, type TopLevelSpec } from 'vega-lite'
import { TOP_ROWS } from './format-terminal.js'
import type { NameCount, StatsReport } from './report.js'

/** Width of a chart's plot area in CSS pixels; the page scales the SVG down on narrow screens. */
export const CHART_WIDTH = 520
/** Height of one bar in horizontal bar charts. */
export const BAR_STEP = 18
/** Fonts for chart text, Chinese first so that Han characters never fall back to boxes. */
export const CHART_FONT = 'Noto Sans CJK SC, Noto Sans CJK TC, Noto Sans, DejaVu Sans, sans-serif'
/** Longest axis label, in pixels, before it is cut. */
const LABEL_LIMIT = 240

/** A chart of the report. */
export interface Chart {
  /** Stable id, also the `data-chart` attribute of its figure. */
  id: string
  title: string
  /** The Vega-Lite specification. */
  spec: TopLevelSpec
}

const CONFIG = {
  font: CHART_FONT,
  axis: { labelFont: CHART_FONT, titleFont: CHART_FONT, labelLimit: LABEL_LIMIT, labelFontSize: 12 },
  legend: { labelFont: CHART_FONT, titleFont: CHART_FONT },
  bar: { color: '#3465a4' },
  line: { color: '#3465a4' },
  point: { color: '#3465a4' },
  view: { stroke: null },
}

type Row = Record<string, string | number>

/** An axis for `format`; counts get whole-number ticks only. */
function countAxis(format: string) {
  return format === ',d' ? { format, tickMinStep: 1 } : { format }
}

function horizontalBars(
  id: string,
  title: string,
  rows: Row[],
  label: string,
  value: string,
  format = ',d',
): Chart {
  return {
    id,
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: CHART_WIDTH - LABEL_LIMIT,
      height: { step: BAR_STEP },
      data: { values: rows },
      mark: { type: 'bar', tooltip: true },
      encoding: {
        y: { field: label, type: 'nominal', sort: null, title: null },
        x: { field: value, type: 'quantitative', title: null, axis: countAxis(format) },
      },
      config: CONFIG,
    },
  }
}

/** Vertical bars of `y` counts: over ordinal `x` values, or over dates when `xTitle` is null. */
function columns(id: string, title: string, rows: Row[], x: string, y: string, xTitle: string | null): Chart {
  const dated = xTitle === null
  return {
    id,
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: CHART_WIDTH,
      height: 200,
      data: { values: rows },
      // Bars, not a line, for dates too: they are often sparse, and a line would invent the days between.
      mark: { type: 'bar', tooltip: true },
      encoding: {
        x: dated
          ? { field: x, type: 'temporal', title: null }
          : { field: x, type: 'ordinal', sort: null, title: xTitle, axis: { labelAngle: -45 } },
        y: { field: y, type: 'quantitative', title: null, axis: countAxis(',d') },
      },
      config: CONFIG,
    },
  }
}

const DATE = /^\d{4}-\d\d-\d\d$/
const top = (list: NameCount[]) => list.slice(0, TOP_ROWS).map((n) => ({ name: n.name, count: n.count }))
const binLabel = (from: number, to: number, digits = 0) => `${from.toFixed(digits)}–${to.toFixed(digits)}`

/** The charts a report has data for, in page order. */
export function reportCharts(report: StatsReport): Chart[] {
  const q = report.quality
  const c = report.content
  const charts: Chart[] = []
  const add = (chart: Chart, rows: unknown[]) => {
    if (rows.length) charts.push(chart)
  }
  const fields = q.fields.map((f) => ({ field: f.field, rate: f.rate }))
  if (q.articles)
    add(horizontalBars('fields', 'Fields found (share of articles)', fields, 'field', 'rate', '.0%'), fields)
  const ch = q.characters
  const buckets = [
    { into: 'articles', share: ch.shares.articles },
    { into: 'figures outside articles', share: ch.shares.figures },
    { into: 'furniture', share: ch.shares.furniture },
    { into: 'nothing certain', share: ch.shares.unplaced },
  ]
  if (ch.total)
    add(horizontalBars('characters', 'Where the characters went', buckets, 'into', 'share', '.0%'), buckets)
  const pageShares = ch.articleShareBins.map((b) => ({
    share: `${binLabel(b.from * 100, b.to * 100)}%`,
    pages: b.count,
  }))
  if (ch.total) {
    add(
      columns(
        'page-shares',
        'Pages by share of characters in articles',
        pageShares,
        'share',
        'pages',
        'share',
      ),
      pageShares,
    )
  }
  const messages = q.messages.slice(0, TOP_ROWS).map((m) => ({ ruleId: m.ruleId, count: m.count }))
  add(horizontalBars('messages', 'Messages by ruleId', messages, 'ruleId', 'count'), messages)
  const repairs = q.repairs.byRuleId.map((r) => ({ repair: r.ruleId, count: r.count }))
  if (q.repairs.total) add(horizontalBars('repairs', 'Repairs made', repairs, 'repair', 'count'), repairs)
  const confidence = q.confidence.bins.map((b) => ({
    confidence: binLabel(b.from, b.to, 1),
    articles: b.count,
  }))
  if (q.articles) {
    add(
      columns('confidence', 'Confidence of articles', confidence, 'confidence', 'articles', 'confidence'),
      confidence,
    )
  }

  const dates = c.breakdowns.date
    .filter((r) => DATE.test(r.key))
    .map((r) => ({ key: r.key, articles: r.articles }))
  add(columns('by-date', 'Articles per date', dates, 'key', 'articles', null), dates)
  const sections = c.breakdowns.section
    .slice(0, TOP_ROWS)
    .map((r) => ({ section: r.key, articles: r.articles }))
  add(horizontalBars('by-section', 'Articles per section', sections, 'section', 'articles'), sections)
  const pages = c.breakdowns.page.slice(0, TOP_ROWS * 2).map((r) => ({ page: r.key, articles: r.articles }))
  add(columns('by-page', 'Articles per page', pages, 'page', 'articles', 'page'), pages)
  for (const l of c.lengths) {
    const bins = l.bins.map((b) => ({ length: binLabel(b.from, b.to), articles: b.count }))
    add(
      columns(
        `lengths-${l.lang}`,
        `Article lengths, ${l.lang} (${l.unit})`,
        bins,
        'length',
        'articles',
        l.unit,
      ),
      bins,
    )
  }
  const terms = c.terms.slice(0, TOP_ROWS).map((t) => ({ term: t.term, score: t.score }))
  add(horizontalBars('terms', 'Top terms by TF-IDF', terms, 'term', 'score', ',.2f'), terms)
  add(horizontalBars('authors', 'Authors', top(c.authors), 'name', 'count'), c.authors)
  add(horizontalBars('places', 'Dateline places', top(c.places), 'name', 'count'), c.places)
  add(horizontalBars('agencies', 'Dateline agencies', top(c.agencies), 'name', 'count'), c.agencies)
  if (c.termUse) {
    const u = c.termUse
    const points = u.points.map((p) => ({ key: p.key, occurrences: p.occurrences }))
    const title = `“${u.term}” per ${u.by}`
    if (u.by === 'date') {
      const dated = points.filter((p) => DATE.test(p.key))
      add(columns('term-use', title, dated, 'key', 'occurrences', null), dated)
    } else add(columns('term-use', title, points, 'key', 'occurrences', u.by), points)
  }
  return charts
}

/** Render a Vega-Lite specification to an SVG string. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' })
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}
