/** Writing the files align produces (reports, baselines, cache entries) without following a link a pull request may have planted there. */
import { closeSync, constants, lstatSync, openSync, writeSync } from 'node:fs';
/** Thrown when the path is a symbolic link: align never writes through one. */
export class LinkError extends Error {
    path;
    constructor(path) {
        super(`${path} is a symbolic link; align does not write through links (a committed link could point at any file). Remove the link or write elsewhere.`);
        this.path = path;
    }
}
/** Writes `data` to `path`, creating or truncating it; refuses a symbolic link (O_NOFOLLOW: no gap between the check and the write). */
export function writeNoFollow(path, data) {
    let fd;
    try {
        fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o666);
    }
    catch (e) {
        if (e.code === 'ELOOP' || isLink(path))
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
