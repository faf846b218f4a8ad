/** `align init` and `align schema`: the files align writes for a team to start from and for editors. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localToday } from '../result.js';
import { didYouMean } from '../suggest.js';
import { UsageError } from '../types.js';
import { checkWritePath, LinkError, writeNoFollow } from '../write.js';
export async function runInit(dir, flags, io) {
    const { init } = await import('../init.js');
    const target = resolve(dir);
    let r;
    try {
        r = init(target, { force: flags.force === true, today: process.env.ALIGN_TODAY ?? localToday() });
    }
    catch (e) {
        if (e instanceof LinkError)
            throw new UsageError(`Could not write the starter files: ${e.message}`);
        throw e;
    }
    for (const p of r.written)
        io.out(`wrote ${p}\n`);
    for (const p of r.skipped)
        io.out(`kept ${p} (it exists; --force overwrites it)\n`);
    if (r.written.length)
        io.out(`\nNext: edit the files, then run 'align check' in ${dir === '.' ? 'this folder' : dir}.\n`);
    return 0;
}
export async function runSchema(kind, flags, io) {
    const { schemaText, SCHEMA_KINDS } = await import('../schemas.js');
    if (kind === undefined && flags.write === undefined)
        throw new UsageError(`Name a schema: ${SCHEMA_KINDS.join(', ')} (or --write DIR for all three).`);
    if (kind !== undefined && !SCHEMA_KINDS.includes(kind))
        throw new UsageError(`Unknown schema '${kind}'.${didYouMean(kind, SCHEMA_KINDS)} Schemas: ${SCHEMA_KINDS.join(', ')}.`);
    const kinds = kind === undefined ? SCHEMA_KINDS : [kind];
    if (flags.write === undefined) {
        io.out(schemaText(kinds[0]));
        return 0;
    }
    // Refreshes schemas written beside a playbook (align init does so when align is not a dependency of the project).
    for (const k of kinds) {
        const file = join(flags.write, `${k}.schema.json`);
        try {
            checkWritePath(file);
            mkdirSync(flags.write, { recursive: true });
            writeNoFollow(file, schemaText(k));
        }
        catch (e) {
            if (e instanceof LinkError)
                throw new UsageError(`Could not write the schema: ${e.message}`);
            throw new UsageError(`Could not write the schema to ${file}: ${e.message}`);
        }
        io.out(`wrote ${file}\n`);
    }
    return 0;
}
