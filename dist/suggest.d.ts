/** The closest candidate within a typo's reach, or null. Ties go to the first candidate in sorted order. */
export declare function closest(word: string, candidates: Iterable<string>): string | null;
export declare const didYouMean: (word: string, candidates: Iterable<string>) => string;
