import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { check } from '../../src/index.js';
import { align, alignInProcess, fixture, git, json, lumenPlaybook, root } from '../helpers.js';

/** A copy of examples/playbook-repo (19 tactics' worth of historic findings and their baseline), committed to git. */
function playbookRepo(): string {
  const dir = fixture({});
  cpSync(join(root, 'examples', 'playbook-repo'), dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'playbook with a baseline');
  return dir;
}
const run = (dir: string, args: string[]) => alignInProcess(['check', '-f', 'json', '--today', '2026-11-22', ...args], { cwd: dir });
const baselineEntries = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { findings: unknown[] }).findings.length;

describe('counts and score describe the same findings after every filter', () => {
  test('with the baseline hiding every finding, nothing is counted, and the score is still that of every finding (known problems are not aligned)', async () => {
    const dir = playbookRepo();
    const all = json(await run(dir, []));
    expect(all.summary.error).toBeGreaterThan(0);
    expect((all.summary.score as unknown as { tactics: number }).tactics).toBeLessThan(100);
    const r = json(await run(dir, ['--baseline', 'align-baseline.json']));
    expect(r.findings).toEqual([]);
    expect(r.summary).toMatchObject({ error: 0, warning: 0, info: 0, score: all.summary.score });
  });
  test('--quiet: warnings no longer count against the score either', async () => {
    const dir = playbookRepo();
    const r = json(await run(dir, ['--quiet']));
    expect(r.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(r.summary.warning).toBe(0);
    const md = (await alignInProcess(['check', '-f', 'markdown', '--quiet', '--today', '2026-11-22'], { cwd: dir })).stdout;
    const score = (r.summary.score as unknown as { tactics: number }).tactics;
    expect(md).toContain(`**Alignment score:** ${score}% of active tactics have no error or warning`);
  });
});

describe('--since with --baseline', () => {
  const addBadTactic = (dir: string) => {
    const file = join(dir, 'tactics', 'sdr', 'tactics.yaml');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\n  - id: flash-promo\n    name: Flash promotion\n    kind: promotion\n    supports: [win-rate]\n    messaging: 30% off, today only!\n    metrics: [revenue]\n`,
    );
  };
  test("stale entries are judged against all of today's findings, so a pull request sees only its own", async () => {
    const dir = playbookRepo();
    addBadTactic(dir);
    const r = await run(dir, ['--since', 'HEAD', '--baseline', 'align-baseline.json']);
    const found = json(r).findings;
    expect(found.filter((f) => f.ruleId === 'stale-baseline')).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.tactic === 'flash-promo')).toBe(true);
  });
  test('--update-baseline with --since records every finding of today, not only the new ones', async () => {
    const dir = playbookRepo();
    const before = baselineEntries(join(dir, 'align-baseline.json'));
    addBadTactic(dir);
    const r = await run(dir, ['--since', 'HEAD', '--update-baseline', 'align-baseline.json']);
    expect(r.code).toBe(0);
    const after = baselineEntries(join(dir, 'align-baseline.json'));
    expect(after).toBeGreaterThan(before);
    expect((await run(dir, ['--baseline', 'align-baseline.json'])).code).toBe(0);
  });
});

describe('the library never throws and never loads the CLI', () => {
  test('an unknown rule id in `rules` is reported, not thrown', async () => {
    const ex = join(root, 'examples', 'atlas-treasury');
    const r = check({
      strategy: join(ex, 'strategy.yaml'),
      tactics: [join(ex, 'tactics.yaml')],
      rules: { 'premium-vs-discont': 'error' },
      today: '2026-11-22',
    });
    expect(r.inputError).toBe(true);
    expect(r.findings).toEqual([]);
    expect(r.optionErrors).toEqual(["Unknown rule 'premium-vs-discont' in --rule. Did you mean 'premium-vs-discount'?"]);
    const cli = await alignInProcess(['check', '--rule', 'premium-vs-discont=error'], { cwd: ex });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toBe("align: Unknown rule 'premium-vs-discont' in --rule. Did you mean 'premium-vs-discount'?\n");
  });
  test('importing the built library reaches no CLI module (the static import graph of dist/index.js)', async () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      // Static imports and re-exports only: dynamic import() loads on use, not on import.
      for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) visit(join(dirname(file), spec));
        else packages.add(spec.replace(/^node:.*/, 'node'));
      }
    };
    visit(join(root, 'dist', 'index.js'));
    expect(existsSync(join(root, 'dist', 'cli.js'))).toBe(true);
    expect([...seen].map((f) => f.slice(join(root, 'dist').length + 1))).not.toContain('cli.js');
    expect(packages.has('commander')).toBe(false);
    expect(packages.has('chalk')).toBe(false);
    expect(seen.size).toBeGreaterThan(10); // the walk followed the graph
  });
});

describe('check() is the pipeline for the library too', () => {
  test('baseline, since and quiet are options; the counts describe what is left, the score every finding', async () => {
    const dir = playbookRepo();
    const r = check({ cwd: dir, baseline: 'align-baseline.json', today: '2026-11-22' });
    expect(r.inputError).toBe(false);
    expect(r.findings).toEqual([]);
    expect(r.baselined).toBe(baselineEntries(join(dir, 'align-baseline.json')));
    expect(r.summary).toMatchObject({ error: 0, warning: 0, info: 0, score: { tactics: 38.5, objectives: 66.7 } });
    expect(r.hidden?.baseline).toHaveLength(r.baselined!);
    const quiet = check({ cwd: dir, quiet: true, today: '2026-11-22' });
    expect(quiet.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(quiet.summary.warning).toBe(0);
  });
  test('a since ref that is no commit is an option error, not an exception', async () => {
    const dir = playbookRepo();
    const r = check({ cwd: dir, since: 'no-such-branch', today: '2026-11-22' });
    expect(r.inputError).toBe(true);
    expect(r.optionErrors).toEqual(["--since: 'no-such-branch' is not a commit, branch or tag in this repository."]);
  });
  test('a baseline that cannot be written is an option error', async () => {
    const dir = playbookRepo();
    const r = check({ cwd: dir, updateBaseline: join(dir, 'missing', 'b.json'), today: '2026-11-22' });
    expect(r.inputError).toBe(true);
    expect(r.optionErrors?.[0]).toMatch(/^Could not write the baseline .*b\.json: the folder .*missing does not exist\.$/);
  });
});

describe('I/O failures are input errors, not bugs', () => {
  test('--baseline naming a folder: exit 2, the path, what is wrong', async () => {
    const dir = playbookRepo();
    mkdirSync(join(dir, 'baselines'));
    const r = await run(dir, ['--baseline', 'baselines']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    expect(json(r).findings.map((f) => f.message)).toEqual([
      'baselines is a folder, not a baseline file; name the file, such as baselines/align-baseline.json.',
    ]);
  });
  test('--update-baseline into a folder that does not exist: exit 2, one line', async () => {
    const dir = playbookRepo();
    const r = await run(dir, ['--update-baseline', 'missing/dir/b.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('align: Could not write the baseline missing/dir/b.json: the folder missing/dir does not exist.\n');
  });
});

describe('baselines written before fingerprints used message ids (version 1)', () => {
  test('still hide the findings they record, matched by rule, item and the message without its strategy lines', async () => {
    const dir = playbookRepo();
    const legacy = join(dir, 'legacy-baseline.json');
    writeFileSync(legacy, readFileSync(join(root, 'test', 'fixtures', 'baseline-v1.json')));
    const r = check({ cwd: dir, baseline: 'legacy-baseline.json', today: '2026-11-22' });
    expect(r.findings.map((f) => f.ruleId)).toEqual([]);
    expect(r.baselined).toBe(20);
    // --update-baseline migrates it to version 2.
    check({ cwd: dir, updateBaseline: 'legacy-baseline.json', today: '2026-11-22' });
    const migrated = JSON.parse(readFileSync(legacy, 'utf8')) as { version: number; findings: unknown[] };
    expect(migrated.version).toBe(2);
    expect(migrated.findings).toHaveLength(20);
  });
  test('a version 1 entry whose message changed beyond its line references no longer matches', async () => {
    const dir = playbookRepo();
    const v1 = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'baseline-v1.json'), 'utf8')) as { findings: Array<{ message: string }> };
    v1.findings[0]!.message = v1.findings[0]!.message.replace('Tactic', 'The tactic');
    writeFileSync(join(dir, 'legacy-baseline.json'), JSON.stringify(v1));
    const r = check({ cwd: dir, baseline: 'legacy-baseline.json', today: '2026-11-22' });
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(['consultative-fit', 'stale-baseline']);
  });
});

describe("the config's baseline: key", () => {
  const withKey = (dir: string, value = 'align-baseline.json') =>
    writeFileSync(join(dir, 'align.config.yaml'), `${readFileSync(join(dir, 'align.config.yaml'), 'utf8')}baseline: ${value}\n`);

  test('is used when no --baseline is given; --no-baseline shows every finding again', async () => {
    const dir = playbookRepo();
    withKey(dir);
    expect(json(await run(dir, [])).findings).toEqual([]);
    expect(json(await run(dir, ['--no-baseline'])).summary.error).toBeGreaterThan(0);
  });
  test('--update-baseline alone rewrites the file the config names, and says so', async () => {
    const dir = playbookRepo();
    withKey(dir, 'baselines/align.json');
    mkdirSync(join(dir, 'baselines'));
    const r = await alignInProcess(['check', '--update-baseline', '--today', '2026-11-22'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('align: wrote 20 findings to the baseline baselines/align.json; later runs (the config names it) report only new ones.\n');
    expect(baselineEntries(join(dir, 'baselines', 'align.json'))).toBe(20);
  });
  test('is relative to the config file, wherever align runs from', async () => {
    const dir = fixture({});
    cpSync(join(root, 'examples', 'playbook-repo'), join(dir, 'playbook'), { recursive: true });
    withKey(join(dir, 'playbook'));
    const r = await alignInProcess(['check', '-c', 'playbook/align.config.yaml', '-f', 'json', '--today', '2026-11-22'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(json(r).findings).toEqual([]);
  });
  test('a baseline outside the repository is a config error at its line', async () => {
    const dir = playbookRepo();
    withKey(dir, '../elsewhere.json');
    const r = await run(dir, []);
    expect(r.code).toBe(2);
    const f = json(r).findings[0]!;
    expect(f).toMatchObject({ file: 'align.config.yaml', line: 7, column: 11 });
    expect(f.message).toBe('The baseline ../elsewhere.json is outside the repository; keep the baseline in the repository.');
  });
  test('--update-baseline with neither --baseline nor the key: exit 2, what to pass', async () => {
    const dir = playbookRepo();
    const r = await alignInProcess(['check', '--update-baseline'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'align: --update-baseline needs a file: --update-baseline FILE, --baseline FILE --update-baseline, or baseline: FILE in the config.\n',
    );
  });
});

describe('the baseline is input like any other', () => {
  test('a baseline that links to /dev/zero is refused, not read forever; so is /dev/zero named itself', () => {
    const dir = lumenPlaybook();
    symlinkSync('/dev/zero', join(dir, 'b.json'));
    const r = align(['check', '--baseline', 'b.json', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings[0]!.message).toMatch(/^b\.json is a link in the repository that leads outside the repository \(to \/dev\/zero\)/);
    const named = align(['check', '--baseline', '/dev/zero', '-f', 'json'], { cwd: dir });
    expect(named.code).toBe(2);
    expect(json(named).findings[0]!.message).toMatch(/not a regular file/);
  });
  test('an entry whose tactic is not text is not a baseline', async () => {
    const dir = lumenPlaybook({
      'b.json': JSON.stringify({ version: 2, findings: [{ fingerprint: 'x', ruleId: 'r', tactic: { y: 1 }, objective: null, file: 'f', message: 'm' }] }),
    });
    const r = await alignInProcess(['check', '--baseline', 'b.json', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings[0]!.message).toBe('b.json is not a playbook-align baseline (a JSON file written by --update-baseline).');
  });
  test('a compact one-line baseline: each stale entry is located at its own fingerprint', async () => {
    const entries = ['a', 'b'].map((x) => ({
      fingerprint: x.repeat(32),
      ruleId: 'orphan-tactic',
      tactic: x,
      objective: null,
      file: 'tactics.yaml',
      message: 'm',
    }));
    const text = JSON.stringify({ version: 2, findings: entries });
    const dir = lumenPlaybook({ 'b.json': text });
    const stale = json(await alignInProcess(['check', '--baseline', 'b.json', '-f', 'json', '--today', '2026-11-22'], { cwd: dir })).findings.filter(
      (f) => f.ruleId === 'stale-baseline',
    );
    expect(stale.map((f) => [f.line, f.column])).toEqual(entries.map((e) => [1, text.indexOf(`"${e.fingerprint}"`) + 1]));
  });
});
