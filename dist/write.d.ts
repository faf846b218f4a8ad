import { type Fence } from './load/boundary.js';
/** Thrown when a path is a symbolic link, or goes through one that leads outside the repository: align never writes through one. */
export declare class LinkError extends Error {
    readonly path: string;
    /** The folder on the way that is a link leading outside, and where it leads; absent when the file itself is the link. */
    readonly through?: {
        link: string;
        where: string;
    } | undefined;
    constructor(path: string, 
    /** The folder on the way that is a link leading outside, and where it leads; absent when the file itself is the link. */
    through?: {
        link: string;
        where: string;
    } | undefined);
}
export interface WriteRule {
    /** The repository whose links are judged (default: the one holding the working directory). */
    fence?: Fence;
    /** Folders a link may lead into as well (the user's cache folder, for caches). */
    also?: readonly string[];
    /** How a path is named in a message (default: relative to the working directory). */
    shown?: (abs: string) => string;
}
/** Throws LinkError when a folder on the way to `path` is a link in the repository that leads outside it. */
export declare function checkWritePath(path: string, rule?: WriteRule): void;
/**
 * Writes `data` to `path`, creating or truncating it. The path is resolved first (`out/../x` is
 * `x`, as checked, never `out`'s target's parent); every folder on the way is checked, and the file
 * itself is opened with O_NOFOLLOW (no gap between the check and the write for the last component).
 */
export declare function writeNoFollow(path: string, data: string | Uint8Array, rule?: WriteRule): void;
/** Whether a path is itself a symbolic link (not what it points to). */
export declare function isLink(path: string): boolean;
