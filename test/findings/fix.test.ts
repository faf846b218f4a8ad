import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyFixes, describeFix } from '../../src/findings/fix.js';
import { check } from '../../src/pipeline.js';
import type { Finding } from '../../src/types.js';
import { align, fixture } from '../helpers.js';

const STRATEGY = [
  'version: 1',
  'name: Lumen',
  'positioning: premium',
  'motion: consultative',
  'ideal_customers:',
  '  - id: mid-market-retail',
  '    segment: mid-market',
  'objectives:',
  '  - id: grow-retention',
  '    statement: Grow retention',
  '    horizon: long-term',
  '',
].join('\n');

const tactics = (...lines: string[]) => ['version: 1', 'tactics:', ...lines, ''].join('\n');
const T1 = ['  - id: t1', '    name: Discovery calls', '    kind: demo'];

/** Each finding's fix as `line:column-endColumn text`. */
const fixes = (findings: Finding[], file = 'tactics.yaml') =>
  findings.filter((f) => f.fix && f.file === file).map((f) => `${f.fix!.line}:${f.fix!.column}-${f.fix!.endColumn} ${f.fix!.text} (${f.ruleId})`);

const run = (files: Record<string, string>) => check({ cwd: fixture({ 'strategy.yaml': STRATEGY, ...files }), today: '2026-11-22' });

describe('every "did you mean" is a fix: the word that replaces the range it names', () => {
  test('an unknown key, at the key', () => {
    const r = run({ 'tactics.yaml': tactics(...T1, '    suports: [grow-retention]') });
    expect(fixes(r.findings)).toEqual(['6:5-12 supports (schema)']);
  });
  test('a value not in a list, at the value; none for a value nothing is close to', () => {
    const r = run({ 'tactics.yaml': tactics('  - id: t1', '    name: Discovery calls', '    kind: dmeo', '  - id: t2', '    name: Y', '    kind: zzzzzzzz') });
    expect(fixes(r.findings)).toEqual(['5:11-15 demo (schema)']);
    expect(r.findings.filter((f) => f.ruleId === 'schema')).toHaveLength(2);
  });
  test('objective and audience ids a tactic names', () => {
    const r = run({ 'tactics.yaml': tactics(...T1, '    targets: [mid-market-retial]', '    supports: ["grow-retension", unrelated-thing]') });
    expect(fixes(r.findings)).toEqual(['6:15-32 mid-market-retail (unknown-reference)', '7:17-31 grow-retention (unknown-reference)']);
  });
  test("a waiver's rule, at its rule: value", () => {
    const r = run({
      'tactics.yaml': tactics(
        ...T1,
        '    supports: [grow-retention]',
        '    metrics: [calls]',
        '    waivers:',
        '      - rule: premium-vs-discont',
        '        reason: approved',
      ),
    });
    expect(fixes(r.findings)).toEqual(['9:15-33 premium-vs-discount (unused-waiver)']);
  });
  test("the config: a rule's severity and an unknown rule", () => {
    const r = run({
      'tactics.yaml': tactics(...T1),
      'align.config.yaml': 'rules:\n  orphan-tactic: warnign\n  premium-vs-discont: off\n',
    });
    expect(fixes(r.findings, 'align.config.yaml')).toEqual(['2:18-25 warning (schema)', '3:3-21 premium-vs-discount (schema)']);
  });
  test('the closing "and N more" of a capped file carries none', () => {
    const many = Array.from({ length: 105 }, (_, i) => `  - id: t${i}\n    name: T\n    kind: dmeo`);
    const r = run({ 'tactics.yaml': `version: 1\ntactics:\n${many.join('\n')}\n` });
    expect(r.findings).toHaveLength(101);
    expect(r.findings.filter((f) => f.fix)).toHaveLength(100);
  });
});

