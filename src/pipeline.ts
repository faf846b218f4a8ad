/**
 * The check, stage by stage, for the CLI and the library alike:
 * setup → discover and load → build → traits → rules → findings (waivers, severity, locate)
 *   → baseline → since → quiet → summary and score.
 */
import type { Config, SeverityOrOff } from './config.js';
import { filterFindings, summarise } from './findings/filter.js';
import { sortFindings, toFinding } from './findings/locate.js';
import { type RatedProblem, rate } from './findings/severity.js';
import { applyWaivers } from './findings/waivers.js';
import { locate } from './load/locate.js';
import { readFiles } from './load/read.js';
import { type StrategyFile, strategyFile, type TacticsFile, tacticsFile } from './load/schema.js';
import { inputFinding } from './load/source.js';
import { stripExtensions } from './load/validate.js';
import { between, inputBytes } from './memory.js';
import { buildGuardrails, buildPlaybook } from './playbook/build.js';
import type { Playbook } from './playbook/model.js';
import { type CheckOptions, type CheckResult, type FilterOptions, localToday, UsageError } from './result.js';
import { BUILTIN_IDS, BUILTIN_RULES } from './rules/registry.js';
import { type CompiledGuardrails, compileGuardrails, type RuleError, runAllRules } from './rules/run.js';
import type { Messages } from './rules/types.js';
import { type Setup, setup } from './setup.js';
import { closest } from './suggest.js';
import { buildLexicon, withTraits } from './traits/index.js';
import type { Finding } from './types.js';

/** Runs the whole check. Never throws for bad input: input errors come back as findings, bad options as `optionErrors`. */
export function check(opts: CheckOptions = {}): CheckResult {
  const result = checkRules(opts);
  if (result.optionErrors?.length) return result;
  // The baseline: the one named in the options, else the config's (`baseline: false` turns it off).
  const baseline = opts.baseline === false ? undefined : (opts.baseline ?? result.baselineFile);
  const updateBaseline = opts.updateBaseline === true ? baseline : opts.updateBaseline;
  // A config whose baseline: was refused is an input error, reported as one, not a missing option.
  if (opts.updateBaseline === true && !updateBaseline && !result.inputError) {
    const message = '--update-baseline needs a file: --update-baseline FILE, --baseline FILE --update-baseline, or baseline: FILE in the config.';
    return { ...result, findings: [], inputError: true, optionErrors: [message] };
  }
  const { baselineFile: _, ...rest } = result;
  const used = { ...rest, ...((updateBaseline ?? baseline) ? { baselineFile: updateBaseline ?? baseline } : {}) };
  if (opts.since === undefined && baseline === undefined && updateBaseline === undefined && !opts.quiet) return used;
  const { baseline: _b, updateBaseline: _u, ...others } = opts;
  const options: FilterOptions = { ...others, ...(updateBaseline ? { updateBaseline } : baseline ? { baseline } : {}) };
  try {
    const f = filterFindings(used, options, checkRules);
    const { findings, summary, inputError, baselined } = f;
    const notes = [...(used.notes ?? []), ...f.notes];
    return { ...used, findings, summary, inputError, baselined, notes, ...(f.wrote !== undefined ? { wroteBaseline: f.wrote } : {}) };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { ...used, findings: [], inputError: true, optionErrors: [e.message] };
  }
}

