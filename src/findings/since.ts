/** `--since REF`: report only findings that are new compared with the playbook as it was at a git ref. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { plainData } from '../load/yaml.js';
import { type CheckOptions, type CheckResult, UsageError } from '../result.js';
import type { Finding } from '../types.js';
import { fingerprint } from './fingerprint.js';

/** Checks a playbook without the filters (the pipeline's `checkRules`): how the past is checked. */
export type CheckPast = (opts: CheckOptions) => CheckResult;

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 * 1024 });

/** The message of a finding that a strategy change caused, saying so. */
export const newlyMisaligned = (message: string, what: string) => `${message.replace(/\.$/, '')} (newly misaligned by the strategy change to ${what}).`;

export interface SinceResult {
  findings: Finding[];
  /** What the user should know about the comparison (files new since the ref). */
  notes: string[];
}

/**
 * Checks the playbook as it was at `ref` (read with `git show`, no checkout) with the same config,
 * and keeps the current findings that are new. A finding on a tactic that did not change is put down
 * to the strategy change, and says so.
 */
export function since(ref: string, current: CheckResult, opts: CheckOptions, checkPast: CheckPast): SinceResult {
  const cwd = resolve(opts.cwd ?? process.cwd());
  if (current.inputError || !current.playbook) return { findings: current.findings, notes: [] };
  let root: string;
  try {
    root = git(cwd, ['rev-parse', '--show-toplevel']).toString().trim();
  } catch {
    throw new UsageError('--since needs a git repository, and this folder is not in one.');
  }
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`--since: '${ref}' is not a commit, branch or tag in this repository.`);
  }
  const strategyFile = current.playbook.strategy.file;
  const tacticsFiles = [...new Set(current.playbook.tactics.map((t) => t.at.file))];
  const mirror = mkdtempSync(join(tmpdir(), 'align-since-'));
  const notes: string[] = [];
  try {
    // The files at the ref, by exact path (NUL-separated: a name may hold any character, even a line break).
    const blobs = new Map<string, string>();
    for (const entry of git(root, ['ls-tree', '-r', '-z', '--full-tree', ref]).toString('utf8').split('\0')) {
      const m = /^\d+ blob ([0-9a-f]+)\t([\s\S]*)$/.exec(entry);
      if (m) blobs.set(m[2]!, m[1]!);
    }
    const present = (file: string): boolean => {
      const rel = relative(root, resolve(cwd, file)).split(sep).join('/');
      if (rel.startsWith('..')) throw new UsageError(`--since: ${file} is outside the git repository, so it has no past to compare with.`);
      const blob = blobs.get(rel);
      if (blob === undefined) {
        notes.push(`${file} is new since ${ref}: all its findings count as new.`);
        return false;
      }
      const out = join(mirror, rel);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, git(root, ['cat-file', 'blob', blob]));
      return true;
    };
    const hadStrategy = present(strategyFile);
    const oldTactics = tacticsFiles.filter(present);
    if (!hadStrategy) return { findings: current.findings, notes };
    const oldCwd = join(mirror, relative(root, cwd));
    mkdirSync(oldCwd, { recursive: true });
    const configPath = opts.config === false ? false : (current.configFile ?? false);
    const before = checkPast({
      ...opts,
      cwd: oldCwd,
      strategy: strategyFile,
      tactics: oldTactics.length ? oldTactics : [join(mirror, '.no-tactics.yaml')],
      config: configPath,
    });
    if (before.inputError || !before.playbook) {
      notes.push(`The playbook at ${ref} could not be checked (it has input errors), so every finding counts as new.`);
      return { findings: current.findings, notes };
    }
    const seen = new Map<string, number>();
    for (const f of before.findings) seen.set(fingerprint(f), (seen.get(fingerprint(f)) ?? 0) + 1);
    const changes = strategyChanges(before, current, strategyFile);
    const oldTacticData = new Map(before.playbook.tactics.map((t) => [t.id, JSON.stringify(t.data)] as const));
    const findings = current.findings.flatMap((f) => {
      const fp = fingerprint(f);
      const n = seen.get(fp) ?? 0;
      if (n > 0) {
        seen.set(fp, n - 1);
        return [];
      }
      const tactic = f.tactic ? current.playbook!.tactics.find((t) => t.id === f.tactic) : undefined;
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
    return { findings, notes };
  } finally {
    rmSync(mirror, { recursive: true, force: true });
  }
}

/** The strategy's values that changed, as written in the file (`pricing.max_discount: 3%`). */
function strategyChanges(before: CheckResult, after: CheckResult, file: string): Array<{ path: string; text: string }> {
  const leaves = (r: CheckResult) => {
    const out = new Map<string, unknown>();
    const walk = (v: unknown, path: string) => {
      if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
      else out.set(path, v);
    };
    walk(plainData(r.sources.get(file)?.text), '');
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
