/**
 * The trait lexicon as data: per built-in trait, plain trigger phrases, constructions (families
 * of wording with the context they bind to), and senses (other meanings of the same words),
 * one file a trait. Patterns use the syntax documented in pattern.ts. Every construction and
 * sense carries examples that must signal and traps that must not; the tests run both.
 */
import { consultative } from './consultative.js';
import { discount } from './discount.js';
import { freeTrial } from './free-trial.js';
import { gated } from './gated.js';
import { mass } from './mass.js';
import { OTHER_LANGUAGES } from './other-languages.js';
import { pressure } from './pressure.js';
import type { BuiltinTrait, TraitLexicon } from './types.js';
import { whiteGlove } from './white-glove.js';

export * from './types.js';

const ENGLISH: Record<BuiltinTrait, TraitLexicon> = {
  discount,
  pressure,
  mass,
  consultative,
  'white-glove': whiteGlove,
  gated,
  'free-trial': freeTrial,
};

/** Each trait's English lexicon, with the constructions of the other languages after its own. */
export const LEXICON = Object.fromEntries(
  Object.entries(ENGLISH).map(([trait, lex]) => {
    const more = OTHER_LANGUAGES[trait as BuiltinTrait];
    return [trait, more ? { ...lex, constructions: [...lex.constructions, ...more] } : lex];
  }),
) as Record<BuiltinTrait, TraitLexicon>;
