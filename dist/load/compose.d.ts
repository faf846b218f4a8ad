/**
 * The fast path of loading: builds the plain data and its position index straight from yaml's CST
 * (`Parser`), skipping the Document, its nodes and `toJS`, which cost about 40% of parsing.
 *
 * It accepts a conservative subset of YAML — block and flow collections, plain, quoted and block
 * scalars with string keys, comments — and mirrors yaml's composer (`yaml/dist/compose/*`) check
 * for check. Anything else, or anything yaml would warn or err about (anchors, aliases, tags,
 * directives, several documents, tabs, duplicate or over-long keys, too deep nesting, `__proto__`
 * and `<<` keys), returns null and the caller falls back to `parseDocument`, which reports it
 * exactly as before. A test checks that both paths give the same data, positions and findings on
 * every file of the YAML test suite.
 */
import { LineCounter } from 'yaml';
import { type PosNode } from './positions.js';
import type { Limits } from './source.js';
export interface Composed {
    data: unknown;
    root: PosNode;
    lineCounter: LineCounter;
}
/**
 * The data and position index of a one-document file, or null when the file leaves the subset
 * handled here (the caller then uses parseDocument, which reports any error).
 */
export declare function composeFast(text: string, limits: Limits): Composed | null;
/** This module's file, for the parse cache's key (cache.ts). */
export declare const MODULE_URL: string;
