import { appendFileSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { action, type Context, evaluate, runAction, runStep, substitute } from './github.js';
import { bin, fixture, git, root } from './helpers.js';

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

/** The job's token, as actions/checkout leaves it in .git/config. */
const TOKEN = Buffer.from(`x-access-token:ghs_${'A1b2C3d4E5'.repeat(8)}`).toString('base64');

const contexts: Record<'push' | 'pull_request', Context> = {
  push: { github: { event_name: 'push', ref: 'refs/heads/main', base_ref: '' } },
  pull_request: { github: { event_name: 'pull_request', ref: 'refs/pull/7/merge', base_ref: 'main' } },
};

/** The action run on a push with these inputs: the docs' workflow and the example's give the same, so it runs once for the tests that ask. */
const pushRuns = new Map<string, ReturnType<typeof runAction>>();
function pushRun(inputs: Record<string, string>): ReturnType<typeof runAction> {
  const key = JSON.stringify(inputs);
  if (!pushRuns.has(key)) pushRuns.set(key, runAction(checkout('push'), inputs));
  return pushRuns.get(key)!;
}

describe('docs/ci.md, the workflow with the action', () => {
  const step = workflow.jobs.align.steps.find((s) => s.uses?.startsWith('playbook-align/playbook-align@'))!;
  test('runs on pull requests and on pushes to main, with the history --since needs', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.jobs.align.steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
  });
  test('a push to main: every finding against the baseline, no --since', () => {
    const inputs = Object.fromEntries(Object.entries(step.with!).map(([k, v]) => [k, substitute(String(v), contexts.push)]));
    expect(inputs.since).toBe('');
    const r = pushRun(inputs);
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

describe('docs/ci.md, the workflow with the action, on a pull request that plants files', () => {
  test('align-summary.md linking to .git/config and an align.json with line breaks in its counts: neither is read', () => {
    const step = workflow.jobs.align.steps.find((s) => s.uses?.startsWith('playbook-align/playbook-align@'))!;
    const inputs = Object.fromEntries(Object.entries(step.with!).map(([k, v]) => [k, substitute(String(v), contexts.pull_request)]));
    const dir = checkout('pull_request');
    symlinkSync('.git/config', join(dir, 'align-summary.md'));
    writeFileSync(join(dir, 'align.json'), JSON.stringify({ summary: { error: '0\nscore=100\npwned=1' } }));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'plant');
    git(dir, 'config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${TOKEN}`);
    const r = runAction(dir, inputs);
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ errors: '3' });
    expect(Object.keys(r.outputs).sort()).toEqual(['errors', 'sarif-file', 'score', 'summary-file', 'warnings']);
    expect(r.summary).toContain('flash-promo');
    expect(r.summary + r.stdout + r.stderr).not.toContain(TOKEN.slice(0, 20));
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
  const run = (event: 'push' | 'pull_request', plant?: (dir: string) => void, context: Context = contexts[event]) => {
    const dir = checkout(event);
    plant?.(dir);
    installed(dir);
    const env = Object.fromEntries(Object.entries(check.env ?? {}).map(([k, v]) => [k, substitute(String(v), context)]));
    return { dir, env, ...runStep(dir, check.run!, env) };
  };
  test('the steps: install, check, upload SARIF even when the check failed, if this run wrote it', () => {
    expect(plain.map((s) => s.uses ?? s.run?.split('\n')[0])).toEqual([
      'actions/setup-node@v4',
      'npm install --no-save playbook-align',
      '# Reports go to a folder this run makes outside the checkout: never read back a file the pull request committed.',
      'github/codeql-action/upload-sarif@v3',
    ]);
    expect(plain[3]).toMatchObject({ if: "always() && steps.align.outputs.sarif != ''", with: { sarif_file: '${{ steps.align.outputs.sarif }}' } });
  });
  /** Whether the upload step runs after a check step with these outputs, and on which file. */
  const upload = (outputs: Record<string, string>) => {
    const context = { steps: { align: { outputs } } };
    return evaluate(plain[3]!.if!.replace(/^always\(\) && /, ''), context) ? substitute(plain[3]!.with!.sarif_file!, context) : null;
  };
  test('a push: no base branch, so no --since (not `--since origin/`), and a clean summary', () => {
    const r = run('push');
    expect(r.env.SINCE).toBe('');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(/^## playbook-align/);
    expect(JSON.parse(readFileSync(upload(r.outputs)!, 'utf8')).runs[0].results).toEqual([]);
  });
  test('a pull request: --since origin/main, three annotations, SARIF for the upload step, the step fails', () => {
    const r = run('pull_request');
    expect(r.env.SINCE).toBe('origin/main');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error '))).toHaveLength(3);
    expect(upload(r.outputs)!.startsWith(`${r.runnerTemp}/`)).toBe(true);
    expect(JSON.parse(readFileSync(upload(r.outputs)!, 'utf8')).runs[0].results).toHaveLength(3);
    expect(r.summary).toContain('flash-promo');
  });
  test('what the pull request committed is never read back: align-summary.md and align.sarif linking to .git/config', () => {
    const r = run('pull_request', (dir) => {
      symlinkSync('.git/config', join(dir, 'align-summary.md'));
      symlinkSync('.git/config', join(dir, 'align.sarif'));
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'links');
      git(dir, 'config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${TOKEN}`);
    });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('flash-promo');
    expect(r.summary + r.stdout + r.stderr).not.toContain(TOKEN.slice(0, 20));
    expect(readFileSync(upload(r.outputs)!, 'utf8')).not.toContain(TOKEN.slice(0, 20));
  });
  test('a run that fails before it writes a report: one ::error line, exit 2, no upload, and the committed summary (raw HTML) is not it', () => {
    const r = run(
      'pull_request',
      (dir) => {
        writeFileSync(join(dir, 'align-summary.md'), '<img src=https://attacker.example/x.png> all clear');
        writeFileSync(join(dir, 'align.sarif'), '{"planted": true}');
      },
      { github: { event_name: 'pull_request', ref: 'refs/pull/7/merge', base_ref: 'no-such-branch' } },
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("::error title=playbook-align::align: --since: 'origin/no-such-branch' is not a commit, branch or tag in this repository.\n");
    expect(r.summary).toBe('');
    expect(upload(r.outputs)).toBeNull();
  });
});

describe('docs/ci.md and examples/playbook-repo: what they set up happens (issue 24, items 13 and 14)', () => {
  const example = parse(readFileSync(join(root, 'examples', 'playbook-repo', '.github', 'workflows', 'align.yml'), 'utf8')) as typeof workflow;
  test('SARIF is really uploaded: sarif is true, and the action’s upload step runs on the file the check wrote', () => {
    for (const w of [workflow, example]) {
      const step = w.jobs.align.steps.find((s) => s.uses?.startsWith('playbook-align/playbook-align@'))!;
      expect(step.with!.sarif).toBe('true');
      const inputs = Object.fromEntries(Object.entries(step.with!).map(([k, v]) => [k, substitute(String(v), contexts.push)]));
      const r = pushRun(inputs);
      const upload = action.runs.steps.find((s) => s.name === 'Upload SARIF')!;
      expect(evaluate(upload.if!.replace(/^always\(\) && /, ''), { inputs, steps: { check: { outputs: r.outputs } } })).toBe(true);
    }
  });
  test('every ref of this tool the docs pin is a commit of this repository (no @v0, no rev: v0.1.0)', () => {
    const text = docs + readFileSync(join(root, 'examples', 'playbook-repo', '.github', 'workflows', 'align.yml'), 'utf8');
    const refs = [...text.matchAll(/playbook-align\/playbook-align@(\S+)|^\s*rev: (\S+)/gm)].map((m) => m[1] ?? m[2]!);
    expect(refs.length).toBeGreaterThanOrEqual(3);
    for (const ref of refs) {
      expect(ref).toMatch(/^[0-9a-f]{40}$/);
      expect(git(root, 'cat-file', '-t', ref)).toBe('commit');
    }
  });
  test('the cap on annotations is documented, and the step summary says how many were not annotated', () => {
    expect(docs).toContain('GitHub shows at most 10 error and 10 warning annotations for one step');
    const launch = readFileSync(join(root, 'examples', 'lumen-audio', 'tactics.yaml'), 'utf8').split('\n  - id: launch-countdown')[1]!;
    const many = Array.from({ length: 12 }, (_, i) => `  - id: launch-${i}${launch.replace(/\n+$/, '')}\n`).join('');
    const dir = fixture({
      'strategy.yaml': readFileSync(join(root, 'examples', 'lumen-audio', 'strategy.yaml'), 'utf8'),
      'tactics.yaml': `version: 1\ntactics:\n${many}`,
    });
    const r = runStep(
      dir,
      `node ${JSON.stringify(bin)} check --today 2026-11-22 -f github -f markdown="$RUNNER_TEMP/s.md"; cat "$RUNNER_TEMP/s.md" >> "$GITHUB_STEP_SUMMARY"`,
      { GITHUB_ACTIONS: 'true' },
    );
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::warning '))).toHaveLength(12);
    expect(r.summary).toContain(
      'GitHub annotates at most 10 errors and 10 warnings per step: 2 warnings are not annotated on the pull request. Every finding is listed below (and in code scanning, when SARIF is uploaded).',
    );
  });
});
