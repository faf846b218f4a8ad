/** Custom rules: the config's entries (load/config.ts) made into condition rules and compiled; a mistake in one is an input error at its place. */
import type { CustomRuleEntry } from '../load/config.js';
import type { CustomRuleData } from '../load/schema.js';
import type { Path } from '../types.js';
import { type CompiledRule } from './engine.js';
import type { RuleError } from './run.js';
import type { ConditionRule } from './types.js';
/** A custom rule ready to run, and where the config defines it. */
export interface CustomRule {
    rule: ConditionRule;
    compiled: CompiledRule;
    file: string;
    path: Path;
}
/** Builds a custom rule from its config entry. */
export declare function customRule(id: string, d: CustomRuleData, origin: string): ConditionRule;
/** Every entry compiled: those that compile, in order, and the mistakes of those that do not (at the key). */
export declare function compileCustomRules(entries: readonly CustomRuleEntry[]): {
    rules: CustomRule[];
    errors: RuleError[];
};
