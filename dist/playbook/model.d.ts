/** The normalised playbook: shorthands expanded, audiences resolved, every item carrying where it came from. */
import type { HORIZONS, Motion, Segment, STATUSES, StrategyFile, TacticData, Tier } from '../load/schema.js';
import type { Duration, Range } from '../load/units.js';
import type { Pointer } from '../types.js';
import type { Coverage } from './coverage.js';
/** What supports a trait or a finding: the words as written and where they are. */
export interface Evidence {
    /** The matched words or value as written, shown to the user; null when the whole node is the evidence. */
    text: string | null;
    at: Pointer;
    /** Offset of `text` inside the string value at `at`, when known. */
    offset?: number;
}
export interface Audience {
    at: Pointer;
    origin: 'ideal' | 'exclude' | 'inline';
    id?: string;
    segment?: Segment;
    employees?: Range;
    /** The segment's band intersected with the employee range; undefined when neither is given. */
    band?: Range;
    industries?: string[];
    regions?: string[];
    roles?: string[];
    pains?: string[];
    reason?: string;
}
export interface Target {
    at: Pointer;
    /** The id written, for id targets. */
    id?: string;
    /** The audience: inline, or the one the id names; undefined when the id names nothing. */
    audience?: Audience;
}
export interface Waiver {
    at: Pointer;
    rule: string;
    reason: string;
    approvedBy?: string;
    until?: string;
}
export interface Objective {
    at: Pointer;
    id: string;
    statement: string;
    horizon: (typeof HORIZONS)[number];
    metrics: string[];
    waivers: Waiver[];
}
export interface Guardrail {
    at: Pointer;
    id: string;
    forbid: Record<string, unknown>;
    reason: string;
    severity?: 'error' | 'warning' | 'info';
}
/** A tactic's status, as the schema lists them. */
export type Status = (typeof STATUSES)[number];
export interface Tactic {
    at: Pointer;
    data: TacticData;
    id: string;
    name: string;
    status: Status;
    targets: Target[];
    supports: string[];
    metrics: string[];
    waivers: Waiver[];
    /** Every trait with the evidence for it, explicit first, then offer, then text. */
    traits: Map<string, Evidence[]>;
    /** The tactic's discount in per cent: `offer.discount`, else the largest percentage beside a discount phrase. */
    discount?: {
        percent: number;
        evidence: Evidence;
    };
}
export interface Strategy {
    file: string;
    data: StrategyFile;
    tier: Tier;
    motions: Motion[];
    reviewEvery: Duration;
    ideal: Audience[];
    exclude: Audience[];
    objectives: Objective[];
    guardrails: Guardrail[];
    /** Audiences by id (ideal customers and excluded markets share one namespace). */
    audiences: Map<string, Audience>;
}
export interface Playbook {
    strategy: Strategy;
    tactics: Tactic[];
    /** Every file read, for the summary. */
    files: string[];
    /** Each objective's coverage by the tactics (coverage.ts), by objective id. */
    coverage: Map<string, Coverage>;
}
