/** Where the commands write: the process's standard streams, or a test's. */
export interface Io {
    out(s: string): void;
    err(s: string): void;
}
export declare const stdio: Io;
export declare function watchStreams(): void;
/** Waits for the streams to report how the writes went; a failed write is exit 2 with one line. */
export declare function settled(code: number, io: Io): Promise<number>;
