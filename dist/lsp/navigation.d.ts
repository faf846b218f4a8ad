import type { PosMap } from '../load/positions.js';
import type { Source } from '../load/source.js';
import type { PathSegment } from '../types.js';
/** One item of a list of mappings with ids: a tactic, an objective, an audience, a guardrail. */
export interface Item {
    /** The list it is in: `tactics`, `objectives`, `ideal_customers`, `exclude`, `guardrails`. */
    list: string;
    id: string;
    /** Its name, statement or reason, for a label. */
    detail: string | null;
    /** The whole item, and its id's value, as offsets. */
    start: number;
    end: number;
    idStart: number;
    idEnd: number;
}
/** The items of the top-level lists a playbook file holds, in file order. */
export declare function itemsOf(source: Source, lists: readonly string[]): Item[];
/** The lists of a strategy whose ids a tactic names. */
export declare const OBJECTIVES: readonly ["objectives"];
export declare const AUDIENCES: readonly ["ideal_customers", "exclude"];
/** What the id under the cursor refers to: an objective (`supports`) or an audience (`targets`), with the id written. */
export declare function referenceAt(source: Source, offset: number): {
    kind: 'supports' | 'targets';
    id: string;
    tactic: number;
} | null;
/** The tactic or strategy item (objective, audience, guardrail) the cursor is in, by its place in the file. */
export declare function itemAt(source: Source, offset: number): {
    list: string;
    index: number;
    path: PathSegment[];
} | null;
/**
 * Which ids fit where the cursor is, from the line's text (the file may not parse while an id is
 * being typed): after `supports:` or `targets:` (`[a, b` included), or in a `- ` item of a block
 * list under one of them. Returns the key, and where the word being typed starts.
 */
export declare function completionContext(text: string, offset: number): {
    key: 'supports' | 'targets';
    wordStart: number;
} | null;
/** The map at the root of a source, when it is one. */
export declare const rootMap: (source: Source) => PosMap | null;
