/** The closest candidate within a typo's reach, or null. Ties go to the first candidate in sorted order. */
export declare function closest(word: string, candidates: Iterable<string>): string | null;
/** The one wording of a suggestion: ` Did you mean 'x'?`, or `otherwise` when there is none. */
export declare const meant: (suggestion: string | null, otherwise?: string) => string;
/** ` Did you mean 'x'?` for the closest candidate, else `otherwise`; `show` quotes the candidate (a short excerpt of one from a file). */
export declare function didYouMean(word: string, candidates: Iterable<string>, otherwise?: string, show?: (candidate: string) => string): string;
