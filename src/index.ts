/** The library API: check a playbook without touching the terminal or the exit code. Imports nothing of the CLI. */
import { json } from './report/json.js';
import type { Formatter } from './report/model.js';
import { stylish } from './report/stylish.js';

export { exitCode } from './exit.js';
export { check, type LoadResult, loadPlaybook } from './pipeline.js';
export type { Audience, Evidence, Objective, Playbook, Strategy, Tactic } from './playbook/model.js';
export { buildReport, type Formatter, type ReportContext, type ReportFinding, type ReportOptions } from './report/model.js';
export { type CheckOptions, type CheckResult, type EffectiveRule, type Summary, UsageError } from './result.js';
export { jsonSchema, SCHEMA_KINDS, type SchemaKind } from './schemas.js';
export { type Setup, setup } from './setup.js';
export type { Finding, Location, RelatedLocation, Severity } from './types.js';

/** Every report format, by name: each a pure function from the report model to text. */
export const formatters: Record<string, Formatter> = { stylish, json };
export { json, stylish };
