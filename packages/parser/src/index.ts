/**
 * @news/parser: newspaper page text → news syntax tree → news-records/1.
 * Browser-safe: no Node-only imports here (see `@news/parser/node`).
 */
export { toHtml } from './markdown/to-html.js'
export { toMarkdown } from './markdown/to-markdown.js'
export { type ToMdastOptions, toMdast } from './markdown/to-mdast.js'
export type { Options } from './options.js'
export { toOutline } from './outline.js'
export { detectLanguage } from './pipeline/detect-language.js'
export { fromText, type Value } from './pipeline/from-text.js'
export { newsParse } from './plugin.js'
export { type ArticleIdInput, articleId } from './records/article-id.js'
export { type ToRecordsOptions, textOf, toPageRecords, toRecords } from './records/to-records.js'
export {
  type NewsRecords,
  RECORDS_FORMAT,
  type RecordArticle,
  type RecordByline,
  type RecordDatelineParts,
  type RecordFigure,
  type RecordFurniture,
} from './records/types.js'
export type * from './types.js'
