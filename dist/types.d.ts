/** Shared vocabulary of the checker: severities, locations, findings. */
import type { RULE_SEVERITIES } from './load/schema.js';
/** A finding's severity: the list is RULE_SEVERITIES in load/schema.ts, the one vocabulary. */
export type Severity = (typeof RULE_SEVERITIES)[number];
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
}
/** The rules of input errors (exit code 2), with what each means. */
export declare const INPUT_RULES: Record<string, string>;
export declare const severityRank: Record<Severity, number>;
