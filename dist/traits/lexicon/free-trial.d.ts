/** The `free-trial` trait: self-serve trial: free trials, free tiers, no card needed. */
import type { TraitLexicon } from './types.js';
export declare const freeTrial: TraitLexicon;
