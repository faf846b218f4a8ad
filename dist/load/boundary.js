/**
 * Where paths a pull request controls may lead. A pull request can commit links, so every path
 * align reads or writes is judged by where it really leads, by one rule each:
 *
 * - **Reads.** A file align finds by itself or takes from the config (the config included) is read
 *   only when its real path is inside the repository and outside `.git`. A path named on the
 *   command line may lead anywhere the user wrote, but not through a link inside the repository
 *   that leads out of it: that link is the pull request's, not the user's.
 * - **Writes.** No component of the path may be a link inside the repository that leads outside it
 *   (or into `.git`); a cache may also lead into the user's cache folder. The last component is
 *   never followed at all (write.ts opens it with O_NOFOLLOW).
 *
 * "The repository" is the nearest folder upwards with `.git`, or the folder itself when there is none.
 */
import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
/**
 * The repository's root: the nearest folder upwards from `dir` (as written, links not followed)
 * that holds `.git`, or null when there is none. The one answer to "where is the repository" for
 * the fence below, the config search and SARIF's paths.
 */
export function repositoryRoot(dir) {
    for (let d = resolve(dir);; d = dirname(d)) {
        if (existsSync(join(d, '.git')))
            return d;
        if (dirname(d) === d)
            return null;
    }
}
/** The repository holding a folder (repositoryRoot of its real path), or the folder itself when there is none; real paths. */
export function boundaryOf(dir) {
    const start = realOrSelf(dir);
    const root = repositoryRoot(start);
    return root !== null ? { root, git: join(root, '.git'), repository: true } : { root: start, git: null, repository: false };
}
export const realOrSelf = (p) => {
    try {
        return realpathSync(p);
    }
    catch {
        return resolve(p);
    }
};
/**
 * Where a path really leads, as far as it can be known: links followed even when what they point
 * to is missing (a broken link to a missing file outside still leads outside), the missing rest as
 * written. A link loop stops after 40 links, as the system does.
 */
export function realOf(p, hops = 0) {
    const abs = resolve(p);
    try {
        return realpathSync(abs);
    }
    catch {
        // Missing, or a broken link somewhere on the way.
    }
    const parent = dirname(abs);
    if (parent === abs)
        return abs;
    const here = join(realOf(parent, hops), basename(abs));
    let target;
    try {
        if (lstatSync(here).isSymbolicLink())
            target = readlinkSync(here);
    }
    catch {
        // Missing: the path ends here as written.
    }
    return target !== undefined && hops < 40 ? realOf(resolve(dirname(here), target), hops + 1) : here;
}
export const within = (real, root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
/** Whether a real path is inside the repository's `.git`, or inside any folder named `.git` (a worktree's or submodule's git folder lives elsewhere). */
export const inGit = (real, fence) => (fence.git !== null && within(real, fence.git)) || real.split(sep).includes('.git');
/**
 * The first component of `abs` that is a link inside the repository and leads outside it or into
 * a `.git` folder, with the real path it leads to; null when there is none. `also`: folders such a
 * link may lead into as well. Links outside the repository are the machine's own (`/tmp` on macOS)
 * and are not judged.
 */
export function escapingLink(abs, fence, also = []) {
    const parts = resolve(abs).split(sep);
    for (let i = 2; i <= parts.length; i++) {
        const p = parts.slice(0, i).join(sep);
        let link;
        try {
            link = lstatSync(p).isSymbolicLink();
        }
        catch {
            // Missing: nothing below it exists either.
            return null;
        }
        if (!link || !within(realOf(dirname(p)), fence.root))
            continue;
        const to = realOf(p);
        if (inGit(to, fence) || !(within(to, fence.root) || also.some((a) => within(to, a))))
            return { link: p, to };
    }
    return null;
}
/** Where a refused link leads, in words: `into a .git folder (to …)` or `outside the repository (to …)`. */
export function where(to, fence) {
    if (inGit(to, fence))
        return `into a .git folder (to ${to})`;
    return `outside ${fence.repository ? 'the repository' : 'the folder it runs in'} (to ${to})`;
}
/**
 * Why `abs` may not be read, in a sentence naming it by `shown`, or null when it may. `named`: the
 * user gave the path on the command line.
 */
export function readRefusal(abs, fence, named, shown, links = { realOf, escapingLink }) {
    const real = links.realOf(abs);
    if (inGit(real, fence))
        return `${shown(abs)} is inside ${fence.git && within(real, fence.git) ? "the repository's .git folder" : `a .git folder (${real})`}, which align never reads.`;
    if (within(real, fence.root))
        return null;
    if (!named)
        return `${shown(abs)} leads outside ${fence.repository ? 'the repository' : 'the folder of the config'} (to ${real}); align reads only files inside it unless you name them on the command line.`;
    const link = links.escapingLink(abs, fence);
    if (link)
        return `${shown(link.link)} is a link in the repository that leads ${where(link.to, fence)}; align follows a link it is given only to a file inside the repository. Name the file itself.`;
    return null;
}
