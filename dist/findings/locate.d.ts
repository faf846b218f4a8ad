import type { Source } from '../load/source.js';
import type { Messages, Problem } from '../rules/types.js';
import { type Finding, type PathProblem, type Severity } from '../types.js';
/** Locates a problem and its related items, and words it with its rule's messages. */
export declare function toFinding(p: Problem, severity: Severity, sources: Map<string, Source>, messages: Messages): Finding;
/** Input errors found by the stages after loading (a guardrail, a custom rule, a phrase, an audience): `schema` findings at their key, unless one says `key: false`. */
export declare function locateProblems(sources: ReadonlyMap<string, Source>, problems: readonly PathProblem[]): Finding[];
/** File, line, column, rule, message: the order of every report. */
export declare function sortFindings(findings: Finding[]): Finding[];
