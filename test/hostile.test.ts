import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../src/cli.js';
import { align, cases, fixture, json } from './helpers.js';

const aligned = join(cases, 'aligned');
const good = { 'strategy.yaml': readFileSync(join(aligned, 'strategy.yaml'), 'utf8'), 'tactics.yaml': readFileSync(join(aligned, 'tactics.yaml'), 'utf8') };
// A guard against a hang, not a benchmark: these take well under a second alone, and ten seconds or more on a 2-core machine that runs other suites beside them (a fresh clone's npm test under the clients suite took 10.9 s for 100,000 keys).
const HANG = 60_000;

/** Runs `align check -f json` on files; returns the run, its findings and the time it took. */
function run(files: Record<string, string | Uint8Array>, args: string[] = []) {
  const dir = fixture({ ...good, ...files });
  const t0 = Date.now();
  const r = align(['check', '-f', 'json', '--today', '2026-11-01', ...args], { cwd: dir });
  const ms = Date.now() - t0;
  let findings: Array<Record<string, unknown>> = [];
  try {
    findings = json(r).findings;
  } catch {
    /* stdout is asserted by the caller */
  }
  return { ...r, findings, ms, dir };
}

/** Expects exit 2, a finding of `rule` whose message matches, no stack trace, within the hang bound. */
function rejects(files: Record<string, string | Uint8Array>, rule: string, message: RegExp, args: string[] = []) {
  const r = run(files, args);
  expect(r.code, r.stdout + r.stderr).toBe(2);
  expect(r.stderr).toBe('');
  const f = r.findings.find((x) => x.ruleId === rule);
  expect(f, r.stdout.slice(0, 600)).toBeDefined();
  expect(String(f!.message)).toMatch(message);
  expect(f!.line).toBeGreaterThanOrEqual(1);
  expect(r.ms).toBeLessThan(HANG);
  return { ...r, finding: f! };
}

describe('limits', () => {
  test('a file over the size limit (10 MB by default, configurable)', () => {
    rejects({ 'tactics.yaml': `version: 1\ntactics: []\n# ${'x'.repeat(11 * 1024 * 1024)}\n` }, 'input', /over the 10 MB limit/);
    rejects({}, 'input', /strategy\.yaml is .* over the 1 KB limit|over the 0\.0 MB limit/, ['--max-file-size', '1KB']);
    const r = run({ 'align.config.yaml': 'max_file_size: 1KB\n' });
    expect(r.code).toBe(2);
    expect(align(['check', '--max-file-size', 'huge'], { cwd: r.dir }).stderr).toContain('--max-file-size takes a size');
  });
  test('100,000 distinct keys in one mapping: rejected quickly, the listing capped', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `key${i}: ${i}`).join('\n');
    const r = rejects({ 'strategy.yaml': `${good['strategy.yaml']}\n${keys}\n` }, 'schema', /Unknown key 'key0'/);
    expect(r.findings).toHaveLength(101);
    expect(String(r.findings[100]!.message)).toMatch(/…and 99900 more input errors in strategy\.yaml/);
  });
  test('duplicate keys are reported with both locations', () => {
    const r = rejects(
      { 'tactics.yaml': 'version: 1\ntactics:\n  - id: a\n    name: A\n    kind: demo\n    name: B\n' },
      'yaml-syntax',
      /the key 'name' appears twice in this mapping \(first at line 4\)/,
    );
    expect([r.finding.line, r.finding.column]).toEqual([6, 5]);
    expect(r.finding.related).toEqual([{ file: 'tactics.yaml', line: 4, column: 5, message: 'first occurrence' }]);
  });
  test('an alias bomb', () => {
    const bomb =
      'version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n';
    rejects({ 'strategy.yaml': bomb }, 'yaml-syntax', /alias bomb/);
  });
  test('deep nesting, flow and block', () => {
    rejects({ 'strategy.yaml': `name: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n` }, 'yaml-syntax', /nested too deeply|nested more than/);
    const block = `${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`;
    rejects({ 'strategy.yaml': block }, 'yaml-syntax', /nested more than 64 levels deep/);
  });
  test('a key over 1,024 characters', () => {
    rejects({ 'strategy.yaml': `${'k'.repeat(2000)}: 1\n` }, 'yaml-syntax', /a key may be at most 1,024 characters/);
    rejects({ 'strategy.yaml': `{ "${'k'.repeat(2000)}": 1 }\n` }, 'yaml-syntax', /A key of 2,000 characters is over the 1024-character limit/);
  });
  test('several documents in one file', () =>
    void rejects({ 'tactics.yaml': 'version: 1\ntactics: []\n---\nversion: 1\ntactics: []\n' }, 'yaml-syntax', /one YAML document/));
  test('CR-only line endings', () => void rejects({ 'strategy.yaml': good['strategy.yaml'].replace(/\n/g, '\r') }, 'yaml-syntax', /carriage return alone/));
  test('tab indentation', () => void rejects({ 'tactics.yaml': 'version: 1\ntactics:\n\t- id: a\n' }, 'yaml-syntax', /spaces, not tabs|Tabs/));
  test('a mapping where a number belongs (found by the property tests)', () => {
    rejects({ 'strategy.yaml': good['strategy.yaml'].replace('version: 1', 'version: {}') }, 'schema', /'version' must be 1, not a mapping/);
  });
  test('CRLF line endings are fine', () => expect(run({ 'strategy.yaml': good['strategy.yaml'].replace(/\n/g, '\r\n') }).code).toBe(0));
});

