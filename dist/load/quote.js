/** Messages quote at most this much of a value from a file: enough to recognise it, never a whole file (a key, a token) that a path led to. */
const QUOTE_LIMIT = 40;
/** The start of a value, for a message. */
export const excerpt = (text) => {
    const chars = [...text];
    return chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT).join('')}…` : text;
};
/**
 * yaml's own messages quote the file (`Unexpected scalar token in YAML stream: "…"`, a tag, an
 * escape, a directive): each quoted string and each run of text without spaces is cut to the
 * excerpt every other message keeps to, so a message never carries more of a file than that.
 */
export const quotesBounded = (message) => message.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, (q) => `${q[0]}${excerpt(q.slice(1, -1))}${q[0]}`).replace(/[^\s"`]{41,}/g, (w) => excerpt(w));
