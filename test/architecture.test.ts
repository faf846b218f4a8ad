// Rules of the code's shape that ../shared/ARCHITECTURE.md states, checked on the source.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { root } from './helpers.js';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
const src = files(join(root, 'src')).map((p) => ({ path: relative(root, p).split('\\').join('/'), text: readFileSync(p, 'utf8') }));

test('only the load stage handles YAML', () => {
  const outside = src.filter((f) => /from 'yaml'/.test(f.text) && !f.path.startsWith('src/load/')).map((f) => f.path);
  expect(outside).toEqual([]);
});

test('the library entry never imports the command line', () => {
  const index = src.find((f) => f.path === 'src/index.ts')!;
  expect(index.text).not.toMatch(/from '\.\/cli\.js'/);
});

const importsOf = (text: string) => [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);

test('formatters import nothing from the rules or from each other: only the report model and shared wording', () => {
  const formatters = src.filter(
    (f) => f.path.startsWith('src/report/') && !['src/report/model.ts', 'src/report/text.ts', 'src/report/escape.ts'].includes(f.path),
  );
  expect(formatters.length).toBeGreaterThanOrEqual(7);
  const bad = formatters.flatMap((f) =>
    importsOf(f.text)
      .filter((spec) => spec.startsWith('../rules/') || (spec.startsWith('./') && !['./model.js', './text.js', './escape.js'].includes(spec)))
      .map((spec) => `${f.path} imports ${spec}`),
  );
  expect(bad).toEqual([]);
});

test('rules return paths, never positions: nothing under rules/ locates or reads a source', () => {
  const bad = src
    .filter((f) => f.path.startsWith('src/rules/'))
    .flatMap((f) =>
      importsOf(f.text)
        .filter((spec) => /load\/(locate|source|positions)\.js$/.test(spec))
        .map((spec) => `${f.path} imports ${spec}`),
    );
  expect(bad).toEqual([]);
});

test('no rule message names a file line: messages are built from data, the related location carries the line', () => {
  const bad = src.filter((f) => f.path.startsWith('src/rules/builtin/') && /\.ya?ml:\$\{|where\(/.test(f.text)).map((f) => f.path);
  expect(bad).toEqual([]);
});
