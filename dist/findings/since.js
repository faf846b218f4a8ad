/** `--since REF`: report only findings that are new compared with the playbook as it was at a git ref. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { plainData } from '../load/yaml.js';
import { UsageError } from '../result.js';
import { fingerprint } from './fingerprint.js';
const git = (cwd, args) => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 * 1024 });
/** The message of a finding that a strategy change caused, saying so. */
export const newlyMisaligned = (message, what) => `${message.replace(/\.$/, '')} (newly misaligned by the strategy change to ${what}).`;
/**
 * Checks the playbook as it was at `ref` (read with `git show`, no checkout) with the same config,
 * and keeps the current findings that are new. A finding on a tactic that did not change is put down
 * to the strategy change, and says so.
 */
export function since(ref, current, opts, checkPast) {
    const cwd = resolve(opts.cwd ?? process.cwd());
    if (current.inputError || !current.playbook)
        return { findings: current.findings, notes: [] };
    let root;
    try {
        root = git(cwd, ['rev-parse', '--show-toplevel']).toString().trim();
    }
    catch {
        throw new UsageError('--since needs a git repository, and this folder is not in one.');
    }
    try {
        git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    catch {
        throw new UsageError(`--since: '${ref}' is not a commit, branch or tag in this repository.`);
    }
    const strategyFile = current.playbook.strategy.file;
    const tacticsFiles = [...new Set(current.playbook.tactics.map((t) => t.at.file))];
    const mirror = mkdtempSync(join(tmpdir(), 'align-since-'));
    const notes = [];
    try {
        // The files at the ref, by exact path (NUL-separated: a name may hold any character, even a line break).
        const blobs = new Map();
        for (const entry of git(root, ['ls-tree', '-r', '-z', '--full-tree', ref]).toString('utf8').split('\0')) {
            // Regular files only (mode 100644 or 100755): a link's blob is its target's path, not content.
            const m = /^100(?:644|755) blob ([0-9a-f]+)\t([\s\S]*)$/.exec(entry);
            if (m)
                blobs.set(m[2], m[1]);
        }
        const inRepo = (file) => {
            const rel = relative(root, resolve(cwd, file)).split(sep).join('/');
            return rel.startsWith('..') || isAbsolute(rel) ? null : rel;
        };
        // Files the current run read that the ref did not hold: their findings are all new.
        for (const file of [strategyFile, ...tacticsFiles]) {
            const rel = inRepo(file);
            if (rel === null)
                throw new UsageError(`--since: ${file} is outside the git repository, so it has no past to compare with.`);
            if (!blobs.has(rel))
                notes.push(`${file} is new since ${ref}: all its findings count as new.`);
        }
        if (!blobs.has(inRepo(strategyFile)))
            return { findings: current.findings, notes };
        // The ref's own YAML files, so that the past playbook is found the way today's is (a tactics file
        // the branch deleted still counts for the past), with today's config in its place.
        const write = (rel, bytes) => {
            const out = join(mirror, rel);
            mkdirSync(dirname(out), { recursive: true });
            writeFileSync(out, bytes);
        };
        const yaml = [...blobs].filter(([rel]) => /\.ya?ml$/i.test(rel));
        // One git process for every file: `cat-file --batch` answers "<sha> blob <size>\n<bytes>\n" per line asked.
        const out = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: yaml.map(([, blob]) => blob).join('\n'), maxBuffer: 1024 * 1024 * 1024 });
        let at = 0;
        for (const [rel] of yaml) {
            const eol = out.indexOf(10, at);
            const size = Number(/ (\d+)$/.exec(out.subarray(at, eol).toString())?.[1] ?? 0);
            write(rel, out.subarray(eol + 1, eol + 1 + size));
            at = eol + 1 + size + 1;
        }
        mkdirSync(join(mirror, '.git'), { recursive: true });
        const configRel = opts.config === false || !current.configFile ? null : inRepo(current.configFile);
        if (configRel !== null)
            write(configRel, readFileSync(current.configFile));
        const config = opts.config === false ? false : configRel !== null ? join(mirror, configRel) : (current.configFile ?? false);
        /** A path the user gave: relative ones hold in the mirror as they are; absolute ones inside the repository move into it. */
        const moved = (p) => {
            if (!isAbsolute(p))
                return p;
            const rel = inRepo(p);
            return rel === null ? p : join(mirror, rel);
        };
        const oldCwd = join(mirror, relative(root, cwd));
        mkdirSync(oldCwd, { recursive: true });
        // Tactics given on standard input were, at the ref, the file they are named after (if any).
        const { stdin, ...rest } = opts;
        const tactics = [...(opts.tactics ?? []), ...(stdin?.name ? [stdin.name] : [])].map(moved);
        const before = checkPast({
            ...rest,
            cwd: oldCwd,
            config,
            ...(opts.strategy !== undefined ? { strategy: moved(opts.strategy) } : {}),
            ...(tactics.length ? { tactics } : {}),
        });
        if (before.inputError || !before.playbook) {
            notes.push(`The playbook at ${ref} could not be checked (it has input errors), so every finding counts as new.`);
            return { findings: current.findings, notes };
        }
        const seen = new Map();
        for (const f of before.findings)
            seen.set(fingerprint(f), (seen.get(fingerprint(f)) ?? 0) + 1);
        const changes = strategyChanges(before, current, strategyFile);
        const oldTacticData = new Map(before.playbook.tactics.map((t) => [t.id, JSON.stringify(t.data)]));
        const findings = current.findings.flatMap((f) => {
            const fp = fingerprint(f);
            const n = seen.get(fp) ?? 0;
            if (n > 0) {
                seen.set(fp, n - 1);
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
        return { findings, notes };
    }
    finally {
        rmSync(mirror, { recursive: true, force: true });
    }
}
/** The strategy's values that changed, as written in the file (`pricing.max_discount: 3%`). */
function strategyChanges(before, after, file) {
    const leaves = (r) => {
        const out = new Map();
        const walk = (v, path) => {
            if (v && typeof v === 'object' && !Array.isArray(v))
                for (const [k, x] of Object.entries(v))
                    walk(x, path ? `${path}.${k}` : k);
            else
                out.set(path, v);
        };
        walk(plainData(r.sources.get(file)?.text), '');
        return out;
    };
    const a = leaves(before);
    const b = leaves(after);
    const show = (v) => (Array.isArray(v) ? JSON.stringify(v) : String(v));
    return [...new Set([...a.keys(), ...b.keys()])]
        .filter((k) => JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k)))
        .sort()
        .map((path) => ({ path, text: b.has(path) ? `${path}: ${show(b.get(path))}` : `${path} (removed)` }));
}
