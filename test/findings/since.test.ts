// --since (src/findings/since.ts, the past read by src/load/git.ts): only what is new since a git ref.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Checker, check } from '../../src/pipeline.js';
import { align, fixture, git, json, lumen } from '../helpers.js';

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

describe('the past is an input: read from the ref, checked with the config as it is loaded today', () => {
  /** The lumen-audio playbook committed to git, with a config that extends a shared config from node_modules (not committed). */
  const repo = () => {
    const dir = fixture({
      'strategy.yaml': lumen('strategy.yaml'),
      'tactics.yaml': lumen('tactics.yaml'),
      'align.config.yaml': 'extends: "@acme/align-config"\n',
      '.gitignore': 'node_modules/\n',
      'node_modules/@acme/align-config/package.json': '{ "name": "@acme/align-config" }\n',
      'node_modules/@acme/align-config/align.config.yaml': 'rules:\n  consultative-fit: info\n',
    });
    rmSync(join(dir, '.git'), { recursive: true });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    return dir;
  };
  const promo =
    '  - id: promo\n    name: Promo\n    kind: promotion\n    supports: [partner-sell-through]\n    metrics: [win-rate]\n    messaging: 40% off, today only!\n';

  test('a shared config from a package applies to the past too: only the new tactic is reported', () => {
    const dir = repo();
    writeFileSync(join(dir, 'tactics.yaml'), `${lumen('tactics.yaml')}${promo}`);
    const r = align(['check', '--since', 'HEAD', '-f', 'json', '--today', '2026-11-22'], { cwd: dir });
    expect(r.stderr).toBe('');
    const found = json(r).findings;
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.tactic === 'promo')).toBe(true);
  });

  test('the library and a Checker give the same: the past is loaded once, and an update compares with it again', () => {
    const dir = repo();
    const opts = { cwd: dir, since: 'HEAD', today: '2026-11-22' };
    const checker = new Checker(opts);
    expect(checker.check().findings).toEqual([]);
    const text = `${lumen('tactics.yaml')}${promo}`;
    const updated = checker.update('tactics.yaml', text);
    writeFileSync(join(dir, 'tactics.yaml'), text);
    const full = check(opts);
    expect(updated.findings).toEqual(full.findings);
    expect(updated.findings.map((f) => f.tactic)).toContain('promo');
  });
});
