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
import { pressure } from './pressure.js';
import { whiteGlove } from './white-glove.js';
export * from './types.js';
export const LEXICON = {
    discount,
    pressure,
    mass,
    consultative,
    'white-glove': whiteGlove,
    gated,
    'free-trial': freeTrial,
};
