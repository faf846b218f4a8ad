import type { Io } from './io.js';
export declare function runInit(dir: string, flags: {
    force?: boolean;
}, io: Io): Promise<number>;
export declare function runSchema(kind: string | undefined, flags: {
    write?: string;
}, io: Io): Promise<number>;
