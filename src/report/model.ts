/**
 * The report model: what every formatter needs, computed once from a check's result. The matrix,
 * the audience map, each tactic's worst finding, the quoted lines, the fingerprints and the docs
 * links live here, so that formatters are pure functions `(model, options) => string` that import
 * nothing but this module's types and the shared wording (text.ts, escape.ts).
 */
import { fingerprint } from '../findings/fingerprint.js';
import { SCORE_DEFINITIONS, tacticKey, worstByTactic } from '../findings/score.js';
import type { Summary } from '../findings/summary.js';
import { compareAudiences, describeAudience, inExcluded } from '../playbook/audience.js';
import type { Coverage } from '../playbook/coverage.js';
import type { Audience, Playbook } from '../playbook/model.js';
import type { CheckResult } from '../result.js';
import { type Finding, type Severity, severityRank } from '../types.js';

export type { Severity };

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

/**
 * A tactic's worst finding shown: the colour of its mark in the matrix and the audience map. `known`:
 * what is shown is milder than a finding the baseline, --since or --quiet hid (a known problem, never aligned).
 */
export type CellState = Severity | 'ok' | 'known';

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

/** What a check gave, as every format draws it: built once per result, whatever the number of formats. */
export interface ReportModel {
  findings: ReportFinding[];
  /** Each finding's identity across edits (findings/fingerprint.ts), in the order of `findings`, for code scanning; made on first read. */
  fingerprints: string[];
  summary: Summary;
  /** What the score's two numbers measure, in words. */
  scoreDefinitions: { tactics: string; objectives: string };
  inputError: boolean;
  /** Every file read, by the path shown to the user. */
  files: string[];
  /** The rules that ran (effective severity not off), for formats that describe them. */
  rules: RuleInfo[];
  /** The rules of input errors, which report without running, for formats that describe the rules findings name. */
  inputRules: RuleInfo[];
  /** How many findings a baseline hid (so a clean report does not claim there are none). */
  baselined: number;
  /** How many findings the baseline, --since and --quiet kept out of `findings` (they still count in the score and mark their tactics `known`). */
  hidden: number;
  /** The playbook, when it could be checked. */
  playbook: PlaybookView | null;
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

/** How one format is to be drawn: nothing here changes what the report says. */
export interface FormatOptions {
  /** Colours (stylish); any chalk instance fits; none prints plain text. */
  color?: Colors;
  /** Terminal width for wrapping (stylish); default 80. */
  width?: number;
  /** A finding's file as a path relative to the repository root (SARIF). */
  repoPath?: (file: string) => string;
  /** The repository root, absolute, when known (SARIF's %SRCROOT%). */
  root?: string | null;
  /** The tool's version (SARIF, HTML). */
  version?: string;
  /** The date the check ran for, YYYY-MM-DD (HTML). */
  today?: string | null;
  /**
   * The most annotations of each severity GitHub shows for one step (10 errors, 10 warnings), when this
   * run also writes them (`-f github` in GitHub Actions): the markdown summary says how many were not annotated.
   */
  annotationCap?: number | null;
}

export type Formatter = (model: ReportModel, options?: FormatOptions) => string;

/** Colours that print plain text: every style is the identity (so the library need not load chalk). */
const plain: Style & Colors = new Proxy((text: string) => String(text), { get: () => plain }) as unknown as Style & Colors;

/** The options with their defaults: the one place a format's defaults are set. */
export const withDefaults = (o: FormatOptions = {}): Required<FormatOptions> => ({
  color: o.color ?? plain,
  width: o.width ?? 80,
  repoPath: o.repoPath ?? ((file) => file),
  root: o.root ?? null,
  version: o.version ?? '0.0.0',
  today: o.today ?? null,
  annotationCap: o.annotationCap ?? null,
});

/** Builds the report model of a check's result. */
export function buildReport(result: CheckResult): ReportModel {
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
  // The playbook view is drawn only by the formats that show it (html, markdown), the fingerprints only by SARIF: made on first read.
  let view: PlaybookView | null | undefined;
  const playbook = () => (view ??= result.playbook ? playbookView(result.playbook, result.findings, hiddenOf(result)) : null);
  let ids: string[] | undefined;
  const docs = new Map(result.rules.map((r) => [r.id, r.docs] as const));
  const info = (r: CheckResult['rules'][number]): RuleInfo => ({ id: r.id, severity: r.effective, summary: r.summary, rationale: r.rationale, docs: r.docs });
  return {
    get playbook() {
      return playbook();
    },
    get fingerprints() {
      ids ??= result.findings.map(fingerprint);
      return ids;
    },
    findings: result.findings.map((f) => ({ ...f, quote: quote(f), docs: docs.get(f.ruleId) ?? null })),
    summary: result.summary,
    scoreDefinitions: SCORE_DEFINITIONS,
    inputError: result.inputError,
    files: [...result.sources.keys()],
    rules: result.rules.filter((r) => r.kind === 'check' && r.effective !== 'off').map(info),
    inputRules: result.rules.filter((r) => r.kind === 'input').map(info),
    baselined: result.baselined ?? 0,
    hidden: hiddenOf(result).length,
  };
}

const hiddenOf = (result: CheckResult): Finding[] => (result.hidden ? [...result.hidden.baseline, ...result.hidden.since, ...result.hidden.quiet] : []);

/** The mark of a tactic: its worst finding shown, or `known` when a hidden one is worse (a known problem is not aligned). */
function cellState(shown: Severity | undefined, hidden: Severity | undefined): CellState {
  if (hidden !== undefined && (shown === undefined || severityRank[hidden] > severityRank[shown])) return 'known';
  return shown ?? 'ok';
}

function playbookView(playbook: Playbook, findings: Finding[], hiddenFindings: Finding[]): PlaybookView {
  const worst = worstByTactic(findings);
  const hidden = worstByTactic(hiddenFindings);
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
        state: cellState(worst.get(tacticKey(t.at.file, t.id)), hidden.get(tacticKey(t.at.file, t.id))),
      } satisfies TacticView,
    ]),
  );
  const covered = playbook.coverage;
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

/**
 * The model with every file named from the repository root (`repoPath`), for the formats a CI system
 * reads (github, junit, markdown): GitHub resolves an annotation's file from the root, whatever folder
 * the check ran in. Standard input and files outside the repository keep the name the user saw.
 */
export function fromRoot(model: ReportModel, repoPath: (file: string) => string): ReportModel {
  const path = (file: string) => {
    if (file.startsWith('<')) return file;
    const p = repoPath(file);
    return p.startsWith('../') || p === '..' || p.startsWith('/') ? file : p;
  };
  const rooted: ReportModel = Object.create(model);
  Object.defineProperties(rooted, {
    findings: { value: model.findings.map((f) => ({ ...f, file: path(f.file), related: f.related.map((r) => ({ ...r, file: path(r.file) })) })) },
    files: { value: model.files.map(path) },
  });
  return rooted;
}
