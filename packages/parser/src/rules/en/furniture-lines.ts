/**
 * Furniture anywhere on a page: editor lines (`Page editor: X`, `Edited by
 * X | Designed by Y`), advertisement blocks (an `ADVERTISEMENT` marker and
 * the block under it), weather ears (`THE WEATHER`, `Fair tonight…`, and the
 * forecast under a weather header) and
 * index teasers (`INSIDE TODAY'S …`).
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { continuesEar } from './masthead.js'
import { enState, mark } from './segments.js'

export const EDITOR = /^(?:Page\s+editor|Editor|Edited\s+by|Designed\s+by|Design)\s*:?\s+\S.*$/i
const EDITOR_PAIR = /\b(?:Design(?:ed\s+by)?|Edited\s+by)\s*:?\s+\S/
/** An advertisement marker, also letter-spaced (`A D V E RT I S E M E N T`). */
export const AD_MARKER =
  /^(?:A\s*D\s*V\s*E\s*R\s*T\s*I\s*S\s*E\s*M\s*E\s*N\s*T|ADVERTISING|PAID\s+ADVERTISEMENT)$/i
/** A weather header in capitals or title case (`THE WEATHER`, `WEATHEK`, `Weather:`); running text (`weather bureau…`) is not one. */
export const WEATHER =
  /^(?:THE\s+|The\s+)?(?:WEATH[A-Z]{1,4}|Weather)\b|^(?:Fair|Cloudy|Rain|Showers|Snow)\s+(?:to-?night|today|tomorrow)\b/
export const INDEX = /^(?:INSIDE\s+(?:TODAY|THIS)|INDEX\b|IN\s+THIS\s+ISSUE)/i

/**
 * Whether a line opens as `EDITOR`, `AD_MARKER`, `WEATHER`, `INDEX` may (by its first code unit; `c | 0x20` is
 * the small letter of an ASCII letter, and no other unit falls in `a`–`z`, so it is the test of the
 * case-insensitive ones): most lines open otherwise and are not tried (every line is asked).
 */
export const opensAsEditor = (c: number) => (c | 0x20) === 0x70 || (c | 0x20) === 0x65 || (c | 0x20) === 0x64
export const opensAsAdMarker = (c: number) => (c | 0x20) === 0x61 || (c | 0x20) === 0x70
export const opensAsWeather = (c: number) =>
  c === 0x54 || c === 0x57 || c === 0x46 || c === 0x43 || c === 0x52 || c === 0x53
export const opensAsIndex = (c: number) => (c | 0x20) === 0x69

/** The furniture kind of a whole line, or null. */
export function lineFurnitureKind(text: string): string | null {
  const first = text.charCodeAt(0)
  if (
    opensAsEditor(first) &&
    EDITOR.test(text) &&
    (EDITOR_PAIR.test(text) || /^Page\s+editor/i.test(text) || /^Editor\s*:/i.test(text))
  )
    return 'editor'
  if (opensAsAdMarker(first) && AD_MARKER.test(text)) return 'ad'
  if (opensAsWeather(first) && WEATHER.test(text)) return 'weather'
  if (opensAsIndex(first) && INDEX.test(text)) return 'index'
  return null
}

export const furnitureLines: Rule = {
  name: 'en-furniture-lines',
  description: 'Editor lines, advertisement blocks, weather ears and index teasers become furniture.',
  run(page: PageContext) {
    const segments = enState(page).segments
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i]!
      if (s.role !== 'body') continue
      const kind = lineFurnitureKind(s.text)
      if (!kind) continue
      mark(s, 'furniture', this.name, 0.8, kind)
      if (kind === 'weather') {
        // The forecast under a weather header (`WEATHER` / `Arizona: Sunday and` / `Monday fair; …`).
        for (let j = i + 1, lines = 0; j < segments.length; j++, lines++) {
          const t = segments[j]!
          if (t.role !== 'body' || !continuesEar('weather', lines, t, segments[j - 1]!)) break
          mark(t, 'furniture', this.name, 0.6, 'weather')
        }
        continue
      }
      if (kind !== 'ad') continue
      // The advertisement is the block under the marker, up to the next gap after it.
      for (let j = i + 1; j < segments.length && (j === i + 1 || segments[j]!.gapBefore === 0); j++) {
        const t = segments[j]!
        if (lineFurnitureKind(t.text)) break
        if (t.role === 'body') mark(t, 'furniture', this.name, 0.6, 'ad')
      }
    }
  },
}
