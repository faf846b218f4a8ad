/**
 * The check, stage by stage, for the CLI and the library alike:
 * discover → load → build → traits → rules → findings (located, severities, waivers)
 *   → baseline → since → quiet → summary and score.
 * The first stages are `checkRules` (check.ts); the filters and the summary are findings/filter.ts.
 */
import { type CheckOptions, type CheckResult, checkRules, UsageError } from './check.js';
import { filterFindings } from './findings/filter.js';

/** Runs the whole check. Never throws: input errors come back as findings, bad options as `optionErrors`. */
export function check(opts: CheckOptions = {}): CheckResult {
  const result = checkRules(opts);
  if (result.optionErrors?.length) return result;
  if (opts.since === undefined && opts.baseline === undefined && opts.updateBaseline === undefined && !opts.quiet) return result;
  try {
    const f = filterFindings(result, opts);
    return {
      ...result,
      findings: f.findings,
      summary: f.summary,
      inputError: f.inputError,
      baselined: f.baselined,
      notes: f.notes,
      ...(f.wrote !== undefined ? { wroteBaseline: f.wrote } : {}),
    };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { ...result, findings: [], inputError: true, optionErrors: [e.message] };
  }
}