describe('applyFixes', () => {
  const finding = (line: number, column: number, endColumn: number, text: string): Finding => ({
    ruleId: 'schema',
    severity: 'error',
    message: '',
    file: 'f.yaml',
    line,
    column,
    endLine: line,
    endColumn,
    tactic: null,
    objective: null,
    evidence: null,
    related: [],
    fix: { file: 'f.yaml', line, column, endLine: line, endColumn, text },
  });
  test('several in one text, each read in the text it was found in; CRLF and characters outside the BMP count as findings count them', () => {
    const text = 'a: ab\r\n😀: grwo\r\nc: x\r\n';
    const r = applyFixes(text, [finding(1, 4, 6, 'abc'), finding(2, 5, 9, 'grow'), finding(3, 4, 5, 'x')]);
    expect(r.text).toBe('a: abc\r\n😀: grow\r\nc: x\r\n');
    expect(r.applied.map(describeFix)).toEqual(["f.yaml:1:4 'ab' → 'abc' (schema)", "f.yaml:2:5 'grwo' → 'grow' (schema)"]);
  });
  test('of two fixes that overlap, the later one waits for the next run', () => {
    const r = applyFixes('key: value\n', [finding(1, 6, 11, 'other'), finding(1, 8, 10, 'LU')]);
    expect(r.text).toBe('key: vaLUe\n');
  });
});

describe('align check --fix and --fix-dry-run', () => {
  const broken = () =>
    fixture({
      'strategy.yaml': STRATEGY.replace('positioning: premium', 'positioning: premum'),
      'tactics.yaml': `\ufeff${tactics(...T1, '    suports: [grow-retention]', '    metrics: [calls]', '  - id: t2', '    name: W', '    kind: event', '    metrics: [x]', '    targets: [mid-market-retial]', '    supports: [grow-retension]').replace(/\n/g, '\r\n')}`,
    });
  test('--fix-dry-run says what it would change, writes nothing, and reports the findings that would remain', () => {
    const dir = broken();
    const before = readFileSync(join(dir, 'tactics.yaml'));
    const r = align(['check', '--fix-dry-run', '-f', 'json'], { cwd: dir, env: { ALIGN_TODAY: '2026-11-22' } });
    expect(r.stderr).toBe(
      [
        "align: would fix strategy.yaml:3:14 'premum' → 'premium' (schema)",
        "align: would fix tactics.yaml:6:5 'suports' → 'supports' (schema)",
        "align: would fix tactics.yaml:12:15 'mid-market-retial' → 'mid-market-retail' (unknown-reference)",
        "align: would fix tactics.yaml:13:16 'grow-retension' → 'grow-retention' (unknown-reference)",
        'align: would make 4 fixes in 2 files.',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'tactics.yaml'))).toEqual(before);
    expect(JSON.parse(r.stdout).findings.map((f: Finding) => f.ruleId)).not.toContain('unknown-reference');
    expect(r.code).toBe(0);
  });
  test('--fix writes each file (its byte order mark and line ends kept), and a later run has nothing to fix', () => {
    const dir = broken();
    const r = align(['check', '--fix'], { cwd: dir, env: { ALIGN_TODAY: '2026-11-22' } });
    expect(r.stderr).toContain('align: 4 fixes in 2 files.');
    const text = readFileSync(join(dir, 'tactics.yaml'), 'utf8');
    expect(text.startsWith('\ufeffversion: 1\r\n')).toBe(true);
    expect(text).toContain('    supports: [grow-retention]\r\n    metrics: [calls]\r\n');
    expect(text).toContain('targets: [mid-market-retail]\r\n    supports: [grow-retention]\r\n');
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toContain('positioning: premium\n');
    expect(align(['check', '--fix'], { cwd: dir }).stderr).toBe('align: nothing to fix.\n');
  });
  test('--fix with --update-baseline is a usage error', () => {
    const dir = broken();
    writeFileSync(join(dir, 'align.config.yaml'), 'baseline: b.json\n');
    const r = align(['check', '--fix', '--update-baseline'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--fix and --update-baseline do not go together');
  });
});
