/** A compiled pattern: the first match in a text, with where it starts; or why the pattern cannot be used. */
export type Pattern = {
    find(text: string): {
        text: string;
        index: number;
    } | null;
} | {
    error: string;
};
/** Compiles a case-insensitive pattern. */
export declare function compileRegex(source: string): Pattern;
