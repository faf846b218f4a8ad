// Rules of the code's shape that the shared contract's ARCHITECTURE.md states, checked on the source by the direction of its imports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { root } from './helpers.js';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
const rel = (p: string) => relative(root, p).split('\\').join('/');
const src = files(join(root, 'src')).map((p) => ({ path: rel(p), text: readFileSync(p, 'utf8') }));

/** Every import and re-export, type-only ones included, with the file it names (relative ones resolved). */
const importsOf = (f: { path: string; text: string }) =>
  [...f.text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((m) => {
    const spec = m[1]!;
    return { spec, target: spec.startsWith('.') ? rel(resolve(root, dirname(f.path), spec.replace(/\.js$/, '.ts'))) : spec };
  });

/**
 * The stages in the order data flows through them (ARCHITECTURE.md, "The flow"): a module may
 * import its own stage and the stages before it, never one after it. The shared vocabulary comes
 * first; the front ends (the pipeline that runs the stages, the library's entry, the CLI and its
 * commands, the editor server) come last and may import any stage.
 */
const STAGES: Array<[string, string[]]> = [
  ['vocabulary', ['src/types.ts', 'src/suggest.ts', 'src/version.ts']],
  ['load', ['src/load/', 'src/write.ts']],
  ['build', ['src/playbook/']],
  ['traits', ['src/traits/']],
  ['rules', ['src/rules/']],
  ['findings', ['src/findings/']],
  ['summary', ['src/result.ts']],
  ['report', ['src/report/']],
  ['exit code', ['src/exit.ts']],
  [
    'front ends',
    [
      'src/pipeline.ts',
      'src/setup.ts',
      'src/index.ts',
      'src/cli.ts',
      'src/commands/',
      'src/lsp/',
      'src/explain.ts',
      'src/generated.ts',
      'src/init.ts',
      'src/schemas.ts',
      'src/memory.ts',
    ],
  ],
];
const stageOf = (path: string) => STAGES.findIndex(([, paths]) => paths.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p)));

test('every module belongs to a stage', () => {
  expect(src.filter((f) => stageOf(f.path) < 0).map((f) => f.path)).toEqual([]);
});

test('data flows one way: no module imports a stage after its own', () => {
  const upward = src.flatMap((f) =>
    importsOf(f)
      .filter((i) => i.target.startsWith('src/') && stageOf(i.target) > stageOf(f.path))
      .map((i) => `${f.path} (${STAGES[stageOf(f.path)]![0]}) imports ${i.target} (${STAGES[stageOf(i.target)]![0]})`),
  );
  expect(upward).toEqual([]);
});

test('only the load stage handles YAML', () => {
  const outside = src.filter((f) => importsOf(f).some((i) => i.spec === 'yaml') && !f.path.startsWith('src/load/')).map((f) => f.path);
  expect(outside).toEqual([]);
});

test('the library entry never imports the command line, and nothing but the command line imports its commands', () => {
  const bad = src.flatMap((f) =>
    importsOf(f)
      .filter((i) => (i.target === 'src/cli.ts' || i.target.startsWith('src/commands/')) && f.path !== 'src/cli.ts' && !f.path.startsWith('src/commands/'))
      .map((i) => `${f.path} imports ${i.target}`),
  );
  expect(bad).toEqual([]);
});

test('formatters are pure functions of the report model: they import only its types and the shared wording', () => {
  const shared = ['src/report/model.ts', 'src/report/text.ts', 'src/report/escape.ts'];
  const formatters = src.filter((f) => f.path.startsWith('src/report/') && !shared.includes(f.path));
  expect(formatters.length).toBeGreaterThanOrEqual(8);
  const bad = formatters.flatMap((f) =>
    importsOf(f)
      .filter((i) => !shared.includes(i.target) && !i.spec.startsWith('node:'))
      .map((i) => `${f.path} imports ${i.target}`),
  );
  expect(bad).toEqual([]);
});

test('rules return paths, never positions: nothing under rules/ locates or reads a source', () => {
  const bad = src
    .filter((f) => f.path.startsWith('src/rules/'))
    .flatMap((f) =>
      importsOf(f)
        .filter((i) => /load\/(locate|source|positions)\.ts$/.test(i.target))
        .map((i) => `${f.path} imports ${i.target}`),
    );
  expect(bad).toEqual([]);
});

test('no rule message names a file line: messages are built from data, the related location carries the line', () => {
  const bad = src.filter((f) => f.path.startsWith('src/rules/builtin/') && /\.ya?ml:\$\{|where\(/.test(f.text)).map((f) => f.path);
  expect(bad).toEqual([]);
});
