/** Data files the build writes beside the reader (dist/traits/), read once each. */
import { readFileSync } from 'node:fs';

const read = new Map<string, unknown>();

/**
 * The JSON file `name` beside the reader, when it is there and of `version`; undefined otherwise (a build that wrote none, or
 * an older one), which each caller reads as "go without it". Read on first use and kept.
 */
export function besideReader<T extends { version: number }>(name: string, version: T['version']): T | undefined {
  if (!read.has(name)) {
    let value: T | undefined;
    try {
      const parsed = JSON.parse(readFileSync(new URL(`../traits/${name}`, import.meta.url), 'utf8')) as T;
      if (parsed?.version === version) value = parsed;
    } catch {
      // Not there, or not JSON: go without it.
    }
    read.set(name, value);
  }
  return read.get(name) as T | undefined;
}
