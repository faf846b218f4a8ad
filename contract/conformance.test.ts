// The shared conformance suite, with its own runner (../shared/conformance/run.mjs): on the shared cases,
// and on the project's copies in test/conformance/cases, so that the project's runner and fixtures are
// held to the shared ones.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { caseNames } from '../test/conformance/run.js';
import { cases, root } from '../test/helpers.js';
import { shared } from './shared.js';

/** Runs the shared runner on a folder of cases: each case's verdict ("ok" or the reasons it failed), and the totals line. */
function runShared(dir: string): { verdicts: Map<string, string>; total: string; output: string } {
  const r = spawnSync(process.execPath, [join(shared, 'conformance', 'run.mjs'), dir], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  const verdicts = new Map<string, string>();
  for (const block of r.stdout.split(/\n(?=ok |FAIL )/)) {
    const m = /^(ok|FAIL) +(\S+)\n?([\s\S]*)$/.exec(block.trim());
    if (m) verdicts.set(m[2]!, m[1] === 'ok' ? 'ok' : m[3]!.trim());
  }
  return { verdicts, total: /(\d+) passed, (\d+) failed\s*$/.exec(r.stdout)?.[0] ?? '', output: `${r.stdout}${r.stderr}` };
}

for (const [title, dir] of [
  ['the shared cases', join(shared, 'conformance', 'cases')],
  ["the project's copies (test/conformance/cases)", cases],
] as const) {
  describe(`${title}, through ../shared/conformance/run.mjs`, () => {
    const run = runShared(dir);
    test('it ran every case', () => {
      expect(run.total, run.output).toMatch(/passed/);
      expect([...run.verdicts.keys()]).toEqual(caseNames(dir));
    });
    test.each(caseNames(dir))('%s', (name) => {
      expect(run.verdicts.get(name)).toBe('ok');
    });
  });
}