describe('encodings', () => {
  test('a UTF-8 BOM is accepted', () => expect(run({ 'strategy.yaml': `\uFEFF${good['strategy.yaml']}` }).code).toBe(0));
  test.each([
    ['UTF-16 little-endian', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('version: 1\n', 'utf16le')]), /UTF-16 \(little-endian\)/],
    ['UTF-16 big-endian', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('version: 1\n', 'utf16le').swap16()]), /UTF-16 \(big-endian\)/],
    ['UTF-32', Buffer.from([0xff, 0xfe, 0, 0, 0x76, 0, 0, 0]), /UTF-32/],
    ['Latin-1', Buffer.from('name: Caf\xe9 strategy\nversion: 1\n', 'latin1'), /Latin-1 or Windows-1252/],
  ])('%s is named', (_n, bytes, message) => {
    rejects({ 'strategy.yaml': bytes }, 'input', message);
  });
  test('NUL and other control characters are reported where they are', () => {
    const r = rejects({ 'tactics.yaml': 'version: 1\ntactics:\n  - id: a\n    name: "A\u0000B"\n    kind: demo\n' }, 'yaml-syntax', /U\+0000 \(NUL\)/);
    expect([r.finding.line, r.finding.column]).toEqual([4, 13]);
    rejects({ 'tactics.yaml': 'version: 1\ntactics: []\n# bell \u0007\n' }, 'yaml-syntax', /U\+0007/);
  });
});

