/** The start of a value, for a message. */
export declare const excerpt: (text: string) => string;
