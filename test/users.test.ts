// The gate as its users meet it (issue 24): no report lost, summaries that do not call known
// problems aligned, defaults found beside the config, standard input standing in for its file,
// a shared config read once, and hints where a user is stuck. Each runs the built CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { align, alignInProcess, bin, fixture, json, lumen, root, tempDir } from './helpers.js';

const today = ['--today', '2026-11-22'];
const launchOnly = lumen('tactics.yaml').replace(/ {2}- id: demo-stations[\s\S]*?\n\n/, '');

describe('1. every report goes where it was asked, or the command is refused', () => {
  test('-f json -f sarif -o x.out: a usage error naming both, and no file written; with sarif=FILE, each where asked', async () => {
    const dir = fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': lumen('tactics.yaml') });
    const r = await alignInProcess(['check', '-f', 'json', '-f', 'sarif', '-o', 'x.out', ...today], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'align: Only one format can go to -o x.out, and 2 have no file of their own (json, sarif); give the others one, as in -f sarif=align.sarif.\n',
    );
    expect(existsSync(join(dir, 'x.out'))).toBe(false);
    // Given a file of its own, the other is written beside the one -o names.
    const both = await alignInProcess(['check', '-f', 'json', '-f', 'sarif=s.sarif', '-o', 'x.out', ...today], { cwd: dir });
    expect(both.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'x.out'), 'utf8')).summary.warning).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 's.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('2. known problems are never counted as aligned', () => {
  test('a baselined warning still counts against the tactics score; the counts are of what is shown', async () => {
    const dir = fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': lumen('tactics.yaml') });
    expect((await alignInProcess(['check', '--update-baseline', 'bl.json', ...today], { cwd: dir })).code).toBe(0);
    const r = json(await alignInProcess(['check', '--baseline', 'bl.json', '-f', 'json', ...today], { cwd: dir }));
    expect(r.summary).toMatchObject({ error: 0, warning: 0, info: 0, score: { tactics: 50, objectives: 100 } });
  });
  test('an objective whose only tactic has a warning is not carried, shown or hidden (--quiet)', async () => {
    const dir = fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': launchOnly });
    const shown = json(await alignInProcess(['check', '-f', 'json', ...today], { cwd: dir }));
    expect(shown.summary).toMatchObject({ warning: 1, score: { tactics: 0, objectives: 0 } });
    const quiet = json(await alignInProcess(['check', '--quiet', '-f', 'json', ...today], { cwd: dir }));
    expect(quiet.summary).toMatchObject({ warning: 0, score: { tactics: 0, objectives: 0 } });
  });
});

describe('2. a tactic with a hidden finding is known, never aligned, in the reports', () => {
  test('markdown matrix: ◇ for a baselined tactic; HTML: no objective carried by it', async () => {
    const dir = fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': lumen('tactics.yaml') });
    expect((await alignInProcess(['check', '--update-baseline', 'bl.json', ...today], { cwd: dir })).code).toBe(0);
    const md = (await alignInProcess(['check', '--baseline', 'bl.json', '-f', 'markdown', ...today], { cwd: dir })).stdout;
    expect(md).toContain('| `partner-sell-through` | ✓ `demo-stations`, ◇ `launch-countdown` |');
    const only = fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': launchOnly });
    expect((await alignInProcess(['check', '--update-baseline', 'bl.json', ...today], { cwd: only })).code).toBe(0);
    const html = (await alignInProcess(['check', '--baseline', 'bl.json', '-f', 'html', ...today], { cwd: only })).stdout;
    expect(html).toContain('<span class="n" data-score="objectives">0%</span>');
    expect(html).not.toContain('>✓</span>');
  });
});

describe('3. CI formats name files from the repository root; terminal formats from here', () => {
  const dir = fixture({ 'sales/strategy.yaml': lumen('strategy.yaml'), 'sales/tactics.yaml': lumen('tactics.yaml') });
  const run = async (format: string) => (await alignInProcess(['check', '-f', format, ...today], { cwd: join(dir, 'sales') })).stdout;
  test('github, junit and markdown: sales/tactics.yaml; compact and stylish: tactics.yaml', async () => {
    expect(await run('github')).toMatch(/^::warning file=sales\/tactics\.yaml,line=13,/);
    expect(await run('junit')).toContain('<testsuite name="sales/tactics.yaml"');
    expect(await run('markdown')).toContain('### `sales/tactics.yaml`');
    // compact and stylish: tactics.yaml, as the terminal in sales/ names it.
    expect(await run('compact')).toMatch(/^tactics\.yaml:13:18: warning/);
    expect(await run('stylish')).toMatch(/^tactics\.yaml$/m);
  });
});

