import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { root, shared } from './helpers.js';

test('every conformance case in ../shared/conformance passes', () => {
  const r = spawnSync(process.execPath, [join(shared, 'conformance', 'run.mjs')], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  expect(r.stdout).toMatch(/\d+ passed, 0 failed/);
  expect(r.status, r.stdout).toBe(0);
});
