import { TreeFiles } from './files.js';
/**
 * The files of the repository holding `cwd` (boundary.ts) as they were at `ref`. Throws
 * UsageError when there is no repository or `ref` is no commit in it.
 */
export declare function treeAt(cwd: string, ref: string): TreeFiles;
