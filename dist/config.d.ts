import { type ConfigFile, type CustomRuleData, SEVERITY_OR_OFF } from './load/schema.js';
import { type Limits, type Source } from './load/source.js';
import { type SegmentBands } from './playbook/audience.js';
import { type CompiledRule } from './rules/engine.js';
import type { ConditionRule } from './rules/types.js';
import { type Qualifier } from './traits/qualifiers.js';
import type { Finding, Path } from './types.js';
export declare const CONFIG_NAMES: string[];
/** The nearest config file from `cwd` upwards, stopping at the first folder that holds `.git`. */
export declare function findConfig(cwd: string): string | null;
export type SeverityOrOff = (typeof SEVERITY_OR_OFF)[number];
export declare const SEVERITY_WORDS: readonly SeverityOrOff[];
/** A loaded config: everything the check needs from it. */
export interface Config {
    /** The config file as shown to the user, or null when there is none. */
    file: string | null;
    dir: string;
    data: ConfigFile;
    /** Severity overrides, by rule id, with where each was written. */
    overrides: Map<string, {
        severity: SeverityOrOff;
        file: string;
        path: Path;
    }>;
    /** Custom rules that compiled, ready to run. */
    customRules: Array<{
        rule: ConditionRule;
        compiled: CompiledRule;
        file: string;
        path: Path;
    }>;
    lexicon: Record<string, string[]>;
    /** Qualifiers the config adds to the prose reader's own. */
    qualifiers: Qualifier[];
    bands: SegmentBands;
    /** The baseline file the config names (`baseline:`), absolute; used when no --baseline is given. */
    baseline?: string;
}
export declare const emptyConfig: (cwd: string) => Config;
/** Builds a custom rule from its config entry. */
export declare function customRule(id: string, d: CustomRuleData, origin: string): ConditionRule;
export interface LoadedConfig {
    config: Config;
    sources: Source[];
    problems: Finding[];
}
/**
 * Loads a config file, the configs it extends and their rulesets; `display` turns absolute paths
 * into what the user sees. Shared configs apply first, in the order `extends:` lists them, and
 * the file that extends them wins: a rule's severity, a custom rule of the same id, a metrics list.
 */
export declare function loadConfig(abs: string, cwd: string, display: (abs: string) => string, limits?: Limits): LoadedConfig;
