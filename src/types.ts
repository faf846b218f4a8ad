/** Shared vocabulary of the checker: severities, locations, findings; every stage may use it, and it imports no stage. */

/** A finding's severity, most severe first: the one list for the schemas, the config, --rule, --fail-on and the ranking. */
export const RULE_SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof RULE_SEVERITIES)[number];

/** Severities, and 'off' for a rule. */
export const SEVERITY_OR_OFF = [...RULE_SEVERITIES, 'off'] as const;
export type SeverityOrOff = (typeof SEVERITY_OR_OFF)[number];

/** How severe a severity is: the higher, the worse. */
export const severityRank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A step into parsed YAML data: a mapping key or a sequence index. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** Where a thing sits before it has line numbers: a file and a path into its data. */
export interface Pointer {
  file: string;
  path: Path;
  /** Point at the mapping key rather than its value (unknown keys, duplicate keys). */
  key?: boolean;
}

/** An input error a stage after loading finds (a guardrail that does not compile, a phrase the reader cannot match): where, by path, and what; the findings stage locates it. */
export interface PathProblem extends Pointer {
  message: string;
  /** The word its "did you mean" offers, to replace what `path` points at (the fix). */
  suggestion?: string;
}

/** 1-based line and column; the end is exclusive, as in ESLint. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A second location that explains a finding, usually the strategy clause it conflicts with. */
export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
  /** The strategy field it shows (`pricing.max_discount`), when it is one. */
  field?: string;
}

/** What a rule's message is built from. */
export type MessageData = Readonly<Record<string, string | number>>;

/** A safe edit that resolves a finding: its "did you mean", the text that replaces a range of the file (`align check --fix`, the editor's quick fix). */
export interface Fix extends Location {
  text: string;
}

/** One mismatch or input error, as every formatter receives it. */
export interface Finding extends Location {
  ruleId: string;
  severity: Severity;
  message: string;
  tactic: string | null;
  objective: string | null;
  evidence: string | null;
  related: RelatedLocation[];
  /** For rule findings: which of the rule's messages, built from which data. With the rule and the item they are the finding's identity (findings/fingerprint.ts). */
  messageId?: string;
  data?: MessageData;
  /** The edit its "did you mean" suggests, when it suggests one. */
  fix?: Fix;
}

/** A finding that is not a rule's: an input error (severity error) at a location, or a tool's own (a stale baseline entry). */
export function inputFinding(
  ruleId: string,
  loc: Location,
  message: string,
  extra: { severity?: Severity; tactic?: string | null; objective?: string | null; related?: RelatedLocation[]; suggestion?: string | null } = {},
): Finding {
  return {
    ruleId,
    severity: extra.severity ?? 'error',
    message,
    ...loc,
    tactic: extra.tactic ?? null,
    objective: extra.objective ?? null,
    evidence: null,
    related: extra.related ?? [],
    // The suggestion replaces what the finding points at (a key, a value).
    ...(extra.suggestion != null ? { fix: { ...loc, text: extra.suggestion } } : {}),
  };
}

/** The start of a file: where a finding about the whole file points. */
export const fileStart = (file: string): Location => ({ file, line: 1, column: 1, endLine: 1, endColumn: 1 });

/** A problem with the command's own words (an unknown rule in --rule, a --since that is no commit): the CLI says it and exits 2. */
export class UsageError extends Error {}
