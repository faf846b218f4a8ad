// Bundles the CLI into dist/bundle/ with esbuild: Node then loads one small entry file, and the
// rare commands and formats are separate chunks loaded only when used. dist/*.js (from tsc) stays
// the library, and the unbundled CLI that a test compares the bundle with. parse-worker.js is the
// worker thread that parses tactics files in parallel (src/load/parallel.ts).
import { copyFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names change with their content: start empty so that no stale chunk is packed.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli.ts', 'parse-worker': 'src/load/parse-worker.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  outdir: 'dist/bundle',
  chunkNames: 'chunks/[name]-[hash]',
  // re2js runs user patterns; it is loaded from node_modules on the first one (src/rules/regex.ts).
  external: ['re2js'],
  // CommonJS dependencies (fastest-levenshtein) call require().
  banner: { js: "import { createRequire as __alignRequire } from 'node:module'; const require = __alignRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});

// What require('playbook-align') gets: a clear error (the package is an ES module).
copyFileSync('src/require.cjs', 'dist/require.cjs');
