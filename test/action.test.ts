// The composite action's check step, run as a runner runs it: the step's env with the inputs
// substituted, bash -eo pipefail, GITHUB_ACTION_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { fixture, root } from './helpers.js';

interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { steps: Array<{ id?: string; run?: string; env?: Record<string, string> }> };
}
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as Action;
const step = action.runs.steps.find((s) => s.id === 'check')!;

function runStep(cwd: string, inputs: Record<string, string>) {
  const value = (name: string) => inputs[name] ?? action.inputs[name]?.default ?? '';
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(step.env ?? {})) env[k] = v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_m, name: string) => value(name));
  const output = join(cwd, 'github-output');
  const summary = join(cwd, 'step-summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const script = join(cwd, 'step.sh');
  writeFileSync(script, step.run!);
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ALIGN_TODAY: '2026-11-22',
      GITHUB_ACTION_PATH: root,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      ...env,
    },
  });
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(summary, 'utf8') };
}

const northwind = (name: string) => readFileSync(join(root, 'examples', 'northwind-ops-cloud', name), 'utf8');

describe('the GitHub Action', () => {
  test('paths with spaces as inputs; one run gives annotations, the step summary, SARIF and the outputs', () => {
    const dir = fixture({ 'Sales Playbook/strategy.yaml': northwind('strategy.yaml'), 'Sales Playbook/Q4 tactics.yaml': northwind('tactics.yaml') });
    const r = runStep(dir, { strategy: 'Sales Playbook/strategy.yaml', tactics: 'Sales Playbook/Q4 tactics.yaml' });
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
    const r = runStep(dir, { 'fail-on': 'never' });
    expect(r.code).toBe(0);
    expect(r.outputs.errors).toBe('9');
    expect(action.inputs.sarif!.default).toBe('false');
  });
  test('an input error: exit 2, and the outputs say what they can', () => {
    const dir = fixture({ 'strategy.yaml': 'version: 1\nname: [x\n', 'tactics.yaml': northwind('tactics.yaml') });
    const r = runStep(dir, {});
    expect(r.code).toBe(2);
    expect(r.outputs.score).toBe('');
    expect(r.stdout).toMatch(/^::error file=strategy.yaml/m);
  });
  test('tactics without the strategy is refused, not silently ignored', () => {
    const dir = fixture({ 'strategy.yaml': northwind('strategy.yaml'), 'tactics.yaml': northwind('tactics.yaml') });
    const r = runStep(dir, { tactics: 'tactics.yaml' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('::error::The tactics input needs the strategy input too.\n');
  });
});
