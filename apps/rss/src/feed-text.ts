/**
 * Text for the slots of the `feed` library, which writes XML through
 * `xml-js` with three quirks this module makes harmless:
 *
 * - text elements: `&amp;` is first turned back into `&`, then `&`, `<`
 *   and `>` are escaped. Escaping `&` beforehand (`forXmlText`) makes the
 *   output exactly the escaped text, even for a literal `&amp;`.
 * - CDATA sections: only the first `]]>` is split. The slots we fill with
 *   CDATA all hold HTML, where `]]&gt;` means the same (`forHtmlCdata`).
 * - attributes: only `"` is escaped (`feed` escapes `&`), so a `<` would
 *   break the document; callers leave such values out (`isAttributeSafe`).
 */

const HTML_SPECIAL = /[&<>"]/g
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Escape plain text for HTML (text and double-quoted attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ENTITIES[c]!)
}

/** Plain text for a slot `xml-js` writes as escaped text. */
export function forXmlText(text: string): string {
  return text.replace(/&/g, '&amp;')
}

/** HTML for a slot written as CDATA: `]]>` cannot end the section early. */
export function forHtmlCdata(html: string): string {
  return html.replace(/]]>/g, ']]&gt;')
}

/** Whether a value can go in an attribute that `feed` writes (it escapes `&` and `"`, not `<`). */
export function isAttributeSafe(value: string): boolean {
  return !value.includes('<')
}
