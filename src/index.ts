/** The library API: run a check without touching the terminal or the exit code. */
export { check, UsageError, type CheckOptions, type CheckResult, type Summary, type EffectiveRule } from './check.js';
export { exitCode } from './cli.js';
export { json } from './report/json.js';
export { stylish } from './report/stylish.js';
export type { ReportContext, Formatter } from './report/context.js';
export type { Finding, Location, RelatedLocation, Severity } from './types.js';
