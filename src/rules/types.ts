/** What a rule is and what it returns: problems with pointers into the playbook, never line numbers. */
import type { Evidence, Playbook, Strategy, Tactic } from '../playbook/model.js';
import type { Pointer, Severity } from '../types.js';
import type { StrategySubject, TacticEnv, TacticSubject } from './subject.js';

/** A rule's finding before it is located: where, what, and the strategy clause behind it. */
export interface Problem {
  ruleId: string;
  message: string;
  at: Pointer;
  /** Narrows `at` to the words that triggered the rule, and is shown as the finding's evidence. */
  evidence?: Evidence;
  tactic?: string;
  objective?: string;
  /** The tactic or objective the problem is about, for waivers (ids may repeat). */
  item?: Pointer;
  related: Array<{ at: Pointer; message: string }>;
  /** A severity set on the item itself (a guardrail's `severity`). */
  severity?: Severity;
  /** The guardrail id, for `guardrail` problems; a waiver may name it. */
  guardrail?: string;
}

export interface RuleContext {
  playbook: Playbook;
  /** YYYY-MM-DD. */
  today: string;
  env: TacticEnv;
  strategy: StrategySubject;
  /** Every tactic that is not retired, with what conditions read of it. */
  active: Array<{ tactic: Tactic; subject: TacticSubject }>;
  /** "strategy.yaml:7" — where a pointer sits, for messages. */
  where(at: Pointer): string;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** One line: what the rule enforces. */
  summary: string;
  /** Why, in a sales leader's words. */
  rationale: string;
  /** `built-in`, or the config file that defines the rule. */
  origin: string;
}

/** A rule that needs code: references, duplicates, coverage, staleness, clarity. */
export interface CodeRule extends RuleMeta {
  type: 'code';
  check(ctx: RuleContext): Problem[];
}

/** What a condition rule's message builder receives. */
export interface MessageArgs {
  tactic: Tactic;
  /** The first evidence of the violation (none for `require` rules). */
  evidence?: Evidence;
  strategy: Strategy;
  /** "strategy.yaml:7" for a strategy field path such as `positioning.tier`. */
  where(strategyPath: string): string;
}

/** A rule written in the condition language (rules.md, "Conditions"). */
export interface ConditionRule extends RuleMeta {
  type: 'condition';
  /** Strategy condition: the rule runs only when it holds. */
  when?: Record<string, unknown>;
  /** Which tactics the rule applies to. */
  tactic?: Record<string, unknown>;
  /** A violation when this holds. */
  forbid?: Record<string, unknown>;
  /** A violation when this does not hold. */
  require?: Record<string, unknown>;
  /** Strategy paths shown as related locations; default: every strategy path the conditions read. */
  related?: string[];
  message(args: MessageArgs): string;
}

export type Rule = CodeRule | ConditionRule;
