/** Small pieces of wording the rules' messages share. */
import type { Motion } from '../load/schema.js';

/** ` ("25% off")` after a claim, or nothing when there is no phrase. */
export const quoted = (phrase: string | number | undefined) => (phrase ? ` ("${phrase}")` : '');

/** "consultative and account-based". */
export const motionList = (m: readonly Motion[]) => m.join(' and ');

/** "an outreach sequence", "a demo". */
export const kindPhrase = (kind: string) => {
  const words = kind.replace(/-/g, ' ');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
};

/** The phrase that triggered a condition, when it is words inside a text (not a whole value). */
export const phraseOf = (e: { text: string | null; offset?: number } | undefined) => (e?.offset !== undefined && e.text ? e.text : '');
