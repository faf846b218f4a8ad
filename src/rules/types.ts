/** What a rule is and what it returns: problems with paths and message data, never positions or file:line text. */
import type { Evidence, Objective, Playbook, Strategy, Tactic } from '../playbook/model.js';
import type { MessageData, Pointer, Severity } from '../types.js';
import type { Scenario } from './examples.js';
import type { StrategySubject, TacticEnv, TacticSubject } from './subject.js';

export type { MessageData };

/** A rule's message builders by message id (ESLint's `meta.messages`, stylelint's `messages`). */
export type Messages = Readonly<Record<string, (data: MessageData) => string>>;

/** A strategy clause (or other item) shown beside a finding. */
export interface Related {
  at: Pointer;
  label: string;
  /** The strategy field it shows (`pricing.max_discount`), so that --since can tell whether it changed. */
  field?: string;
}

/** A rule's finding before it is located and worded: where, which message with which data, and what it relates to. */
export interface Problem {
  ruleId: string;
  messageId: string;
  data: MessageData;
  /** Message data outside the fingerprint (Report's `wording`). */
  wording?: MessageData;
  at: Pointer;
  /** Narrows `at` to the words that triggered the rule, and is shown as the finding's evidence. */
  evidence?: Evidence;
  tactic?: string;
  objective?: string;
  /** The tactic or objective the problem is about, for waivers (ids may repeat). */
  item?: Pointer;
  related: Related[];
  /** A severity set on the item itself (a guardrail's `severity`). */
  severity?: Severity;
  /** The guardrail id, for `guardrail` problems; a waiver may name it. */
  guardrail?: string;
  /** What its "did you mean" offers: `text` replaces the value at `at` (default: the evidence, else the problem's node). */
  fix?: { text: string; at?: Pointer };
}

export interface RuleContext {
  playbook: Playbook;
  /** YYYY-MM-DD. */
  today: string;
  env: TacticEnv;
  strategy: StrategySubject;
  /** Every tactic that is not retired, with what conditions read of it. */
  active: Array<{ tactic: Tactic; subject: TacticSubject }>;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** One line: what the rule enforces. */
  summary: string;
  /** Why, in a sales leader's words. */
  rationale: string;
  /** What the rule is about, for `align rules` and the docs. */
  tags: readonly string[];
  /** `built-in`, or the config file that defines the rule. */
  origin: string;
}

/** A playbook the rule reports on and one it accepts: tests run both, `align explain` and docs/rules.md show them. */
export interface RuleExamples {
  invalid: Scenario;
  valid: Scenario;
}

interface RuleBase extends RuleMeta {
  messages: Messages;
  examples?: RuleExamples;
}

/** A rule that needs code: references, duplicates, coverage, staleness, clarity. */
export interface CodeRule extends RuleBase {
  type: 'code';
  check(ctx: RuleContext): Problem[];
}

/** What a condition rule's `report` receives for a tactic that breaks it. */
export interface ReportArgs {
  tactic: Tactic;
  /** The first evidence of the violation (none for `require` rules). */
  evidence?: Evidence;
  strategy: Strategy;
}

/** Which of a rule's messages a problem gets, with the data it is built from. */
export interface Report {
  messageId: string;
  data: MessageData;
  /** The words the finding points at and quotes, when not the condition's own match (rules about one reading share its evidence). */
  evidence?: Evidence;
  /** The related locations, when not the rule's own (the audience a tactic targets, rather than the motion). */
  related?: Related[];
  /** More for the message that is not the finding's identity (its fingerprint is the message id and `data`): the words quoted, the condition named. */
  wording?: MessageData;
}

interface ConditionBase {
  /** Strategy condition: the rule runs only when it holds. */
  when?: Record<string, unknown>;
  /** A violation when this holds. */
  forbid?: Record<string, unknown>;
  /** A violation when this does not hold. */
  require?: Record<string, unknown>;
  /** Strategy field paths shown as related locations (default: every one the conditions read), or the related items themselves. */
  related?: string[] | Related[];
}

/** A rule in the condition language (rules.md, "Conditions") about each tactic that is not retired: data, plus the message it reports. */
export interface TacticConditionSpec extends ConditionBase {
  scope?: 'tactic';
  /** Which tactics the rule applies to. */
  tactic?: Record<string, unknown>;
  /** Which message, with which data. */
  report(args: ReportArgs): Report;
}

/** A condition rule about each objective (its fields are OBJECTIVE_PATHS in subject.ts). */
export interface ObjectiveConditionSpec extends ConditionBase {
  scope: 'objective';
  report(args: { objective: Objective; evidence?: Evidence; strategy: Strategy }): Report;
}

/** A condition rule about the strategy itself, checked once. */
export interface StrategyConditionSpec extends ConditionBase {
  scope: 'strategy';
  report(args: { evidence?: Evidence; strategy: Strategy }): Report;
}

export type ConditionSpec = TacticConditionSpec | ObjectiveConditionSpec | StrategyConditionSpec;

export type ConditionRule = RuleBase &
  ConditionSpec & {
    type: 'condition';
    /** Set on a guardrail's rule: its problems carry the id (for waivers) and the guardrail's own severity. */
    guardrail?: string;
  };

/** A rule whose problems another stage reports (the waivers stage reports `expired-waiver` and `unused-waiver`). */
export interface ReportedRule extends RuleBase {
  type: 'reported';
}

export type Rule = CodeRule | ConditionRule | ReportedRule;

/** What a rule module (`rules/builtin/<id>.ts`) exports. */
export interface RuleModule {
  meta: Omit<RuleMeta, 'origin'>;
  messages: Messages;
  examples: RuleExamples;
  condition?: ConditionSpec;
  check?: (ctx: RuleContext) => Problem[];
}
