import { LineCounter } from 'yaml';
import { type Finding, type Location } from '../types.js';
import type { ParseCache } from './cache.js';
import { type PosNode } from './positions.js';
/** One parsed YAML file with what is needed to turn offsets into lines and columns. */
export interface Source {
    /** The path as shown to the user: relative to the working directory, `/` separators. */
    file: string;
    text: string;
    /** Where each node sits; null for an empty file. */
    root: PosNode | null;
    lineCounter: LineCounter;
}
export interface LoadedSource {
    source?: Source;
    /** The plain data (`toJS`) when the file parsed without errors. */
    data?: unknown;
    problems: Finding[];
}
/** At most this many input errors are listed per file: a hostile file could otherwise produce millions. */
export declare const MAX_INPUT_ERRORS_PER_FILE = 100;
/**
 * Turns problems into findings, locating only the first MAX_INPUT_ERRORS_PER_FILE; the rest are
 * counted in one closing finding. `items` must be in file order.
 */
export declare function capFindings<T>(items: T[], file: string, toFinding: (item: T) => Finding): Finding[];
export declare function offsetsToLocation(source: Source, start: number, end: number): Location;
/** Locations in a text that is not YAML (a baseline), with the same line counting as the loaded files. */
export declare function textLocator(file: string, text: string): (start: number, end: number) => Location;
/** Why a file could not be read, in words, from the system's error. */
export declare function readProblem(file: string, err: {
    code?: string | undefined;
    message: string;
}): string;
/** Limits that keep a hostile or broken file from hanging or exhausting the checker. */
export interface Limits {
    /** Bytes; default 10 MB. */
    maxFileSize: number;
    /** Nesting depth of mappings and lists. */
    maxDepth: number;
    /** Characters in one mapping key. */
    maxKeyLength: number;
    /**
     * Values that aliases may add to a file when they are expanded, counted by the size of what each
     * repeats (an alias of a 10,000-item list adds 10,001 values), not by how many aliases there are.
     */
    maxAliasValues: number;
}
export declare const DEFAULT_LIMITS: Limits;
/** Reads a regular file whole, refusing what is too big and noticing a file that changes while it is read. */
export declare function readBytes(absPath: string, file: string, maxFileSize: number): {
    bytes?: Uint8Array;
    error?: string;
};
/** Decodes strict UTF-8 (a BOM is dropped); returns an error message when the bytes are not UTF-8. */
export declare function decodeUtf8(file: string, bytes: Uint8Array): {
    text?: string;
    error?: string;
};
/** Where each line starts: after every LF, and after a CR that no LF follows. */
export declare function lineStartsOf(text: string): number[];
/** This module's file, for the parse cache's key (cache.ts). */
export declare const MODULE_URL: string;
/** Decodes and parses a file's bytes read elsewhere (a git blob), with the limits a file on disk has. */
export declare function loadBytes(bytes: Uint8Array, file: string, limits?: Limits): LoadedSource;
/** Reads, decodes and parses one YAML file; every syntax error becomes a `yaml-syntax` finding. `cache`: see cache.ts. */
export declare function loadSource(absPath: string, file: string, limits?: Limits, cache?: ParseCache): LoadedSource;
/** What the cache holds for a file as it is now, without parsing it; undefined on a miss. */
export declare function cachedSource(absPath: string, file: string, limits: Limits, cache: ParseCache): LoadedSource | undefined;
/**
 * Parses the text of one YAML file. Most files take the fast path (compose.ts: data and positions
 * straight from yaml's CST); anything it does not handle goes through `parseDocument`, which
 * reports every problem. `fast: false` forces the second path (the tests compare the two).
 */
export declare function parseSource(file: string, text: string, limits?: Limits, opts?: {
    fast?: boolean;
}): LoadedSource;
