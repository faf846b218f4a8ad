export interface Fence {
    /** The repository's real path (or the folder's, when it is not in one). */
    root: string;
    git: string | null;
    repository: boolean;
}
/**
 * The repository's root: the nearest folder upwards from `dir` (as written, links not followed)
 * that holds `.git`, or null when there is none. The one answer to "where is the repository" for
 * the fence below, the config search and SARIF's paths.
 */
export declare function repositoryRoot(dir: string): string | null;
/** The repository holding a folder (repositoryRoot of its real path), or the folder itself when there is none; real paths. */
export declare function boundaryOf(dir: string): Fence;
export declare const realOrSelf: (p: string) => string;
/**
 * Where a path really leads, as far as it can be known: links followed even when what they point
 * to is missing (a broken link to a missing file outside still leads outside), the missing rest as
 * written. A link loop stops after 40 links, as the system does.
 */
export declare function realOf(p: string, hops?: number): string;
export declare const within: (real: string, root: string) => boolean;
/** Whether a real path is inside the repository's `.git`, or inside any folder named `.git` (a worktree's or submodule's git folder lives elsewhere). */
export declare const inGit: (real: string, fence: Fence) => boolean;
/**
 * The first component of `abs` that is a link inside the repository and leads outside it or into
 * a `.git` folder, with the real path it leads to; null when there is none. `also`: folders such a
 * link may lead into as well. Links outside the repository are the machine's own (`/tmp` on macOS)
 * and are not judged.
 */
export declare function escapingLink(abs: string, fence: Fence, also?: readonly string[]): {
    link: string;
    to: string;
} | null;
/** Where a refused link leads, in words: `into a .git folder (to …)` or `outside the repository (to …)`. */
export declare function where(to: string, fence: Fence): string;
/**
 * Why `abs` may not be read, in a sentence naming it by `shown`, or null when it may. `named`: the
 * user gave the path on the command line.
 */
export declare function readRefusal(abs: string, fence: Fence, named: boolean, shown: (abs: string) => string, links?: {
    realOf(p: string): string;
    escapingLink(abs: string, fence: Fence): {
        link: string;
        to: string;
    } | null;
}): string | null;