describe('files and paths', () => {
  test('a folder given as the strategy', () => {
    rejects({ 'dir/x.yaml': 'a: 1' }, 'input', /dir is a folder/, ['dir', 'tactics.yaml']);
  });
  test('a named pipe is refused, not waited on', () => {
    const dir = fixture(good);
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const t0 = Date.now();
    const r = align(['check', 'strategy.yaml', 'pipe.yaml', '-f', 'json'], { cwd: dir });
    expect(Date.now() - t0).toBeLessThan(HANG);
    expect(r.code).toBe(2);
    expect(json(r).findings[0]!.message).toMatch(/not a regular file/);
  });
  test('a device is refused', () => {
    const r = align(['check', 'strategy.yaml', '/dev/zero', '-f', 'json'], { cwd: fixture(good) });
    expect(r.code).toBe(2);
    expect(json(r).findings[0]!.message).toMatch(/not a regular file/);
  });
  test('link loops and broken links under a tactics folder', () => {
    const dir = fixture({ 'strategy.yaml': good['strategy.yaml'], 'tactics/main.yaml': good['tactics.yaml'] });
    symlinkSync('nowhere.yaml', join(dir, 'tactics', 'broken.yaml'));
    symlinkSync('self.yaml', join(dir, 'tactics', 'self.yaml'));
    symlinkSync('..', join(dir, 'tactics', 'up'));
    symlinkSync('.', join(dir, 'tactics', 'again'));
    const t0 = Date.now();
    const r = align(['check', 'strategy.yaml', 'tactics', '-f', 'json'], { cwd: dir });
    expect(Date.now() - t0).toBeLessThan(HANG);
    expect(r.code).toBe(2);
    const messages = json(r)
      .findings.map((f) => f.message)
      .join('\n');
    expect(messages).toContain('tactics/broken.yaml is a broken link');
    expect(messages).toContain('tactics/self.yaml is a link that points back to itself');
    expect(messages).toContain('tactics/again is a link back to a folder already read');
    expect(messages).toContain('tactics/up is a link to a folder outside tactics; it was skipped');
  });
  test.skipIf(process.getuid?.() === 0)('an unreadable file', () => {
    const dir = fixture(good);
    chmodSync(join(dir, 'tactics.yaml'), 0);
    const r = align(['check', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings[0]!.message).toMatch(/Permission denied/);
  });
  test('files that are not YAML beside tactics files are ignored', () => {
    const dir = fixture({
      'strategy.yaml': good['strategy.yaml'],
      'tactics/main.yaml': good['tactics.yaml'],
      'tactics/README.md': '# notes',
      'tactics/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]),
    });
    mkdirSync(join(dir, 'tactics', 'empty'));
    expect(align(['check', 'strategy.yaml', 'tactics', '--today', '2026-11-01'], { cwd: dir }).code).toBe(0);
  });
});

describe('no code runs from data', () => {
  test.each(['!!js/function "function () { process.exit(7) }"', '!!python/object:os.system ls', '!local thing'])('the tag in %s is reported', (value) => {
    rejects({ 'tactics.yaml': `version: 1\ntactics:\n  - id: a\n    name: ${value}\n    kind: demo\n` }, 'yaml-syntax', /YAML tag .* is not allowed/);
  });
  test.each(['__proto__', 'constructor', 'prototype'])('a %s key is refused', (key) => {
    rejects(
      { 'tactics.yaml': `version: 1\ntactics:\n  - id: a\n    name: A\n    kind: demo\n    offer:\n      ${key}: { polluted: true }\n` },
      'schema',
      new RegExp(`The key '${key}' is not allowed`),
    );
  });
  test('__proto__ in the config cannot change objects either', () => {
    const r = run({ 'align.config.yaml': 'rules:\n  __proto__: { message: x, forbid: { kind: demo } }\nlexicon:\n  __proto__: [polluted]\n' });
    expect(r.code).toBe(2);
    expect(r.findings.map((f) => f.message)).toContain("The key '__proto__' is not allowed (it is reserved in JavaScript); rename it.");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  test.each(['(\\w|a)*!', '(a|a)*$', '([a-z]|[a-c])*\\d', '(a+)+$'])(
    'the pattern %s, which backtracks for tens of seconds on a 30-letter word, runs in linear time (RE2)',
    (pattern) => {
      const r = run({
        'align.config.yaml': `rules:\n  slow:\n    message: m\n    forbid: { text: { matches: '${pattern}' } }\n`,
        'tactics.yaml': `version: 1\ntactics:\n  - id: a\n    name: A\n    kind: demo\n    targets: [midmarket-tech]\n    supports: [win-rate]\n    metrics: [win-rate]\n    description: ${'a'.repeat(30)}b ${'a'.repeat(28)}!\n`,
      });
      expect(r.ms).toBeLessThan(HANG);
      expect([0, 1]).toContain(r.code);
    },
  );
  test('lookaround and backreferences, which need backtracking, are refused when the config loads', () => {
    rejects(
      { 'align.config.yaml': "rules:\n  slow:\n    message: m\n    forbid: { text: { matches: '(?=a)b' } }\n" },
      'schema',
      /Invalid regular expression '\(\?=a\)b': .*Patterns run on RE2/,
    );
  });
  test('a safe regular expression on long text stays fast', () => {
    const long = 'a'.repeat(200_000);
    const r = run({
      'align.config.yaml': "rules:\n  long-a:\n    message: Too many a's\n    forbid: { text: { matches: 'a{5}b' } }\n",
      'tactics.yaml': `version: 1\ntactics:\n  - id: a\n    name: A\n    kind: demo\n    targets: [midmarket-tech]\n    supports: [win-rate]\n    metrics: [win-rate]\n    description: ${long}\n`,
    });
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(HANG);
  });
});

describe('honest failure', () => {
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
  };
  const boom = () => {
    throw new Error('boom');
  };
  test('an internal error exits 2 with one line asking for a report, never "no findings"', async () => {
    const c = capture();
    const code = await main(['node', 'align', 'check', '-f', 'json'], c.io, { check: boom });
    expect(code).toBe(2);
    expect(c.out.join('')).toBe('');
    expect(c.err.join('')).toBe(
      'align: internal error: boom\nThis is a bug in align, not in your playbook. Please report it with the command you ran (add --debug for details).\n',
    );
  });
  test('--debug adds the stack', async () => {
    const c = capture();
    await main(['node', 'align', 'check', '--debug'], c.io, { check: boom });
    expect(c.err.join('')).toMatch(/\n\s+at .*hostile\.test\.ts/);
  });
});
