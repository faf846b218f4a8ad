import type { Io } from './io.js';
export declare function listRules(flags: {
    format: string;
    config?: string;
}, io: Io): number;
export declare function runExplain(id: string, flags: {
    config?: string;
}, io: Io): Promise<number>;
export declare function runTraits(texts: string[], flags: {
    format: string;
    config?: string;
    kind?: string;
}, io: Io): Promise<number>;
