// Bundles the CLI with esbuild into dist/bundle/: cli.cjs, one CommonJS file that bin/align.js
// compiles with V8's code cache (see bin/align.js), and parse-worker.js, the worker thread that
// parses tactics files in parallel (src/load/parallel.ts). dist/*.js (from tsc) stays the library,
// and the unbundled CLI that a test compares the bundle with. The protocol libraries of the editor
// server are lsp-vendor.cjs, which cli.cjs requires only when `align lsp` starts: every other
// command starts without reading them (they are a third of the CLI's size).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  // re2js runs user patterns; it is loaded from node_modules on the first one (src/rules/regex.ts).
  external: ['re2js'],
  legalComments: 'none',
  logLevel: 'warning',
};

/** The protocol libraries, imported by src/lsp/ under these names, are one file of their own. */
const LSP_VENDOR = /^vscode-languageserver(\/node|-textdocument)$/;
const lspVendor = {
  name: 'lsp-vendor',
  setup(b) {
    b.onResolve({ filter: LSP_VENDOR }, () => ({ path: './lsp-vendor.cjs', external: true }));
  },
};

await build({
  ...common,
  entryPoints: { 'lsp-vendor': 'scripts/lsp-vendor.ts' },
  format: 'cjs',
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
});

await build({
  ...common,
  plugins: [lspVendor],
  entryPoints: ['src/cli.ts'],
  format: 'cjs',
  outfile: 'dist/bundle/cli.cjs',
  // The sources locate files beside themselves with import.meta.url: in one CommonJS file, that is the file's own URL.
  define: { 'import.meta.url': '__alignModuleUrl' },
  banner: { js: "var __alignModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

await build({
  ...common,
  entryPoints: { 'parse-worker': 'src/load/parse-worker.ts' },
  format: 'esm',
  outdir: 'dist/bundle',
  // CommonJS dependencies (fastest-levenshtein) call require().
  banner: { js: "import { createRequire as __alignRequire } from 'node:module'; const require = __alignRequire(import.meta.url);" },
});
