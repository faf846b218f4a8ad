/** Builds the normalised playbook from validated data: audiences resolved, defaults applied. */
import type { SegmentBands, StrategyFile, TacticsFile } from '../load/schema.js';
import type { Path } from '../types.js';
import type { Playbook, Strategy, Tactic } from './model.js';
export interface TacticsInput {
    file: string;
    data: TacticsFile;
}
/** A problem found while normalising: a path in a file and what is wrong there. */
export interface BuildProblem {
    file: string;
    path: Path;
    message: string;
}
/** The strategy: audiences resolved, objectives, guardrails. Its problems are the caller's to report or not (an input error elsewhere comes first). */
export declare function buildStrategy(strategyFile: string, s: StrategyFile, bands: SegmentBands): {
    strategy: Strategy;
    problems: BuildProblem[];
};
/** One tactics file's tactics, their targets resolved against the strategy's audiences; traits are the next stage's. */
export declare function buildTactics(strategy: Strategy, { file, data }: TacticsInput, bands: SegmentBands): {
    tactics: Tactic[];
    problems: BuildProblem[];
};
/** The playbook put together: the strategy, every tactic in file order, and each objective's coverage. */
export declare function playbookOf(strategy: Strategy, tactics: Tactic[], tacticsFiles: readonly string[]): Playbook;
/** The whole playbook from validated data, or every problem found while building it. */
export declare function buildPlaybook(strategyFile: string, s: StrategyFile, tacticsInputs: TacticsInput[], bands: SegmentBands): {
    playbook?: Playbook;
    problems: BuildProblem[];
};
