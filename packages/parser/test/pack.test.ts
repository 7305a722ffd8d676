/**
 * The package as npm users get it: `pnpm pack`, install the tarball into a
 * fresh project outside the workspace with plain npm, then `import` it,
 * `require()` it (Node 20.19+), run `npx news-parse` on a page, and
 * type-check a TypeScript consumer of both entries. Also publint and
 * @arethetypeswrong/cli on the tarball, and the packed size.
 */
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const PACKAGE = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(PACKAGE, 'node_modules/.bin')
const PAGE = fileURLToPath(new URL('../../../samples/zh/page-zh-difang.txt', import.meta.url))
/** The packed tarball must stay under this size (bytes). */
const MAX_PACKED_BYTES = 400_000
/** Installing from the registry can be slow on a cold cache. */
const INSTALL_TIMEOUT_MS = 240_000

const work = mkdtempSync(join(tmpdir(), 'news-pack-'))
const consumer = join(work, 'consumer')
let tarball = ''

const run = (command: string, args: string[], cwd = consumer) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  })

/** Entry files of `dist/` (package.json `exports` and `bin`, and the worker the node entry starts). */
const ENTRIES = ['index.js', 'node.js', 'cli.js', 'worker.js', 'index.d.ts', 'node.d.ts']
/** Relative imports in built files: `from './x.js'`, `import('./x.js')`, `new URL('./x.js', …)`. */
const RELATIVE_IMPORT = /(?:from\s*|import\(\s*|new URL\(\s*)["'](\.\/[^"']+)["']/g

/**
 * The package as a clean build would pack it. `pnpm pack` here would run
 * `prepack` (a clean rebuild) under the other test files that use `dist/`,
 * so the files the entries reach are copied to a staging package instead.
 */
function stage(): string {
  const dir = join(work, 'stage')
  mkdirSync(join(dir, 'dist'), { recursive: true })
  for (const name of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'schema']) {
    if (existsSync(join(PACKAGE, name))) cpSync(join(PACKAGE, name), join(dir, name), { recursive: true })
  }
  const todo = [...ENTRIES]
  const seen = new Set<string>()
  while (todo.length) {
    const name = todo.pop()!
    if (seen.has(name)) continue
    seen.add(name)
    const text = readFileSync(join(PACKAGE, 'dist', name), 'utf8')
    // Declaration files name their siblings by the .js they describe.
    const declaration = name.endsWith('.d.ts')
    for (const m of text.matchAll(RELATIVE_IMPORT))
      todo.push(m[1]!.slice(2).replace(/\.js$/, declaration ? '.d.ts' : '.js'))
    cpSync(join(PACKAGE, 'dist', name), join(dir, 'dist', name))
    if (existsSync(join(PACKAGE, 'dist', `${name}.map`)))
      cpSync(join(PACKAGE, 'dist', `${name}.map`), join(dir, 'dist', `${name}.map`))
  }
  return dir
}

beforeAll(() => {
  run('pnpm', ['pack', '--ignore-scripts', '--pack-destination', work], stage())
  tarball = join(work, readdirSync(work).find((n) => n.endsWith('.tgz'))!)
  execFileSync('mkdir', ['-p', consumer])
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  )
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, '@types/node@20.19.43'])
}, INSTALL_TIMEOUT_MS)
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000)

describe('the packed @news/parser', () => {
  it('should be small', () => {
    const bytes = statSync(tarball).size
    console.log(`packed size: ${(bytes / 1024).toFixed(1)} kB (${tarball.split('/').pop()})`)
    expect(bytes).toBeLessThan(MAX_PACKED_BYTES)
  })

  it('should have no workspace: protocol left in its manifest', () => {
    const manifest = run('node', ['-p', "JSON.stringify(require('@news/parser/package.json'))"])
    expect(manifest).not.toContain('workspace:')
  })

  it('should import in an ES module', () => {
    writeFileSync(
      join(consumer, 'esm.mjs'),
      `import { fromText, toRecords } from '@news/parser'
import { readEdition } from '@news/parser/node'
const records = toRecords(fromText('CITY VOTES\\nThe council voted for the plan on Monday night.'))
console.log(JSON.stringify({ headline: records.articles[0].headline, readEdition: typeof readEdition }))`,
    )
    expect(JSON.parse(run('node', ['esm.mjs']))).toEqual({ headline: 'CITY VOTES', readEdition: 'function' })
  })

  it('should require() from CommonJS (Node 20.19+)', () => {
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      `const { fromText } = require('@news/parser')
console.log(fromText('CITY VOTES\\nThe council voted for the plan.').type)`,
    )
    expect(run('node', ['cjs.cjs']).trim()).toBe('root')
  })

  it('should run news-parse with npx', () => {
    const records = JSON.parse(run('npx', ['--no-install', 'news-parse', '-q', PAGE]))
    expect(records.format).toBe('news-records/1')
    expect(records.articles.length).toBeGreaterThan(0)
  })

  it('should type-check a TypeScript consumer of both entries with the node types', () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          noEmit: true,
          types: ['node'],
        },
        include: ['consumer.ts'],
      }),
    )
    writeFileSync(
      join(consumer, 'consumer.ts'),
      `import { fromText, type Root, type Article, type NewsRecords, toRecords } from '@news/parser'
import { readEdition, type FileResult } from '@news/parser/node'
const tree: Root = fromText('x', { lang: 'en' })
const first: Article | undefined = tree.children[0]?.children.find((c): c is Article => c.type === 'article')
const records: NewsRecords = toRecords(tree)
export async function count(paths: string[]): Promise<number> {
  let n = 0
  for await (const result of readEdition(paths)) n += (result satisfies FileResult).records.length
  return n + records.articles.length + (first ? 1 : 0)
}
// @ts-expect-error: a page has no 'paragraph' children
const wrong: 'paragraph' = tree.children[0]!.children[0]!.type
`,
    )
    expect(() => run(join(BIN, 'tsc'), ['-p', consumer])).not.toThrow()
  }, 180_000)

  it('should pass publint', () => {
    const out = run(join(BIN, 'publint'), ['--strict', tarball], PACKAGE)
    expect(out).not.toMatch(/error|warning/i)
  })

  it('should pass @arethetypeswrong/cli for an ESM-only package', () => {
    // esm-only: CommonJS consumers are served by require(esm), not a CJS build.
    expect(() =>
      run(join(BIN, 'attw'), ['--profile', 'esm-only', '--format', 'ascii', tarball], PACKAGE),
    ).not.toThrow()
  })
})
