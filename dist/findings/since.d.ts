import { type CheckOptions, type CheckResult } from '../result.js';
import type { Finding } from '../types.js';
/** Checks a playbook without the filters (the pipeline's `checkRules`): how the past is checked. */
export type CheckPast = (opts: CheckOptions) => CheckResult;
/** The message of a finding that a strategy change caused, saying so. */
export declare const newlyMisaligned: (message: string, what: string) => string;
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
export declare function since(ref: string, current: CheckResult, opts: CheckOptions, checkPast: CheckPast): SinceResult;
