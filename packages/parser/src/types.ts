/**
 * The news syntax tree: a unist tree for newspaper pages.
 *
 * Specified in `docs/syntax-tree.md`. Like `@types/mdast`, the unions of
 * children are derived from content maps, so extensions can add node types by
 * declaration merging:
 *
 * ```ts
 * declare module '@news/parser' {
 *   interface ArticleContentMap { sidebar: Sidebar }
 * }
 * ```
 */
import type { Node, Data as UnistData, Literal as UnistLiteral, Parent as UnistParent } from 'unist'

// ---------------------------------------------------------------------------
// Content maps

/** Nodes that may occur in a `root`. */
export interface RootContentMap {
  page: Page
}

/** Nodes that may occur in a `page`. */
export interface PageContentMap {
  article: Article
  figure: Figure
  furniture: Furniture
}

/** Nodes that may occur in an `article`. */
export interface ArticleContentMap {
  kicker: Kicker
  headline: Headline
  dek: Dek
  byline: Byline
  dateline: Dateline
  paragraph: Paragraph
  figure: Figure
}

/** Nodes that may occur in a `figure`. */
export interface FigureContentMap {
  figureTitle: FigureTitle
  caption: Caption
  credit: Credit
}

/** Nodes that hold text. */
export interface PhrasingContentMap {
  text: Text
}

export type RootContent = RootContentMap[keyof RootContentMap]
export type PageContent = PageContentMap[keyof PageContentMap]
export type ArticleContent = ArticleContentMap[keyof ArticleContentMap]
export type FigureContent = FigureContentMap[keyof FigureContentMap]
export type PhrasingContent = PhrasingContentMap[keyof PhrasingContentMap]

/** Any node of the news tree. */
export type Nodes = Root | RootContent | PageContent | ArticleContent | FigureContent | PhrasingContent

/** Any parent node of the news tree. */
export type Parents = Extract<Nodes, Parent>

// ---------------------------------------------------------------------------
// Data

/** Info on how a node was decided, kept on every classified node. */
export interface Decision {
  /** Name of the rule that decided the node (a rule file's `name`). */
  rule?: string | undefined
  /** How sure the rule was, from 0 to 1. */
  confidence?: number | undefined
}

/** Extensible data on any node. */
export interface Data extends UnistData, Decision {}

/** Data of a text leaf. */
export interface TextData extends Data {
  /**
   * Source ranges (`[startOffset, endOffset)`) that the text was rebuilt
   * from, when there is more than one (column lines joined, a merged line
   * split). Absent when `position` covers exactly one range.
   */
  spans?: Array<[number, number]> | undefined
}

export interface ArticleData extends Data {
  /** Stable id of the article (see `articleId`). */
  id?: string | undefined
}

// ---------------------------------------------------------------------------
// Abstract nodes

/** Abstract node with children. */
export interface Parent extends UnistParent {
  children: Nodes[]
  data?: Data | undefined
}

/** Abstract node with text children. */
export interface TextParent extends Parent {
  children: PhrasingContent[]
}

// ---------------------------------------------------------------------------
// Concrete nodes

/** Root (Parent) represents a document: one or more pages. */
export interface Root extends Parent {
  type: 'root'
  /** Language of the document (BCP 47: `zh-Hans`, `zh-Hant`, `en`, `und`…). */
  lang?: string | undefined
  children: RootContent[]
  data?: RootData | undefined
}

export interface RootData extends Data {}

/** Page (Parent) represents one newspaper page; a form feed starts a new one. */
export interface Page extends Parent {
  type: 'page'
  /** Language of this page (BCP 47). */
  lang?: string | undefined
  /** Name of the publication, when known (options or running head). */
  publication?: string | null | undefined
  /** Section (版名) printed on the page: `地方传真`, `NATION`. */
  section?: string | null | undefined
  /** Running head (报眉) as printed. */
  runningHead?: string | null | undefined
  /** Page number (版次 / folio), when found or given. */
  pageNumber?: number | null | undefined
  /** Date of the issue as `YYYY-MM-DD`, when found or given. */
  date?: string | null | undefined
  children: PageContent[]
  data?: Data | undefined
}

