import type { BuiltinTrait, TraitLexicon } from './types.js';
export * from './types.js';
export declare const LEXICON: Record<BuiltinTrait, TraitLexicon>;
