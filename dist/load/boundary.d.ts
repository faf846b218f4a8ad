/** The repository holding a folder (the nearest folder upwards with .git), or the folder itself when there is none; real paths. */
export declare function boundaryOf(dir: string): {
    root: string;
    git: string | null;
    repository: boolean;
};
export declare const realOrSelf: (p: string) => string;
export declare const within: (real: string, root: string) => boolean;
