/** The `white-glove` trait: costly high-touch service: on-site work, dedicated people, hospitality, work done for the customer. */
import type { TraitLexicon } from './types.js';
export declare const whiteGlove: TraitLexicon;
