// The composite action's check step, run as a runner runs it: the step's env with the inputs
// substituted, bash -eo pipefail, GITHUB_ACTION_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { action, runAction, runStep } from './github.js';
import { fixture, root, tempDir } from './helpers.js';

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
  test.skipIf(!existsSync(join(root, '.git')))(
    'installs from its own checkout with the runtime dependencies only, no build, then checks',
    { timeout: 120_000 },
    () => {
      // The action's checkout, as `uses:` makes it: this commit, and nothing installed.
      const checkout = join(tempDir('align-action-'), 'playbook-align');
      execFileSync('git', ['clone', '-q', '--no-local', root, checkout]);
      execFileSync('git', ['checkout', '-q', execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()], { cwd: checkout });
      const install = action.runs.steps.find((s) => s.name === 'Install playbook-align')!;
      const dir = fixture({ 'strategy.yaml': northwind('strategy.yaml'), 'tactics.yaml': northwind('tactics.yaml') });
      const i = runStep(dir, install.run!, { GITHUB_ACTION_PATH: checkout, npm_config_offline: 'true' });
      expect(i.code, i.stderr).toBe(0);
      expect(existsSync(join(checkout, 'node_modules', 'yaml'))).toBe(true);
      for (const dev of ['typescript', 'vitest', 'esbuild']) expect(existsSync(join(checkout, 'node_modules', dev)), dev).toBe(false);
      expect(existsSync(join(checkout, 'dist', 'index.js'))).toBe(false); // nothing was built
      const r = runAction(dir, {}, checkout);
      expect(r.code).toBe(1);
      expect(r.outputs.errors).toBe('9');
    },
  );
});
