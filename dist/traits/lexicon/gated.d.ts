/** The `gated` trait: value or access held back behind a sales conversation or a lead form. */
import type { TraitLexicon } from './types.js';
export declare const gated: TraitLexicon;
