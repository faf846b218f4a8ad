// The composite action's check step, run as a runner runs it: the step's env with the inputs
// substituted, bash -eo pipefail, GITHUB_ACTION_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. The install
// step, which npm runs from a fresh checkout, is in test/clients/action-install.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { action, runAction } from './github.js';
import { fixture, root } from './helpers.js';

const northwind = (name: string) => readFileSync(join(root, 'examples', 'northwind-ops-cloud', name), 'utf8');

describe('the GitHub Action', () => {
  test('paths with spaces as inputs; one run gives annotations, the step summary, SARIF and the outputs', () => {
    const dir = fixture({ 'Sales Playbook/strategy.yaml': northwind('strategy.yaml'), 'Sales Playbook/Q4 tactics.yaml': northwind('tactics.yaml') });
    const r = runAction(dir, { strategy: 'Sales Playbook/strategy.yaml', tactics: 'Sales Playbook/Q4 tactics.yaml' });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error '))).toHaveLength(9);
    expect(r.summary).toMatch(/^## playbook-align/);
    expect(r.outputs).toEqual({
      errors: '9',
      warnings: '7',
      score: expect.stringMatching(/^\d+(\.\d+)?$/),
      'sarif-file': 'align.sarif',
      'summary-file': 'align-summary.md',
    });
    expect(JSON.parse(readFileSync(join(dir, 'align.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(r.outputs).sort());
  });
  test('fail-on never: the step passes and still reports; SARIF upload is opt-in', () => {
    const dir = fixture({ 'strategy.yaml': northwind('strategy.yaml'), 'tactics.yaml': northwind('tactics.yaml') });
    const r = runAction(dir, { 'fail-on': 'never' });
    expect(r.code).toBe(0);
    expect(r.outputs.errors).toBe('9');
    expect(action.inputs.sarif!.default).toBe('false');
  });
  test('an input error: exit 2, and the outputs say what they can', () => {
    const dir = fixture({ 'strategy.yaml': 'version: 1\nname: [x\n', 'tactics.yaml': northwind('tactics.yaml') });
    const r = runAction(dir, {});
    expect(r.code).toBe(2);
    expect(r.outputs.score).toBe('');
    expect(r.stdout).toMatch(/^::error file=strategy.yaml/m);
  });
  test('tactics without the strategy is refused, not silently ignored', () => {
    const dir = fixture({ 'strategy.yaml': northwind('strategy.yaml'), 'tactics.yaml': northwind('tactics.yaml') });
    const r = runAction(dir, { tactics: 'tactics.yaml' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('::error::The tactics input needs the strategy input too.\n');
  });
});
