/**
 * Concrete phrases a lexicon pattern stands for, for the tests that read every trigger (test/traits/lexicon.test.ts) and for
 * the statistical check's training (scripts/train-veto.mjs), which counts each trigger's phrases as signals of its trait.
 */
/**
 * Concrete phrases a pattern stands for: every group expanded, and each part's alternatives
 * tried one at a time with the other parts at their first alternative; gaps empty; optional
 * parts both present and absent.
 */
export declare function samples(pattern: string): string[];