describe('4. a config in a subfolder: its defaults are beside it', () => {
  const files = { 'playbook/strategy.yaml': lumen('strategy.yaml'), 'playbook/tactics.yaml': lumen('tactics.yaml') };
  test('--config playbook/align.config.yaml with no strategy: finds playbook/strategy.yaml and playbook/tactics.yaml', async () => {
    const dir = fixture({ ...files, 'playbook/align.config.yaml': 'rules:\n  premium-vs-pressure: error\n' });
    const r = await alignInProcess(['check', '--config', 'playbook/align.config.yaml', '-f', 'compact', ...today], { cwd: dir });
    expect(r.stdout).toMatch(/^playbook\/tactics\.yaml:13:18: error Tactic 'launch-countdown' manufactures urgency/);
    expect(r.code).toBe(1);
  });
  test('a default that is not there: where align looked, and how to name it', async () => {
    const dir = fixture({ 'playbook/tactics.yaml': lumen('tactics.yaml'), 'playbook/align.config.yaml': 'rules: {}\n' });
    const r = await alignInProcess(['check', '--config', 'playbook/align.config.yaml', '-f', 'compact', ...today], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')[0]).toBe(
      "playbook/strategy.yaml:1:1: error No strategy file: playbook/align.config.yaml names none (strategy:), so align looked for strategy.yaml beside it, in playbook/, and found none. Add 'strategy: PATH' (relative to playbook/align.config.yaml) to the config, or name the file: align check STRATEGY TACTICS. [input]",
    );
  });
});

describe('5. standard input: - is the tactics, and the named file is replaced by the buffer', () => {
  const repo = join(root, 'examples', 'playbook-repo');
  const pipe = (args: string[], input: string) => spawnSync(process.execPath, [bin, 'check', ...args, ...today], { cwd: repo, input, encoding: 'utf8' });
  const file = 'tactics/ae/tactics.yaml';
  const text = readFileSync(join(repo, file), 'utf8');
  const plain = align(['check', '-f', 'json', ...today], { cwd: repo }).stdout;
  test('align check - --stdin-filename FILE: the config strategy, the buffer in its file’s place', () => {
    const r = pipe(['-', '--stdin-filename', file, '-f', 'json'], text);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(plain);
  });
  test('strategy.yaml tactics/ - --stdin-filename FILE: no duplicate ids, the findings of the files', () => {
    const r = pipe(['strategy.yaml', 'tactics/', '-', '--stdin-filename', file, '-f', 'json'], text);
    expect(r.stdout).toBe(plain);
  });
  test('the buffer, edited, is what is checked in that file', () => {
    const r = pipe(['-', '--stdin-filename', file, '-f', 'compact'], text.replace(/^ {2}- id: [\s\S]*$/m, ''));
    expect(r.status).toBe(2);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('tactics/ae/'))).toEqual([
      'tactics/ae/tactics.yaml:3:9: error tactics should be a list, not nothing (an empty value). [schema]',
    ]);
  });
  test('--stdin-filename without -: a usage error, not ignored', () => {
    const r = pipe(['--stdin-filename', file], text);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^align: --stdin-filename tactics\/ae\/tactics\.yaml names what standard input holds, but nothing is read from it: add - /);
  });
});

test('6. extends in a diamond: the shared base is read, and its mistake reported, once', async () => {
  const dir = fixture({
    'strategy.yaml': lumen('strategy.yaml'),
    'tactics.yaml': lumen('tactics.yaml'),
    'shared/base.yaml': 'rules:\n  premium-vs-pressure: loud\n',
    'shared/a.yaml': 'extends: ./base.yaml\n',
    'shared/b.yaml': 'extends: ./base.yaml\n',
    'align.config.yaml': 'extends: [./shared/a.yaml, ./shared/b.yaml]\n',
  });
  const r = await alignInProcess(['check', '-f', 'compact', ...today], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stdout).toBe(
    "shared/base.yaml:2:24: error 'loud' is not a severity for rule 'premium-vs-pressure'. Use one of: error, warning, info, off. [schema]\n1 problem (1 error, 0 warnings, 0 info)\n",
  );
});

