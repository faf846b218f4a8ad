import type { Source } from '../load/source.js';
import type { Path, PathSegment } from '../types.js';
/** Where an offset is: the path of the deepest node holding it, and whether it is on that node's key. */
export interface PathAt {
    path: PathSegment[];
    onKey: boolean;
}
/** The path at an offset (a cursor at the end of a word is still on it). */
export declare function pathAt(source: Source, offset: number): PathAt;
/** An insertion: the text to put at an offset. */
export interface Insertion {
    offset: number;
    text: string;
}
/**
 * A key added at the end of a block mapping (the tactic or objective at `path`), lined up with its
 * keys: `lines` are the key's line and those below it, indented relative to the key. Null when the
 * mapping is written in flow style (`{ … }`) or is not there.
 */
export declare function addKey(source: Source, path: Path, lines: string[]): Insertion | null;
/**
 * An item added at the end of the list at `path`: in a flow list (`[a, b]`) after a comma, in a
 * block list on a line of its own below the last item (`lines` after the first indented under it).
 * Null when the list is not there.
 */
export declare function addItem(source: Source, path: Path, lines: string[]): Insertion | null;
/** Whether the node at a path exists. */
export declare const has: (source: Source, path: Path) => boolean;
/** The range of the node at a path, as offsets; for a mapping, its whole extent without trailing space. */
export declare function spanOf(source: Source, path: Path): {
    start: number;
    end: number;
} | null;
