/** The exit code of a check: 2 for input errors, 1 when findings reach --fail-on or pass --max-warnings, else 0. */
import type { CheckResult } from './result.js';
export declare function exitCode(result: Pick<CheckResult, 'inputError' | 'findings'>, failOn: string, maxWarnings?: number): 0 | 1 | 2;
