/** The whole check: load config and playbook, validate, run the rules, apply waivers, locate and sort. */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { analyse, compileGuardrails } from './analyse.js';
import { type Config, emptyConfig, findConfig, loadConfig, type SeverityOrOff } from './config.js';
import { ParseCache } from './load/cache.js';
import { discover } from './load/discover.js';
import { locate } from './load/locate.js';
import { type Concurrency, loadEach } from './load/parallel.js';
import { type StrategyFile, strategyFile, type TacticsFile, tacticsFile } from './load/schema.js';
import { DEFAULT_LIMITS, fileStart, inputFinding, type Limits, loadSource, type Source } from './load/source.js';
import { validate } from './load/validate.js';
import { type BuildProblem, buildPlaybook, type TacticsInput } from './playbook/build.js';
import type { Playbook } from './playbook/model.js';
import type { CompiledGuardrail } from './rules/code/guardrail.js';
import { BUILTIN_IDS, BUILTIN_META } from './rules/index.js';
import type { Problem, RuleMeta } from './rules/types.js';
import { alignmentScore, type Score } from './score.js';
import { closest } from './suggest.js';
import { buildLexicon, withTraits } from './traits/index.js';
import type { Finding, Pointer, Severity } from './types.js';

export interface CheckOptions {
  /** Where relative paths start and the config search begins; default `process.cwd()`. */
  cwd?: string;
  strategy?: string;
  /** Tactics files or folders (every *.yaml / *.yml below, sorted). */
  tactics?: string[];
  /** A config file; `false` to use none; default: the nearest one. */
  config?: string | false;
  /** Severity overrides that win over the config (`--rule`). */
  rules?: Record<string, SeverityOrOff>;
  /** YYYY-MM-DD; default: the `ALIGN_TODAY` variable, else the system date. */
  today?: string;
  /** The largest file read, in bytes; default: the config's max_file_size, else 10 MB. */
  maxFileSize?: number;
  /** Threads for parsing tactics files: `auto` (default; 2+ files and 2+ MB), `off`, or at most this many. */
  concurrency?: Concurrency;
  /** A folder for the parse cache (`--cache`), relative to `cwd`; default: no cache. */
  cache?: string;
  /** A git ref: report only the findings that are new since it (`--since`). */
  since?: string;
  /** A baseline file: hide the findings it records and report its entries that hide nothing (`--baseline`). */
  baseline?: string;
  /** Write every finding of today to this baseline file instead of reporting them (`--update-baseline`). */
  updateBaseline?: string;
  /** Errors only (`--quiet`). */
  quiet?: boolean;
}

export interface Summary {
  error: number;
  warning: number;
  info: number;
  files: number;
  tactics: number;
  objectives: number;
  /** The alignment score, when the playbook could be checked (see score.ts). */
  score?: Score;
}

/** A rule as it runs here: its effective severity and where it comes from. */
export interface EffectiveRule extends RuleMeta {
  effective: SeverityOrOff;
}

export interface CheckResult {
  findings: Finding[];
  summary: Summary;
  /** True when the playbook could not be checked (exit code 2). */
  inputError: boolean;
  /** Every file read, by the path shown to the user, for excerpts. */
  sources: Map<string, Source>;
  rules: EffectiveRule[];
  playbook?: Playbook;
  /** The config file used, absolute; undefined when there is none. */
  configFile?: string;
  /** Problems with the options themselves (an unknown rule id in `rules`, a `since` that is no commit, a baseline that cannot be written): inputError is true. */
  optionErrors?: string[];
  /** How many findings the baseline hid, or `updateBaseline` recorded. */
  baselined?: number;
  /** Set when `updateBaseline` wrote the file: how many findings it holds. */
  wroteBaseline?: number;
  /** Notes for the person running the check (files new since the `since` ref, …). */
  notes?: string[];
}

/** A problem with the command's own words (an unknown rule in --rule): the CLI says it and exits 2. */
export class UsageError extends Error {}

export const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** The config and the rules it makes, as every command sees them. */
export interface Setup {
  cwd: string;
  display(abs: string): string;
  config: Config;
  configPath: string | null;
  sources: Map<string, Source>;
  problems: Finding[];
  /** Problems with the options themselves (an unknown rule id in `rules`): nothing is checked. */
  optionErrors: string[];
  rules: EffectiveRule[];
  override(id: string): SeverityOrOff | undefined;
  limits: Limits;
}

