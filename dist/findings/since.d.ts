import type { TreeFiles } from '../load/files.js';
import type { Playbook } from '../playbook/model.js';
import { type Finding } from '../types.js';
/** The message of a finding that a strategy change caused, saying so. */
export declare const newlyMisaligned: (message: string, what: string) => string;
/** One side of the comparison: the located findings before any filter, the playbook, and the strategy's data as written. */
export interface Checked {
    findings: Finding[];
    playbook: Playbook;
    strategyData: unknown;
}
/**
 * What the user should know before the comparison: the files read today that the ref did not
 * hold (their findings are all new). `files` are as shown, relative to `cwd`. Throws UsageError
 * for a file outside the repository, which has no past.
 */
export declare function newFiles(ref: string, files: readonly string[], cwd: string, past: TreeFiles): string[];
/**
 * Today's findings that the past did not have. A finding on a tactic that did not change is put
 * down to the strategy change, and says so.
 */
export declare function newSince(findings: Finding[], current: Checked, past: Checked): Finding[];
/** Today's findings split into those that are new since the past (`kept`, worded as newSince words them) and those it already had (`old`). */
export declare function splitSince(findings: Finding[], current: Checked, past: Checked): {
    kept: Finding[];
    old: Finding[];
};
