/** The safe fixes: each finding's "did you mean" as an edit of its file, for `align check --fix` and the editor's quick fixes. */
import type { Finding, Fix } from '../types.js';
/** Where each line starts in a text, counting `\n` as findings do (a `\r` before it belongs to its line). */
export declare function lineStarts(text: string): number[];
/** The offset of a 1-based line and column (UTF-16 units, as findings count them), clamped to the text. */
export declare function offsetOf(text: string, starts: readonly number[], line: number, column: number): number;
/** A fix that changes something: its range holds other words than the one it suggests. */
export declare function changes(text: string, fix: Fix, starts?: readonly number[]): boolean;
export interface AppliedFix {
    finding: Finding;
    fix: Fix;
    /** The words it replaced. */
    before: string;
}
/**
 * Applies the fixes of the findings in one file to its text: from the end backwards, so that each
 * range is read in the text it was found in. A fix whose range overlaps one already taken (two
 * suggestions for one word) is left for the next run, as ESLint does.
 */
export declare function applyFixes(text: string, findings: readonly Finding[]): {
    text: string;
    applied: AppliedFix[];
};
/** A fix in words: `tactics.yaml:4:15 'grwo' → 'grow' (unknown-reference)`. */
export declare const describeFix: (a: AppliedFix) => string;