/** Loads the config (found or given) and works out every rule's effective severity. */
export function setup(opts: Pick<CheckOptions, 'cwd' | 'config' | 'rules' | 'maxFileSize'> = {}): Setup {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const display = (abs: string) => {
    const r = relative(cwd, abs);
    return (r === '' ? '.' : r).split(sep).join('/');
  };
  const sources = new Map<string, Source>();
  const problems: Finding[] = [];
  let config: Config = emptyConfig(cwd);
  const configPath = opts.config === false ? null : opts.config ? resolve(cwd, opts.config) : findConfig(cwd);
  if (configPath) {
    if (!existsSync(configPath)) {
      problems.push(inputFinding('input', fileStart(display(configPath)), `Config file not found: ${display(configPath)}.`));
    } else {
      const c = loadConfig(configPath, cwd, display, { ...DEFAULT_LIMITS, ...(opts.maxFileSize ? { maxFileSize: opts.maxFileSize } : {}) });
      config = c.config;
      for (const s of c.sources) sources.set(s.file, s);
      problems.push(...c.problems);
    }
  }
  // Severities: the rule's own, then the config, then --rule.
  const knownIds = [...BUILTIN_IDS, ...config.customRules.map((c) => c.rule.id)];
  for (const [id, o] of config.overrides) {
    if (!knownIds.includes(id)) {
      const c = closest(id, knownIds);
      problems.push(
        inputFinding(
          'schema',
          locate(sources.get(o.file)!, o.path, { key: true }),
          `Unknown rule '${id}'.${c ? ` Did you mean '${c}'?` : ` Run 'align rules' to list the rules.`}`,
        ),
      );
    }
  }
  const optionErrors: string[] = [];
  for (const id of Object.keys(opts.rules ?? {})) {
    if (!knownIds.includes(id)) {
      const c = closest(id, knownIds);
      optionErrors.push(`Unknown rule '${id}' in --rule.${c ? ` Did you mean '${c}'?` : ` Run 'align rules' to list the rules.`}`);
    }
  }
  const override = (id: string): SeverityOrOff | undefined => opts.rules?.[id] ?? config.overrides.get(id)?.severity;
  const metas: RuleMeta[] = [...BUILTIN_META, ...config.customRules.map((c) => c.rule)];
  const rules = metas.map((m) => ({ ...m, effective: override(m.id) ?? m.severity }));
  const limits: Limits = { ...DEFAULT_LIMITS, maxFileSize: opts.maxFileSize ?? config.data.max_file_size ?? DEFAULT_LIMITS.maxFileSize };
  return { cwd, display, config, configPath, sources, problems, optionErrors, rules, override, limits };
}

interface Loaded extends Setup {
  strategySource?: Source;
  strategy?: StrategyFile;
  tactics: TacticsInput[];
  guardrails: CompiledGuardrail[];
}

/** Loads and validates every file, so that every input error is reported in one run. */
function readPlaybook(opts: CheckOptions): Loaded {
  const base = setup(opts);
  const { cwd, display, sources, problems } = base;
  const { strategyAbs, tacticsFiles } = discover(opts, base);

  const cacheDir = opts.cache !== undefined ? resolve(cwd, opts.cache) : undefined;
  const s = loadSource(strategyAbs, display(strategyAbs), base.limits, cacheDir !== undefined ? new ParseCache(cacheDir) : undefined);
  if (s.source) sources.set(s.source.file, s.source);
  problems.push(...s.problems);
  const strategy =
    s.source && !s.problems.length
      ? validate(strategyFile, s.data, s.source, 'a strategy (name, positioning, motion, ideal_customers, objectives)')
      : undefined;
  if (strategy) problems.push(...strategy.problems);

  const tactics: TacticsInput[] = [];
  // Each file is validated as soon as it is loaded; its raw data is dropped then.
  const validated = loadEach(
    tacticsFiles.map((abs) => ({ abs, file: display(abs) })),
    base.limits,
    (t) => ({
      source: t.source,
      problems: t.problems,
      ...(t.source && !t.problems.length ? { v: validate<TacticsFile>(tacticsFile, t.data, t.source, 'a list of tactics under `tactics:`') } : {}),
    }),
    opts.concurrency,
    cacheDir !== undefined ? { cache: cacheDir } : {},
  );
  for (const t of validated) {
    if (t.source) sources.set(t.source.file, t.source);
    problems.push(...t.problems, ...(t.v?.problems ?? []));
    if (t.source && t.v?.value) tactics.push({ file: t.source.file, data: t.v.value });
  }

  const compiled = strategy?.value && s.source ? compileGuardrails(s.source.file, strategy.value) : { guardrails: [], errors: [] };
  for (const e of compiled.errors) problems.push(inputFinding('schema', locate(sources.get(e.file)!, e.path, { key: true }), e.message));
  return {
    ...base,
    ...(s.source ? { strategySource: s.source } : {}),
    ...(strategy?.value ? { strategy: strategy.value } : {}),
    tactics,
    guardrails: compiled.guardrails,
  };
}

