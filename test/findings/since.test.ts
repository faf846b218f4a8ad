// --since (src/findings/since.ts, the past read by src/load/git.ts): only what is new since a git ref.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { align, fixture, json, lumen } from '../helpers.js';

test("--since builds the past from the ref's own files: deleting the only tactic that carried an objective is reported", () => {
  const strategy = lumen('strategy.yaml').replace(/objectives:\n/, 'objectives:\n  - id: second\n    statement: A second objective\n    horizon: annual\n');
  const carrier = 'version: 1\ntactics:\n  - id: carrier\n    name: Carrier\n    kind: demo\n    supports: [second]\n    metrics: [win-rate]\n';
  const dir = fixture({ 'strategy.yaml': strategy, 'tactics/main.yaml': lumen('tactics.yaml'), 'tactics/carrier.yaml': carrier });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=T', ...args], { cwd: dir, stdio: 'pipe' });
  rmSync(join(dir, '.git'), { recursive: true });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
  expect(align(['check', '--since', 'HEAD', '--fail-on', 'warning', '--today', '2026-11-22'], { cwd: dir }).code).toBe(0);
  rmSync(join(dir, 'tactics', 'carrier.yaml'));
  const r = align(['check', '--since', 'HEAD', '--fail-on', 'warning', '-f', 'json', '--today', '2026-11-22'], { cwd: dir });
  expect(json(r).findings.map((f) => `${f.ruleId} ${f.objective}`)).toEqual(['unexecuted-objective second']);
  expect(r.code).toBe(1);
});
