/** The `discount` trait: competes on price: amounts off, free periods and extras, waived fees, price matching, promotions. */
import type { TraitLexicon } from './types.js';
export declare const discount: TraitLexicon;
