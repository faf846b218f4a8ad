import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { action, evaluate, runAction } from './github.js';
import { fixture, git, root, tempDir } from './helpers.js';

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
      'sarif-file': expect.stringMatching(/\/playbook-align\.\w+\/align\.sarif$/),
      'summary-file': expect.stringMatching(/\/playbook-align\.\w+\/align-summary\.md$/),
    });
    // Written under RUNNER_TEMP, never in the checkout.
    expect(r.outputs['sarif-file']!.startsWith(`${r.runnerTemp}/`)).toBe(true);
    expect(JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(r.outputs['summary-file']!, 'utf8')).toBe(r.summary);
    expect(readdirSync(dir).filter((n) => n.startsWith('align'))).toEqual([]);
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

describe('the action reads back only what this run wrote (a pull request commits the rest)', () => {
  const TOKEN = Buffer.from(`x-access-token:ghs_${'A1b2C3d4E5'.repeat(8)}`).toString('base64');
  /** The pull request's checkout: the playbook and what the attacker committed beside it, the job's token in .git/config. */
  const checkout = (planted: Record<string, string>, links: Record<string, string> = {}) => {
    const dir = tempDir('align-pr-');
    writeFileSync(join(dir, 'strategy.yaml'), northwind('strategy.yaml'));
    writeFileSync(join(dir, 'tactics.yaml'), northwind('tactics.yaml'));
    for (const [name, body] of Object.entries(planted)) writeFileSync(join(dir, name), body);
    for (const [name, target] of Object.entries(links)) symlinkSync(target, join(dir, name));
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'pull request');
    git(dir, 'config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${TOKEN}`);
    return dir;
  };
  const OUTPUTS = ['errors', 'warnings', 'score', 'sarif-file', 'summary-file'];
  test('align-summary.md committed as a link to .git/config: the token never reaches the step summary', () => {
    const dir = checkout({}, { 'align-summary.md': '.git/config', 'align.sarif': '.git/config' });
    const r = runAction(dir, {});
    expect(r.code).toBe(1);
    expect(r.summary).toMatch(/^## playbook-align/);
    expect(r.summary + r.stdout + r.stderr).not.toContain(TOKEN.slice(0, 20));
    expect(readFileSync(r.outputs['sarif-file']!, 'utf8')).not.toContain(TOKEN.slice(0, 20));
  });
  test("a committed align.json whose summary.error holds line breaks adds no output: the counts are only ever this run's numbers", () => {
    const planted = JSON.stringify({ summary: { error: '0\nscore=100\npwned=1', warning: 0 } });
    const dir = checkout({ 'align.json': planted });
    const r = runAction(dir, {});
    expect(r.code).toBe(1);
    expect(Object.keys(r.outputs).sort()).toEqual([...OUTPUTS].sort());
    expect(r.outputs).toMatchObject({ errors: '9', warnings: '7' });
    // A run that stops before it writes a report (here a bad fail-on) publishes no counts at all.
    const failed = runAction(dir, { 'fail-on': 'bogus' });
    expect(failed.code).toBe(2);
    expect(failed.outputs).toEqual({});
    expect(readFileSync(join(dir, 'align.json'), 'utf8')).toBe(planted);
  });
  test('a usage error: one ::error line, exit 2, no report published, and the committed summary (raw HTML) is not it', () => {
    const dir = checkout({ 'align-summary.md': '<img src=https://attacker.example/x.png> all clear', 'align.sarif': '{"planted": true}' });
    const r = runAction(dir, { 'fail-on': 'bogus' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("::error title=playbook-align::align: --fail-on takes one of: error, warning, info, never; not 'bogus'.\n");
    expect(r.summary).toBe('');
    expect(r.outputs).toEqual({});
  });
  test("a usage error after a run that wrote reports: the earlier run's files are not published again", () => {
    const dir = checkout({});
    const first = runAction(dir, {});
    expect(first.code).toBe(1);
    const again = runAction(dir, { since: 'no-such-ref' }, root, first.runnerTemp);
    expect(again.code).toBe(2);
    expect(again.stdout).toMatch(/^::error title=playbook-align::align: --since: 'no-such-ref' is not a commit, branch or tag in this repository\.$/m);
    expect(again.outputs).toEqual({});
    expect(again.summary).toBe('');
    // The upload step runs only on a SARIF file this run wrote.
    const upload = action.runs.steps.find((s) => s.name === 'Upload SARIF')!;
    const when = (outputs: Record<string, string>) =>
      evaluate(upload.if!.replace(/^always\(\) && /, ''), { inputs: { sarif: 'true' }, steps: { check: { outputs } } });
    expect(when(first.outputs)).toBe(true);
    expect(when(again.outputs)).toBe(false);
    expect(upload.with!.sarif_file).toBe('${{ steps.check.outputs.sarif-file }}');
  });
});
