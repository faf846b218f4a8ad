/**
 * A first, small lexicon of the other languages sales teams mix into English copy: Spanish (Latin American and Spanglish
 * WhatsApp) and Tagalog (Taglish Viber and SMS). One construction a trait and language, for the commonest wording of each
 * practice; each is merged into its trait's constructions (index.ts). English words inside the mix ("promo", "free",
 * "discount", "% off") are read by the English lexicon already, so these name only the other language's words.
 *
 * Cues for the other languages' negation and other parties are in qualifiers.ts ("nunca", "hindi", "la competencia").
 */
import type { BuiltinTrait, Construction } from './types.js';
export declare const OTHER_LANGUAGES: Partial<Record<BuiltinTrait, readonly Construction[]>>;
