import { type CheckResult, type FilterOptions, type Summary } from '../result.js';
import type { Finding } from '../types.js';
import { type CheckPast } from './since.js';
export interface Filtered {
    findings: Finding[];
    summary: Summary;
    inputError: boolean;
    /** How many findings the baseline hid or recorded. */
    baselined: number;
    /** Notes for standard error (files new since the ref, …). */
    notes: string[];
    /** Set when --update-baseline wrote the file: how many findings it holds. */
    wrote?: number;
}
/**
 * Applies the filters `options` asks for (`updateBaseline` wins over `baseline`); `checkPast` checks
 * the playbook as it was at the `since` ref. Throws UsageError when `since` cannot be used or the
 * baseline cannot be written.
 */
export declare function filterFindings(result: CheckResult, options: FilterOptions, checkPast: CheckPast): Filtered;
/** Counts by severity and the score, from one list of findings. */
export declare function summarise(result: CheckResult, findings: Finding[], inputError?: boolean): Summary;
