// Untrusted repository contents (issue 16): what a pull request can plant beside the playbook.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import { threadsFor } from '../src/load/parallel.js';
import { align, fixture, json, root } from './helpers.js';

const lumen = (name: string) => readFileSync(join(root, 'examples', 'lumen-audio', name), 'utf8');
const playbook = (extra: Record<string, string> = {}) => fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': lumen('tactics.yaml'), ...extra });

describe('outputs never follow a link', () => {
  test.each([
    ['-o', ['check', '-f', 'sarif', '-o', 'align.sarif']],
    ['align report -o', ['report', '-o', 'align.sarif']],
    ['--update-baseline', ['check', '--update-baseline', 'align.sarif']],
  ])('%s onto a committed link: exit 2, and the file it points at is untouched', (_name, args) => {
    const dir = playbook({ 'victim.txt': 'precious\n' });
    symlinkSync(join(dir, 'victim.txt'), join(dir, 'align.sarif'));
    const r = align([...args, '--today', '2026-11-22'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/align\.sarif is a symbolic link; align does not write through links/);
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('precious\n');
  });
});

describe('the baseline is input like any other', () => {
  test('a baseline that links to /dev/zero is refused, not read forever; so is /dev/zero named itself', () => {
    const dir = playbook();
    symlinkSync('/dev/zero', join(dir, 'b.json'));
    const r = align(['check', '--baseline', 'b.json', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings[0]!.message).toMatch(/^b\.json is a link in the repository that leads outside the repository \(to \/dev\/zero\)/);
    const named = align(['check', '--baseline', '/dev/zero', '-f', 'json'], { cwd: dir });
    expect(named.code).toBe(2);
    expect(json(named).findings[0]!.message).toMatch(/not a regular file/);
  });
  test('an entry whose tactic is not text is not a baseline', () => {
    const dir = playbook({
      'b.json': JSON.stringify({ version: 2, findings: [{ fingerprint: 'x', ruleId: 'r', tactic: { y: 1 }, objective: null, file: 'f', message: 'm' }] }),
    });
    const r = align(['check', '--baseline', 'b.json', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings[0]!.message).toBe('b.json is not a playbook-align baseline (a JSON file written by --update-baseline).');
  });
  test('a compact one-line baseline: each stale entry is located at its own fingerprint', () => {
    const entries = ['a', 'b'].map((x) => ({
      fingerprint: x.repeat(32),
      ruleId: 'orphan-tactic',
      tactic: x,
      objective: null,
      file: 'tactics.yaml',
      message: 'm',
    }));
    const text = JSON.stringify({ version: 2, findings: entries });
    const dir = playbook({ 'b.json': text });
    const stale = json(align(['check', '--baseline', 'b.json', '-f', 'json', '--today', '2026-11-22'], { cwd: dir })).findings.filter(
      (f) => f.ruleId === 'stale-baseline',
    );
    expect(stale.map((f) => [f.line, f.column])).toEqual(entries.map((e) => [1, text.indexOf(`"${e.fingerprint}"`) + 1]));
  });
});

describe('nothing is left unchecked without a word', () => {
  test('a file with a config name inside a tactics folder is an input error, not silently skipped', () => {
    const dir = fixture({
      'strategy.yaml': lumen('strategy.yaml'),
      'tactics/main.yaml': lumen('tactics.yaml'),
      'tactics/align.config.yaml': lumen('tactics.yaml'),
    });
    const r = align(['check', 'strategy.yaml', 'tactics', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings.map((f) => f.message)).toEqual([
      "tactics/align.config.yaml has a config file's name inside a tactics folder, so it is not read: it is not the config in use, and tactics are never read from a config. Rename or move it.",
    ]);
    expect(existsSync(join(dir, 'tactics', 'align.config.yaml'))).toBe(true);
  });
  test('--concurrency never starts more threads than there are cores', () => {
    const files = Array.from({ length: 100 }, (_, i) => ({ abs: `/f${i}.yaml`, file: `f${i}.yaml` }));
    expect(
      threadsFor(
        files,
        files.map(() => 1e6),
        64,
      ),
    ).toBe(Math.min(64, availableParallelism()));
    expect(threadsFor(files.slice(0, 3), [1, 1, 1], 64)).toBe(Math.min(3, availableParallelism()));
  });
});

test('a report to a plain file, new or existing, is still written', () => {
  const dir = playbook();
  writeFileSync(join(dir, 'align.sarif'), 'old');
  const r = align(['check', '-f', 'sarif', '-o', 'align.sarif', '--today', '2026-11-22'], { cwd: dir });
  expect(r.code).toBe(0);
  expect(JSON.parse(readFileSync(join(dir, 'align.sarif'), 'utf8')).version).toBe('2.1.0');
});

describe('nothing outside the repository is read unless named on the command line', () => {
  const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nSECRETSECRETSECRETSECRETSECRETSECRETSECRET\n-----END OPENSSH PRIVATE KEY-----\n';
  /** A key outside the repository (also as a .yaml file, for globs). */
  const secret = () => join(fixture({ id_ed25519: KEY, 'keys/id.yaml': KEY }), 'id_ed25519');
  const noSecret = (r: { stdout: string; stderr: string }) => {
    expect(r.stdout + r.stderr).not.toMatch(/SECRET|PRIVATE KEY/);
  };
  test('a tactics file that is a link to a key outside: refused, never quoted', () => {
    const dir = fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics/main.yaml': lumen('tactics.yaml') });
    symlinkSync(secret(), join(dir, 'tactics', 'key.yaml'));
    const r = align(['check', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    noSecret(r);
    expect(json(r).findings.map((f) => f.message)).toEqual([expect.stringMatching(/^tactics\/key\.yaml leads outside the repository/)]);
  });
  test.each([
    ['strategy: .git/config', /\.git\/config is inside the repository's \.git folder/],
    ['strategy: KEY', /leads outside the repository/],
    ['rulesets: [KEY]', /Ruleset .* is outside the repository/],
    ['tactics: ["OUTSIDE/keys/*.yaml"]', /leads outside the repository/],
  ])('a config with %s: refused', (line, message) => {
    const key = secret();
    const dir = playbook();
    writeFileSync(join(dir, '.git', 'config'), '[remote "origin"]\n  url = https://x-access-token:SECRET@github.com/o/r\n');
    writeFileSync(join(dir, 'align.config.yaml'), `${line.replace('KEY', key).replace('OUTSIDE', join(key, '..'))}\n`);
    const r = align(['check', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    noSecret(r);
    expect(
      json(r)
        .findings.map((f) => f.message)
        .join('\n'),
    ).toMatch(message);
  });
  test('a file named on the command line is read wherever it is, and a message quotes at most a short excerpt of it', () => {
    const dir = playbook();
    const r = align(['check', 'strategy.yaml', secret(), '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const message = json(r).findings[0]!.message as string;
    expect(message).toMatch(/not the text "-----BEGIN OPENSSH PRIVATE KEY----- SECR…"/);
  });
});

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

describe('a cache planted in the checkout never changes a result', () => {
  const clean = lumen('tactics.yaml');
  const bad = `${clean}  - id: promo\n    name: Promo\n    kind: promotion\n    supports: [partner-sell-through]\n    metrics: [win-rate]\n    messaging: 40% off, today only!\n`;
  const setup = () => {
    const dir = playbook();
    const run = () =>
      align(['check', '--cache', '--cache-location', '.aligncache', '-f', 'json', '--today', '2026-11-22'], {
        cwd: dir,
        env: { XDG_CACHE_HOME: join(dir, 'home') },
      });
    return { dir, run };
  };
  test('an authentic entry of a clean file, replayed under the name a bad file hashes to, is a miss', () => {
    const { dir, run } = setup();
    run();
    const tacticsEntries = () => new Set(readdirSync(join(dir, '.aligncache')));
    const before = tacticsEntries();
    const saved = new Map([...before].map((n) => [n, readFileSync(join(dir, '.aligncache', n))]));
    writeFileSync(join(dir, 'tactics.yaml'), bad);
    const honest = run();
    expect(honest.code).toBe(1);
    // The entry the bad file's bytes are stored under (what an attacker computes offline), given the clean file's entry.
    const planted = [...tacticsEntries()].find((n) => !before.has(n))!;
    const cleanEntry = [...before].find((n) => n.slice(0, 16) === planted.slice(0, 16))!;
    writeFileSync(join(dir, '.aligncache', planted), saved.get(cleanEntry)!);
    expect(run()).toEqual(honest);
  });
  test.each([
    ['a forged entry without the key', () => serialize({ root: null, lineStarts: [0], data: { version: 1, tactics: [] }, problems: [] })],
    ['a sparse array of length 2^32-1 (281 bytes that would hang deserialising)', () => serialize(new Array(2 ** 32 - 1))],
    ['a malformed entry', () => Buffer.from('not an entry')],
  ])('%s is a miss', (_name, bytes) => {
    const { dir, run } = setup();
    writeFileSync(join(dir, 'tactics.yaml'), bad);
    const honest = run();
    for (const n of readdirSync(join(dir, '.aligncache'))) writeFileSync(join(dir, '.aligncache', n), bytes());
    expect(run()).toEqual(honest);
  });
  test('entries that are links (to /dev/zero) or pipes, and a cache folder that is a link, are not used', () => {
    const { dir, run } = setup();
    writeFileSync(join(dir, 'tactics.yaml'), bad);
    const honest = run();
    const names = readdirSync(join(dir, '.aligncache'));
    rmSync(join(dir, '.aligncache', names[0]!));
    symlinkSync('/dev/zero', join(dir, '.aligncache', names[0]!));
    rmSync(join(dir, '.aligncache', names[1]!));
    execFileSync('mkfifo', [join(dir, '.aligncache', names[1]!)]);
    expect(run()).toEqual(honest);
    const elsewhere = fixture({});
    rmSync(join(dir, '.aligncache'), { recursive: true });
    symlinkSync(elsewhere, join(dir, '.aligncache'));
    expect(run()).toEqual({
      ...honest,
      stderr: `align: the parse cache is not used: .aligncache is a link in the repository that leads outside the repository (to ${elsewhere}).\n`,
    });
    expect(readdirSync(elsewhere).filter((n) => n.endsWith('.bin'))).toEqual([]);
  });
});

describe('no pattern and no text can hang the run', () => {
  const tactic = (description: string) =>
    `version: 1\ntactics:\n  - id: t\n    name: T\n    kind: promotion\n    supports: [partner-sell-through]\n    metrics: [win-rate]\n    description: ${description}\n`;
  test('a lexicon phrase with wide gaps is refused when the config loads', () => {
    const dir = playbook({ 'align.config.yaml': 'lexicon:\n  discount: ["deal ~300 ~300 ~300 zzz"]\n' });
    const r = align(['check', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings[0]!.message).toMatch(/not a phrase the lexicon can match/);
  });
  test('the widest phrase allowed, against "deal " × 1,200, and "discount " × 40,000 in one description, finish (the suite would hang if they did not)', () => {
    const wide = playbook({ 'align.config.yaml': 'lexicon:\n  discount: ["deal ~12 ~12 ~12 zzz"]\n', 'tactics.yaml': tactic('deal '.repeat(1_200)) });
    expect(align(['check', '-f', 'json'], { cwd: wide }).code).toBe(0);
    const long = playbook({ 'tactics.yaml': tactic('discount '.repeat(40_000)) });
    const r = align(['check', '-f', 'json', '--today', '2026-11-22'], { cwd: long });
    expect(json(r).findings.some((f) => f.ruleId === 'premium-vs-discount')).toBe(true);
  });
});
