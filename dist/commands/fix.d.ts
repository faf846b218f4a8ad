import { type AppliedFix } from '../findings/fix.js';
import { Checker } from '../pipeline.js';
import type { CheckOptions, CheckResult } from '../result.js';
export interface Fixed {
    /** The check of the files as fixed. */
    result: CheckResult;
    /** Every fix, in the order applied. */
    applied: AppliedFix[];
    /** Each changed file's new text, by the path shown. */
    texts: Map<string, string>;
}
/** Applies the safe fixes in memory, through one Checker, and checks the fixed files again after each run. */
export declare function fixPlaybook(options: CheckOptions, hooks?: ConstructorParameters<typeof Checker>[1]): Fixed;
/** Writes the fixed files, each with the byte order mark it had. */
export declare function writeFixed(texts: ReadonlyMap<string, string>, cwd: string): void;
