/** The summary stage: counts and the score, computed once from the findings every filter left, so that they always describe the same findings. */
import type { Playbook } from '../playbook/model.js';
import type { Finding } from '../types.js';
import { type Score } from './score.js';
export interface Summary {
    error: number;
    warning: number;
    info: number;
    files: number;
    tactics: number;
    objectives: number;
    /** The alignment score, when the playbook could be checked (see findings/score.ts). */
    score?: Score;
}
/** Counts by severity of the findings shown, what was checked, and the score (of every finding, `hidden` ones too) when the playbook could be checked. */
export declare function summarise(findings: Finding[], files: number, playbook: Playbook | undefined, inputError: boolean, hidden?: Finding[]): Summary;
