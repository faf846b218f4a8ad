import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bin, cases, root } from './helpers.js';

const unbundled = join(root, 'test', 'fixtures', 'unbundled.mjs');
const run = (script: string, args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the bundled CLI gives exactly the output of the unbundled one', () => {
  const names = readdirSync(cases)
    .filter((n) => existsSync(join(cases, n, 'expect.json')))
    .sort();
  test.each(names)('%s', (name) => {
    const dir = join(cases, name);
    const exp = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as { args?: string[]; today?: string };
    // One run of each writes the three formats (-f NAME=FILE), each side into a folder of its own.
    const sides = [bin, unbundled].map((script) => {
      const out = mkdtempSync(join(tmpdir(), 'align-bundle-'));
      const formats = ['json', 'stylish', 'sarif'].flatMap((format) => ['-f', `${format}=${join(out, format)}`]);
      const r = run(script, ['check', ...(exp.args ?? ['strategy.yaml', 'tactics.yaml']), ...formats, '--today', exp.today ?? '2026-11-01'], dir);
      const files = Object.fromEntries(['json', 'stylish', 'sarif'].map((f) => [f, existsSync(join(out, f)) ? readFileSync(join(out, f), 'utf8') : null]));
      return { ...r, files };
    });
    expect(sides[0]!.files.json?.length ?? sides[0]!.stderr.length).toBeGreaterThan(0);
    expect(sides[0]).toEqual(sides[1]);
  });
});

// A clone runs the committed build without building (the GitHub Action, pre-commit, npm installing
// from git, npm pack of a clean clone), so dist/ must be exactly what the build makes from the committed source.
describe('the committed build', () => {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  test.skipIf(!existsSync(join(root, '.git')))('is what `npm run build` makes (stage dist/ with the source it was built from)', () => {
    // Against the index, so that staging the rebuilt dist/ with its source is enough; a clean clone's index is its commit.
    const changed = git('diff', '--name-only', '--', 'dist');
    const added = git('ls-files', '--others', '--exclude-standard', '--', 'dist');
    expect(changed.status).toBe(0);
    expect(changed.stdout + added.stdout, 'dist/ differs from the build: run `npm run build` and stage dist/').toBe('');
    const files = git('ls-files', 'dist').stdout.split('\n').filter(Boolean);
    expect(files).toEqual(
      expect.arrayContaining(['dist/bundle/cli.cjs', 'dist/bundle/lsp-vendor.cjs', 'dist/bundle/parse-worker.js', 'dist/index.js', 'dist/index.d.ts']),
    );
    // Every module of the library is there with its types.
    const sources = git('ls-files', 'src')
      .stdout.split('\n')
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    for (const f of sources) {
      const out = f.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
      expect(files, f).toEqual(expect.arrayContaining([`${out}.js`, `${out}.d.ts`]));
    }
  });
});

// bin/align.js compiles the bundle with V8's code cache, kept in the user's cache folder.
describe('the code cache', () => {
  const check = ['check', 'strategy.yaml', 'tactics.yaml', '--today', '2026-11-22'];
  const lumen = join(root, 'examples', 'lumen-audio');
  const runIn = (cache: string, extra: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [bin, ...check], {
      cwd: lumen,
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cache, NO_COLOR: '1', ...extra },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const files = (cache: string) => (existsSync(join(cache, 'playbook-align-code')) ? readdirSync(join(cache, 'playbook-align-code')) : []);
  test('the first run writes it (this user only), later runs give the same output', () => {
    const cache = mkdtempSync(join(tmpdir(), 'align-code-'));
    const first = runIn(cache);
    expect(files(cache)).toHaveLength(1);
    const entry = join(cache, 'playbook-align-code', files(cache)[0]!);
    expect(statSync(entry).mode & 0o777).toBe(0o600);
    expect(statSync(entry).size).toBeGreaterThan(100_000);
    const written = statSync(entry).ino;
    expect(runIn(cache)).toEqual(first);
    // The second run used it rather than writing another (a V8 flag set during the first, --expose-gc, made V8 reject it).
    expect(statSync(entry).ino).toBe(written);
    expect(first.stdout).toContain('1 problem (0 errors, 1 warning, 0 info)');
  });
  test("a cache that is not V8's, or that others can write, is not used, and is replaced", () => {
    const cache = mkdtempSync(join(tmpdir(), 'align-code-'));
    const expected = runIn(cache);
    const entry = join(cache, 'playbook-align-code', files(cache)[0]!);
    for (const [bytes, mode] of [
      [Buffer.from('not a code cache'), 0o600],
      [readFileSync(entry), 0o666],
    ] as const) {
      writeFileSync(entry, bytes);
      chmodSync(entry, mode);
      expect(runIn(cache)).toEqual(expected);
      expect(statSync(entry).mode & 0o777).toBe(0o600);
    }
  });
  test('NODE_DISABLE_COMPILE_CACHE=1 (as in Node 22) turns it off', () => {
    const cache = mkdtempSync(join(tmpdir(), 'align-code-'));
    expect(runIn(cache, { NODE_DISABLE_COMPILE_CACHE: '1' }).stdout).toContain('1 problem');
    expect(files(cache)).toEqual([]);
  });
});
