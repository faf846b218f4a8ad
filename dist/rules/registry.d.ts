import type { Rule, RuleModule } from './types.js';
/** A rule module as the engine runs it. Guardrails are condition rules made per strategy (`guardrailRule`); this one documents them. */
export declare function ruleOf(m: RuleModule, origin?: string): Rule;
export declare const BUILTIN_RULES: readonly Rule[];
export declare const BUILTIN_IDS: readonly string[];
export declare const builtinRule: (id: string) => Rule | undefined;
export { guardrailRule } from './builtin/guardrail.js';
