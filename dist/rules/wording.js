/** ` ("25% off")` after a claim, or nothing when there is no phrase. */
export const quoted = (phrase) => (phrase ? ` ("${phrase}")` : '');
/** "consultative and account-based". */
export const motionList = (m) => m.join(' and ');
/** "an outreach sequence", "a demo". */
export const kindPhrase = (kind) => {
    const words = kind.replace(/-/g, ' ');
    return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
};
/** The phrase that triggered a condition, when it is words inside a text (not a whole value). */
export const phraseOf = (e) => (e?.offset !== undefined && e.text ? e.text : '');
