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