/** Article (Parent) represents one story with its titles, credits and body. */
export interface Article extends Parent {
  type: 'article'
  /**
   * Children in role order (kicker, headline, deks, bylines, dateline,
   * paragraphs, figures); each child keeps its own source position, which
   * may lie far from its siblings' (a headline cluster at the top of a page,
   * its body further down).
   */
  children: ArticleContent[]
  data?: ArticleData | undefined
}

/** Kicker (TextParent) represents the lead-in above a headline (引题) or a column label (栏目). */
export interface Kicker extends TextParent {
  type: 'kicker'
}

/** Headline (TextParent) represents an article's main title (主题). */
export interface Headline extends TextParent {
  type: 'headline'
}

/** Dek (TextParent) represents a subtitle or summary line under a headline (副题). */
export interface Dek extends TextParent {
  type: 'dek'
}

/** Role of a byline's people. */
export type BylineRole =
  | 'reporter'
  | 'correspondent'
  | 'intern'
  | 'special-correspondent'
  | 'photographer'
  | 'editor'
  | 'writer'
  | 'agency'
  | (string & {})

/** Byline (TextParent) represents who wrote an article (署名): raw text in children. */
export interface Byline extends TextParent {
  type: 'byline'
  /** Names of the people, cleaned (`王 帅` → `王帅`). */
  authors: string[]
  /** What they are, when said: `reporter`, `correspondent`… */
  role?: string | null | undefined
  /** Who they work for, when said: `本报`, `新华社`, `Associated Press`. */
  organization?: string | null | undefined
}

/** Dateline (TextParent) represents the formula that opens a report (电头): `本报讯`, `WASHINGTON, Dec. 3.—`. */
export interface Dateline extends TextParent {
  type: 'dateline'
  /** Place named in the dateline. */
  place?: string | null | undefined
  /** Date as printed in the dateline (`7月20日`, `Dec. 3`). */
  date?: string | null | undefined
  /** News agency or paper that filed the report (`新华社`, `AP`, `本报`). */
  agency?: string | null | undefined
}

/** Paragraph (TextParent) represents a paragraph of body text. */
export interface Paragraph extends TextParent {
  type: 'paragraph'
}

/** Figure (Parent) represents a picture with its title, caption and credit. */
export interface Figure extends Parent {
  type: 'figure'
  children: FigureContent[]
}

/** FigureTitle (TextParent) represents the (often bold) title of a picture. */
export interface FigureTitle extends TextParent {
  type: 'figureTitle'
}

/** Caption (TextParent) represents the text that describes a picture (图为…). */
export interface Caption extends TextParent {
  type: 'caption'
}

/** Credit (TextParent) represents who made or distributed a picture: raw text in children. */
export interface Credit extends TextParent {
  type: 'credit'
  /** Photographers named (`肖亚辉`). */
  photographers: string[]
  /** Agency that distributed the picture (`新华社`, `AP`). */
  agency?: string | null | undefined
}

/** Kinds of page furniture. */
export type FurnitureKind =
  | 'section'
  | 'running-head'
  | 'folio'
  | 'masthead'
  | 'editor'
  | 'continuation'
  | 'ad'
  | 'notice'
  | 'table'
  | 'separator'
  | 'noise'
  | 'subhead'
  | 'weather'
  | 'index'
  | 'unplaced'
  | (string & {})

/**
 * Furniture (TextParent) represents text on the page that is not part of an
 * article: section labels, running heads, folios, editor lines, jump lines,
 * ads, and text the parser could not place (`kind: 'unplaced'`).
 */
export interface Furniture extends TextParent {
  type: 'furniture'
  /** What the furniture is. */
  kind: FurnitureKind
}

/** Text (Literal) represents cleaned text: column lines joined, typesetting spaces removed. */
export interface Text extends UnistLiteral {
  type: 'text'
  value: string
  data?: TextData | undefined
}

/** Any node type name. */
export type NodeType = Nodes['type']

/** Re-exported for convenience. */
export type { Node }
