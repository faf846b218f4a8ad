/**
 * The check, stage by stage, for the CLI and the library alike:
 * setup → discover and load → build → traits → rules → findings (waivers, severity, locate)
 *   → baseline → since → quiet → summary and score.
 */
import type { Config, SeverityOrOff } from './config.js';
import { type RatedProblem } from './findings/severity.js';
import { type StrategyFile, type TacticsFile } from './load/schema.js';
import type { Playbook } from './playbook/model.js';
import { type CheckOptions, type CheckResult } from './result.js';
import { type CompiledGuardrails, type RuleError } from './rules/run.js';
import type { Messages } from './rules/types.js';
import type { Finding } from './types.js';
/** Runs the whole check. Never throws for bad input: input errors come back as findings, bad options as `optionErrors`. */
export declare function check(opts?: CheckOptions): CheckResult;
/** Every finding of today, located and sorted, before the baseline, since and quiet filters. */
export declare function checkRules(opts?: CheckOptions): CheckResult;
export interface Analysis {
    /** Mistakes that stop the check (a bad guardrail, an impossible audience), at their place. */
    errors: RuleError[];
    /** Problems after waivers, each with its severity. */
    problems: RatedProblem[];
    /** The message builders of a rule, to word its problems. */
    messages(ruleId: string): Messages;
    playbook?: Playbook;
}
/** From validated data to rated problems: build → traits → rules → waivers → severity. */
export declare function analyse(file: string, strategy: StrategyFile, tactics: Array<{
    file: string;
    data: TacticsFile;
}>, opts: {
    config: Config;
    today: string;
    override(id: string): SeverityOrOff | undefined;
    guardrails?: CompiledGuardrails;
    /** Called once every tactic's traits are read, before the rules run (the CLI collects garbage there on big inputs). */
    afterTraits?: () => void;
}): Analysis;
/** The analysis of a playbook given as plain objects (as YAML would parse it), through the same schemas and stages. Throws when the data does not match the schemas. */
export declare function analyseData(strategy: object, tactics: object[], opts: {
    config: Config;
    today: string;
    override?(id: string): SeverityOrOff | undefined;
}): Analysis;
export interface LoadResult {
    /** The normalised playbook with every tactic's traits, when the files are valid. */
    playbook?: Playbook;
    /** Input errors (YAML, schema, unreadable files), located. */
    findings: Finding[];
    sources: CheckResult['sources'];
}
/** Loads, validates, builds and reads a playbook without running the rules. */
export declare function loadPlaybook(opts?: CheckOptions): LoadResult;
