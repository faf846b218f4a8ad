/** The exit code of a check: 2 for input errors, 1 when findings reach --fail-on or pass --max-warnings, else 0. */
import type { CheckResult } from './result.js';
import { type Severity, severityRank } from './types.js';

export function exitCode(result: Pick<CheckResult, 'inputError' | 'findings'>, failOn: string, maxWarnings?: number): 0 | 1 | 2 {
  if (result.inputError) return 2;
  if (failOn !== 'never') {
    const floor = severityRank[failOn as Severity];
    if (result.findings.some((f) => severityRank[f.severity] >= floor)) return 1;
  }
  if (maxWarnings !== undefined && result.findings.filter((f) => f.severity === 'warning').length > maxWarnings) return 1;
  return 0;
}
