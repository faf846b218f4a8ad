/**
 * `matches:` patterns come from the config, which a pull request can change: they run on RE2
 * (re2js, a pure-JavaScript port), whose time is linear in the text, so no pattern can hang a
 * check. RE2 has no lookaround and no backreferences, the features that need backtracking.
 * re2js is loaded on the first pattern, so a run without one never pays for it.
 */
import { createRequire } from 'node:module';
let engine;
const re2 = () => {
    engine ??= createRequire(import.meta.url)('re2js').RE2JS;
    return engine;
};
/** Compiles a case-insensitive pattern. */
export function compileRegex(source) {
    const R = re2();
    let p;
    try {
        p = R.compile(source, R.CASE_INSENSITIVE);
    }
    catch (e) {
        return { error: e.message.replace(/^error parsing regexp: /, '').replace(/`\(\?i\)/g, '`') };
    }
    return {
        find(text) {
            const m = p.matcher(text);
            return m.find() ? { text: m.group() ?? '', index: m.start() } : null;
        },
    };
}
