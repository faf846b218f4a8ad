/** Thrown when the path is a symbolic link: align never writes through one. */
export declare class LinkError extends Error {
    readonly path: string;
    constructor(path: string);
}
/** Writes `data` to `path`, creating or truncating it; refuses a symbolic link (O_NOFOLLOW: no gap between the check and the write). */
export declare function writeNoFollow(path: string, data: string | Uint8Array): void;
/** Whether a path is itself a symbolic link (not what it points to). */
export declare function isLink(path: string): boolean;
