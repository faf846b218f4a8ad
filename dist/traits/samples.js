/**
 * Concrete phrases a lexicon pattern stands for, for the tests that read every trigger (test/traits/lexicon.test.ts) and for
 * the statistical check's training (scripts/train-veto.mjs), which counts each trigger's phrases as signals of its trait.
 */
const CLASS_SAMPLES = {
    '{num}': '80',
    '#': '80',
    '{pct}': '25%',
    '#%': '25%',
    '{money}': '$500',
    '$#': '$500',
    '{amount}': '25%',
    '{duration}': '48 hours',
    '{date}': 'Friday',
    '{code}': 'SAVE20',
    '{year}': 'the 2019',
};
/** A sample for one alternative of a part: classes filled in (bounds respected), exact marks dropped. */
function sample(alt) {
    const bound = /^\{(\w+)>=(\d+)\}$/.exec(alt);
    if (bound)
        return bound[1] === 'num' ? String(Number(bound[2]) * 2) : CLASS_SAMPLES[`{${bound[1]}}`];
    return CLASS_SAMPLES[alt] ?? alt.replace(/^=/, '');
}
/** The phrases a pattern's groups stand for: "(talk to|speak with) sales" is two phrases. */
function expandGroups(phrase) {
    // Text and groups in order; each group's alternatives are tried one group at a time, the others at
    // their first alternative (every combination of a long pattern's groups would be millions of phrases).
    const parts = [];
    let rest = phrase;
    for (let open = rest.indexOf('('); open >= 0; open = rest.indexOf('(')) {
        const close = rest.indexOf(')', open);
        const optional = rest[close + 1] === '?';
        const alts = rest.slice(open + 1, close).split('|');
        if (optional)
            alts.push('');
        parts.push(rest.slice(0, open), alts);
        rest = rest.slice(close + (optional ? 2 : 1));
    }
    parts.push(rest);
    const join = (chosen, i, alt) => chosen
        .map((p, j) => (typeof p === 'string' ? p : j === i ? alt : p[0]))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    const out = new Set([join(parts, -1, '')]);
    parts.forEach((p, i) => {
        if (typeof p !== 'string')
            for (const alt of p)
                out.add(join(parts, i, alt));
    });
    return [...out];
}
/**
 * Concrete phrases a pattern stands for: every group expanded, and each part's alternatives
 * tried one at a time with the other parts at their first alternative; gaps empty; optional
 * parts both present and absent.
 */
export function samples(pattern) {
    const out = new Set();
    for (const phrase of expandGroups(pattern)) {
        const parts = phrase.split(' ').filter((p) => !/^~\d+w?$/.test(p));
        const choices = parts.map((p) => {
            const optional = p.length > 1 && p.endsWith('?');
            const alts = (optional ? p.slice(0, -1) : p).split('|').map(sample);
            return optional ? [...alts, ''] : alts;
        });
        const base = choices.map((c) => c[0]);
        const join = (words) => words
            .filter(Boolean)
            .join(' ')
            .replace(/ ([:;,])/g, '$1');
        out.add(join(base));
        choices.forEach((c, i) => {
            for (const alt of c)
                out.add(join(base.map((b, j) => (j === i ? alt : b))));
        });
    }
    return [...out];
}
