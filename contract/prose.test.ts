// The shared tactic-prose corpus (../shared/corpora/tactic-prose), scored by its own scorer with the
// floor the project holds (test/traits/corpus.test.ts holds it on the project's own sentences), and
// by the project's scorer (scripts/score-prose.mjs), which must agree with it sentence for sentence.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../test/helpers.js';
import { shared } from './shared.js';

const corpus = join(shared, 'corpora', 'tactic-prose');

function score(script: string, ...inputs: string[]): { precision: number; recall: number; totals: string; output: string } {
  const r = spawnSync(process.execPath, [script, '--misses', ...inputs], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  const m = /precision ([\d.]+) recall ([\d.]+) \(tp \d+, fp \d+, fn \d+\)/.exec(r.stdout);
  if (r.status !== 0 || !m) throw new Error(`${script} failed (exit ${r.status}): ${r.stderr || r.stdout}`);
  return { precision: Number(m[1]), recall: Number(m[2]), totals: m[0], output: r.stdout };
}

describe('prose reading holds its floor (issue: precision >= 0.95, recall >= 0.92)', () => {
  test('the shared public corpus', () => {
    const s = score(join(corpus, 'score.mjs'));
    expect(s.precision, s.output).toBeGreaterThanOrEqual(0.95);
    expect(s.recall, s.output).toBeGreaterThanOrEqual(0.92);
  });
});

test("the project's scorer gives the shared scorer's result, misses included, on the whole shared corpus", () => {
  const inputs = [corpus, join(corpus, 'second')];
  const theirs = score(join(corpus, 'score.mjs'), ...inputs);
  const ours = score(join(root, 'scripts', 'score-prose.mjs'), ...inputs);
  expect(ours.totals).toBe(theirs.totals);
  const misses = (out: string) => out.split('\n').filter((l) => / entry \d+: /.test(l));
  expect(misses(ours.output)).toEqual(misses(theirs.output));
});
