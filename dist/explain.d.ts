/** What `align explain` and docs/rules.md say about a rule: why, its condition, and examples run through the engine. */
import { type Scenario } from './rules/examples.js';
import type { Rule } from './rules/types.js';
export interface ExampleDoc {
    /** The strategy keys the example sets, as YAML; null when it uses the base strategy. */
    strategy: string | null;
    tactics: string;
    /** What the rule reports on the example, as the user would read it. */
    messages: string[];
}
export interface RuleDoc {
    id: string;
    severity: string;
    origin: string;
    summary: string;
    rationale: string;
    /** The rule in the condition language, as YAML; null for rules that are code. */
    condition: string | null;
    fails?: ExampleDoc;
    passes?: ExampleDoc;
}
/** Runs a rule's example through the real engine and returns what the rule reports on it. */
export declare function runExample(ruleId: string, s: Scenario): ExampleDoc;
export declare function ruleDoc(rule: Rule): RuleDoc;
/** The terminal text of `align explain`. */
export declare function explainText(doc: RuleDoc, effective: string, width?: number): string;
/** docs/rules.md: every built-in rule with its rationale, condition and examples. */
export declare function rulesMarkdown(rules: readonly Rule[]): string;
