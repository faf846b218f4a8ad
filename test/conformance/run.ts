// The project's own runner for its conformance cases (test/conformance/cases/<name>/): runs each
// case folder through the built CLI with `--format json` and compares the findings with the case's
// expect.json. It keeps the contract of the shared suite's runner, so cases move between the two:
//
//   args        arguments after `check` (default ["strategy.yaml", "tactics.yaml"])
//   today       value for --today (default "2026-11-01")
//   exit        expected exit code (optional)
//   findings    [{rule, tactic?, objective?, …}] that must be reported
//   absent      [{rule, …}] that must not be reported
//   exhaustive  rule ids for which `findings` lists every expected finding
//   counts      {ruleId | "*": {min?, max?}} bounds on how many findings a rule has ("*": all)
//
// A finding matches an entry when the rule is equal and every other key given is equal.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const casesDir = join(dirname(fileURLToPath(import.meta.url)), 'cases');
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'align.js');

export interface Expectation {
  args?: string[];
  today?: string;
  exit?: number;
  findings?: Entry[];
  absent?: Entry[];
  exhaustive?: string[];
  counts?: Record<string, { min?: number; max?: number }>;
}
type Entry = { rule: string } & Record<string, unknown>;
type Finding = Record<string, unknown> & { ruleId: string };

/** The case folders (those with an expect.json) under `dir`, sorted by name. */
export const caseNames = (dir = casesDir): string[] =>
  readdirSync(dir)
    .filter((n) => statSync(join(dir, n)).isDirectory() && existsSync(join(dir, n, 'expect.json')))
    .sort();

export const expectation = (caseDir: string): Expectation => JSON.parse(readFileSync(join(caseDir, 'expect.json'), 'utf8')) as Expectation;

/** The arguments `align` gets for a case, after the command. */
export const caseArgs = (exp: Expectation, format = 'json'): string[] => [
  ...(exp.args ?? ['strategy.yaml', 'tactics.yaml']),
  '--format',
  format,
  '--today',
  exp.today ?? '2026-11-01',
];

const matches = (f: Finding, e: Entry) => f.ruleId === e.rule && Object.entries(e).every(([k, v]) => k === 'rule' || (f[k] ?? null) === v);
const show = (e: Entry) => `${e.rule}(${String(e.tactic ?? e.objective ?? '-')})`;

/** Runs one case through the CLI; what differs from its expect.json, one line each (empty when it passes). */
export function runCase(caseDir: string): string[] {
  const exp = expectation(caseDir);
  const run = spawnSync(process.execPath, [bin, 'check', ...caseArgs(exp)], { cwd: caseDir, encoding: 'utf8', timeout: 60_000 });
  const problems: string[] = [];
  let findings: Finding[] = [];
  try {
    const report = JSON.parse(run.stdout) as { findings?: unknown };
    if (!Array.isArray(report.findings)) throw new Error('no findings array');
    findings = report.findings as Finding[];
  } catch (err) {
    problems.push(`stdout is not the JSON report (${(err as Error).message}); exit ${run.status}; stderr: ${run.stderr.trim().slice(0, 300)}`);
  }
  if (exp.exit !== undefined && run.status !== exp.exit) problems.push(`exit ${run.status}, expected ${exp.exit}`);
  for (const e of exp.findings ?? []) if (!findings.some((f) => matches(f, e))) problems.push(`missing ${show(e)}`);
  for (const e of exp.absent ?? []) if (findings.some((f) => matches(f, e))) problems.push(`unexpected ${show(e)}`);
  for (const rule of exp.exhaustive ?? []) {
    for (const f of findings.filter((x) => x.ruleId === rule)) {
      if (!(exp.findings ?? []).some((e) => matches(f, e)))
        problems.push(`unexpected ${rule}(${String(f.tactic ?? f.objective ?? '-')}) at ${f.file}:${f.line}`);
    }
  }
  for (const [rule, { min = 0, max = Number.POSITIVE_INFINITY }] of Object.entries(exp.counts ?? {})) {
    const n = findings.filter((f) => rule === '*' || f.ruleId === rule).length;
    if (n < min || n > max) problems.push(`${n} ${rule} finding(s), expected ${min}..${max}: ${findings.map((f) => f.ruleId).join(', ')}`);
  }
  for (const f of findings) {
    if (!f.file || !((f.line as number) >= 1) || !((f.column as number) >= 1)) problems.push(`finding ${f.ruleId} lacks a file/line/column`);
  }
  return problems;
}
