/**
 * `align check --fix` and `--fix-dry-run`: the findings' "did you mean" edits (keys, values, ids,
 * rule names; findings/fix.ts) applied run after run, as ESLint does, until none is left: a fixed
 * key can let the rules run and find a misspelt id. Then the files are written (never through a
 * link: write.ts), or, dry, only told. The findings reported are the ones that remain.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyFixes } from '../findings/fix.js';
import { Checker } from '../pipeline.js';
import { writeNoFollow } from '../write.js';
/** ESLint's limit: fixes that keep making fixes stop after this many runs. */
const MAX_RUNS = 10;
/** Applies the safe fixes in memory, through one Checker, and checks the fixed files again after each run. */
export function fixPlaybook(options, hooks = {}) {
    const checker = new Checker(options, hooks);
    let result = checker.check();
    const applied = [];
    const texts = new Map();
    // Text from standard input has no file to write to.
    const stdin = options.stdin ? (options.stdin.name ?? '<stdin>') : undefined;
    for (let run = 0; run < MAX_RUNS && !result.optionErrors?.length; run++) {
        const byFile = new Map();
        for (const f of result.findings) {
            if (!f.fix || f.fix.file !== f.file || f.file === stdin || !result.sources.has(f.file) || !ownFile(f.file))
                continue;
            byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
        }
        const changed = [];
        for (const [file, findings] of byFile) {
            const r = applyFixes(result.sources.get(file).text, findings);
            if (!r.applied.length)
                continue;
            applied.push(...r.applied);
            changed.push([file, r.text]);
        }
        if (!changed.length)
            break;
        for (const [file, text] of changed) {
            texts.set(file, text);
            result = checker.update(file, text);
        }
    }
    return { result, applied, texts };
}
/** A file of the repository's own, not a shared config installed from a package or one outside the working directory. */
const ownFile = (file) => !file.startsWith('../') && !file.split('/').includes('node_modules');
/** Writes the fixed files, each with the byte order mark it had. */
export function writeFixed(texts, cwd) {
    for (const [file, text] of texts) {
        const abs = resolve(cwd, file);
        writeNoFollow(abs, `${startsWithBom(abs) ? '\ufeff' : ''}${text}`);
    }
}
function startsWithBom(abs) {
    const head = Buffer.alloc(3);
    const fd = openSync(abs, 'r');
    try {
        return readSync(fd, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    }
    finally {
        closeSync(fd);
    }
}
