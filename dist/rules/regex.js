/**
 * `matches:` patterns come from the config, which a pull request can change: they run on RE2
 * (re2js, a pure-JavaScript port), whose time is linear in the text, so no pattern can hang a
 * check. RE2 has no lookaround and no backreferences, the features that need backtracking.
 * re2js is loaded on the first pattern, so a run without one never pays for it.
 */
import { createRequire } from 'node:module';
let engine;
const re2 = () => {
    engine ??= createRequire(import.meta.url)('re2js').RE2JS;
    return engine;
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
export const PATTERN_LIMITS = { instructions: 1_000, perText: 10_000_000, perRun: 1_000_000_000, perRunPerChar: 500 };
/** Thrown when a pattern would go over a budget: where the pattern is in its file, and why. */
export class PatternBudgetError extends Error {
    at;
    /** The rule whose condition holds the pattern, added by the engine. */
    rule;
    constructor(
    /** Where the pattern is in its file (the `matches` entry). */
    at, message) {
        super(message);
        this.at = at;
    }
}
/** Pattern work in one check, shared by every pattern that runs in it. */
export class PatternWork {
    limits;
    used = 0;
    constructor(limits = PATTERN_LIMITS) {
        this.limits = limits;
    }
    /** The budget of a check whose tactics hold `chars` characters of text. */
    static forText(chars) {
        return new PatternWork({ perText: PATTERN_LIMITS.perText, perRun: PATTERN_LIMITS.perRun + PATTERN_LIMITS.perRunPerChar * chars });
    }
    /** Counts a scan of `length` characters by a pattern of `size` instructions; throws PatternBudgetError when it would go over. */
    charge(size, length, text, at) {
        const work = size * length;
        const n = (x) => x.toLocaleString('en-US');
        if (work > this.limits.perText)
            throw new PatternBudgetError(at, `its pattern (${n(size)} RE2 instructions) would scan ${n(length)} characters of ${text}: ${n(work)} steps (instructions × characters), over the ${n(this.limits.perText)} a pattern may take on one text. Make the pattern smaller (fewer or shorter repetitions) or the text shorter.`);
        this.used += work;
        if (this.used > this.limits.perRun)
            throw new PatternBudgetError(at, `the patterns of this check would take over ${n(this.limits.perRun)} steps (instructions × characters scanned) when it scans ${text}. Use fewer or smaller patterns ('phrase' matches words at a fraction of the cost).`);
    }
}
/** Where a text is, for a message: `tactics.yaml at tactics[3].description`. */
export const textAt = (file, path) => `${file} at ${path.reduce((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '')}`;
/** Compiles a case-insensitive pattern. */
export function compileRegex(source) {
    const R = re2();
    let p;
    try {
        p = R.compile(source, R.CASE_INSENSITIVE);
    }
    catch (e) {
        return { error: e.message.replace(/^error parsing regexp: /, '').replace(/`\(\?i\)/g, '`') };
    }
    return {
        size: p.programSize(),
        find(text) {
            const m = p.matcher(text);
            return m.find() ? { text: m.group() ?? '', index: m.start() } : null;
        },
    };
}
