/** Which tactics carry each objective: the one definition the rules, the score and the reports share. */
import type { Playbook } from './model.js';
/**
 * `carried`: an active tactic supports the objective (the score, the reports' matrix).
 * `planned`: only planned or paused tactics support it.
 * `none`: no tactic that is not retired supports it (`unexecuted-objective`).
 */
export type Coverage = 'carried' | 'planned' | 'none';
/** Each objective's coverage, by objective id. */
export declare function coverage(playbook: Playbook): Map<string, Coverage>;
