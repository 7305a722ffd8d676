import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    cli: 'src/cli/index.ts',
    // readEdition's map module, run in the parser's workers (see src/indexer/map.ts).
    'index-map': 'src/indexer/map.ts',
    bench: 'bench/run.ts',
    'bench-scale': 'bench/scale.ts',
  },
  format: ['esm'],
  target: 'node20',
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  // No clean: tests and the benchmark may run the CLI while it is rebuilt.
  clean: false,
  splitting: true,
  // Benchmark-only dev dependencies stay imports, not bundled code.
  external: ['autocannon', 'flexsearch', 'minisearch'],
})
