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
  // Clean: stale chunks from earlier builds must not reach the packed package.
  clean: true,
  splitting: true,
  treeshake: true,
})
