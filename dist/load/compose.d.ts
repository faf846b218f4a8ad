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
import { CST, LineCounter, Parser } from 'yaml';
import { type PosNode } from './positions.js';
import type { Limits } from './source.js';
type Token = CST.Token;
/**
 * Thrown when the parser opens a collection deeper than the limit. yaml's composer recurses once
 * per level of nesting, and a few thousand levels (`[` × 1,000 is one kilobyte) exhaust V8's stack
 * inside a regular expression it compiles on the way, which aborts the whole process (`FATAL ERROR:
 * RegExpCompiler Allocation failed`, exit 134) with nothing to catch. yaml's parser keeps its open
 * collections on a stack of its own, without recursion, so the depth is known before anything
 * composes: `depthChecked` stops there, at the collection that is one level too deep.
 */
export declare class TooDeep {
    readonly offset: number;
    constructor(offset: number);
}
/** Throws TooDeep when more than `maxDepth` collections are open on the parser's stack. */
export declare function checkDepth(stack: readonly Token[], maxDepth: number): void;
/** yaml's `Parser.parse`, refusing nesting deeper than `maxDepth` as soon as the parser opens it (see TooDeep). */
export declare function depthChecked(text: string, parser: Parser, maxDepth: number): Generator<Token>;
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
export {};
