/** The alignment score: how much of the playbook is executing the strategy cleanly. One function, used by every report. */
import type { Playbook } from '../playbook/model.js';
import { type Finding } from '../types.js';
export interface Score {
    /** Per cent of active tactics with no error or warning; null when no tactic is active. */
    tactics: number | null;
    /** Per cent of objectives supported by at least one active tactic; null when there are no objectives. */
    objectives: number | null;
}
export declare const SCORE_DEFINITIONS: {
    readonly tactics: "the share of active tactics with no error or warning";
    readonly objectives: "the share of objectives supported by at least one active tactic";
};
/** Worst severity per tactic, keyed by file and id (ids may repeat across files). */
export declare function worstByTactic(findings: Finding[]): Map<string, Finding['severity']>;
export declare const tacticKey: (file: string, id: string) => string;
export declare function alignmentScore(playbook: Playbook, findings: Finding[]): Score;
