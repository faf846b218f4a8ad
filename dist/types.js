/** Shared vocabulary of the checker: severities, locations, findings; every stage may use it, and it imports no stage. */
/** A finding's severity, most severe first: the one list for the schemas, the config, --rule, --fail-on and the ranking. */
export const RULE_SEVERITIES = ['error', 'warning', 'info'];
/** Severities, and 'off' for a rule. */
export const SEVERITY_OR_OFF = [...RULE_SEVERITIES, 'off'];
/** How severe a severity is: the higher, the worse. */
export const severityRank = { error: 3, warning: 2, info: 1 };
/** A finding that is not a rule's: an input error (severity error) at a location, or a tool's own (a stale baseline entry). */
export function inputFinding(ruleId, loc, message, extra = {}) {
    return {
        ruleId,
        severity: extra.severity ?? 'error',
        message,
        ...loc,
        tactic: extra.tactic ?? null,
        objective: extra.objective ?? null,
        evidence: null,
        related: extra.related ?? [],
        // The suggestion replaces what the finding points at (a key, a value).
        ...(extra.suggestion != null ? { fix: { ...loc, text: extra.suggestion } } : {}),
    };
}
/** The start of a file: where a finding about the whole file points. */
export const fileStart = (file) => ({ file, line: 1, column: 1, endLine: 1, endColumn: 1 });
/** A problem with the command's own words (an unknown rule in --rule, a --since that is no commit): the CLI says it and exits 2. */
export class UsageError extends Error {
}