describe('7. a user who is stuck is pointed on', () => {
  test('an empty folder: one message that names align init', async () => {
    const dir = tempDir();
    spawnSync('git', ['init', '-q'], { cwd: dir });
    const r = await alignInProcess(['check', '-f', 'compact'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(
      "strategy.yaml:1:1: error No playbook in this folder: align looked for strategy.yaml and tactics.yaml (or a tactics/ folder) here and found neither. Run 'align init' to write a starter playbook, or name the files: align check STRATEGY TACTICS (or set strategy: and tactics: in align.config.yaml). [input]\n1 problem (1 error, 0 warnings, 0 info)\n",
    );
  });
  test.each([
    [['--fail-on', 'warnings'], "align: --fail-on takes one of: error, warning, info, never; not 'warnings'. Did you mean 'warning'?\n"],
    [['--rule', 'orphan=off'], "align: Unknown rule 'orphan' in --rule. Did you mean 'orphan-tactic'?\n"],
  ])('%j: did you mean', async (args, message) => {
    const r = await alignInProcess(['check', ...args], { cwd: join(root, 'examples', 'lumen-audio') });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message);
  });
});

describe('8-12. messages say what matched', () => {
  // A premium strategy with an enterprise ideal customer and a guardrail on a kind and a phrase; a config with a custom require rule.
  const fixtures = join(root, 'test', 'fixtures');
  const dir = fixture({
    'strategy.yaml': readFileSync(join(fixtures, 'messages-strategy.yaml'), 'utf8'),
    'tactics.yaml': readFileSync(join(fixtures, 'messages-tactics.yaml'), 'utf8'),
    'align.config.yaml': readFileSync(join(fixtures, 'messages-config.yaml'), 'utf8'),
  });
  type F = {
    ruleId: string;
    tactic: string;
    line: number;
    column: number;
    evidence: string | null;
    message: string;
    related: Array<{ line: number; message: string }>;
  };
  // The same check for every test of this group: run once, on first use.
  let checked: F[] | undefined;
  const findings = () => (checked ??= (JSON.parse(align(['check', '-f', 'json', ...today], { cwd: dir }).stdout) as { findings: F[] }).findings);
  const of = (rule: string, tactic: string) => findings().find((f) => f.ruleId === rule && f.tactic === tactic)!;
  test('8. a guardrail on a kind and a phrase quotes the phrase and names its condition', () => {
    const f = of('guardrail', 'studio-demo');
    expect([f.line, f.evidence]).toEqual([10, 'free headphones']);
    expect(f.message).toBe(
      "Tactic 'studio-demo' breaks the strategy's guardrail 'no-free-gear' (forbid: kind: demo, text: { phrase: [free headphones] }) with \"free headphones\": Free gear tells buyers the price is padded.",
    );
  });
  test('9. a custom require rule says the requirement the tactic does not meet', () => {
    expect(of('needs-owner', 'chain-blast').message).toBe("Tactic 'chain-blast': Every tactic names its owner (it requires owner: { exists: true }).");
  });
  test('10. targeted-vs-mass names the enterprise audience and points at it', () => {
    const f = of('targeted-vs-mass', 'chain-blast');
    expect(f.message).toBe(
      "Tactic 'chain-blast' is untargeted, high-volume outreach (\"email blast\"), which does not fit the enterprise audience 'studio-chains' it targets.",
    );
    expect(f.related).toEqual([expect.objectContaining({ line: 22, message: 'studio-chains: enterprise' })]);
  });
  test('11. "an 8%"; a figure read from the text quotes the words it was read from', () => {
    expect(of('discount-over-policy', 'loyalty').message).toBe(
      "Tactic 'loyalty' offers an 8% discount, above the 5% limit set in the strategy's pricing.max_discount.",
    );
    expect(of('discount-over-policy', 'partner-rebate').message).toBe(
      "Tactic 'partner-rebate' offers a 15% discount (\"15% rebate\" in its text), above the 5% limit set in the strategy's pricing.max_discount.",
    );
  });
  test('12. the two discount rules on one tactic point at the same words', () => {
    const a = of('discount-over-policy', 'loyalty');
    const b = of('premium-vs-discount', 'loyalty');
    expect([b.line, b.column, b.evidence]).toEqual([a.line, a.column, a.evidence]);
  });
});
