import type { CheckResult } from '../result.js';
import type { Finding } from '../types.js';
/** One edit of one file, by offsets into the text the result was checked from. */
export interface Edit {
    file: string;
    start: number;
    end: number;
    text: string;
}
export interface Action {
    title: string;
    /** The finding it resolves. */
    finding: Finding;
    edits: Edit[];
    /** The fix to prefer (a "did you mean"), which editors apply with one key. */
    preferred: boolean;
}
/** The reason a new waiver carries until someone writes the real one. */
export declare const WAIVER_REASON = "TODO why this exception is approved, and by whom";
/** A plain YAML scalar for an id or rule name, quoted when it would not read back as the same string. */
export declare const scalar: (s: string) => string;
/** Every quick fix for the findings of `file` whose range meets [start, end] (offsets). */
export declare function actionsFor(result: CheckResult, file: string, start: number, end: number, opts: {
    waivableRules: ReadonlySet<string>;
}): Action[];
