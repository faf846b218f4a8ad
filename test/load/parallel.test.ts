import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { stringify } from 'yaml';
import { type FileToLoad, loadSources, threadsFor } from '../../src/load/parallel.js';
import { DEFAULT_LIMITS, type LoadedSource } from '../../src/load/source.js';
import { BASE_STRATEGY } from '../../src/rules/examples.js';
import { align, fixture, root, tempDir } from '../helpers.js';

// Six tactics files, one with a YAML error and one with a schema error, so that problems and
// excerpts also come back from the threads.
const example = readFileSync(join(root, 'examples', 'northwind-ops-cloud', 'tactics.yaml'), 'utf8');
const files: Record<string, string> = {
  'strategy.yaml': readFileSync(join(root, 'examples', 'northwind-ops-cloud', 'strategy.yaml'), 'utf8'),
};
for (let i = 0; i < 6; i++) files[`tactics/team-${i}.yaml`] = example.replace(/id: (\S+)/g, `id: $1-${i}`);
const broken = {
  ...files,
  'tactics/team-2.yaml': files['tactics/team-2.yaml']!.replace('kind:', 'kind: [oops'),
  'tactics/team-4.yaml': files['tactics/team-4.yaml']!.replace(/kind: \S+/, 'kind: telepathy'),
};

test('--concurrency: threads give the same bytes as one thread, findings and input errors alike', () => {
  for (const set of [files, broken]) {
    const dir = fixture(set);
    // One run writes both formats: json to standard output, stylish to a file of the run's own.
    const run = (c: string) => {
      const r = align(['check', 'strategy.yaml', 'tactics', '--today', '2026-11-22', '-f', 'json', '-f', `stylish=stylish-${c}.txt`, '--concurrency', c], {
        cwd: dir,
      });
      return { ...r, stylish: readFileSync(join(dir, `stylish-${c}.txt`), 'utf8') };
    };
    const one = run('off');
    expect(one.code).toBe(set === files ? 1 : 2);
    expect(one.stdout.length).toBeGreaterThan(200);
    expect(one.stylish.length).toBeGreaterThan(200);
    expect(one.stylish).not.toContain('\u001b[');
    for (const c of ['2', '4', 'auto']) expect(run(c)).toEqual(one);
  }
});

test('--concurrency rejects what is not auto, off or a number', () => {
  const r = align(['check', 'x.yaml', '--concurrency', 'many']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("--concurrency takes auto, off or a number of threads such as 2, not 'many'");
});

/** A loaded file as data: the LineCounter's methods differ per instance, its line starts must not. */
const view = (all: LoadedSource[]) =>
  all.map(({ source, ...rest }) => ({ ...rest, source: source && { ...source, lineCounter: source.lineCounter.lineStarts } }));

test('the worker threads load files exactly as the main thread does', () => {
  const dir = fixture(broken);
  const list: FileToLoad[] = Object.keys(broken)
    .filter((f) => f.startsWith('tactics/'))
    .map((f) => ({ abs: join(dir, f), file: f }));
  const script = join(root, 'dist', 'load', 'parse-worker.js');
  const here = loadSources(list, DEFAULT_LIMITS, 'off');
  const threaded = loadSources(list, DEFAULT_LIMITS, 3, { script });
  expect(view(threaded)).toStrictEqual(view(here));
  // The YAML error travels back as a finding (the schema error is found later, by validate).
  expect(here.filter((l) => l.problems.length)).toHaveLength(1);
});

test('a worker that fails to start costs a delay, never the files it was given', () => {
  const dir = tempDir();
  const script = join(dir, 'broken-worker.mjs');
  writeFileSync(script, 'throw new Error("cannot start");\n');
  const list: FileToLoad[] = [0, 1, 2].map((i) => {
    const abs = join(dir, `t${i}.yaml`);
    writeFileSync(abs, stringify({ version: 1, tactics: [{ id: `t${i}`, name: 'x', kind: 'demo', description: BASE_STRATEGY.name }] }));
    return { abs, file: `t${i}.yaml` };
  });
  expect(view(loadSources(list, DEFAULT_LIMITS, 3, { script, startDeadlineMs: 300 }))).toStrictEqual(view(loadSources(list, DEFAULT_LIMITS, 'off')));
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