function resultOf(l: Setup, findings: Finding[], inputError: boolean, playbook?: Playbook): CheckResult {
  const summary: Summary = {
    error: 0,
    warning: 0,
    info: 0,
    files: l.sources.size,
    tactics: playbook?.tactics.length ?? 0,
    objectives: playbook?.strategy.objectives.length ?? 0,
  };
  const listed = sortFindings(findings);
  for (const f of listed) summary[f.severity]++;
  if (playbook) summary.score = alignmentScore(playbook, listed);
  return {
    findings: listed,
    summary,
    inputError,
    sources: l.sources,
    rules: l.rules,
    ...(playbook ? { playbook } : {}),
    ...(l.configPath ? { configFile: l.configPath } : {}),
  };
}

const errorFindings = (l: Setup, errors: BuildProblem[]) =>
  errors.map((e) => inputFinding('schema', locate(l.sources.get(e.file)!, e.path, { key: true }), e.message));

/** Loads the playbook and runs the rules: located findings before any filter (pipeline.ts runs the filters). Never throws for bad input. */
export function checkRules(opts: CheckOptions = {}): CheckResult {
  const l = readPlaybook(opts);
  if (l.optionErrors.length) return { ...resultOf(l, [], true), optionErrors: l.optionErrors };
  if (l.problems.length || !l.strategy || !l.strategySource) return resultOf(l, l.problems, true);
  const strategyFileName = l.strategySource.file;
  // Messages name a strategy clause by the file's name and line (the related location has the full path).
  const where = (at: Pointer) => {
    const src = l.sources.get(at.file);
    const name = at.file === strategyFileName ? at.file.slice(at.file.lastIndexOf('/') + 1) : at.file;
    return src ? `${name}:${locate(src, at.path).line}` : name;
  };
  const today = opts.today ?? process.env.ALIGN_TODAY ?? localToday();
  const analysis = analyse(
    { strategyFile: strategyFileName, strategy: l.strategy, tactics: l.tactics, guardrails: l.guardrails },
    { config: l.config, today, override: l.override, where },
  );
  if (analysis.errors.length) return resultOf(l, errorFindings(l, analysis.errors), true);
  return resultOf(
    l,
    analysis.problems.map((p) => toFinding(p, p.severity, l.sources)),
    false,
    analysis.playbook,
  );
}

export interface LoadResult {
  /** The normalised playbook with every tactic's traits, when the files are valid. */
  playbook?: Playbook;
  /** Input errors (YAML, schema, unreadable files), located. */
  findings: Finding[];
  sources: Map<string, Source>;
}

/** Loads, validates and normalises a playbook without running the rules. */
export function loadPlaybook(opts: CheckOptions = {}): LoadResult {
  const l = readPlaybook(opts);
  if (l.problems.length || !l.strategy || !l.strategySource) return { findings: sortFindings(l.problems), sources: l.sources };
  const built = buildPlaybook(l.strategySource.file, l.strategy, l.tactics, l.config.bands);
  if (!built.playbook) return { findings: sortFindings(errorFindings(l, built.problems)), sources: l.sources };
  return { playbook: withTraits(built.playbook, buildLexicon(l.config.lexicon)), findings: [], sources: l.sources };
}

/** Locates a problem and its related strategy clauses. */
function toFinding(p: Problem, severity: Severity, sources: Map<string, Source>): Finding {
  const ev = p.evidence;
  const src = sources.get(ev?.at.file ?? p.at.file);
  const at = ev ?? { at: p.at, text: null };
  const loc = src ? locate(src, at.at.path, { key: at.at.key, ...(ev?.text ? { needle: ev.text, needleAt: ev.offset } : {}) }) : fileStart(p.at.file);
  return {
    ruleId: p.ruleId,
    severity,
    message: p.message,
    ...loc,
    tactic: p.tactic ?? null,
    objective: p.objective ?? null,
    evidence: ev?.text ?? null,
    related: p.related.map((r) => {
      const rs = sources.get(r.at.file);
      const l = rs ? locate(rs, r.at.path) : fileStart(r.at.file);
      return { file: l.file, line: l.line, column: l.column, message: r.message };
    }),
  };
}
