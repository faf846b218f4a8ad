/** Builds the normalised playbook from validated data: audiences resolved, defaults applied. */
import type { StrategyFile, TacticsFile } from '../load/schema.js';
import type { Path } from '../types.js';
import { type SegmentBands } from './audience.js';
import type { Guardrail, Playbook } from './model.js';
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
/** The strategy's guardrails, each with where it is. */
export declare function buildGuardrails(strategyFile: string, s: StrategyFile): Guardrail[];
export declare function buildPlaybook(strategyFile: string, s: StrategyFile, tacticsInputs: TacticsInput[], bands: SegmentBands): {
    playbook?: Playbook;
    problems: BuildProblem[];
};
