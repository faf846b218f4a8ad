/** Messages quote at most this much of a value from a file: enough to recognise it, never a whole file (a key, a token) that a path led to. */
const QUOTE_LIMIT = 40;
/** The start of a value, for a message. */
export const excerpt = (text) => {
    const chars = [...text];
    return chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT).join('')}…` : text;
};
