/**
 * The report model: what every formatter needs, computed once from a check's result. The matrix,
 * the audience map, each tactic's worst finding, the quoted lines and the docs links live here, so
 * that formatters are pure functions `(model) => string` that import nothing from the rules or
 * from each other.
 */
import { tacticKey, worstByTactic } from '../findings/score.js';
import { compareAudiences, describeAudience, inExcluded } from '../playbook/audience.js';
import { type Coverage, coverage } from '../playbook/coverage.js';
import type { Audience, Playbook } from '../playbook/model.js';
import type { CheckResult, Summary } from '../result.js';
import { BUILTIN_IDS } from '../rules/registry.js';
import { type Finding, INPUT_RULES, type Severity } from '../types.js';

/** A finding as formatters receive it: with the source line it quotes and the page that explains its rule. */
export interface ReportFinding extends Finding {
  /** The text of the finding's line, for excerpts; null when the file was not read. */
  quote: string | null;
  /** The section of the docs about the rule (a path inside the package); null for custom rules. */
  docs: string | null;
}

export interface RuleInfo {
  id: string;
  severity: string;
  summary: string;
  rationale: string;
  docs: string | null;
}

/** A tactic's worst finding: the colour of its mark in the matrix and the audience map. */
export type CellState = Severity | 'ok';

export interface TacticView {
  id: string;
  name: string;
  kind: string;
  status: string;
  supports: string[];
  state: CellState;
}

export interface ObjectiveView {
  id: string;
  statement: string;
  /** Whether an active tactic carries it, only planned or paused ones, or none (playbook/coverage.ts). */
  coverage: Coverage;
}

export interface AudienceView {
  /** `other`: inline targets outside every ideal customer. */
  kind: 'ideal' | 'excluded' | 'other';
  id: string | null;
  /** Its dimensions in words ("enterprise (1,000+ employees), retail"). */
  description: string;
  reason: string | null;
  tactics: TacticView[];
}

/** The checked playbook as the reports draw it: tactics that are not retired, in playbook order. */
export interface PlaybookView {
  title: string;
  tactics: TacticView[];
  objectives: ObjectiveView[];
  audiences: AudienceView[];
}

export interface ReportContext {
  findings: ReportFinding[];
  summary: Summary;
  inputError: boolean;
  /** Every file read, by the path shown to the user. */
  files: string[];
  /** The rules that ran (effective severity not off), for formats that describe them. */
  rules: RuleInfo[];
  /** How many findings a baseline hid (so a clean report does not claim there are none). */
  baselined: number;
  /** The playbook, when it could be checked. */
  playbook: PlaybookView | null;
  /** Colours; a chalk instance with level 0 prints plain text. */
  color: Colors;
  /** Terminal width for wrapping. */
  width: number;
  /** A finding's file as a path relative to the repository root (SARIF). */
  repoPath: (file: string) => string;
  /** The repository root, absolute, when known (SARIF's %SRCROOT%). */
  root: string | null;
  /** The tool's version. */
  version: string;
  /** The date the check ran for, YYYY-MM-DD. */
  today: string | null;
}

export type Formatter = (ctx: ReportContext) => string;

const TOOL_RULES: Record<string, string> = { 'stale-baseline': 'README.md#baselines' };

/** The section of the docs about a rule; null for custom rules, which the config documents. */
export function docsLink(ruleId: string): string | null {
  if (ruleId in INPUT_RULES) return 'docs/rules.md#input-errors';
  if (TOOL_RULES[ruleId]) return TOOL_RULES[ruleId]!;
  return BUILTIN_IDS.includes(ruleId) ? `docs/rules.md#${ruleId}` : null;
}

/** One text style: styled text out; `.bold` adds bold. */
export interface Style {
  (text: string): string;
  readonly bold: Style;
}

/**
 * The styles the text formats use. Any chalk instance is one (`new Chalk({ level: 3 })`); the type is
 * spelt out here so that the published types do not depend on chalk's.
 */
export interface Colors {
  readonly red: Style;
  readonly yellow: Style;
  readonly cyan: Style;
  readonly green: Style;
  readonly dim: Style;
  readonly underline: Style;
  readonly bold: Style;
}