/** Every finding of today, located and sorted, before the baseline, since and quiet filters. */
export function checkRules(opts: CheckOptions = {}): CheckResult {
  const base = setup(opts);
  if (base.optionErrors.length) return { ...resultOf(base, [], true), optionErrors: base.optionErrors };
  const read = readFiles(opts, base);
  const bytes = inputBytes(base.sources);
  between(bytes);
  // Guardrails are compiled with the files, so that a mistake in one is reported with every other input error.
  const guardrails = read.strategy && read.strategySource ? compileGuardrails(buildGuardrails(read.strategySource.file, read.strategy)) : undefined;
  const problems = [...base.problems, ...errorFindings(base, guardrails?.errors ?? [])];
  if (problems.length || !read.strategy || !read.strategySource || !guardrails) return resultOf(base, problems, true);
  const today = opts.today ?? process.env.ALIGN_TODAY ?? localToday();
  const a = analyse(read.strategySource.file, read.strategy, read.tactics, {
    config: base.config,
    today,
    override: base.override,
    guardrails: guardrails.rules,
    afterTraits: () => between(bytes),
  });
  between(bytes);
  if (a.errors.length) return resultOf(base, errorFindings(base, a.errors), true);
  const findings = a.problems.map((p) => toFinding(p, p.severity, base.sources, a.messages(p.ruleId)));
  return resultOf(base, findings, false, a.playbook);
}

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
export function analyse(
  file: string,
  strategy: StrategyFile,
  tactics: Array<{ file: string; data: TacticsFile }>,
  opts: {
    config: Config;
    today: string;
    override(id: string): SeverityOrOff | undefined;
    guardrails?: CompiledGuardrails;
    /** Called once every tactic's traits are read, before the rules run (the CLI collects garbage there on big inputs). */
    afterTraits?: () => void;
  },
): Analysis {
  const { config, today } = opts;
  const none: Analysis = { errors: [], problems: [], messages: () => ({}) };
  const built = buildPlaybook(file, strategy, tactics, config.bands);
  const guardrails = opts.guardrails ? { rules: opts.guardrails, errors: [] } : compileGuardrails(buildGuardrails(file, strategy));
  const errors = [...built.problems, ...guardrails.errors];
  if (errors.length || !built.playbook) return { ...none, errors };
  const playbook = withTraits(built.playbook, buildLexicon(config.lexicon, config.qualifiers));
  opts.afterTraits?.();
  const run = runAllRules(playbook, { config, today, override: opts.override, guardrails: guardrails.rules });
  // A pattern over its budget stops the check: an input error at the pattern.
  if (run.errors.length) return { ...none, errors: run.errors };
  const custom = config.customRules.map((c) => c.rule);
  const knownIds = [...BUILTIN_IDS, ...custom.map((r) => r.id)];
  const guardrailIds = new Set(playbook.strategy.guardrails.map((g) => g.id));
  const suggest = (rule: string) => (knownIds.includes(rule) || guardrailIds.has(rule) ? null : closest(rule, knownIds));
  const waived = applyWaivers(run.problems, playbook, today, suggest);
  return { errors: [], problems: rate(waived, opts.override, [...BUILTIN_RULES, ...custom]), messages: run.messages, playbook };
}

/** The analysis of a playbook given as plain objects (as YAML would parse it), through the same schemas and stages. Throws when the data does not match the schemas. */
export function analyseData(
  strategy: object,
  tactics: object[],
  opts: { config: Config; today: string; override?(id: string): SeverityOrOff | undefined },
): Analysis {
  const s = strategyFile.parse(stripExtensions(strategy));
  const t = tacticsFile.parse(stripExtensions({ version: 1, tactics }));
  return analyse('strategy.yaml', s, [{ file: 'tactics.yaml', data: t }], { override: () => undefined, ...opts });
}

export interface LoadResult {
  /** The normalised playbook with every tactic's traits, when the files are valid. */
  playbook?: Playbook;
  /** Input errors (YAML, schema, unreadable files), located. */
  findings: Finding[];
  sources: CheckResult['sources'];
}

/** Loads, validates, builds and reads a playbook without running the rules. */
export function loadPlaybook(opts: CheckOptions = {}): LoadResult {
  const base = setup(opts);
  const read = readFiles(opts, base);
  if (base.problems.length || !read.strategy || !read.strategySource) return { findings: sortFindings(base.problems), sources: base.sources };
  const built = buildPlaybook(read.strategySource.file, read.strategy, read.tactics, base.config.bands);
  if (!built.playbook) return { findings: sortFindings(errorFindings(base, built.problems)), sources: base.sources };
  return { playbook: withTraits(built.playbook, buildLexicon(base.config.lexicon, base.config.qualifiers)), findings: [], sources: base.sources };
}

const errorFindings = (base: Setup, errors: RuleError[]) =>
  errors.map((e) => inputFinding('schema', locate(base.sources.get(e.file)!, e.path, { key: true }), e.message));

function resultOf(base: Setup, findings: Finding[], inputError: boolean, playbook?: Playbook): CheckResult {
  const result: CheckResult = {
    findings: sortFindings(findings),
    summary: {
      error: 0,
      warning: 0,
      info: 0,
      files: base.sources.size,
      tactics: playbook?.tactics.length ?? 0,
      objectives: playbook?.strategy.objectives.length ?? 0,
    },
    inputError,
    sources: base.sources,
    rules: base.rules,
    ...(playbook ? { playbook } : {}),
    ...(base.configPath ? { configFile: base.configPath } : {}),
    ...(base.config.baseline ? { baselineFile: base.display(base.config.baseline) } : {}),
    ...(base.notes.length ? { notes: base.notes } : {}),
  };
  return { ...result, summary: summarise(result, result.findings) };
}
