import type { Rule, RuleMeta, RuleModule } from './types.js';
/** A rule module as the engine runs it. Guardrails are condition rules made per strategy (`guardrailRule`); this one documents them. */
export declare function ruleOf(m: RuleModule, origin?: string): Rule;
export declare const BUILTIN_RULES: readonly Rule[];
export declare const BUILTIN_IDS: readonly string[];
export declare const builtinRule: (id: string) => Rule | undefined;
/** The rules of input errors (exit code 2): the load stage reports them, and the stages after it for mistakes found later. */
export declare const INPUT_RULES: readonly RuleMeta[];
/** The tool's own findings: the baseline stage reports an entry that hides nothing any more. */
export declare const TOOL_RULES: readonly RuleMeta[];
/** Whether a rule is a check, an input error or the tool's own. */
export type RuleKind = 'check' | 'input' | 'tool';
/** The section of the docs about a built-in rule (a path inside the package); null for custom rules, which the config documents. */
export declare function ruleDocs(id: string, kind: RuleKind): string | null;
export { guardrailRule } from './builtin/guardrail.js';
