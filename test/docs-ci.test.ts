import { appendFileSync, cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { type Context, runAction, runStep, substitute } from './github.js';
import { fixture, git, root } from './helpers.js';

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

const docs = readFileSync(join(root, 'docs', 'ci.md'), 'utf8');
const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const workflow = parse(blocks.find((b) => b.includes('name: Playbook alignment'))!) as {
  on: Record<string, unknown>;
  jobs: { align: { steps: Step[] } };
};
const plain = parse(blocks.find((b) => b.includes('npm install --no-save playbook-align'))!) as Step[];

/** The playbook repository after `actions/checkout` with fetch-depth 0: main is origin/main; a pull request adds a discounting tactic on a branch. */
function checkout(event: 'push' | 'pull_request'): string {
  const dir = fixture({});
  cpSync(join(root, 'examples', 'playbook-repo'), dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'playbook');
  git(dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  if (event === 'pull_request') {
    git(dir, 'checkout', '-qb', 'flash-promo');
    appendFileSync(
      join(dir, 'tactics', 'sdr', 'tactics.yaml'),
      '\n  - id: flash-promo\n    name: Flash promotion\n    kind: promotion\n    supports: [win-rate]\n    messaging: 30% off, today only!\n    metrics: [revenue]\n',
    );
    git(dir, 'commit', '-qam', 'flash promo');
  }
  return dir;
}

const contexts: Record<'push' | 'pull_request', Context> = {
  push: { github: { event_name: 'push', ref: 'refs/heads/main', base_ref: '' } },
  pull_request: { github: { event_name: 'pull_request', ref: 'refs/pull/7/merge', base_ref: 'main' } },
};

describe('docs/ci.md, the workflow with the action', () => {
  const step = workflow.jobs.align.steps.find((s) => s.uses?.startsWith('playbook-align/playbook-align@'))!;
  test('runs on pull requests and on pushes to main, with the history --since needs', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.jobs.align.steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
  });
  test('a push to main: every finding against the baseline, no --since', () => {
    const inputs = Object.fromEntries(Object.entries(step.with!).map(([k, v]) => [k, substitute(String(v), contexts.push)]));
    expect(inputs.since).toBe('');
    const r = runAction(checkout('push'), inputs);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs.errors).toBe('0');
  });
  test('a pull request: only what it adds, annotated on its lines', () => {
    const inputs = Object.fromEntries(Object.entries(step.with!).map(([k, v]) => [k, substitute(String(v), contexts.pull_request)]));
    expect(inputs.since).toBe('origin/main');
    const r = runAction(checkout('pull_request'), inputs);
    expect(r.code).toBe(1);
    expect(r.outputs.errors).toBe('3');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error '))).toEqual([
      expect.stringMatching(/^::error file=tactics\/sdr\/tactics.yaml,line=52,col=16,.*title=discount-over-policy/),
      expect.stringMatching(/^::error file=tactics\/sdr\/tactics.yaml,line=52,col=16,.*title=premium-vs-discount/),
      expect.stringMatching(/^::error file=tactics\/sdr\/tactics.yaml,line=52,col=25,.*title=consultative-vs-pressure/),
    ]);
  });
});

describe('docs/ci.md, the same in plain steps', () => {
  const check = plain.find((s) => s.run?.includes('npx align check'))!;
  /** The install step's result: `npm install --no-save playbook-align` puts align in node_modules/.bin, where npx finds it. */
  const installed = (dir: string) => {
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(join(root, 'bin', 'align.js'), join(dir, 'node_modules', '.bin', 'align'));
    return dir;
  };
  const run = (event: 'push' | 'pull_request') => {
    const dir = installed(checkout(event));
    const env = Object.fromEntries(Object.entries(check.env ?? {}).map(([k, v]) => [k, substitute(String(v), contexts[event])]));
    return { dir, env, ...runStep(dir, check.run!, env) };
  };
  test('the steps: install, check, upload SARIF even when the check failed', () => {
    expect(plain.map((s) => s.uses ?? s.run?.split('\n')[0])).toEqual([
      'actions/setup-node@v4',
      'npm install --no-save playbook-align',
      'set +e',
      'github/codeql-action/upload-sarif@v3',
    ]);
    expect(plain[3]).toMatchObject({ if: 'always()', with: { sarif_file: 'align.sarif' } });
  });
  test('a push: no base branch, so no --since (not `--since origin/`), and a clean summary', () => {
    const r = run('push');
    expect(r.env.SINCE).toBe('');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(/^## playbook-align/);
    expect(JSON.parse(readFileSync(join(r.dir, 'align.sarif'), 'utf8')).runs[0].results).toEqual([]);
  });
  test('a pull request: --since origin/main, three annotations, SARIF for the upload step, the step fails', () => {
    const r = run('pull_request');
    expect(r.env.SINCE).toBe('origin/main');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error '))).toHaveLength(3);
    expect(JSON.parse(readFileSync(join(r.dir, 'align.sarif'), 'utf8')).runs[0].results).toHaveLength(3);
    expect(r.summary).toContain('flash-promo');
  });
});
