/** Where paths a pull request controls may lead: inside the repository (or the config's folder), never into .git. */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
/** The repository holding a folder (the nearest folder upwards with .git), or the folder itself when there is none; real paths. */
export function boundaryOf(dir) {
    const start = realOrSelf(dir);
    for (let d = start;; d = dirname(d)) {
        if (existsSync(join(d, '.git')))
            return { root: d, git: join(d, '.git'), repository: true };
        if (dirname(d) === d)
            return { root: start, git: null, repository: false };
    }
}
export const realOrSelf = (p) => {
    try {
        return realpathSync(p);
    }
    catch {
        return resolve(p);
    }
};
export const within = (real, root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
