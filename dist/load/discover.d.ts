import type { CheckOptions } from '../result.js';
import type { Setup } from '../setup.js';
/** The strategy file and the tactics files, in order; problems (a glob that matches nothing, an empty folder, link loops) go to `setup.problems`. */
export declare function discover(opts: CheckOptions, setup: Setup): {
    strategyAbs: string | null;
    tacticsFiles: string[];
};
