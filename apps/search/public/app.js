// The search page: state lives in the URL (?q=&offset=&section=&author=&from=&to=&lang=&article=),
// so every view can be bookmarked and the back button works.

const PAGE_SIZE = 10
const FILTERS = ['section', 'author', 'from', 'to', 'lang']
const FACET_LABELS = { section: 'Section', author: 'Author', month: 'Month' }
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }
const HAN = /\p{Script=Han}/u

const $ = (id) => document.getElementById(id)
const form = $('search-form')
const input = $('q')

/** An element with text (never HTML) and attributes. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    if (key === 'onclick') node.addEventListener('click', value)
    else node.setAttribute(key, value)
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child)
  return node
}

/** Mark text in Chinese so the CJK font and line height apply. */
function withLang(node, text) {
  if (text && HAN.test(text)) node.lang = 'zh'
  return node
}

function decode(text) {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e])
}

/** The server's snippet (escaped text and <mark>) as DOM nodes, without innerHTML. */
function snippetNodes(html) {
  const out = []
  const parts = html.split(/<mark>([\s\S]*?)<\/mark>/)
  parts.forEach((part, i) => {
    if (part === '') return
    out.push(i % 2 === 1 ? el('mark', {}, decode(part)) : document.createTextNode(decode(part)))
  })
  return out
}

function readState() {
  const params = new URLSearchParams(location.search)
  return {
    q: params.get('q') ?? '',
    offset: Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0),
    filters: Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])),
    article: params.get('article'),
  }
}

function go(state, replace = false) {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  for (const f of FILTERS) if (state.filters[f]) params.set(f, state.filters[f])
  if (state.offset) params.set('offset', String(state.offset))
  if (state.article) params.set('article', state.article)
  const url = `${location.pathname}${params.size > 0 ? `?${params}` : ''}`
  if (replace) history.replaceState(null, '', url)
  else history.pushState(null, '', url)
  render()
}

function show(view) {
  $('intro').hidden = view !== 'intro'
  $('results-view').hidden = view !== 'results'
  $('article-view').hidden = view !== 'article'
}

