/**
 * Writing the files align produces (reports, baselines, schemas, starter files) without following a
 * link a pull request may have planted: the file itself is never a link (O_NOFOLLOW), and no folder
 * on its path is a link in the repository that leads outside it (boundary.ts, the rule for writes).
 */
import { closeSync, constants, lstatSync, openSync, writeSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { boundaryOf, escapingLink, where } from './load/boundary.js';
/** Thrown when a path is a symbolic link, or goes through one that leads outside the repository: align never writes through one. */
export class LinkError extends Error {
    path;
    through;
    constructor(path, 
    /** The folder on the way that is a link leading outside, and where it leads; absent when the file itself is the link. */
    through) {
        super(through
            ? `${through.link} is a link in the repository that leads ${through.where}; align does not write through it (a committed link could point at any folder). Remove the link or write elsewhere.`
            : `${path} is a symbolic link; align does not write through links (a committed link could point at any file). Remove the link or write elsewhere.`);
        this.path = path;
        this.through = through;
    }
}
const relativeToCwd = (abs) => {
    const r = relative(process.cwd(), abs);
    return r === '' ? '.' : r.startsWith(`..${sep}`) || r === '..' ? abs : r.split(sep).join('/');
};
/** Throws LinkError when a folder on the way to `path` is a link in the repository that leads outside it. */
export function checkWritePath(path, rule = {}) {
    const abs = resolve(path);
    const fence = rule.fence ?? boundaryOf(process.cwd());
    const link = escapingLink(abs, fence, rule.also);
    const shown = rule.shown ?? relativeToCwd;
    if (link)
        throw new LinkError(shown(abs), { link: shown(link.link), where: where(link.to, fence) });
}
/**
 * Writes `data` to `path`, creating or truncating it. The path is resolved first (`out/../x` is
 * `x`, as checked, never `out`'s target's parent); every folder on the way is checked, and the file
 * itself is opened with O_NOFOLLOW (no gap between the check and the write for the last component).
 */
export function writeNoFollow(path, data, rule = {}) {
    const abs = resolve(path);
    checkWritePath(abs, rule);
    let fd;
    try {
        fd = openSync(abs, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o666);
    }
    catch (e) {
        if (e.code === 'ELOOP' || isLink(abs))
            throw new LinkError(path);
        throw e;
    }
    try {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        let at = 0;
        while (at < bytes.length)
            at += writeSync(fd, bytes, at, bytes.length - at);
    }
    finally {
        closeSync(fd);
    }
}
/** Whether a path is itself a symbolic link (not what it points to). */
export function isLink(path) {
    try {
        return lstatSync(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
