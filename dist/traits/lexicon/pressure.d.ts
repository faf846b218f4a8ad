/** The `pressure` trait: urgency, scarcity, fear and high-pressure closing: time limits bound to an offer or a decision. */
import type { TraitLexicon } from './types.js';
export declare const pressure: TraitLexicon;