function status(text) {
  $('status').hidden = !text
  $('status').textContent = text ?? ''
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } })
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }))
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`)
  return body
}

function hasSearch(state) {
  return state.q.trim() !== '' || FILTERS.some((f) => state.filters[f])
}

async function render() {
  const state = readState()
  if (document.activeElement !== input) input.value = state.q
  if (state.article) return renderArticle(state)
  if (!hasSearch(state)) {
    show('intro')
    status('')
    document.title = 'News archive search'
    return
  }
  status('Searching…')
  const params = new URLSearchParams({ q: state.q, limit: String(PAGE_SIZE), offset: String(state.offset) })
  for (const f of FILTERS) if (state.filters[f]) params.set(f, state.filters[f])
  try {
    const result = await getJson(`/api/search?${params}`)
    if (JSON.stringify(readState()) !== JSON.stringify(state)) return // a newer search started
    renderResults(state, result)
    status('')
  } catch (error) {
    show('intro')
    status(`Search failed: ${error.message}`)
  }
}

function renderResults(state, result) {
  show('results')
  document.title = `${state.q || 'Filtered'} — News archive search`
  const first = result.total === 0 ? 0 : result.offset + 1
  const last = result.offset + result.hits.length
  $('summary').textContent =
    result.total === 0
      ? `No results for “${result.query}”. Try fewer words or remove a filter.`
      : `Results ${first}–${last} of ${result.totalExact ? '' : 'more than '}${result.total.toLocaleString('en')}${result.query ? ` for “${result.query}”` : ''}`

  const chips = FILTERS.filter((f) => state.filters[f]).map((f) =>
    el(
      'button',
      {
        type: 'button',
        class: 'chip',
        'aria-label': `Remove filter ${f}: ${state.filters[f]}`,
        onclick: () => go({ ...state, offset: 0, filters: { ...state.filters, [f]: '' } }),
      },
      `${f}: ${state.filters[f]} ×`,
    ),
  )
  $('active-filters').replaceChildren(...chips)

  $('hits').replaceChildren(
    ...result.hits.map((hit) => {
      const meta = [hit.publication, hit.date, hit.page === null ? null : `page ${hit.page}`, hit.section]
        .filter(Boolean)
        .join(' · ')
      const link = el(
        'a',
        { href: `?${new URLSearchParams({ ...paramsOf(state), article: hit.id })}` },
        hit.headline || '(no headline)',
      )
      link.addEventListener('click', (event) => {
        event.preventDefault()
        go({ ...state, article: hit.id })
      })
      return el(
        'li',
        { class: 'hit' },
        withLang(el('h3', {}, link), hit.headline),
        meta || hit.bylines.length > 0
          ? withLang(
              el('p', { class: 'meta' }, [meta, hit.bylines.join('; ')].filter(Boolean).join(' — ')),
              meta + hit.bylines.join(''),
            )
          : null,
        withLang(el('p', { class: 'snippet' }, ...snippetNodes(hit.snippet)), hit.snippet),
        el('p', { class: 'source' }, `${hit.source.file}${hit.source.line ? `:${hit.source.line}` : ''}`),
      )
    }),
  )

  const sampled = result.facetsOver < result.total || !result.totalExact
  $('facets').replaceChildren(
    ...(sampled && result.facetsOver > 0
      ? [
          el(
            'p',
            { class: 'facets-note' },
            `Counts of the best ${result.facetsOver.toLocaleString('en')} results`,
          ),
        ]
      : []),
    ...Object.entries(result.facets)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) =>
        el(
          'section',
          { class: 'facet' },
          el('h2', {}, FACET_LABELS[name] ?? name),
          el(
            'ul',
            {},
            ...values.slice(0, 10).map((v) =>
              el(
                'li',
                {},
                withLang(
                  el(
                    'button',
                    {
                      type: 'button',
                      'data-facet': name,
                      onclick: () =>
                        go({
                          ...state,
                          offset: 0,
                          filters: { ...state.filters, ...facetFilter(name, v.value) },
                        }),
                    },
                    el('span', {}, v.value),
                    el('span', { class: 'count' }, v.count.toLocaleString('en')),
                  ),
                  v.value,
                ),
              ),
            ),
          ),
        ),
      ),
  )

  const pages = Math.ceil(result.total / PAGE_SIZE)
  const page = Math.floor(result.offset / PAGE_SIZE) + 1
  $('pager').replaceChildren(
    ...(pages > 1
      ? [
          el(
            'button',
            {
              type: 'button',
              disabled: page <= 1,
              onclick: () => go({ ...state, offset: state.offset - PAGE_SIZE }),
            },
            '← Previous',
          ),
          el('span', {}, `Page ${page} of ${pages.toLocaleString('en')}${result.totalExact ? '' : '+'}`),
          el(
            'button',
            {
              type: 'button',
              disabled: page >= pages && result.totalExact,
              onclick: () => go({ ...state, offset: state.offset + PAGE_SIZE }),
            },
            'Next →',
          ),
        ]
      : []),
  )
}

function facetFilter(name, value) {
  return name === 'month' ? { from: value, to: value } : { [name]: value }
}

function paramsOf(state) {
  const out = {}
  if (state.q) out.q = state.q
  for (const f of FILTERS) if (state.filters[f]) out[f] = state.filters[f]
  if (state.offset) out.offset = String(state.offset)
  return out
}

async function renderArticle(state) {
  status('Loading article…')
  try {
    const { article, html } = await getJson(`/api/articles/${encodeURIComponent(state.article)}`)
    show('article')
    status('')
    const record = article.record
    document.title = `${record.headline || 'Article'} — News archive search`
    const meta = [
      article.publication,
      article.date,
      article.page === null ? null : `page ${article.page}`,
      article.section,
    ]
      .filter(Boolean)
      .join(' · ')
    $('article-meta').replaceChildren(
      el('span', {}, meta),
      el('br'),
      el('span', {}, `${article.source.file}${article.source.line ? `, line ${article.source.line}` : ''}`),
    )
    // The parser's HTML: page text is escaped by it, and the CSP forbids any script.
    const body = document.createElement('template')
    body.innerHTML = html
    $('article-body').replaceChildren(body.content)
    $('article-body').lang = article.lang
    $('back').focus()
    window.scrollTo(0, 0)
  } catch (error) {
    show('intro')
    status(`Cannot open the article: ${error.message}`)
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  const state = readState()
  go({ q: input.value.trim(), offset: 0, filters: state.filters, article: null })
})
$('back').addEventListener('click', () => {
  const state = readState()
  if (hasSearch(state)) go({ ...state, article: null })
  else history.back()
})
window.addEventListener('popstate', render)
render()
