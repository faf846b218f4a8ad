/** The playbook's files as they were at a git ref, read from its blobs (no checkout, nothing written): the past that --since compares with. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { UsageError } from '../types.js';
import { boundaryOf } from './boundary.js';
import { TreeFiles } from './files.js';
const git = (cwd, args, input) => execFileSync('git', args, { cwd, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 * 1024 });
/**
 * The files of the repository holding `cwd` (boundary.ts) as they were at `ref`. Throws
 * UsageError when there is no repository or `ref` is no commit in it.
 */
export function treeAt(cwd, ref) {
    const fence = boundaryOf(cwd);
    const root = fence.root;
    try {
        if (!fence.repository)
            throw new Error('no .git');
        git(root, ['rev-parse', '--git-dir']);
    }
    catch {
        throw new UsageError('--since needs a git repository, and this folder is not in one.');
    }
    try {
        git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    catch {
        throw new UsageError(`--since: '${ref}' is not a commit, branch or tag in this repository.`);
    }
    // The files under the root at the ref, by exact path (NUL-separated: a name may hold any character, even a line break).
    const yaml = [];
    const files = new Map();
    for (const entry of git(root, ['ls-tree', '-r', '-z', ref]).toString('utf8').split('\0')) {
        // Regular files only (mode 100644 or 100755): a link's blob is its target's path, not content.
        const m = /^100(?:644|755) blob ([0-9a-f]+)\t([\s\S]*)$/.exec(entry);
        if (!m)
            continue;
        const [, blob, rel] = m;
        // YAML files are read together below; any other file only if it is named (a strategy.txt), by itself.
        if (/\.ya?ml$/i.test(rel))
            yaml.push([rel, blob]);
        else
            files.set(join(root, ...rel.split('/')), () => git(root, ['cat-file', 'blob', blob]));
    }
    // One git process for every YAML file: `cat-file --batch` answers "<sha> blob <size>\n<bytes>\n" per line asked.
    const out = yaml.length ? git(root, ['cat-file', '--batch'], yaml.map(([, blob]) => blob).join('\n')) : Buffer.alloc(0);
    let at = 0;
    for (const [rel] of yaml) {
        const eol = out.indexOf(10, at);
        const size = Number(/ (\d+)$/.exec(out.subarray(at, eol).toString())?.[1] ?? 0);
        files.set(join(root, ...rel.split('/')), out.subarray(eol + 1, eol + 1 + size));
        at = eol + 1 + size + 1;
    }
    return new TreeFiles(root, files);
}
