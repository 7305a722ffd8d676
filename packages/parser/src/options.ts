/** Options of `fromText` and the `newsParse` plugin. */
export interface Options {
  /**
   * Language of the input (`zh`, `zh-Hans`, `zh-Hant`, `en`, or any BCP 47
   * tag); detected per page when not given. Default: detected.
   */
  lang?: string | null | undefined
  /** Name of the publication, put on every page. Default: none. */
  publication?: string | null | undefined
  /** Date of the issue (`YYYY-MM-DD`), put on every page. Default: found on the page. */
  date?: string | null | undefined
  /** Page number of the first page; later pages count up. Default: found on the page. */
  page?: number | null | undefined
  /** Input syntax: plain page text, or Markdown. Default: `'text'`. */
  input?: 'text' | 'markdown' | undefined
}

export interface ResolvedOptions {
  lang: string | null
  publication: string | null
  date: string | null
  page: number | null
  input: 'text' | 'markdown'
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Check options and fill defaults; misuse throws a `TypeError`. */
export function resolveOptions(options: Options | null | undefined): ResolvedOptions {
  if (options !== null && options !== undefined && typeof options !== 'object') {
    throw new TypeError(`Expected options to be an object, not \`${typeof options}\``)
  }
  const o = options ?? {}
  const str = (name: string, v: unknown): string | null => {
    if (v === undefined || v === null) return null
    if (typeof v !== 'string')
      throw new TypeError(`Expected option \`${name}\` to be a string, not \`${typeof v}\``)
    return v
  }
  const date = str('date', o.date)
  if (date !== null && !DATE.test(date)) {
    throw new TypeError(`Expected option \`date\` as \`YYYY-MM-DD\`, not \`${date}\``)
  }
  let page: number | null = null
  if (o.page !== undefined && o.page !== null) {
    if (typeof o.page !== 'number' || !Number.isInteger(o.page) || o.page < 0) {
      throw new TypeError(`Expected option \`page\` to be a non-negative integer, not \`${String(o.page)}\``)
    }
    page = o.page
  }
  const input = o.input ?? 'text'
  if (input !== 'text' && input !== 'markdown') {
    throw new TypeError(
      `Expected option \`input\` to be \`'text'\` or \`'markdown'\`, not \`${String(input)}\``,
    )
  }
  return { lang: str('lang', o.lang), publication: str('publication', o.publication), date, page, input }
}
