import * as z from 'zod';
import { type Fence } from '../load/boundary.js';
import { type Finding } from '../types.js';
declare const entry: z.ZodObject<{
    fingerprint: z.ZodString;
    ruleId: z.ZodString;
    tactic: z.ZodNullable<z.ZodString>;
    objective: z.ZodNullable<z.ZodString>;
    file: z.ZodString;
    message: z.ZodString;
}, z.core.$strip>;
/**
 * The baseline file. Version 2 fingerprints a finding by its rule, item, message id and data;
 * version 1 (before 0.2) by its message, which then named strategy lines ("(strategy.yaml:7)").
 * Version 1 files are still read: their entries match by rule, item and the message without
 * those line references. --update-baseline writes version 2.
 */
declare const baselineFile: z.ZodObject<{
    version: z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<2>]>;
    findings: z.ZodArray<z.ZodObject<{
        fingerprint: z.ZodString;
        ruleId: z.ZodString;
        tactic: z.ZodNullable<z.ZodString>;
        objective: z.ZodNullable<z.ZodString>;
        file: z.ZodString;
        message: z.ZodString;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type BaselineEntry = z.infer<typeof entry>;
export type Baseline = z.infer<typeof baselineFile>;
/** The baseline file's text: entries sorted without line numbers, so moving tactics never changes it. */
export declare function baselineText(findings: Finding[]): string;
/** Writes the baseline; an error message (the path and what is wrong) when it cannot. */
export declare function writeBaseline(path: string, findings: Finding[], shown?: string, where?: {
    fence?: Fence;
    shown?: (abs: string) => string;
}): string | undefined;
/** Reads a baseline file; an error message when it is missing, unreadable or not a baseline. */
export declare function readBaseline(path: string, shown: string, where?: {
    fence: Fence;
    shown(abs: string): string;
}): {
    baseline?: Baseline;
    text?: string;
    error?: string;
};
export declare const staleBaselineMessage: (e: BaselineEntry) => string;
/**
 * Hides findings the baseline records (each entry hides one finding) and reports every entry that
 * hid nothing as a `stale-baseline` finding at its line in the baseline file.
 */
export declare function applyBaseline(findings: Finding[], baseline: Baseline, text: string, shown: string): {
    kept: Finding[];
    stale: Finding[];
};
/** What the baseline stage did. */
export interface BaselineOutcome {
    /** The findings it left (none when it wrote the baseline). */
    findings: Finding[];
    /** Entries that hid nothing, as `stale-baseline` findings: reported after --since, which never hides them. */
    stale: Finding[];
    /** How many findings the baseline hid, or recorded. */
    baselined: number;
    /** Set when it wrote the baseline: how many findings it holds. */
    wrote?: number;
    /** The baseline could not be read: its finding is the only one. */
    inputError: boolean;
}
/**
 * The baseline stage, judged against all of today's findings: `updateBaseline` records them (and
 * leaves none), else `baseline` hides those it records. Paths are relative to `cwd`. Throws
 * UsageError when the baseline cannot be written.
 */
export declare function baselineStage(findings: Finding[], cwd: string, opts: {
    baseline?: string;
    updateBaseline?: string;
}): BaselineOutcome;
export {};
