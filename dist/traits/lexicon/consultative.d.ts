/** The `consultative` trait: discovery and tailored problem-solving: learning the buyer's problem, qualification frameworks, tailoring. */
import type { TraitLexicon } from './types.js';
export declare const consultative: TraitLexicon;
