import type { Objective, Playbook, Tactic } from '../playbook/model.js';
import type { Lexicon } from '../traits/reader.js';
/** A tactic: its traits with their evidence, and what its prose reads as. */
export declare function tacticHover(t: Tactic, lexicon: Lexicon | undefined): string;
/** An objective: what it says, and the tactics that carry it. */
export declare function objectiveHover(o: Objective, playbook: Playbook, where: (t: Tactic) => string): string;
/** An audience id a tactic targets. */
export declare function audienceHover(id: string, playbook: Playbook): string | null;
