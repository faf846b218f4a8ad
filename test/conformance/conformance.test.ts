// The conformance cases are the project's own fixtures (test/conformance/cases, first copied from the
// shared suite), maintained with the format; `npm run conformance` also runs the shared suite itself.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers.js';
import { caseNames, casesDir, expectation, runCase } from './run.js';

describe('every conformance case passes', () => {
  test('there are cases to run', () => {
    expect(caseNames().length).toBeGreaterThanOrEqual(10);
  });
  test.each(caseNames())('%s', (name) => {
    expect(runCase(join(casesDir, name))).toEqual([]);
  });
});

test('the runner reports what differs: a missing finding, an unexpected one, the exit code, a count', () => {
  const dir = join(tempDir('align-case-'), 'premium-discount');
  cpSync(join(casesDir, 'premium-discount'), dir, { recursive: true });
  const exp = expectation(dir);
  const wrong = {
    ...exp,
    exit: 0,
    findings: [...(exp.findings ?? []), { rule: 'orphan-tactic', tactic: 'no-such-tactic' }],
    absent: [exp.findings![0]!],
    counts: { '*': { max: 0 } },
  };
  writeFileSync(join(dir, 'expect.json'), JSON.stringify(wrong));
  const problems = runCase(dir);
  expect(problems).toContain(`exit 1, expected 0`);
  expect(problems).toContain('missing orphan-tactic(no-such-tactic)');
  expect(problems.some((p) => p.startsWith(`unexpected ${exp.findings![0]!.rule}(`))).toBe(true);
  expect(problems.some((p) => /^\d+ \* finding\(s\), expected 0\.\.0/.test(p))).toBe(true);
});
