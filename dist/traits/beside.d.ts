/**
 * The JSON file `name` beside the reader, when it is there and of `version`; undefined otherwise (a build that wrote none, or
 * an older one), which each caller reads as "go without it". Read on first use and kept.
 */
export declare function besideReader<T extends {
    version: number;
}>(name: string, version: T['version']): T | undefined;
