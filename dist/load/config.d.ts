import { type Finding, type Path, type SeverityOrOff } from '../types.js';
import { type ConfigFile, type CustomRuleData, type QualifierData, type SegmentBands } from './schema.js';
import { type Limits, type LoadedSource, type Source } from './source.js';
export declare const CONFIG_NAMES: string[];
/** The nearest config file from `cwd` upwards, up to the repository's root (boundary.ts). */
export declare function findConfig(cwd: string): string | null;
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
    /** Custom rules as written, the later layer's winning over an earlier one of the same id; the rules stage compiles them. */
    customRules: CustomRuleEntry[];
    /** Phrases the config adds, by trait. */
    lexicon: Record<string, string[]>;
    /** Qualifiers the config adds to the prose reader's own, as written. */
    qualifiers: QualifierData[];
    /** Whether the prose reader's statistical check reads the built-in signals (`reader: {statistical_check}`, default false). */
    statistical: boolean;
    /** Every phrase and qualifier pattern of every layer, with where it is written, for the traits stage to check. */
    patterns: Array<{
        pattern: string;
        file: string;
        path: Path;
    }>;
    bands: SegmentBands;
    /** The baseline file the config names (`baseline:`), absolute; used when no --baseline is given. */
    baseline?: string;
}
export declare const emptyConfig: (cwd: string) => Config;
/** A custom rule as the config writes it, and where. */
export interface CustomRuleEntry {
    id: string;
    data: CustomRuleData;
    /** The file that defines it (the config or a ruleset), as shown to the user. */
    file: string;
    path: Path;
}
/** Reads one file of the config (the disk's loadSource, or an editor's buffer in its place: files.ts withBuffers). */
export type ReadFile = (abs: string, file: string, limits: Limits) => LoadedSource;
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
export declare function loadConfig(abs: string, cwd: string, display: (abs: string) => string, limits?: Limits, builtinIds?: readonly string[], read?: ReadFile): LoadedConfig;
