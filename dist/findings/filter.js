/**
 * The filters that run after the rules, in one order: the baseline (judged against all of today's
 * findings), then --since, then --quiet; then the summary and the score, computed once from what
 * is left, so that counts and score always describe the same findings.
 */
import { relative, resolve, sep } from 'node:path';
import { boundaryOf } from '../load/boundary.js';
import { UsageError } from '../result.js';
import { applyBaseline, readBaseline, writeBaseline } from './baseline.js';
import { alignmentScore } from './score.js';
import { since } from './since.js';
/**
 * Applies the filters `options` asks for (`updateBaseline` wins over `baseline`); `checkPast` checks
 * the playbook as it was at the `since` ref. Throws UsageError when `since` cannot be used or the
 * baseline cannot be written.
 */
export function filterFindings(result, options, checkPast) {
    let findings = result.findings;
    let inputError = result.inputError;
    let baselined = 0;
    let wrote;
    const notes = [];
    let stale = [];
    if (!inputError && (options.updateBaseline || options.baseline)) {
        const cwd = resolve(options.cwd ?? '.');
        const where = { fence: boundaryOf(cwd), shown: (abs) => relative(cwd, abs).split(sep).join('/') || '.' };
        if (options.updateBaseline) {
            const error = writeBaseline(resolve(cwd, options.updateBaseline), findings, options.updateBaseline, where);
            if (error)
                throw new UsageError(error);
            wrote = baselined = findings.length;
            findings = [];
        }
        else {
            const b = readBaseline(resolve(cwd, options.baseline), options.baseline, where);
            if (b.baseline) {
                const applied = applyBaseline(findings, b.baseline, b.text, options.baseline);
                stale = applied.stale;
                baselined = findings.length - applied.kept.length;
                findings = applied.kept;
            }
            else {
                findings = [
                    {
                        ruleId: 'input',
                        severity: 'error',
                        message: b.error,
                        file: options.baseline,
                        line: 1,
                        column: 1,
                        endLine: 1,
                        endColumn: 1,
                        tactic: null,
                        objective: null,
                        evidence: null,
                        related: [],
                    },
                ];
                inputError = true;
            }
        }
    }
    if (options.since && !inputError && wrote === undefined) {
        const s = since(options.since, { ...result, findings }, options, checkPast);
        findings = s.findings;
        notes.push(...s.notes);
    }
    findings = [...findings, ...stale];
    if (options.quiet && !inputError)
        findings = findings.filter((x) => x.severity === 'error');
    return { findings, summary: summarise(result, findings, inputError), inputError, baselined, notes, ...(wrote !== undefined ? { wrote } : {}) };
}
/** Counts by severity and the score, from one list of findings. */
export function summarise(result, findings, inputError = result.inputError) {
    const { score: _score, ...base } = result.summary;
    const summary = { ...base, error: 0, warning: 0, info: 0 };
    for (const x of findings)
        summary[x.severity]++;
    if (result.playbook && !inputError)
        summary.score = alignmentScore(result.playbook, findings);
    return summary;
}
