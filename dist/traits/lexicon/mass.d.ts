/** The `mass` trait: untargeted, high-volume outreach: blasts, bought lists, everyone in the database, activity volume. */
import type { TraitLexicon } from './types.js';
export declare const mass: TraitLexicon;
