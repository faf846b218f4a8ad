import type { BuiltinTrait, TraitLexicon } from './types.js';
export * from './types.js';
/** Each trait's English lexicon, with the constructions of the other languages after its own. */
export declare const LEXICON: Record<BuiltinTrait, TraitLexicon>;
