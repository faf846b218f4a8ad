/** Turns a path into the data (tactics.0.offer.discount) into a range in the file, falling back to the closest existing ancestor. */
import type { Location, Path } from '../types.js';
import type { PosNode } from './positions.js';
import { type Source } from './source.js';
/** A node found on a path: its range, what it is, and its value when it is a string. */
interface Spot {
    kind: 'map' | 'seq' | 'scalar' | 'alias';
    start: number;
    end: number;
    string: string | null;
    /** The collection or alias itself, to go further down. */
    node?: PosNode;
}
interface Found {
    spot: Spot;
    /** The key, when the last step was a mapping key. */
    key?: Spot | undefined;
    /** How many steps of the path were found. */
    depth: number;
}
/** Walks the position index along the path, as far as it goes. */
export declare function findNode(source: Source, path: Path): Found | null;
/**
 * Locates a path in a source. `key` points at the mapping key; `needle` narrows a string value to
 * the first place the needle occurs in it (evidence inside a description).
 */
export declare function locate(source: Source, path: Path, opts?: {
    key?: boolean;
    needle?: string;
    needleAt?: number;
}): Location;
export {};
