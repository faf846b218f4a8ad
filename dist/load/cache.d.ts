import { type Limits, type LoadedSource } from './source.js';
/** The user's cache folder for align: `$XDG_CACHE_HOME/playbook-align`, else `~/.cache/playbook-align`; outside any checkout. */
export declare const userCacheRoot: () => string;
/** Where `--cache` keeps entries unless told otherwise. */
export declare const defaultCacheLocation: () => string;
export declare class ParseCache {
    readonly dir: string;
    /** The entries on disk, listed once. */
    private listing;
    /** Each file's content hash, so that a miss (get, then set) hashes the bytes once. */
    private readonly hashes;
    constructor(dir: string);
    private names;
    /** Whether the cache folder may be used: a real folder (or none yet), not a link a pull request planted. */
    private usable;
    /** The stored result for these bytes (decoded as `text`), or undefined. Anything odd is a miss. */
    get(file: string, bytes: Uint8Array, text: string, limits: Limits): LoadedSource | undefined;
    /** Stores a result (best effort: a cache that cannot be written is no cache, never an error). */
    set(file: string, bytes: Uint8Array, limits: Limits, loaded: LoadedSource): void;
}
