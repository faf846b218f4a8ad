/** The alignment score: how much of the playbook is executing the strategy cleanly. One function, used by every report. */
import type { Playbook } from '../playbook/model.js';
import { type Finding } from '../types.js';
export interface Score {
    /** Per cent of active tactics with no error or warning (shown or hidden by a baseline, --since or --quiet); null when no tactic is active. */
    tactics: number | null;
    /** Per cent of objectives that at least one aligned active tactic supports; null when there are no objectives. */
    objectives: number | null;
}
export declare const SCORE_DEFINITIONS: {
    readonly tactics: "the share of active tactics with no error or warning, known ones included";
    readonly objectives: "the share of objectives that at least one aligned active tactic supports";
};
/** Worst severity per tactic, keyed by file and id (ids may repeat across files). */
export declare function worstByTactic(findings: Iterable<Finding>): Map<string, Finding['severity']>;
export declare const tacticKey: (file: string, id: string) => string;
/**
 * The alignment score of a playbook, from every finding it has: those shown and those a baseline,
 * --since or --quiet hide (`hidden`), so that a known problem never counts as aligned. An objective
 * is carried when an aligned active tactic supports it: one that has errors carries nothing.
 */
export declare function alignmentScore(playbook: Playbook, findings: Finding[], hidden?: Finding[]): Score;
