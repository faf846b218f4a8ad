/** Data files the build writes beside the reader (dist/traits/), read once each. */
import { readFileSync } from 'node:fs';
const read = new Map();
/**
 * The JSON file `name` beside the reader, when it is there and of `version`; undefined otherwise (a build that wrote none, or
 * an older one), which each caller reads as "go without it". Read on first use and kept.
 */
export function besideReader(name, version) {
    if (!read.has(name)) {
        let value;
        try {
            const parsed = JSON.parse(readFileSync(new URL(`../traits/${name}`, import.meta.url), 'utf8'));
            if (parsed?.version === version)
                value = parsed;
        }
        catch {
            // Not there, or not JSON: go without it.
        }
        read.set(name, value);
    }
    return read.get(name);
}
