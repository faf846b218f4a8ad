import { type Source } from '../load/source.js';
import type { Messages, Problem } from '../rules/types.js';
import type { Finding, Severity } from '../types.js';
/** Locates a problem and its related items, and words it with its rule's messages. */
export declare function toFinding(p: Problem, severity: Severity, sources: Map<string, Source>, messages: Messages): Finding;
/** File, line, column, rule, message: the order of every report. */
export declare function sortFindings(findings: Finding[]): Finding[];
