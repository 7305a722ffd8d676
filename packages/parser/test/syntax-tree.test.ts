/**
 * Checks every example in docs/syntax-tree.md: the input of each
 * ```text example=NAME block, parsed, must contain the tree part of the
 * ```json block after it (positions and data left out, matched as a subset).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fromText } from '../src/index.js'

const doc = readFileSync(new URL('../../../docs/syntax-tree.md', import.meta.url), 'utf8')
const EXAMPLE = /```text example=(\w+)\n([\s\S]*?)```[\s\S]*?```json\n([\s\S]*?)```/g
const examples = [...doc.matchAll(EXAMPLE)].map((m) => ({
  name: m[1]!,
  input: m[2]!.replace(/␌/g, '\f'),
  expected: JSON.parse(m[3]!) as unknown,
}))

/** Whether `actual` contains everything in `expected` (objects by key, arrays element by element). */
function contains(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      expected.length === actual.length &&
      expected.every((e, i) => contains(actual[i], e))
    )
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return false
    return Object.entries(expected).every(([k, v]) => contains((actual as Record<string, unknown>)[k], v))
  }
  return actual === expected
}

/** Whether some node of the tree contains `expected`; children lists may hold more nodes than shown. */
function someNode(node: unknown, expected: Record<string, unknown>): boolean {
  if (!node || typeof node !== 'object') return false
  const n = node as { children?: unknown[] }
  const { children: wantChildren, ...fields } = expected
  if (contains(n, fields)) {
    if (!wantChildren) return true
    if (Array.isArray(wantChildren) && Array.isArray(n.children)) {
      // Children shown must appear in order among the node's children.
      let i = 0
      for (const child of n.children) {
        if (i < wantChildren.length && someNodeShallow(child, wantChildren[i] as Record<string, unknown>)) i++
      }
      if (i === wantChildren.length) return true
    }
  }
  return (n.children ?? []).some((c) => someNode(c, expected))
}

function someNodeShallow(node: unknown, expected: Record<string, unknown>): boolean {
  const { children: wantChildren, ...fields } = expected
  if (!contains(node, fields)) return false
  if (!wantChildren) return true
  const kids = (node as { children?: unknown[] }).children ?? []
  return (wantChildren as Record<string, unknown>[]).every((w) => kids.some((k) => someNodeShallow(k, w)))
}

describe('docs/syntax-tree.md examples', () => {
  it('should have an example for every node type', () => {
    const names = new Set(examples.map((e) => e.name))
    for (const type of [
      'root',
      'page',
      'article',
      'kicker',
      'dek',
      'byline',
      'dateline',
      'figure',
      'furniture',
      'text',
    ]) {
      expect(names.has(type), type).toBe(true)
    }
    // Headline, paragraph, caption, credit appear inside the examples above.
    const all = JSON.stringify(examples.map((e) => e.expected))
    for (const type of ['headline', 'paragraph', 'caption', 'credit'])
      expect(all).toContain(`"type":"${type}"`)
  })

  for (const example of examples) {
    it(`should parse the ${example.name} example as documented`, () => {
      const tree = fromText(example.input)
      const found = someNode(tree, example.expected as Record<string, unknown>)
      if (!found)
        expect(JSON.stringify(tree, (k, v) => (k === 'position' ? undefined : v), 1)).toBe(
          `a match for ${JSON.stringify(example.expected)}`,
        )
      expect(found).toBe(true)
    })
  }
})
