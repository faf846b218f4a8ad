import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import { ParseCache } from '../../src/load/cache.js';
import { DEFAULT_LIMITS, type LoadedSource, loadSource } from '../../src/load/source.js';
import { align, fixture, lumen, lumenPlaybook, root, tempDir } from '../helpers.js';

const example = join(root, 'examples', 'northwind-ops-cloud');
const view = (l: LoadedSource | undefined) => l && { ...l, source: l.source && { ...l.source, lineCounter: l.source.lineCounter.lineStarts } };

test('a cached file loads exactly as parsing it does; other bytes, paths or limits miss', () => {
  const dir = tempDir();
  const file = join(dir, 'tactics.yaml');
  const text = readFileSync(join(example, 'tactics.yaml'), 'utf8');
  writeFileSync(file, text);
  const cache = new ParseCache(join(dir, 'cache'));
  const bytes = new TextEncoder().encode(text);
  expect(cache.get('tactics.yaml', bytes, text, DEFAULT_LIMITS)).toBeUndefined();
  const parsed = loadSource(file, 'tactics.yaml', DEFAULT_LIMITS, cache);
  const hit = cache.get('tactics.yaml', bytes, text, DEFAULT_LIMITS);
  expect(hit).toBeDefined();
  expect(view(hit)).toStrictEqual(view(parsed));
  expect(view(loadSource(file, 'tactics.yaml', DEFAULT_LIMITS, cache))).toStrictEqual(view(parsed));
  // What loadSource returns for unchanged bytes is what the cache holds (here, a planted entry).
  cache.set('tactics.yaml', bytes, DEFAULT_LIMITS, { ...parsed, data: { planted: true } });
  expect(loadSource(file, 'tactics.yaml', DEFAULT_LIMITS, cache).data).toStrictEqual({ planted: true });
  cache.set('tactics.yaml', bytes, DEFAULT_LIMITS, parsed);

  const edited = new TextEncoder().encode(text.replace('tactics:', 'tactics: ')); // one byte more
  expect(cache.get('tactics.yaml', edited, text, DEFAULT_LIMITS)).toBeUndefined();
  expect(cache.get('other/tactics.yaml', bytes, text, DEFAULT_LIMITS)).toBeUndefined();
  expect(cache.get('tactics.yaml', bytes, text, { ...DEFAULT_LIMITS, maxDepth: 10 })).toBeUndefined();

  // A damaged entry is a miss, never an error.
  const [entry] = readdirSync(join(dir, 'cache'));
  writeFileSync(join(dir, 'cache', entry!), 'not a cache entry');
  expect(cache.get('tactics.yaml', bytes, text, DEFAULT_LIMITS)).toBeUndefined();
});

test('files with YAML errors are cached with their findings', () => {
  const dir = tempDir();
  const file = join(dir, 'bad.yaml');
  writeFileSync(file, 'version: 1\ntactics:\n  - id: "open\n');
  const cache = new ParseCache(join(dir, 'cache'));
  const first = loadSource(file, 'bad.yaml', DEFAULT_LIMITS, cache);
  expect(first.problems[0]?.ruleId).toBe('yaml-syntax');
  expect(view(cache.get('bad.yaml', readFileSync(file), readFileSync(file, 'utf8'), DEFAULT_LIMITS))).toStrictEqual(view(first));
});

test('--cache: same output as without, one entry per file, and an edited file is read again', () => {
  const dir = fixture({
    'strategy.yaml': readFileSync(join(example, 'strategy.yaml'), 'utf8'),
    'tactics/a.yaml': readFileSync(join(example, 'tactics.yaml'), 'utf8'),
    'tactics/b.yaml': 'version: 1\ntactics: []\n',
  });
  // The default folder is the user's cache folder, outside the checkout.
  const home = join(dir, 'home-cache');
  const run = (...extra: string[]) =>
    align(['check', 'strategy.yaml', 'tactics', '--today', '2026-11-22', '-f', 'json', ...extra], { cwd: dir, env: { XDG_CACHE_HOME: home } });
  const entries = join(home, 'playbook-align', 'parse');
  const plain = run();
  expect(plain.code).toBe(1);
  expect(run('--cache')).toEqual(plain);
  expect(readdirSync(entries)).toHaveLength(3);
  expect(existsSync(join(dir, '.aligncache'))).toBe(false);
  expect(run('--cache')).toEqual(plain);

  writeFileSync(join(dir, 'tactics', 'b.yaml'), 'version: 1\ntactics:\n  - id: [broken\n');
  const edited = run('--cache');
  expect(edited).toEqual(run());
  expect(edited.code).toBe(2);
  expect(readdirSync(entries)).toHaveLength(3);

  expect(run('--cache', '--cache-location', 'elsewhere/cache')).toEqual(edited);
  expect(readdirSync(join(dir, 'elsewhere', 'cache'))).toHaveLength(3);

  // With threads: a cold cache is filled by the workers, a warm one is read on the main thread.
  expect(run('--cache', '--cache-location', 'threaded', '--concurrency', '3')).toEqual(edited);
  expect(readdirSync(join(dir, 'threaded'))).toHaveLength(3);
  expect(run('--cache', '--cache-location', 'threaded', '--concurrency', '3')).toEqual(edited);
});

describe('a cache planted in the checkout never changes a result', () => {
  const clean = lumen('tactics.yaml');
  const bad = `${clean}  - id: promo\n    name: Promo\n    kind: promotion\n    supports: [partner-sell-through]\n    metrics: [win-rate]\n    messaging: 40% off, today only!\n`;
  const setup = () => {
    const dir = lumenPlaybook();
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
