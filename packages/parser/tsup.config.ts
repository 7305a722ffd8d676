import { defineConfig } from 'tsup'

// ESM only: unified and its plugins are ESM-only (see docs/decisions).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    node: 'src/node/index.ts',
    worker: 'src/node/worker.ts',
    cli: 'src/cli/index.ts',
  },
  format: ['esm'],
  target: 'node20',
  dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts' } },
  sourcemap: true,
  // Maps without the sources' text: the bundled dependencies' sources would double the package.
  esbuildOptions(options) {
    options.sourcesContent = false
    // esbuild rewrites every expression literal with `\p{…}`, lookbehind or named groups into a
    // `new RegExp(…)` call for any Node target, made again on every call of the function that holds
    // it (the rules have hundreds on hot paths). Node 20 has them all (ES2018).
    options.supported = {
      ...options.supported,
      'regexp-unicode-property-escapes': true,
      'regexp-lookbehind-assertions': true,
      'regexp-named-capture-groups': true,
      'regexp-dot-all-flag': true,
      'regexp-sticky-and-unicode-flags': true,
      'regexp-match-indices': true,
    }
  },
  // Clean: stale chunks from earlier builds must not reach the packed package.
  clean: true,
  splitting: true,
  treeshake: true,
  // The unified ecosystem (hundreds of small ESM files) is bundled in: resolving and loading each
  // file cost most of a second at import. External: the CLI's own dependencies (cli-progress is
  // CommonJS), and vfile, whose Node and browser builds differ (bundling would pick Node's).
  noExternal: [/^(?!(?:commander|cli-progress|tinyglobby|vfile)(?:\/|$))/],
})
