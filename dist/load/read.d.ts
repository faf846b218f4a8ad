import type { CheckOptions } from '../result.js';
import type { Setup } from '../setup.js';
import { type StrategyFile, type TacticsFile } from './schema.js';
import { type Source } from './source.js';
export interface Read {
    strategySource?: Source;
    strategy?: StrategyFile;
    tactics: Array<{
        file: string;
        data: TacticsFile;
    }>;
}
export declare function readFiles(opts: CheckOptions, base: Setup): Read;
