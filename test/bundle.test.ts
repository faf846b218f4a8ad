import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bin, root, shared } from './helpers.js';

const cases = join(shared, 'conformance', 'cases');
const unbundled = join(root, 'test', 'fixtures', 'unbundled.mjs');
const run = (script: string, args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the bundled CLI gives exactly the output of the unbundled one', () => {
  const names = readdirSync(cases)
    .filter((n) => existsSync(join(cases, n, 'expect.json')))
    .sort();
  test.each(names)('%s', (name) => {
    const dir = join(cases, name);
    const exp = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as { args?: string[]; today?: string };
    for (const format of ['json', 'stylish', 'sarif']) {
      const args = ['check', ...(exp.args ?? ['strategy.yaml', 'tactics.yaml']), '--format', format, '--today', exp.today ?? '2026-11-01'];
      const a = run(bin, args, dir);
      const b = run(unbundled, args, dir);
      expect(a.stdout.length).toBeGreaterThan(0);
      expect(a).toEqual(b);
    }
  });
});

// A clone runs the committed bundle without building (the GitHub Action, pre-commit, npm installing
// from git), so the committed bundle must be exactly what the build makes from the committed source.
describe('the committed CLI bundle', () => {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  test.skipIf(!existsSync(join(root, '.git')))('is what `npm run build` makes (stage dist/bundle with the source it was built from)', () => {
    // Against the index, so that staging the rebuilt bundle with its source is enough; a clean clone's index is its commit.
    const changed = git('diff', '--name-only', '--', 'dist/bundle');
    const added = git('ls-files', '--others', '--exclude-standard', '--', 'dist/bundle');
    expect(changed.status).toBe(0);
    expect(changed.stdout + added.stdout, 'dist/bundle differs from the build: run `npm run build` and stage dist/bundle').toBe('');
    expect(git('ls-files', 'dist/bundle/cli.js').stdout).toBe('dist/bundle/cli.js\n');
  });
});
