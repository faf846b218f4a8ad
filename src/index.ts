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

export { exitCode } from './exit.js';
export { check, type LoadResult, loadPlaybook } from './pipeline.js';
export type { Audience, Evidence, Objective, Playbook, Strategy, Tactic } from './playbook/model.js';
export { buildReport, type Colors, type Formatter, type ReportContext, type ReportFinding, type ReportOptions, type Style } from './report/model.js';
export { type CheckOptions, type CheckResult, type EffectiveRule, type Summary, UsageError } from './result.js';
export { jsonSchema, SCHEMA_KINDS, type SchemaKind } from './schemas.js';
export { type Setup, setup } from './setup.js';
export type { Finding, Location, RelatedLocation, Severity } from './types.js';

/** Every report format, by name: each a pure function from the report model to text. */
export const formatters: Record<string, Formatter> = { stylish, json, sarif, junit, github, markdown, html, compact };
export { compact, github, html, json, junit, markdown, sarif, stylish };
