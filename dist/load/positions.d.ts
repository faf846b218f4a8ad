/**
 * Where each node of a parsed file sits: what `locate` needs, without keeping yaml's Document
 * (which costs about ten times the file's size in memory). Built either by the CST composer
 * (compose.ts) or, on the fallback path, from a Document.
 *
 * Compact on purpose — a big playbook has millions of scalars: only collections are objects.
 * A scalar is two numbers in its parent's `spans` plus one slot in `children`: its value when it
 * is a string (evidence is searched inside it), else null. Plain objects, not classes, so that a
 * worker thread can send them back as they are.
 */
import { type Document } from 'yaml';
/** An alias (only on the fallback path): paths stop at it. */
export interface PosAlias {
    kind: 'alias';
    start: number;
    end: number;
}
/** A mapping: per entry, its key as `String(key)` (null for a key that is not a scalar), 4 spans (key start and end, value start and end; -1 for no value) and its value. */
export interface PosMap {
    kind: 'map';
    start: number;
    end: number;
    keys: Array<string | null>;
    spans: number[];
    children: PosChild[];
}
/** A sequence: per item, 2 spans (start, end) and its value. */
export interface PosSeq {
    kind: 'seq';
    start: number;
    end: number;
    spans: number[];
    children: PosChild[];
}
/** A file that holds a single scalar (the root only: other scalars live in their parent's spans). */
export interface PosScalar {
    kind: 'scalar';
    start: number;
    end: number;
    string: string | null;
}
export type PosNode = PosMap | PosSeq | PosAlias | PosScalar;
/** A collection or alias, a string scalar's value, or null for any other scalar. */
export type PosChild = PosNode | string | null;
export declare const posMap: (start: number, end: number, keys: PosMap["keys"], spans: number[], children: PosChild[]) => PosMap;
export declare const posSeq: (start: number, end: number, spans: number[], children: PosChild[]) => PosSeq;
/** The root of an index, from its child slot and spans. */
export declare const rootOf: (c: PosChild, spans: number[]) => PosNode;
/** The position index of a Document's contents; null for an empty file. */
export declare function indexDocument(doc: Document.Parsed): PosNode | null;
/** This module's file, for the parse cache's key (cache.ts). */
export declare const MODULE_URL: string;
