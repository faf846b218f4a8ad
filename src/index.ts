/** The library API: check a playbook without touching the terminal or the exit code. */
import { json } from './report/json.js';
import { stylish } from './report/stylish.js';
import type { Formatter } from './report/context.js';

export { check } from './pipeline.js';
export { loadPlaybook, setup, UsageError, type CheckOptions, type CheckResult, type LoadResult, type Summary, type EffectiveRule } from './check.js';
export { exitCode } from './exit.js';
export { jsonSchema, SCHEMA_KINDS, type SchemaKind } from './schemas.js';
export type { ReportContext, Formatter } from './report/context.js';
export type { Finding, Location, RelatedLocation, Severity } from './types.js';
export type { Playbook, Tactic, Strategy, Audience, Objective, Evidence } from './playbook/model.js';

/** Every report format, by name: each a pure function from findings to text. */
export const formatters: Record<string, Formatter> = { stylish, json };
export { stylish, json };
