/** Text cut to at most `max` characters (code points, so no surrogate pair is split), `…` marking a cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text
}
