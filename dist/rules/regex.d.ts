import type { Path } from '../types.js';
/** A compiled pattern: the first match in a text, with where it starts, and its size in RE2 instructions; or why the pattern cannot be used. */
export type Pattern = {
    find(text: string): {
        text: string;
        index: number;
    } | null;
    size: number;
} | {
    error: string;
};
/**
 * RE2 takes time linear in the text, but the factor is the pattern's compiled size: in the worst
 * case every instruction is live at every character (`[\s\S]{1000}` keeps a thousand threads). So a
 * pattern's work on a text is counted as its instructions × the text's characters, and bounded
 * three ways: a pattern compiles to at most `instructions`, spends at most `perText` on one text,
 * and all patterns together spend at most `perRun` in one check, plus `perRunPerChar` for every
 * character of the tactics' text (a large playbook with ordinary patterns is never refused; a
 * pull request buys more work only by being larger). RE2 runs at some 20-35 ns per unit in that
 * worst case (re2js, one core), so one text costs at most a fraction of a second, and a run a time
 * in proportion to its input, whatever a pull request puts in the config.
 */
export declare const PATTERN_LIMITS: {
    readonly instructions: 1000;
    readonly perText: 10000000;
    readonly perRun: 1000000000;
    readonly perRunPerChar: 500;
};
/** Thrown when a pattern would go over a budget: where the pattern is in its file, and why. */
export declare class PatternBudgetError extends Error {
    /** Where the pattern is in its file (the `matches` entry). */
    readonly at: Path;
    /** The rule whose condition holds the pattern, added by the engine. */
    rule?: {
        id: string;
        guardrail?: string;
    };
    constructor(
    /** Where the pattern is in its file (the `matches` entry). */
    at: Path, message: string);
}
/** Pattern work in one check, shared by every pattern that runs in it. */
export declare class PatternWork {
    private readonly limits;
    used: number;
    constructor(limits?: {
        perText: number;
        perRun: number;
    });
    /** The budget of a check whose tactics hold `chars` characters of text. */
    static forText(chars: number): PatternWork;
    /** Counts a scan of `length` characters by a pattern of `size` instructions; throws PatternBudgetError when it would go over. */
    charge(size: number, length: number, text: string, at: Path): void;
}
/** Where a text is, for a message: `tactics.yaml at tactics[3].description`. */
export declare const textAt: (file: string, path: Path) => string;
/** Compiles a case-insensitive pattern. */
export declare function compileRegex(source: string): Pattern;
