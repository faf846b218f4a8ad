import { describe, expect, test } from 'vitest';
import { BUILTIN_TRAITS, LEXICON } from '../../src/traits/lexicon.js';
import { buildLexicon } from '../../src/traits/index.js';

const lexicon = buildLexicon();
const traitsIn = (text: string) => [...new Set(lexicon.scan(text).matches.map((m) => m.trait))].sort();
const signals = (text: string, trait: string) => traitsIn(text).includes(trait);

/** Every concrete phrase a pattern stands for: alternatives expanded, numbers filled in, gaps empty. */
function samples(pattern: string): string[] {
  let out = [''];
  for (const part of pattern.split(/\s+/)) {
    const alts = /^~\d+$/.test(part) ? [''] : part === '#' ? ['80'] : part === '#%' ? ['25%'] : part === '$#' ? ['$500'] : part.split('|').map((a) => a.replace(/^=/, ''));
    out = out.flatMap((prefix) => alts.map((a) => (a ? `${prefix} ${a}` : prefix).trim()));
  }
  return out;
}

describe('every lexicon phrase signals its trait', () => {
  for (const trait of BUILTIN_TRAITS) {
    for (const phrase of LEXICON[trait].triggers) {
      test(`${trait}: "${phrase}"`, () => {
        for (const s of samples(phrase)) {
          expect(signals(`We plan to ${s} this quarter.`, trait), s).toBe(true);
          expect(signals(s.toUpperCase(), trait), `${s} in upper case`).toBe(true);
        }
      });
    }
  }
});

describe('every look-alike hides the trigger it contains', () => {
  for (const trait of BUILTIN_TRAITS) {
    for (const phrase of LEXICON[trait].lookalikes) {
      test(`${trait}: "${phrase}"`, () => {
        for (const s of samples(phrase)) expect(traitsIn(`Track the ${s} weekly.`), s).not.toContain(trait);
      });
    }
  }
});

describe('real prose', () => {
  test.each([
    ['Email blast to all contacts: 25% off annual plans with promo code Q4SAVE. Offer ends Dec 20 - act now!', ['discount', 'mass', 'pressure']],
    ['Get 10 percent off your renewal', ['discount']],
    ['$500 off the platform fee', ['discount']],
    ['Extra 15% discount for early birds', ['discount']],
    ['Save 25% when you bundle', ['discount']],
    ['Slashed prices on every plan', ['discount']],
    ['DISCOUNTED annual plans', ['discount']],
    ['BOGO seats for new teams', ['discount']],
    ['We will match any competitor quote', ['discount']],
    ['Only 3 spots left!', ['pressure']],
    ['Expires Friday', ['pressure']],
    ['Use an assumptive close and push for signature', ['pressure']],
    ["Your bank could be breached tonight. Act now before it's too late.", ['pressure']],
    ['Spray-and-pray sequence', ['mass']],
    ['A purchased list of 200k IT contacts', ['mass']],
    ['A scraped GitHub email list', ['mass']],
    ['1,000 dials a day from the power dialer', ['mass']],
    ['SPIN-style discovery on operational challenges; capture MEDDIC fields', ['consultative']],
    ['Needs analysis with the economic buyer', ['consultative']],
    ['White-glove on-site onboarding with a dedicated engineer', ['white-glove']],
    ['Bespoke implementation with a named account manager', ['white-glove']],
    ['Contact sales for pricing', ['gated']],
    ['Work email required to download the report', ['gated']],
    ['Production keys only after they book a demo with sales', ['gated']],
    ['A 14-day trial, no credit card needed', ['free-trial']],
    ['Try it free for a month', ['free-trial']],
  ])('%s', (text, expected) => expect(traitsIn(text)).toEqual(expected));
});

describe('traps from lexicon-notes.md signal nothing', () => {
  test.each([
    'No discounts.',
    'We never discount.',
    'Never discount; offer extended onboarding instead of a discount.',
    'Closed without a discount.',
    "We don't offer coupons.",
    'Discounts are not allowed.',
    'Price cuts are off the table.',
    'Coupons are prohibited.',
    'We use a discount rate of 8% in the business case model.',
    'Show the discounted cash flow.',
    'Move the deal stage and note the deal size.',
    'Integrates with any point of sale.',
    'Save time on reporting.',
    'Map the blast radius of a breach.',
    'Log the close date; closed-won deals go to onboarding.',
    'Closing the loop with support; close the gap in coverage.',
    'Remind them before the trial expires or the contract expires; note the renewal date.',
    "Work back from the customer's deadline and the compelling event.",
    'Customers use e-discovery and service discovery tools.',
    'Do not skip discovery.',
    'The first 100k API calls each month are free, with public usage pricing after that.',
  ])('%s', (text) => {
    const found = traitsIn(text).filter((t) => t !== 'consultative');
    expect(found).toEqual([]);
  });

  test('pseudo-negations do not cancel', () => {
    expect(signals('Not only 20% off but free shipping too', 'discount')).toBe(true);
    expect(signals('No-brainer: 25% off', 'discount')).toBe(true);
    expect(signals('No doubt a 20% discount will land', 'discount')).toBe(true);
  });
  test('negation reaches a few words and stops at a sentence end or a "but"', () => {
    expect(signals('We never offer partners a discount.', 'discount')).toBe(false);
    expect(signals('No setup fee. 20% off the first year.', 'discount')).toBe(true);
    expect(signals('No setup call, but a 20% discount', 'discount')).toBe(true);
  });
  test('free trial and free tier are not discounts', () => {
    expect(traitsIn('Free trial and a free tier')).toEqual(['free-trial']);
  });
  test('"discovery" alone is consultative, but not in look-alikes', () => {
    expect(signals('Run discovery first', 'consultative')).toBe(true);
    expect(signals('We skip discovery', 'consultative')).toBe(false);
  });
});

describe('evidence', () => {
  test('carries the words as written and their offset', () => {
    const text = 'Join us and get 20% OFF your first year.';
    const [m] = lexicon.scan(text).matches;
    expect(m).toMatchObject({ trait: 'discount', phrase: '20% OFF', start: 16, end: 23 });
    expect(text.slice(m!.start, m!.end)).toBe('20% OFF');
  });
  test('config phrases add to a trait and can create new traits', () => {
    const lx = buildLexicon({ discount: ['loyalty credit'], partner: ['reseller'] });
    expect(lx.scan('Receive a loyalty credit via a reseller').matches.map((m) => m.trait)).toEqual(['discount', 'partner']);
  });
});
