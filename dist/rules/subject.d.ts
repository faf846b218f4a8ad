/** What a condition can read: the fields of a tactic or of the strategy, each value with where it came from. */
import type { SegmentBands } from '../load/schema.js';
import type { Coverage } from '../playbook/coverage.js';
import type { Evidence, Objective, Strategy, Tactic } from '../playbook/model.js';
import type { Pointer } from '../types.js';
import type { MetricClassifier } from './metrics.js';
export type Scalar = string | number | boolean;
/** One value of a field, with the evidence a finding would point at. */
export interface Value {
    value: Scalar;
    evidence: Evidence;
}
export interface Field {
    values: Value[];
    /** Where the field itself is, when it is written (for `exists`). */
    at?: Pointer;
    /** Values are percentages: matcher operands like `10%` are read as per cent. */
    percent?: boolean;
}
export interface Subject {
    get(path: string): Field;
}
/** Fields a tactic condition may name, with what they hold (shown by "did you mean" and `align explain`). */
export declare const TACTIC_PATHS: Record<string, string>;
/** Fields a strategy condition may name (in `when:`, or as `strategy.…` in a tactic condition). */
export declare const STRATEGY_PATHS: Record<string, string>;
/** Fields an objective condition may name (a rule with `scope: objective`). */
export declare const OBJECTIVE_PATHS: Record<string, string>;
/** The fields whose values are percentages: the one list for the subjects and the condition language. */
export declare const PERCENT_PATHS: ReadonlySet<string>;
export declare class StrategySubject implements Subject {
    private readonly s;
    private cache;
    constructor(s: Strategy);
    get(path: string): Field;
    private resolve;
}
/** An objective as a condition reads it, with its coverage by tactics (playbook/coverage.ts). */
export declare class ObjectiveSubject implements Subject {
    private readonly o;
    private readonly coverage;
    constructor(o: Objective, coverage: Coverage);
    get(path: string): Field;
}
export interface TacticEnv {
    bands: SegmentBands;
    metrics: MetricClassifier;
}
export declare class TacticSubject implements Subject {
    private readonly t;
    private readonly strategy;
    private readonly env;
    /** Fields already read: every rule reads the same few (traits, kind, metrics). */
    private cache;
    constructor(t: Tactic, strategy: StrategySubject, env: TacticEnv);
    get(path: string): Field;
    private resolve;
}
