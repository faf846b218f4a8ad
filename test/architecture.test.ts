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
