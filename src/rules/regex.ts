/**
 * `matches:` patterns come from the config, which a pull request can change: they run on RE2
 * (re2js, a pure-JavaScript port), whose time is linear in the text, so no pattern can hang a
 * check. RE2 has no lookaround and no backreferences, the features that need backtracking.
 * re2js is loaded on the first pattern, so a run without one never pays for it.
 */
import { createRequire } from 'node:module';

type Re2 = typeof import('re2js').RE2JS;
let engine: Re2 | undefined;
const re2 = (): Re2 => {
  engine ??= (createRequire(import.meta.url)('re2js') as typeof import('re2js')).RE2JS;
  return engine;
};

/** A compiled pattern: the first match in a text, with where it starts; or why the pattern cannot be used. */
export type Pattern = { find(text: string): { text: string; index: number } | null } | { error: string };

/** Compiles a case-insensitive pattern. */
export function compileRegex(source: string): Pattern {
  const R = re2();
  let p: ReturnType<Re2['compile']>;
  try {
    p = R.compile(source, R.CASE_INSENSITIVE);
  } catch (e) {
    return { error: (e as Error).message.replace(/^error parsing regexp: /, '').replace(/`\(\?i\)/g, '`') };
  }
  return {
    find(text) {
      const m = p.matcher(text);
      return m.find() ? { text: m.group() ?? '', index: m.start() } : null;
    },
  };
}
