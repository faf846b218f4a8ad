/** The start of a value, for a message. */
export declare const excerpt: (text: string) => string;
/**
 * yaml's own messages quote the file (`Unexpected scalar token in YAML stream: "…"`, a tag, an
 * escape, a directive): each quoted string and each run of text without spaces is cut to the
 * excerpt every other message keeps to, so a message never carries more of a file than that.
 */
export declare const quotesBounded: (message: string) => string;