export interface ReportOptions {
  /** Colours for stylish (a chalk instance fits); default none. */
  color?: Colors;
  width?: number;
  repoPath?: (file: string) => string;
  root?: string;
  version?: string;
  today?: string;
}

/** Colours that print plain text: every style is the identity (so the library need not load chalk). */
const plain: Style & Colors = new Proxy((text: string) => String(text), { get: () => plain }) as unknown as Style & Colors;

/** Builds the report model of a check's result. */
export function buildReport(result: CheckResult, opts: ReportOptions = {}): ReportContext {
  const lines = new Map<string, string[]>();
  const quote = (f: Finding): string | null => {
    const src = result.sources.get(f.file);
    if (!src) return null;
    let l = lines.get(f.file);
    if (!l) {
      l = src.text.split(/\r\n|\r|\n/);
      lines.set(f.file, l);
    }
    return l[f.line - 1] ?? null;
  };
  // The playbook view is drawn only by the formats that show it (html, markdown): made on first read.
  let view: PlaybookView | null | undefined;
  const playbook = () => (view ??= result.playbook ? playbookView(result.playbook, result.findings) : null);
  return {
    get playbook() {
      return playbook();
    },
    findings: result.findings.map((f) => ({ ...f, quote: quote(f), docs: docsLink(f.ruleId) })),
    summary: result.summary,
    inputError: result.inputError,
    files: [...result.sources.keys()],
    rules: result.rules
      .filter((r) => r.effective !== 'off')
      .map((r) => ({ id: r.id, severity: r.effective, summary: r.summary, rationale: r.rationale, docs: docsLink(r.id) })),
    baselined: result.baselined ?? 0,
    color: opts.color ?? plain,
    width: opts.width ?? 80,
    repoPath: opts.repoPath ?? ((file) => file),
    root: opts.root ?? null,
    version: opts.version ?? '0.0.0',
    today: opts.today ?? null,
  };
}

function playbookView(playbook: Playbook, findings: Finding[]): PlaybookView {
  const worst = worstByTactic(findings);
  const shown = playbook.tactics.filter((t) => t.status !== 'retired');
  const views = new Map(
    shown.map((t) => [
      t,
      {
        id: t.id,
        name: t.name,
        kind: t.data.kind,
        status: t.status,
        supports: t.supports,
        state: worst.get(tacticKey(t.at.file, t.id)) ?? 'ok',
      } satisfies TacticView,
    ]),
  );
  const covered = coverage(playbook);
  const s = playbook.strategy;
  // Each audience with the tactics that target it; an inline target counts for the entries it falls in.
  const by = new Map<Audience | 'other', TacticView[]>();
  const add = (a: Audience | 'other', t: TacticView) => {
    const list = by.get(a) ?? [];
    if (!list.includes(t)) list.push(t);
    by.set(a, list);
  };
  for (const [t, view] of views) {
    for (const target of t.targets) {
      const a = target.audience;
      if (!a) continue;
      if (a.origin !== 'inline') {
        add(a, view);
        continue;
      }
      const excluded = s.exclude.filter((ex) => inExcluded(a, ex));
      const ideal = excluded.length ? [] : s.ideal.filter((ic) => compareAudiences(a, ic).overlap);
      for (const x of [...excluded, ...ideal]) add(x, view);
      if (!excluded.length && !ideal.length) add('other', view);
    }
  }
  const audience = (a: Audience, kind: 'ideal' | 'excluded'): AudienceView => ({
    kind,
    id: a.id ?? null,
    description: describeAudience({ ...a, id: undefined } as Audience),
    reason: a.reason ?? null,
    tactics: by.get(a) ?? [],
  });
  const audiences = [...s.ideal.map((a) => audience(a, 'ideal')), ...s.exclude.map((a) => audience(a, 'excluded'))];
  const other = by.get('other');
  if (other?.length) audiences.push({ kind: 'other', id: null, description: '', reason: null, tactics: other });
  return {
    title: s.data.name,
    tactics: [...views.values()],
    objectives: s.objectives.map((o) => ({ id: o.id, statement: o.statement, coverage: covered.get(o.id) ?? 'none' })),
    audiences,
  };
}
