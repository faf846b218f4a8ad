import { type Config, type SeverityOrOff } from './config.js';
import { type Limits, type Source } from './load/source.js';
import type { CheckOptions, EffectiveRule } from './result.js';
import type { Finding } from './types.js';
export interface Setup {
    cwd: string;
    display(abs: string): string;
    config: Config;
    configPath: string | null;
    sources: Map<string, Source>;
    problems: Finding[];
    /** Notes for standard error that change no result (a cache that is not used, and why). */
    notes: string[];
    /** Problems with the options themselves (an unknown rule id in `rules`): nothing is checked. */
    optionErrors: string[];
    rules: EffectiveRule[];
    /** The severity the config or `rules` set for a rule, if any. */
    override(id: string): SeverityOrOff | undefined;
    limits: Limits;
}
/** Loads the config (found or given) and works out every rule's effective severity: the rule's own, then the config, then `rules`. */
export declare function setup(opts?: Pick<CheckOptions, 'cwd' | 'config' | 'rules' | 'maxFileSize'>): Setup;
