/** "1 tactic", "3 tactics". */
export declare const plural: (n: number, word: string) => string;
/** Splits text into lines of at most `width` terminal columns at spaces. */
export declare function wrap(text: string, width: number): string[];
