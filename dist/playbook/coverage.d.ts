/** Which tactics carry each objective: computed once, when the playbook is put together (build.ts), for the rules, the score and the reports. */
import type { Objective, Tactic } from './model.js';
/**
 * `carried`: an active tactic supports the objective (the score, the reports' matrix).
 * `planned`: only planned or paused tactics support it.
 * `none`: no tactic that is not retired supports it (`unexecuted-objective`).
 */
export type Coverage = 'carried' | 'planned' | 'none';
/** Each objective's coverage, by objective id. */
export declare function coverage(objectives: readonly Objective[], tactics: readonly Tactic[]): Map<string, Coverage>;
