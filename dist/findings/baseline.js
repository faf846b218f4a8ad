/** Baselines: record today's findings so a team can adopt the gate on an old playbook and see only what is new. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as z from 'zod';
import { boundaryOf, readRefusal } from '../load/boundary.js';
import { readBytes, textLocator } from '../load/source.js';
import { fileStart, inputFinding, UsageError } from '../types.js';
import { LinkError, writeNoFollow } from '../write.js';
import { fingerprint } from './fingerprint.js';
const entry = z.object({
    fingerprint: z.string(),
    ruleId: z.string(),
    tactic: z.string().nullable(),
    objective: z.string().nullable(),
    file: z.string(),
    message: z.string(),
});
/**
 * The baseline file. Version 2 fingerprints a finding by its rule, item, message id and data;
 * version 1 (before 0.2) by its message, which then named strategy lines ("(strategy.yaml:7)").
 * Version 1 files are still read: their entries match by rule, item and the message without
 * those line references. --update-baseline writes version 2.
 */
const baselineFile = z.object({ version: z.union([z.literal(1), z.literal(2)]), findings: z.array(entry) });
const MAX_BASELINE_BYTES = 10 * 1024 * 1024;
/** The baseline file's text: entries sorted without line numbers, so moving tactics never changes it. */
export function baselineText(findings) {
    const entries = findings
        .map((f) => ({ fingerprint: fingerprint(f), ruleId: f.ruleId, tactic: f.tactic, objective: f.objective, file: f.file, message: f.message }))
        .sort((a, b) => a.file + a.ruleId + (a.tactic ?? a.objective ?? '') + a.fingerprint < b.file + b.ruleId + (b.tactic ?? b.objective ?? '') + b.fingerprint ? -1 : 1);
    return `${JSON.stringify({ version: 2, findings: entries }, null, 2)}\n`;
}
/** Writes the baseline; an error message (the path and what is wrong) when it cannot. */
export function writeBaseline(path, findings, shown = path, where = {}) {
    try {
        writeNoFollow(path, baselineText(findings), where);
        return undefined;
    }
    catch (e) {
        if (e instanceof LinkError)
            return `Could not write the baseline: ${e.through ? e.message : new LinkError(shown).message}`;
        return `Could not write the baseline ${shown}: ${ioReason(e, shown)}.`;
    }
}
/** Why a file could not be read or written, in words. */
function ioReason(e, path) {
    const code = e?.code;
    if (code === 'ENOENT')
        return `the folder ${dirname(path)} does not exist`;
    if (code === 'EISDIR')
        return 'it is a folder; name a file, such as align-baseline.json, inside it';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'ENOTDIR')
        return `a part of ${dirname(path)} is a file, not a folder`;
    return e?.message ?? String(e);
}
/** Reads a baseline file; an error message when it is missing, unreadable or not a baseline. */
export function readBaseline(path, shown, where) {
    // Named on the command line or in the config (which checked it is inside the repository): not through a link that leads out of it.
    const refused = where && readRefusal(path, where.fence, true, where.shown);
    if (refused)
        return { error: refused };
    if (!existsSync(path))
        return { error: `Baseline file not found: ${shown}. Create it with --update-baseline ${shown}.` };
    if (statSync(path).isDirectory())
        return { error: `${shown} is a folder, not a baseline file; name the file, such as ${join(shown, 'align-baseline.json')}.` };
    // Read as any input: a regular file, at most 10 MB (a link to /dev/zero or a pipe is refused, not read forever).
    const read = readBytes(path, shown, MAX_BASELINE_BYTES);
    if (!read.bytes)
        return { error: read.error ?? `Could not read the baseline ${shown}.` };
    const text = new TextDecoder().decode(read.bytes);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        data = undefined;
    }
    const parsed = baselineFile.safeParse(data);
    if (!parsed.success)
        return { error: `${shown} is not a playbook-align baseline (a JSON file written by --update-baseline).` };
    return { baseline: parsed.data, text };
}
export const staleBaselineMessage = (e) => `The baseline entry for '${e.ruleId}'${e.tactic ? ` on tactic '${e.tactic}'` : e.objective ? ` on objective '${e.objective}'` : ''} no longer matches any finding; remove it (or run --update-baseline) so the baseline shrinks.`;
/** How a version 1 entry is matched: rule, item, and the message without the strategy line references it used to carry. */
const legacyKey = (e) => [
    e.ruleId,
    e.tactic ?? '',
    e.objective ?? '',
    e.message
        .replace(/ \([\w./-]+\.ya?ml:\d+\)/g, '')
        .replace(/; it was first used at [\w./-]+\.ya?ml:\d+\./, '.')
        // Wording added since (0.2): the words a discount was read from, the condition a guardrail names, "an" before 8%.
        .replace(/ \("[^"]*" in its text\)/, '')
        .replace(/^(Tactic '.*' breaks the strategy's guardrail '[^']*') \(forbid: .*?\)(?=( with "|: ))/, '$1')
        .replace(/\ban (\d)/g, 'a $1'),
].join('\u0000');
/**
 * Hides findings the baseline records (each entry hides one finding) and reports every entry that
 * hid nothing as a `stale-baseline` finding at its line in the baseline file.
 */
export function applyBaseline(findings, baseline, text, shown) {
    const legacy = baseline.version === 1;
    const keyOf = (e) => (legacy ? legacyKey(e) : e.fingerprint);
    const remaining = new Map();
    for (const e of baseline.findings) {
        const list = remaining.get(keyOf(e));
        if (list)
            list.push(e);
        else
            remaining.set(keyOf(e), [e]);
    }
    const kept = findings.filter((f) => {
        const list = remaining.get(legacy ? legacyKey(f) : fingerprint(f));
        if (!list?.length)
            return true;
        list.pop();
        return false;
    });
    // Each entry at its fingerprint, wherever the file's layout puts it (an entry may repeat: take the next occurrence).
    const locate = textLocator(shown, text);
    const searched = new Map();
    const stale = [...remaining.values()].flat().map((e) => {
        const quoted = JSON.stringify(e.fingerprint);
        const from = searched.get(e.fingerprint) ?? 0;
        const at = text.indexOf(quoted, from);
        searched.set(e.fingerprint, at < 0 ? text.length : at + 1);
        const start = Math.max(0, at);
        return inputFinding('stale-baseline', locate(start, at < 0 ? start : start + quoted.length), staleBaselineMessage(e), {
            severity: 'info',
            tactic: e.tactic,
            objective: e.objective,
        });
    });
    return { kept, stale };
}
/**
 * The baseline stage, judged against all of today's findings: `updateBaseline` records them (and
 * leaves none), else `baseline` hides those it records. Paths are relative to `cwd`. Throws
 * UsageError when the baseline cannot be written.
 */
export function baselineStage(findings, cwd, opts) {
    const where = { fence: boundaryOf(cwd), shown: (abs) => relative(cwd, abs).split(sep).join('/') || '.' };
    if (opts.updateBaseline) {
        const error = writeBaseline(resolve(cwd, opts.updateBaseline), findings, opts.updateBaseline, where);
        if (error)
            throw new UsageError(error);
        return { findings: [], stale: [], baselined: findings.length, wrote: findings.length, inputError: false };
    }
    if (!opts.baseline)
        return { findings, stale: [], baselined: 0, inputError: false };
    const b = readBaseline(resolve(cwd, opts.baseline), opts.baseline, where);
    if (!b.baseline)
        return { findings: [inputFinding('input', fileStart(opts.baseline), b.error)], stale: [], baselined: 0, inputError: true };
    const applied = applyBaseline(findings, b.baseline, b.text, opts.baseline);
    return { findings: applied.kept, stale: applied.stale, baselined: findings.length - applied.kept.length, inputError: false };
}
