import { severityRank } from './types.js';
export function exitCode(result, failOn, maxWarnings) {
    if (result.inputError)
        return 2;
    if (failOn !== 'never') {
        const floor = severityRank[failOn];
        if (result.findings.some((f) => severityRank[f.severity] >= floor))
            return 1;
    }
    if (maxWarnings !== undefined && result.findings.filter((f) => f.severity === 'warning').length > maxWarnings)
        return 1;
    return 0;
}
