/**
 * Character repairs that keep offsets: each repair maps one UTF-16 unit to
 * one UTF-16 unit, so a repaired line has the length of its source and
 * positions still point at the source.
 *
 * - Kangxi Radicals (U+2F00–U+2FD5): NFKC maps them to the ideographs they
 *   stand for (`⽇` → `日`).
 * - CJK Radicals Supplement (U+2E80–U+2EF3): NFKC leaves them alone; PDF
 *   extractors emit them for ordinary characters (`⺠` → `民`). The table
 *   follows Unicode's EquivalentUnifiedIdeograph data for the ones used as
 *   characters.
 */

/** CJK Radicals Supplement → unified ideograph (EquivalentUnifiedIdeograph.txt). */
export const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2e81': '\u5382',
  '\u2e84': '\u4e5b',
  '\u2e85': '\u4ebb',
  '\u2e86': '\u5182',
  '\u2e87': '\u51e0',
  '\u2e88': '\u5200',
  '\u2e89': '\u5202',
  '\u2e8a': '\u535c',
  '\u2e8b': '\u353e',
  '\u2e8c': '\u5c0f',
  '\u2e8d': '\u5c0f',
  '\u2e8e': '\u5140',
  '\u2e8f': '\u5c23',
  '\u2e90': '\u5c22',
  '\u2e92': '\u5df3',
  '\u2e93': '\u5e7a',
  '\u2e94': '\u5f51',
  '\u2e95': '\u5f50',
  '\u2e96': '\u5fc4',
  '\u2e97': '\u5fc3',
  '\u2e98': '\u624c',
  '\u2e99': '\u6535',
  '\u2e9b': '\u65e1',
  '\u2e9c': '\u65e5',
  '\u2e9d': '\u6708',
  '\u2e9e': '\u6b7a',
  '\u2e9f': '\u6bcd',
  '\u2ea0': '\u6c11',
  '\u2ea1': '\u6c35',
  '\u2ea2': '\u6c3a',
  '\u2ea3': '\u706c',
  '\u2ea4': '\u722b',
  '\u2ea5': '\u722b',
  '\u2ea6': '\u4e2c',
  '\u2ea7': '\u725b',
  '\u2ea8': '\u72ad',
  '\u2ea9': '\u738b',
  '\u2eaa': '\u758b',
  '\u2eab': '\u76ee',
  '\u2eac': '\u793a',
  '\u2ead': '\u793b',
  '\u2eae': '\u7af9',
  '\u2eaf': '\u7cf9',
  '\u2eb0': '\u7e9f',
  '\u2eb1': '\u7f53',
  '\u2eb2': '\u7f52',
  '\u2eb3': '\u7f51',
  '\u2eb4': '\u7f52',
  '\u2eb5': '\u7f53',
  '\u2eb6': '\u7f8a',
  '\u2eb7': '\u7f8a',
  '\u2eb8': '\u7f8b',
  '\u2eb9': '\u8002',
  '\u2eba': '\u8080',
  '\u2ebb': '\u807f',
  '\u2ebc': '\u8089',
  '\u2ebd': '\u81fc',
  '\u2ebe': '\u8279',
  '\u2ebf': '\u8279',
  '\u2ec0': '\u8279',
  '\u2ec1': '\u864e',
  '\u2ec2': '\u8864',
  '\u2ec3': '\u8980',
  '\u2ec4': '\u897f',
  '\u2ec5': '\u89c1',
  '\u2ec6': '\u89d2',
  '\u2ec7': '\u89d2',
  '\u2ec8': '\u8ba0',
  '\u2ec9': '\u8d1d',
  '\u2eca': '\u8db3',
  '\u2ecb': '\u8f66',
  '\u2ecc': '\u8fb6',
  '\u2ecd': '\u8fb6',
  '\u2ece': '\u8fb6',
  '\u2ecf': '\u9091',
  '\u2ed0': '\u9485',
  '\u2ed1': '\u9577',
  '\u2ed2': '\u9578',
  '\u2ed3': '\u957f',
  '\u2ed4': '\u95e8',
  '\u2ed5': '\u961d',
  '\u2ed6': '\u961d',
  '\u2ed7': '\u96e8',
  '\u2ed8': '\u9752',
  '\u2ed9': '\u97e6',
  '\u2eda': '\u9875',
  '\u2edb': '\u98ce',
  '\u2edc': '\u98de',
  '\u2edd': '\u98df',
  '\u2ede': '\u98e0',
  '\u2edf': '\u98e0',
  '\u2ee0': '\u9963',
  '\u2ee1': '\u9996',
  '\u2ee2': '\u9a6c',
  '\u2ee3': '\u9aa8',
  '\u2ee4': '\u9b3c',
  '\u2ee5': '\u9c7c',
  '\u2ee6': '\u9e1f',
  '\u2ee7': '\u5364',
  '\u2ee8': '\u9ea6',
  '\u2ee9': '\u9ec4',
  '\u2eea': '\u9efe',
  '\u2eeb': '\u6589',
  '\u2eec': '\u9f50',
  '\u2eed': '\u6b6f',
  '\u2eee': '\u9f7f',
  '\u2eef': '\u7adc',
  '\u2ef0': '\u9f99',
  '\u2ef1': '\u9f9c',
  '\u2ef2': '\u4e80',
  '\u2ef3': '\u9f9f',
}

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g

/** Map radical code points to the ideographs they stand for; returns a string of the same length. */
export function repairCharacters(text: string): string {
  if (!hasRadical(text)) return text
  return text.replace(RADICAL, (char) => {
    const code = char.charCodeAt(0)
    if (code >= 0x2f00) {
      const mapped = char.normalize('NFKC')
      return mapped.length === 1 ? mapped : char
    }
    return RADICAL_SUPPLEMENT[char] ?? char
  })
}

/** Whether a code unit is one `RADICAL` matches. */
const isRadical = (c: number) => c >= 0x2e80 && c <= 0x2fd5 && (c <= 0x2ef3 || c >= 0x2f00)

/** `RADICAL.test(text)` by code unit: this runs on every line (and every unplaced piece). */
function hasRadical(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isRadical(text.charCodeAt(i))) return true
  return false
}

/** Count of radical code points in a string (for the `radical-mapped` message): `text.match(RADICAL).length` by code unit, with no array of matches over a whole input. */
export function countRadicals(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (isRadical(text.charCodeAt(i))) n++
  return n
}
