/**
 * `--since REF`: keeps the findings that are new compared with the playbook as it was at a git ref.
 * The past is an input: the pipeline loads it from the ref's files (load/git.ts) and checks it with
 * the same stages; this stage compares the two results.
 */
import { resolve } from 'node:path';
import type { TreeFiles } from '../load/files.js';
import type { Playbook } from '../playbook/model.js';
import { type Finding, UsageError } from '../types.js';
import { fingerprint } from './fingerprint.js';

/** The message of a finding that a strategy change caused, saying so. */
export const newlyMisaligned = (message: string, what: string) => `${message.replace(/\.$/, '')} (newly misaligned by the strategy change to ${what}).`;

/** One side of the comparison: the located findings before any filter, the playbook, and the strategy's data as written. */
export interface Checked {
  findings: Finding[];
  playbook: Playbook;
  strategyData: unknown;
}

/**
 * What the user should know before the comparison: the files read today that the ref did not
 * hold (their findings are all new). `files` are as shown, relative to `cwd`. Throws UsageError
 * for a file outside the repository, which has no past.
 */
export function newFiles(ref: string, files: readonly string[], cwd: string, past: TreeFiles): string[] {
  const notes: string[] = [];
  for (const file of files) {
    const abs = resolve(cwd, file);
    if (past.relative(abs) === null) throw new UsageError(`--since: ${file} is outside the git repository, so it has no past to compare with.`);
    if (!past.has(abs)) notes.push(`${file} is new since ${ref}: all its findings count as new.`);
  }
  return notes;
}

/**
 * Today's findings that the past did not have. A finding on a tactic that did not change is put
 * down to the strategy change, and says so.
 */
export function newSince(findings: Finding[], current: Checked, past: Checked): Finding[] {
  return splitSince(findings, current, past).kept;
}

/** Today's findings split into those that are new since the past (`kept`, worded as newSince words them) and those it already had (`old`). */
export function splitSince(findings: Finding[], current: Checked, past: Checked): { kept: Finding[]; old: Finding[] } {
  const old: Finding[] = [];
  const strategyFile = current.playbook.strategy.file;
  const seen = new Map<string, number>();
  for (const f of past.findings) seen.set(fingerprint(f), (seen.get(fingerprint(f)) ?? 0) + 1);
  const changes = strategyChanges(past.strategyData, current.strategyData);
  const oldTacticData = new Map(past.playbook.tactics.map((t) => [t.id, JSON.stringify(t.data)] as const));
  const kept = findings.flatMap((f) => {
    const fp = fingerprint(f);
    const n = seen.get(fp) ?? 0;
    if (n > 0) {
      seen.set(fp, n - 1);
      old.push(f);
      return [];
    }
    const tactic = f.tactic ? current.playbook.tactics.find((t) => t.id === f.tactic) : undefined;
    if (tactic && changes.length && oldTacticData.get(tactic.id) === JSON.stringify(tactic.data)) {
      // Name the strategy clause behind the finding when it is what changed, else what changed.
      const clauses = f.related.filter((r) => r.file === strategyFile && changes.some((c) => c.path === r.field)).map((r) => r.message);
      const what = clauses.length ? clauses : changes.slice(0, 3).map((c) => c.text);
      return [
        { ...f, message: newlyMisaligned(f.message, what.join(', ') + (clauses.length || changes.length <= 3 ? '' : ` and ${changes.length - 3} more`)) },
      ];
    }
    return [f];
  });
  return { kept, old };
}

/** The strategy's values that changed, as written in the file (`pricing.max_discount: 3%`). */
function strategyChanges(before: unknown, after: unknown): Array<{ path: string; text: string }> {
  const leaves = (data: unknown) => {
    const out = new Map<string, unknown>();
    const walk = (v: unknown, path: string) => {
      if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
      else out.set(path, v);
    };
    walk(data, '');
    return out;
  };
  const a = leaves(before);
  const b = leaves(after);
  const show = (v: unknown) => (Array.isArray(v) ? JSON.stringify(v) : String(v));
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((k) => JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k)))
    .sort()
    .map((path) => ({ path, text: b.has(path) ? `${path}: ${show(b.get(path))}` : `${path} (removed)` }));
}
