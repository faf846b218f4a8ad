/** Inputs of at least this many bytes get a collection between stages; on smaller ones it would only cost time. */
export declare const COLLECT_FROM_BYTES: number;
/** Lets `between` collect (the CLI calls it once). */
export declare function collectBetweenStages(): void;
/** A full collection now, when `collectBetweenStages` was called and the input is big. */
export declare function between(inputBytes: number): void;
/** The bytes of every file read (their text), the measure `between` takes. */
export declare function inputBytes(sources: ReadonlyMap<string, {
    text: string;
}>): number;
