/** ` ("25% off")` after a claim, or nothing when there is no phrase. */
export const quoted = (phrase) => (phrase ? ` ("${phrase}")` : '');
/** "consultative and account-based". */
export const motionList = (m) => m.join(' and ');
/** "an outreach sequence", "a demo". */
export const kindPhrase = (kind) => {
    const words = kind.replace(/-/g, ' ');
    return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
};
/** "a 25%", "an 8%", "an 11%", "an 80%": the article a percentage takes when read aloud. */
export const aPercent = (n) => {
    const whole = String(n).replace(/[.,].*$/, '');
    const vowel = /^8/.test(whole) || /^1[18]$/.test(whole) || /^1[18]\d{3}$/.test(whole);
    return `${vowel ? 'an' : 'a'} ${n}%`;
};
/**
 * The discount a tactic offers, in words: the figure of `offer.discount` as given, or, when the
 * figure was read from its prose, the words it was read from, so that the message claims no more
 * than the playbook says: `a 25% discount`, `an 8% discount ("8% rebate" in its text)`.
 */
export const discountPhrase = (percent, phrase) => `${aPercent(percent)} discount${phrase ? ` ("${phrase}" in its text)` : ''}`;
/**
 * A condition as the config or strategy writes it, on one line: `channel: sms`, `kind: demo, text: { phrase: [free] }`,
 * so that a message can name what its rule asked for.
 */
export function conditionText(c) {
    const value = (v) => {
        if (Array.isArray(v))
            return `[${v.map(value).join(', ')}]`;
        if (v !== null && typeof v === 'object')
            return `{ ${conditionText(v)} }`;
        return String(v);
    };
    if (c === null || typeof c !== 'object' || Array.isArray(c))
        return value(c);
    return Object.entries(c)
        .map(([k, v]) => `${k}: ${value(v)}`)
        .join(', ');
}
/** The phrase that triggered a condition, when it is words inside a text (not a whole value). */
export const phraseOf = (e) => (e?.offset !== undefined && e.text ? e.text : '');
