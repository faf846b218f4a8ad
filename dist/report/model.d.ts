import type { Summary } from '../findings/summary.js';
import type { Coverage } from '../playbook/coverage.js';
import type { CheckResult } from '../result.js';
import { type Finding, type Severity } from '../types.js';
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
    scoreDefinitions: {
        tactics: string;
        objectives: string;
    };
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
/** The options with their defaults: the one place a format's defaults are set. */
export declare const withDefaults: (o?: FormatOptions) => Required<FormatOptions>;
/** Builds the report model of a check's result. */
export declare function buildReport(result: CheckResult): ReportModel;
/**
 * The model with every file named from the repository root (`repoPath`), for the formats a CI system
 * reads (github, junit, markdown): GitHub resolves an annotation's file from the root, whatever folder
 * the check ran in. Standard input and files outside the repository keep the name the user saw.
 */
export declare function fromRoot(model: ReportModel, repoPath: (file: string) => string): ReportModel;
