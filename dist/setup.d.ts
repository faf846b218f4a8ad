import { type Config, type ReadFile } from './load/config.js';
import { type Limits, type Source } from './load/source.js';
import type { CheckOptions, EffectiveRule } from './result.js';
import { type CustomRule } from './rules/custom.js';
import { type Finding, type SeverityOrOff } from './types.js';
export interface Setup {
    cwd: string;
    display(abs: string): string;
    config: Config;
    configPath: string | null;
    /** The config files read, by the path shown. */
    sources: Map<string, Source>;
    /** Input errors in the config. */
    problems: Finding[];
    /** Problems with the options themselves (an unknown rule id in `rules`): nothing is checked. */
    optionErrors: string[];
    /** The config's custom rules that compiled, ready to run. */
    customRules: CustomRule[];
    /** Every rule a finding can name: the checks (built-in, then custom), the input errors' and the tool's own. */
    rules: EffectiveRule[];
    /** The severity the config or `rules` set for a rule, if any. */
    override(id: string): SeverityOrOff | undefined;
    limits: Limits;
}
/** Loads the config (found or given) and works out every rule's effective severity. */
export declare function setup(opts?: Pick<CheckOptions, 'cwd' | 'config' | 'rules' | 'maxFileSize'>, read?: ReadFile): Setup;
