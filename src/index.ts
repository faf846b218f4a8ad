/** The library API: check a playbook without touching the terminal or the exit code. */

import type { Formatter } from './report/context.js';
import { json } from './report/json.js';
import { stylish } from './report/stylish.js';

export { type CheckOptions, type CheckResult, type EffectiveRule, type LoadResult, loadPlaybook, type Summary, setup, UsageError } from './check.js';
export { exitCode } from './exit.js';
export { check } from './pipeline.js';
export type { Audience, Evidence, Objective, Playbook, Strategy, Tactic } from './playbook/model.js';
export type { Formatter, ReportContext } from './report/context.js';
export { jsonSchema, SCHEMA_KINDS, type SchemaKind } from './schemas.js';
export type { Finding, Location, RelatedLocation, Severity } from './types.js';

/** Every report format, by name: each a pure function from findings to text. */
export const formatters: Record<string, Formatter> = { stylish, json };
export { json, stylish };
