/** Finds and loads align.config.yaml: paths, severity overrides, custom rules, lexicon, metrics, segments. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { boundaryOf, realOrSelf, within } from './load/boundary.js';
import { locate } from './load/locate.js';
import { type ConfigFile, type CustomRuleData, configFile, ID_PATTERN, rulesetFile, SEVERITY_OR_OFF } from './load/schema.js';
import { DEFAULT_LIMITS, inputFinding, type Limits, loadSource, type Source } from './load/source.js';
import { validate } from './load/validate.js';
import { DEFAULT_BANDS, type SegmentBands } from './playbook/audience.js';
import { type CompiledRule, compileRule } from './rules/engine.js';
import { BUILTIN_IDS } from './rules/registry.js';
import type { ConditionRule } from './rules/types.js';
import { closest } from './suggest.js';
import { compilePattern } from './traits/reader.js';
import type { Finding, Path } from './types.js';

export const CONFIG_NAMES = ['align.config.yaml', '.align.yaml'];

/** The nearest config file from `cwd` upwards, stopping at the first folder that holds `.git`. */
export function findConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (existsSync(p) && statSync(p).isFile()) return p;
    }
    if (existsSync(join(dir, '.git'))) return null;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

export type SeverityOrOff = (typeof SEVERITY_OR_OFF)[number];
export const SEVERITY_WORDS: readonly SeverityOrOff[] = SEVERITY_OR_OFF;

/** A loaded config: everything the check needs from it. */
export interface Config {
  /** The config file as shown to the user, or null when there is none. */
  file: string | null;
  dir: string;
  data: ConfigFile;
  /** Severity overrides, by rule id, with where each was written. */
  overrides: Map<string, { severity: SeverityOrOff; file: string; path: Path }>;
  /** Custom rules that compiled, ready to run. */
  customRules: Array<{ rule: ConditionRule; compiled: CompiledRule; file: string; path: Path }>;
  lexicon: Record<string, string[]>;
  bands: SegmentBands;
  /** The baseline file the config names (`baseline:`), absolute; used when no --baseline is given. */
  baseline?: string;
}

export const emptyConfig = (cwd: string): Config => ({
  file: null,
  dir: cwd,
  data: {},
  overrides: new Map(),
  customRules: [],
  lexicon: {},
  bands: DEFAULT_BANDS,
});

