/**
 * The playbook every rule example starts from: each rule module's `examples` say only what they
 * change. The tests run every example, and `align explain` and docs/rules.md show them, so the
 * documentation cannot drift from the behaviour.
 */
/** A strategy that triggers no rule on its own; each example overrides what it needs. */
export declare const BASE_STRATEGY: Record<string, unknown>;
/** A tactic that triggers no rule on its own. */
export declare const BASE_TACTIC: Record<string, unknown>;
export interface Scenario {
    /** Strategy keys that differ from BASE_STRATEGY (shown as the strategy excerpt). */
    strategy?: Record<string, unknown>;
    /** Tactics, each merged over BASE_TACTIC; default: one BASE_TACTIC. */
    tactics?: Array<Record<string, unknown>>;
    /** YYYY-MM-DD; default 2026-11-01. */
    today?: string;
}
export declare const EXAMPLE_TODAY = "2026-11-01";
/** The full strategy and tactics of a scenario. */
export declare function scenarioData(s: Scenario): {
    strategy: Record<string, unknown>;
    tactics: Array<Record<string, unknown>>;
};
