/** The library API: check a playbook without touching the terminal or the exit code. Imports nothing of the CLI. */
import { compact } from './report/compact.js';
import { github } from './report/github.js';
import { html } from './report/html.js';
import { json } from './report/json.js';
import { junit } from './report/junit.js';
import { markdown } from './report/markdown.js';
import type { Formatter } from './report/model.js';
import { sarif } from './report/sarif.js';
import { stylish } from './report/stylish.js';
import { RuleTester as Tester, type TestFramework } from './rules/tester.js';
export { exitCode } from './exit.js';
export type { Summary } from './findings/summary.js';
export { Checker, check, type Hooks, type LoadResult, loadPlaybook, type Stage } from './pipeline.js';
export type { Audience, Evidence, Objective, Playbook, Strategy, Tactic } from './playbook/model.js';
export { buildReport, type Colors, type FormatOptions, type Formatter, type ReportFinding, type ReportModel, type Style } from './report/model.js';
export type { CheckOptions, CheckResult, EffectiveRule } from './result.js';
export { jsonSchema, SCHEMA_KINDS, type SchemaKind } from './schemas.js';
export { type Setup, setup } from './setup.js';
export { type Finding, type Location, type RelatedLocation, type Severity, UsageError } from './types.js';
/** Every report format, by name: each a pure function from the report model to text. */
export declare const formatters: Record<string, Formatter>;
export { compact, github, html, json, junit, markdown, sarif, stylish };
/**
 * ESLint's RuleTester for this checker: `new RuleTester({ describe, test }).run(rule, { valid, invalid })`
 * declares a rule's tests in the test framework given; each case runs through the real stages.
 */
export declare class RuleTester extends Tester {
    constructor(framework: TestFramework);
}
export type { Case, InvalidCase, Reported, TestFramework } from './rules/tester.js';
export type { RuleModule } from './rules/types.js';