/** Builds a custom rule from its config entry. */
export function customRule(id: string, d: CustomRuleData, origin: string): ConditionRule {
  const severity = d.severity && d.severity !== 'off' ? d.severity : 'warning';
  const rule: ConditionRule = {
    type: 'condition',
    id,
    severity,
    summary: d.description ?? d.message,
    rationale: d.description ?? d.message,
    tags: ['custom'],
    origin,
    messages: { custom: (m) => `Tactic '${m.tactic}': ${d.message}${m.phrase ? ` ("${m.phrase}")` : ''}.`.replace(/\.(["')]*)\.$/, '.$1') },
    report: ({ tactic, evidence }) => ({ messageId: 'custom', data: { tactic: tactic.id, phrase: evidence?.text ?? '' } }),
  };
  if (d.when) rule.when = d.when;
  if (d.tactic) rule.tactic = d.tactic;
  if (d.forbid) rule.forbid = d.forbid;
  if (d.require) rule.require = d.require;
  return rule;
}

/** Why a path the config names may not be read (outside the repository, or in .git), or null when it may. */
function outsideFence(abs: string, fence: ReturnType<typeof boundaryOf>): string | null {
  const real = realOrSelf(abs);
  if (fence.git && within(real, fence.git)) return "in the repository's .git folder, which align never reads";
  if (!within(real, fence.root)) return `outside ${fence.repository ? 'the repository' : "the config's folder"}`;
  return null;
}

function validSections(raw: unknown): ConfigFile {
  const out: Record<string, unknown> = {};
  if (!raw || typeof raw !== 'object') return {};
  for (const [key, schema] of Object.entries(configFile.shape)) {
    const value = (raw as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const r = (schema as { safeParse(v: unknown): { success: boolean; data?: unknown } }).safeParse(value);
    if (r.success) out[key] = r.data;
  }
  return out as ConfigFile;
}

export interface LoadedConfig {
  config: Config;
  sources: Source[];
  problems: Finding[];
}

/** Loads a config file and its rulesets; `display` turns absolute paths into what the user sees. */
export function loadConfig(abs: string, cwd: string, display: (abs: string) => string, limits: Limits = DEFAULT_LIMITS): LoadedConfig {
  const file = display(abs);
  const config: Config = { ...emptyConfig(cwd), file, dir: dirname(abs) };
  const sources: Source[] = [];
  const problems: Finding[] = [];
  const loaded = loadSource(abs, file, limits);
  if (loaded.source) sources.push(loaded.source);
  problems.push(...loaded.problems);
  if (!loaded.source || loaded.problems.length) return { config, sources, problems };
  if (loaded.data === null || loaded.data === undefined) return { config, sources, problems };
  const v = validate(configFile, loaded.data, loaded.source, 'the checker configuration');
  problems.push(...v.problems);
  // When the file as a whole is invalid, keep checking the sections that are valid on their own,
  // so that one run reports every mistake in the config.
  const data: ConfigFile = v.value ?? validSections(loaded.data);
  config.data = data;

  const rulesIn: Array<{ file: string; source: Source; rules: NonNullable<ConfigFile['rules']> }> = [];
  const fence = boundaryOf(config.dir);
  for (const [i, rel] of (data.rulesets ?? []).entries()) {
    const rabs = resolve(config.dir, rel);
    const rfile = display(rabs);
    if (!existsSync(rabs)) {
      problems.push(inputFinding('schema', locate(loaded.source, ['rulesets', i]), `Ruleset file not found: ${rel} (looked for ${rfile}).`));
      continue;
    }
    // A ruleset comes from the config, which a pull request can change: it stays inside the repository and out of .git.
    const outside = outsideFence(rabs, fence);
    if (outside) {
      problems.push(inputFinding('schema', locate(loaded.source, ['rulesets', i]), `Ruleset ${rel} is ${outside}; keep rulesets beside the config.`));
      continue;
    }
    const r = loadSource(rabs, rfile, limits);
    if (r.source) sources.push(r.source);
    problems.push(...r.problems);
    if (!r.source || r.problems.length) continue;
    const rv = validate(rulesetFile, r.data, r.source, 'a ruleset (a rules: mapping)');
    problems.push(...rv.problems);
    if (rv.value) rulesIn.push({ file: rfile, source: r.source, rules: rv.value.rules });
  }
  if (data.baseline !== undefined) {
    const babs = resolve(config.dir, data.baseline);
    const outside = outsideFence(babs, fence);
    if (outside)
      problems.push(
        inputFinding('schema', locate(loaded.source, ['baseline']), `The baseline ${data.baseline} is ${outside}; keep the baseline in the repository.`),
      );
    else config.baseline = babs;
  }
  if (data.rules) rulesIn.push({ file, source: loaded.source, rules: data.rules });

  for (const { file: f, source, rules } of rulesIn) {
    for (const [id, entry] of Object.entries(rules)) {
      const path: Path = ['rules', id];
      if (typeof entry === 'string') {
        const s = entry.trim().toLowerCase() as SeverityOrOff;
        if (!SEVERITY_WORDS.includes(s)) {
          const c = closest(s, SEVERITY_WORDS);
          problems.push(
            inputFinding(
              'schema',
              locate(source, path),
              `'${entry}' is not a severity for rule '${id}'.${c ? ` Did you mean '${c}'?` : ''} Use one of: ${SEVERITY_WORDS.join(', ')}.`,
            ),
          );
          continue;
        }
        config.overrides.set(id, { severity: s, file: f, path });
      } else {
        if (!entry.forbid && !entry.require) {
          problems.push(inputFinding('schema', locate(source, path, { key: true }), `Custom rule '${id}' needs a 'forbid' or a 'require' condition.`));
          continue;
        }
        if (!ID_PATTERN.test(id)) {
          problems.push(inputFinding('schema', locate(source, path, { key: true }), `Rule id '${id}' must be lower-case kebab-case.`));
          continue;
        }
        if (BUILTIN_IDS.includes(id)) {
          problems.push(inputFinding('schema', locate(source, path, { key: true }), `Custom rule '${id}' has the id of a built-in rule; give it its own id.`));
          continue;
        }
        const rule = customRule(id, entry, f);
        const c = compileRule(rule, path);
        for (const e of c.errors) problems.push(inputFinding('schema', locate(source, e.path, { key: true }), `Custom rule '${id}': ${e.message}`));
        if (!c.errors.length) config.customRules.push({ rule, compiled: c.compiled, file: f, path });
        if (entry.severity === 'off') config.overrides.set(id, { severity: 'off', file: f, path });
      }
    }
  }

  for (const [trait, phrases] of Object.entries(data.lexicon ?? {})) {
    phrases.forEach((p, i) => {
      try {
        compilePattern(p);
      } catch (e) {
        problems.push(
          inputFinding('schema', locate(loaded.source!, ['lexicon', trait, i]), `'${p}' is not a phrase the lexicon can match: ${(e as Error).message}.`),
        );
      }
    });
    config.lexicon[trait] = phrases;
  }
  if (data.segments) config.bands = { ...DEFAULT_BANDS, ...data.segments };
  return { config, sources, problems };
}
