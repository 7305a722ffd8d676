/**
 * Repairs the parser makes to the text, recognised by the ruleId of the
 * message it leaves. Every ruleId is counted anyway (`quality.messages`);
 * this list only names the ones that are repairs, so that a new repair
 * shows up in the repairs table once its id is added here.
 */
export const KNOWN_REPAIR_RULE_IDS = [
  /** Text the extractor doubled (bold type printed twice) was kept once. */
  'doubled-text-repaired',
  /** A line end hyphen was removed and the word joined (`Demo-` + `crats`). */
  'dehyphenated',
  /** Columns that pdftotext merged into one line were split. */
  'merged-columns-split',
  /** Kangxi and supplement radicals were mapped to the ideographs they stand for. */
  'radical-mapped',
  /** Typesetting spaces between Chinese characters were removed. */
  'typesetting-space-removed',
] as const

const known = new Set<string>(KNOWN_REPAIR_RULE_IDS)

/** Whether a ruleId names a repair. */
export function isRepairRuleId(ruleId: string): boolean {
  return known.has(ruleId)
}
