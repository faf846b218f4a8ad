import { describe, expect, test } from 'vitest';
import { buildLexicon } from '../../src/traits/index.js';
import { BUILTIN_TRAITS, LEXICON } from '../../src/traits/lexicon/index.js';
import { QUALIFIERS } from '../../src/traits/qualifiers.js';
import { samples } from '../../src/traits/samples.js';

const lexicon = buildLexicon();
const traitsIn = (text: string) => [...new Set(lexicon.scan(text).matches.map((m) => m.trait))].sort();
const signals = (text: string, trait: string) => traitsIn(text).includes(trait);

describe('every trigger phrase signals its trait', () => {
  for (const trait of BUILTIN_TRAITS) {
    for (const phrase of LEXICON[trait].triggers) {
      test(`${trait}: "${phrase}"`, () => {
        for (const s of samples(phrase)) {
          expect(signals(`Next step: ${s} this quarter.`, trait), s).toBe(true);
          expect(signals(s.toUpperCase(), trait), `${s} in upper case`).toBe(true);
        }
      });
    }
  }
});

describe('every sense hides the trigger it contains', () => {
  for (const trait of BUILTIN_TRAITS) {
    for (const sense of LEXICON[trait].senses) {
      if (typeof sense === 'string') {
        test(`${trait}: "${sense}"`, () => {
          for (const s of samples(sense)) expect(traitsIn(`Track the ${s} weekly.`), s).not.toContain(trait);
        });
      } else {
        test(`${trait}: ${sense.id}`, () => {
          expect(sense.examples.not.length, 'a sense needs traps').toBeGreaterThan(0);
          for (const s of sense.examples.not) {
            expect(traitsIn(s), s).not.toContain(trait);
            expect(
              lexicon.explain(s).cancelled.some((c) => c.reason === 'sense' && c.rule === sense.id),
              `${s}: cancelled by this sense`,
            ).toBe(true);
          }
        });
      }
    }
  }
});

describe('a qualifier that reaches over other sentences has an end', () => {
  // Red team 16 found that every rule written without one over-reached ("HR note: … Reps can give shoppers 10% off").
  test('earlier-sentences and later-sentences qualifiers name the words that end them, or the context each sentence must hold', () => {
    const open = QUALIFIERS.filter((q) => (q.scope === 'earlier-sentences' || q.scope === 'later-sentences') && !q.over?.length && !q.terminatedBy?.length).map(
      (q) => q.id,
    );
    expect(open).toEqual([]);
  });
});

describe('every qualifier cancels in its examples and leaves its own keeps alone', () => {
  for (const q of QUALIFIERS) {
    test(`${q.direction}: ${q.id}`, () => {
      expect((q.examples.cancels?.length ?? 0) + (q.examples.keeps?.length ?? 0), 'a qualifier needs examples').toBeGreaterThan(0);
      if (q.direction !== 'pseudo' && q.direction !== 'terminate')
        expect(q.examples.cancels?.length ?? 0, 'a cue needs sentences it cancels in').toBeGreaterThan(0);
      // A qualifier that counts only in some tactic kinds is read in the first of them, and counts in no other.
      const kind = q.onlyIn?.[0];
      for (const s of q.examples.cancels ?? []) {
        const r = lexicon.explain(s, undefined, kind);
        expect(
          r.cancelled.filter((c) => c.rule === q.id).map((c) => c.reason),
          s,
        ).toContain(q.category);
        if (kind)
          expect(
            lexicon.explain(s, undefined, 'other').cancelled.filter((c) => c.rule === q.id),
            s,
          ).toEqual([]);
      }
      for (const s of q.examples.keeps ?? []) {
        const r = lexicon.explain(s, undefined, kind);
        expect(r.matches.length, `${s} signals something`).toBeGreaterThan(0);
        expect(
          r.cancelled.filter((c) => c.rule === q.id),
          s,
        ).toEqual([]);
      }
    });
  }
});

describe('every construction reads its own examples and ignores its own traps', () => {
  for (const trait of BUILTIN_TRAITS) {
    for (const c of LEXICON[trait].constructions) {
      test(`${trait}: ${c.id}`, () => {
        expect(c.examples.signal.length, 'a construction needs examples').toBeGreaterThan(0);
        expect(c.examples.not?.length ?? 0, 'a construction needs traps').toBeGreaterThan(0);
        // A construction that counts only in some kinds is read as a tactic of the first of them, and reads nothing in another.
        const kind = c.onlyIn?.[0];
        const read = (t: string) => [...new Set(lexicon.scan(t, kind ? { kind } : {}).matches.map((m) => m.trait))];
        for (const s of c.examples.signal) expect(read(s), s).toContain(trait);
        for (const s of c.examples.not ?? []) expect(read(s), s).not.toContain(trait);
        if (kind)
          for (const s of c.examples.signal)
            expect(
              lexicon.scan(s, { kind: 'other' }).matches.filter((m) => m.construction === c.id),
              s,
            ).toEqual([]);
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
  test('free trial and free tier are not discounts', () => {
    expect(traitsIn('Free trial and a free tier')).toEqual(['free-trial']);
  });
  test('a free webinar is no trial of the product, a free class is', () => {
    expect(signals('Join our free webinar on 3 May.', 'free-trial')).toBe(false);
    expect(signals('Join our free yoga class this Saturday.', 'free-trial')).toBe(true);
  });
  test('"discovery" alone is consultative, but not in look-alikes', () => {
    expect(signals('Run discovery first', 'consultative')).toBe(true);
    expect(signals('We skip discovery', 'consultative')).toBe(false);
  });
});

describe('negation has a scope (NegEx / ConText)', () => {
  test('a cue before reaches within its clause and stops at a clause end, "but", "just" or a new subject', () => {
    expect(signals('We never offer partners a discount.', 'discount')).toBe(false);
    expect(signals('No setup call. 20% off the first year.', 'discount')).toBe(true);
    expect(signals('No setup call, but a 20% discount', 'discount')).toBe(true);
    expect(signals('No rush, no hard sell, just a 21-day free trial.', 'free-trial')).toBe(true);
    expect(signals("We don't do bespoke work and we do offer a named account manager.", 'white-glove')).toBe(true);
    expect(signals('Instead of a voucher, the renewal gets an on-site review.', 'white-glove')).toBe(true);
    expect(signals('Instead of a voucher, the renewal gets an on-site review.', 'discount')).toBe(false);
  });
  test('a comma ends the scope, except inside a list joined by "or"', () => {
    expect(signals('Without a named CSM, the account gets 12% off instead.', 'discount')).toBe(true);
    expect(signals('We never buy lists, scrape profiles or rent data.', 'mass')).toBe(false);
  });
  test('each item of a list is counted afresh: a long first item does not use up the reach', () => {
    const list = 'We never offer free kegs, glassware beyond the legal limit, or buy-one-get-one deals to land a handle.';
    expect(signals(list, 'discount')).toBe(false);
    expect(signals('Never discount, and always offer a free trial.', 'free-trial')).toBe(true);
  });
  test('a "no" denies its own noun phrases, not one with an article of its own after "and" or a comma', () => {
    expect(signals('Studio plans: no lock-in and a 30-day free trial on every plan.', 'free-trial')).toBe(true);
    expect(signals('Switch to us: no call centre, plus a dedicated account manager.', 'white-glove')).toBe(true);
    expect(signals('No rebates, no trade-in bonus and no price matching.', 'discount')).toBe(false);
    expect(signals('There is no voucher and no free month for referrals.', 'discount')).toBe(false);
  });
  test("a table's cell border ends a clause: a 'none' in one cell does not reach the next row", () => {
    const table = '| team size | reduction |\n| 1-9 | none |\n| 10-19 | 4% off |';
    expect(signals(table, 'discount')).toBe(true);
    expect(signals('| 10-19 | no 4% off |', 'discount')).toBe(false);
    // A cue that opens the cell after the phrase's still reaches back to it.
    expect(signals('| Promo codes | Not allowed | Use the list price |', 'discount')).toBe(false);
  });
  test('cues after the phrase negate it', () => {
    expect(signals('Rebates were discontinued last year.', 'discount')).toBe(false);
    expect(signals('The power dialer has been retired.', 'mass')).toBe(false);
    expect(signals('Executive dinners are no longer part of the plan.', 'white-glove')).toBe(false);
    expect(signals('Countdown timers are off limits in our emails.', 'pressure')).toBe(false);
  });
  test('retired practices are negated', () => {
    expect(signals('We pulled the promo codes from every email.', 'discount')).toBe(false);
    expect(signals('The team moved away from blasting newsletters.', 'mass')).toBe(false);
    expect(signals('Sales scrapped the gated whitepaper.', 'gated')).toBe(false);
  });
  test('a word inside a phrase a negation or a retirement before it cancels goes with it, in its clause', () => {
    // "coupon" alone lies past the window of "removed"; "20% coupon" around it does not.
    expect(signals('In 2023 we removed the exit-intent popup that offered a 20% coupon on the pricing page.', 'discount')).toBe(false);
    // Another clause: the negation of the price is not the call's.
    expect(signals('The price list we give only by telephone, in the web there is no price, the client must call to the sales.', 'gated')).toBe(true);
    // Another party's act reached by the longer reading alone stays with the longer reading.
    expect(signals('If they push back on the per-seat fee, come down from $30 to $24.', 'discount')).toBe(true);
  });
  test('each item of a list before a negation after it is counted afresh, but not a list of questions', () => {
    expect(signals('Waiving the travel charge, throwing in a free washout or a shaved rate is not allowed.', 'discount')).toBe(false);
    expect(signals('Find out who signs off, when the budget resets, and why the last supplier was dropped.', 'consultative')).toBe(true);
  });
  test('a list item that opens with a negation of its own phrase keeps its own polarity', () => {
    expect(signals('No contract and no credit card.', 'free-trial')).toBe(true);
    expect(signals('No lock-in, no setup fee and no card details.', 'free-trial')).toBe(true);
    // An item without a negation of its own is still reached: each item in the scope of the cue before it.
    expect(signals('No contract and no free trial.', 'free-trial')).toBe(false);
    expect(signals('No lock-in and free trials for nobody.', 'free-trial')).toBe(false);
  });
  test('a refusal reaches back over what the buyer can get elsewhere, not over what our rep can offer', () => {
    expect(signals('Prospects say they can get 20% off elsewhere. We hold our price.', 'discount')).toBe(false);
    expect(signals('The rep can offer 5% off a pallet. We hold our price beyond that.', 'discount')).toBe(true);
  });
  test('a sense that hangs on another trait is read after that trait, whatever was read first', () => {
    // In a closing tactic "this week" is read in the first pass; the deadline, bound to the discount, in the second, and the
    // sense "our people's own date" (unless a discount is in the clause) must see the discount by then.
    const text = "Get the order in this week. New warehouse contracts signed before 30 June get the first month's service on us.";
    const constructions = lexicon.scan(text, { kind: 'closing' }).matches.map((m) => m.construction);
    expect(constructions).toContain('deadline on an offer or a decision');
  });
  test("another's move before our answer is theirs; our answer is ours", () => {
    expect(signals('When Kinetix knocks 35% off list, we answer with a needs analysis.', 'discount')).toBe(false);
    expect(signals('When Kinetix reps quote 35% off, we counter with 10% off and a named engineer.', 'discount')).toBe(true);
  });
  test('a cue after a quoted example reaches back over it to what it exemplifies', () => {
    expect(signals("Scarcity lines such as 'last few in the country' are prohibited under our code of conduct.", 'pressure')).toBe(false);
    expect(signals("Scarcity lines such as 'last few in the country' work well in our spring emails.", 'pressure')).toBe(true);
  });
  test('a hyphenated name is no cue, unless it negates the word it joins', () => {
    expect(signals('During Nor-Fishing we invite the owners of our twenty largest accounts to an executive dinner.', 'white-glove')).toBe(true);
    expect(signals('No-Discount Renewal Policy', 'discount')).toBe(false);
  });
  test('double negation keeps the signal', () => {
    expect(signals('Never send a proposal without running discovery.', 'consultative')).toBe(true);
    expect(signals('Nobody gets the API key without talking to sales.', 'gated')).toBe(true);
  });
  test('a phrase does not end on the first word of a hyphenated compound', () => {
    expect(signals('We dropped the price-match promise in 2023.', 'discount')).toBe(false);
    expect(signals('They dropped the price-list update from the newsletter.', 'discount')).toBe(false);
    expect(signals('Members get a special price-lock on renewals.', 'discount')).toBe(false);
    expect(signals('We dropped the price by 10% for members.', 'discount')).toBe(true);
    expect(signals('The hard close-out of the books is on the 5th; price match-up tables go to finance.', 'discount')).toBe(false);
    // An adjective's ending or a linking word keeps the first part's sense, and a person of two trades is a person; a compound
    // with a particle that keeps it is written into the phrase.
    expect(signals('Twice a year we do a bulk mail-out of 5,000 flyers.', 'mass')).toBe(true);
    expect(signals('The white-glove-style onboarding runs for a week.', 'white-glove')).toBe(true);
    expect(signals('Each new account gets a dedicated chef-consultant.', 'white-glove')).toBe(true);
  });
  test('a negation inside a relative clause ends where the main clause goes on', () => {
    expect(signals("Families who aren't sure can take a digital piano home for 14 days without paying anything.", 'free-trial')).toBe(true);
    expect(signals("Customers who don't qualify for finance can still get 10% off the sticker price.", 'discount')).toBe(true);
    expect(signals("Reps who don't discount will hit target.", 'discount')).toBe(false);
    expect(signals('Our policy is that no pub gets an introductory discount.', 'discount')).toBe(false);
    expect(signals('Sole proprietors with no employees can stay on the Solo plan at no cost for as long as they like.', 'free-trial')).toBe(true);
    expect(signals('We sell plans with no discount and no free months.', 'discount')).toBe(false);
  });
  test('a negation after "with" reaches no further than its own clause, whose modal is its own', () => {
    expect(signals('Send renewal notices with no countdown timer that could read as a threat.', 'pressure')).toBe(false);
    expect(signals('Reps follow up with no pitch that would push for a signature on the first call.', 'pressure')).toBe(false);
  });
  test('an exception belongs to the nearest negation before it: an earlier one negates on its own', () => {
    expect(signals("There's no hard sell on the day, and nobody gets followed up unless they ask.", 'pressure')).toBe(false);
    expect(signals('We never use countdown timers and no rep calls back unless asked.', 'pressure')).toBe(false);
    expect(signals('No discount is given, and nothing ships without a signed order.', 'discount')).toBe(false);
    // One negation and its exception stay a double negation.
    expect(signals('No rep gives a discount without a signed order.', 'discount')).toBe(true);
  });
  test('a negated limit keeps the practice', () => {
    expect(signals("We won't extend free trials past 30 days.", 'free-trial')).toBe(true);
    expect(signals('Never discount more than 10%.', 'discount')).toBe(true);
    expect(signals('Discounts may not exceed 15%.', 'discount')).toBe(true);
  });
  test('a negation under a condition is a threat, not a negation', () => {
    expect(signals("If they don't sign by Friday, the rate goes back to list.", 'pressure')).toBe(true);
  });
  test('"No." is an answer that ends its sentence; "No. 1" is a number', () => {
    expect(signals('Should we discount? No. Offer a named account manager instead.', 'white-glove')).toBe(true);
    expect(traitsIn('Use template No. 4 for the 20% off promo.')).toContain('discount');
  });
  test('a question answered with a negation', () => {
    expect(signals('Flash sales? Never.', 'discount')).toBe(false);
    expect(signals('Flash sales? Yes, twice a year.', 'discount')).toBe(true);
  });
});

describe('a quoted script a retirement or a negation introduces is one unit', () => {
  test.each([
    'Until 2024 reps closed with: "Prices go up in March. Sign today and lock it in."',
    'Never say: "Prices go up in March. Sign today and lock it in."',
  ])('%s', (text) => expect(traitsIn(text)).not.toContain('pressure'));
  test('and it ends with the quotation', () => {
    expect(traitsIn('Until 2024 reps closed with: "Prices go up in March." Sign today and lock it in.')).toContain('pressure');
    // An ask is no retirement: the script after its colon is still ours.
    expect(traitsIn("Every salesperson asks for the sale on the test drive: 'If I can get the numbers right, are we doing this today?'")).toContain('pressure');
  });
});

describe("another party's second act, joined by 'and', is theirs too", () => {
  test('the second act, with an adverb between', () => {
    expect(traitsIn('A local competitor app quotes ₹40 per student per year and sometimes gives centres the first year free.')).not.toContain('discount');
  });
  test('not our own act after theirs', () => {
    expect(traitsIn('The rival quotes low and we give the first year free.')).toContain('discount');
  });
});

describe('mentioned is not used', () => {
  test('a quoted phrase in a sentence that rejects it', () => {
    expect(signals("Our style guide bans 'limited time' and 'hurry' in subject lines.", 'pressure')).toBe(false);
    expect(signals('Reviewers flag "free shipping" claims that finance has not approved.', 'discount')).toBe(false);
  });
  test('quoted copy that is used still signals', () => {
    expect(signals('Banner copy: "Hurry, only 5 seats left."', 'pressure')).toBe(true);
    expect(signals('Subject line: "Save 20% on your renewal"', 'discount')).toBe(true);
  });
  test("a quotation's own punctuation and words do not end the scope of a cue outside it", () => {
    // The '!' inside the quotes ends no clause: "was retired" reaches back over it.
    expect(signals("The subject line 'Lock in your price before it's gone!' was retired.", 'pressure')).toBe(false);
    expect(signals("The subject line 'Lock in your price before Friday!' is what we send.", 'pressure')).toBe(true);
    // "you" inside what a rival says is the rival's word, not our side taking over.
    expect(signals('A large national MSP tells prospects that small firms "leave you exposed, sign before it\'s too late".', 'pressure')).toBe(false);
    expect(signals("A large national MSP tells prospects the price is fixed. You should sign before it's too late.", 'pressure')).toBe(true);
  });
});

describe('other senses of trigger words', () => {
  test.each([
    ['Discount retailers are a growing segment for the POS product.', 'discount'],
    ['Bulk email providers are our channel partners.', 'mass'],
    ['We sell to concierge medicine practices in Texas.', 'white-glove'],
    ['The support bot is branded "Concierge" in the app.', 'white-glove'],
    ['Patent discovery tools are a niche for the search product.', 'consultative'],
    ['Our 9% discount rate assumption is in the model.', 'discount'],
    ['A bond coupon rate of 4% applies to the treasury product.', 'discount'],
    ['Tickets go on sale in March.', 'discount'],
    ['Talk to sales ops about territory changes.', 'gated'],
    // The stemmer gives "customization" the stem of "customer", and "using" that of "us".
    ['No customer-facing activity that day.', 'mass'],
    ['No target accounts were added this quarter.', 'mass'],
    ['Clearance lapses twelve months after a contractor leaves a sponsored role.', 'discount'],
    ['The scanner received regulatory clearance in October.', 'discount'],
    ['Year-end price increase notice for trade accounts', 'discount'],
    ["Trade accounts get 30 days' written notice before our prices change.", 'pressure'],
    ['Keep air-blast sprayers off the outside rows.', 'mass'],
    ['Send the Friday newsletter to members only.', 'gated'],
    ['Lifetime cover resets your vet fee limit every year.', 'discount'],
    // The cash register, not "until".
    ["The chain's loyalty coupon runs through the till in March.", 'pressure'],
    ['Takings at the till by Friday go to head office.', 'pressure'],
    // Families of the eighteenth round's tuning sets: a market, a season after another, our own call, an input's price, an
    // amenity, a list's past audience, a price list as a document, a franchise's open day, their wish to know.
    ['Lanes where they buy trucks on the spot market every week.', 'pressure'],
    ['Show what each structure would have cost them winter by winter.', 'pressure'],
    ['The marquee goes up or not: we decide by 10 am on the day, with the couple.', 'pressure'],
    ['Attach rate is at 18%; we need 25% by end of quarter.', 'pressure'],
    ['When diesel prices drop, purchasing asks why the surcharge is still on.', 'discount'],
    ['Residents get a pool, a gym, 24/7 security and concierge.', 'white-glove'],
    ['Send the invite to everyone who ever filled in the contact form.', 'gated'],
    ['The factory price list for next year goes up 4% in September.', 'discount'],
    ['Invite qualified leads to a franchise Discovery Day in May.', 'consultative'],
    ['A visitor who wants to know what a load costs fills in the quote form.', 'consultative'],
    ['No more pushing warranties at the counter; head office had complaints about hard selling.', 'pressure'],
    ['Every farm enquiry is an opportunity in the CRM from the first call; stages: new, quote sent.', 'mass'],
    ['We hold the rate card, even when the owner says he will sign today if we drop it.', 'pressure'],
    ["Sadly I'm already booked that day, but I've copied two friends I'd trust.", 'pressure'],
    ['When customers come to your house to collect a cake, have the invoice ready.', 'white-glove'],
    ["The first 200 homes in last year's pilot saw bills fall.", 'pressure'],
    ['The tender asks for a named person for safeguarding.', 'white-glove'],
    // Another's process, a question, a span, a diary, a notice period (development playbooks' false findings).
    ['Their RFP for interpretation services closes March 12 at 2 p.m.', 'pressure'],
    ['2. Who books in-person interpreters today, and where have there been incidents?', 'pressure'],
    ['We offer to hold reserve beds for them through the winter.', 'pressure'],
    ['Sixty days before the annual contract expires, billing emails the renewal date.', 'pressure'],
    ['She presents benchmark data on what absenteeism costs employers their size.', 'consultative'],
    ["Scan the plate and ask which card they'd like on file.", 'consultative'],
    ['Personal notes to planners after every wedding fair.', 'white-glove'],
    ['If they say maybe later, ask which day works better before they hang up.', 'consultative'],
    ['Paying referral fees is against the law, and it would ruin the trust anyway.', 'pressure'],
    ['Some of the old hands still say "always be closing". That does not fit how we work.', 'pressure'],
  ])('%s', (text, trait) => expect(traitsIn(text)).not.toContain(trait));
  // A sense hides the words it covers from being another signal's context only when it is read: "a bond's coupon" needs a
  // finance context, so without one "coupon" is still the offer a deadline binds to.
  test('a sense whose condition fails leaves its words as context', () => {
    expect(traitsIn("Your coupon won't work after Sunday night, so use it this weekend.")).toContain('pressure');
    expect(traitsIn("The bond's coupon won't be paid after Sunday, per the trustee.")).not.toContain('pressure');
  });
  test('the same words as the trait still signal it', () => {
    expect(traitsIn('Clearance is now on: every winter coat must go.')).toContain('discount');
    expect(traitsIn('Year-end pricing: 15% off three-year deals.')).toContain('discount');
    expect(traitsIn('Email blast to the whole list on Monday.')).toContain('mass');
    expect(traitsIn('The price sheet is for members only; everyone else books a call.')).toContain('gated');
    expect(traitsIn("We'll cover the setup fee for charities.")).toContain('discount');
    expect(traitsIn('Get them to sign on the spot.')).toContain('pressure');
    expect(traitsIn("Booking now locks in this year's rates before the January rise.")).toContain('pressure');
    expect(traitsIn('Our watchmaker could visit your home to size the bracelet.')).toContain('white-glove');
    // Red team 41: our own close, a discount before a retired link, a rule on how often to offer it.
    expect(traitsIn("When a rep tells us she'll have them sign today for another 5% off, approve it.")).toContain('pressure');
    expect(traitsIn('Send SPRING15 for 15% off; test the link first, we sent a broken one in March, never again.')).toContain('discount');
    expect(traitsIn('Tell councils the retrofit grant closes on 31 March, so they need to sign with us this month.')).toContain('pressure');
    expect(traitsIn('Registration closes Friday: book now for 20% off.')).toContain('pressure');
    expect(traitsIn('Ask what downtime costs them a month before quoting.')).toContain('consultative');
    expect(traitsIn("Pull the board's past invoices and show what each pricing structure would have cost them winter by winter.")).toContain('consultative');
    // Red team 42: our own windows and limits, and our partners' offers pitched as ours.
    expect(traitsIn('Early-bird applications for the Executive MBA close 31 January and carry a €4,000 fee reduction.')).toContain('pressure');
    expect(traitsIn("End every demo by asking, 'So who signs today, you or your finance director?'")).toContain('pressure');
    expect(traitsIn('Free delivery on firewood orders runs through the winter only.')).toContain('pressure');
    expect(traitsIn('The 12% early-renewal discount is available until 60 days before the subscription ends.')).toContain('pressure');
    expect(traitsIn('Retailers who sign this month and sell at least 200 units get an extra 8% off.')).toContain('discount');
    expect(traitsIn('Airlines in our consortium give your travellers 12% off published fares.')).toContain('discount');
    expect(traitsIn("Offer the 10% loyalty discount once per call; don't repeat it if they decline.")).toContain('discount');
    // A property valuation is no bond: the coupon is ours.
    expect(traitsIn('Mortgage customers: the £250 valuation coupon expires Friday.')).toContain('discount');
    expect(traitsIn('One lawsuit could ruin their business.')).toContain('pressure');
    expect(traitsIn('We need your decision by Friday.')).toContain('pressure');
    expect(traitsIn('Our prices drop on Monday: 10% off every plan.')).toContain('discount');
    expect(traitsIn('Every client gets a concierge.')).toContain('white-glove');
    expect(traitsIn('The price list is only for people who fill in the web form.')).toContain('gated');
    expect(traitsIn('We run a paid discovery day at the client office with their ops team.')).toContain('consultative');
  });
  test('"it" is no IT team, and a deal closed is no practice retired', () => {
    expect(traitsIn('It requires a signature by Friday to keep the 10% discount.')).toContain('pressure');
    expect(traitsIn('The 20%-off renewal deal was closed on Friday.')).toContain('discount');
  });
  test('reports and look-alikes of pressure stay quiet', () => {
    expect(traitsIn('The contract may include a penalty clause for late delivery.')).not.toContain('pressure');
    expect(traitsIn('Sign up for it this week.')).not.toContain('pressure');
    expect(traitsIn('We closed the deal on the first call.')).not.toContain('pressure');
    expect(traitsIn('Close on the first visit.')).toContain('pressure');
  });
  test('every buyer in the state is mass, every rep in the region is not', () => {
    expect(traitsIn('A mailing to every dentist in the state announces the new implant line.')).toContain('mass');
    expect(traitsIn('Every rep in the region sends a personal note after the demo.')).not.toContain('mass');
  });
  test('a meal with their director is hosting; with our own VP it is not', () => {
    expect(traitsIn('Key accounts get a yearly lunch with their owner.')).toContain('white-glove');
    expect(traitsIn('New reps get a lunch with the VP in their first week.')).not.toContain('white-glove');
  });
  test('"us to" is no "used to"', () => {
    expect(traitsIn('When the customer wants us to waive the setup fee, approve it up to $2k.')).toContain('discount');
    expect(traitsIn('We used to waive the setup fee.')).not.toContain('discount');
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
  test('config phrases use the same pattern syntax, groups and classes included', () => {
    const lx = buildLexicon({ discount: ['(loyalty|member) credit of {money}'] });
    expect(lx.scan('A member credit of €40 at renewal').matches.map((m) => m.phrase)).toEqual(['member credit of €40']);
  });
  test('a class after < or > compares with the amount the phrase matched before it', () => {
    const lx = buildLexicon({ partner: ['{money} instead of {money>}', 'from {pct} to {pct<}'] });
    const read = (text: string) =>
      lx
        .scan(text)
        .matches.filter((m) => m.trait === 'partner')
        .map((m) => m.phrase);
    expect(read('Tables at $1,800 instead of $2,200')).toEqual(['$1,800 instead of $2,200']);
    expect(read('The Premier tier at $18,000 instead of $12,000')).toEqual([]);
    expect(read('Commission goes from 2.5% to 1.75% for repeat sellers')).toEqual(['from 2.5% to 1.75%']);
    expect(read('Commission goes from 1.75% to 2.5% next year')).toEqual([]);
  });
  test('a quiet construction without its context is no reading, where another is listed as unread', () => {
    // "this week" alone says nothing of pressure: with no money off beside it, explain does not list it.
    expect(lexicon.explain('Lock in your order this week.').cancelled).toEqual([]);
    expect(lexicon.explain('Pay in full this week and save 200 pounds.').matches.map((m) => m.construction)).toContain('money off for now');
    // "blast" alone is listed: its reader should see why it was not read.
    const blast = lexicon.explain('The tissue is fired in the confetti blast.').cancelled;
    expect(blast.map((c) => [c.trait, c.reason, c.construction])).toEqual([['mass', 'context', 'a blast with its audience']]);
  });
  test('explain says why a phrase was cancelled', () => {
    const r = lexicon.explain('We never discount; the 9% discount rate is for the model.');
    expect(r.matches).toEqual([]);
    const sense = expect.stringMatching(/discount rate\|/);
    expect(r.cancelled.map((c) => [c.reason, c.by, c.rule])).toEqual([
      ['negated', 'never', 'a negation before it'],
      ['sense', sense, sense],
      ['sense', sense, sense],
    ]);
  });
});

describe('families of the third 2026-12-06 round, each with a case that must not fire', () => {
  test.each([
    ['Bulk quotes need a call with sales before anything is sent.', 'gated', true],
    ['Bulk quotes need a signature from the buyer before we ship.', 'gated', false],
    ['Pricing for group rooms is not listed on the website.', 'gated', true],
    ['Pricing for group rooms is listed on the website.', 'gated', false],
    ['Callers are told to phone our sales team for a quote.', 'gated', true],
    ['Callers are told to phone our support team for help.', 'gated', false],
    ["That van won't last the weekend at this price.", 'pressure', true],
    ["These batteries won't last a winter in the yard.", 'pressure', false],
    ['Every client gets a dedicated tutor for the whole course.', 'white-glove', true],
    ['Tutors are dedicated professionals.', 'white-glove', false],
    ['Reorder before the end of harvest and the freight is on us.', 'pressure', true],
    ['The trial plots are read at the end of harvest.', 'pressure', false],
    ['Ask each family what they want the move to feel like.', 'consultative', true],
    ['Ask your manager what their approval limit is before you quote.', 'consultative', false],
    ['Tours run Monday through Friday from March to May.', 'pressure', false],
    ['Shadow days run Tuesday through Thursday and are booked through the scheduler.', 'pressure', false],
    ['20% off, Monday through Wednesday only.', 'pressure', true],
    ['The sale runs Friday to Sunday only.', 'pressure', true],
    ['Bookings at 25% off close on 30 June for display ads.', 'pressure', true],
    ['Walk each client through their own claims numbers to find the losses.', 'consultative', true],
    ['Ask who manages maintenance at each site and what breaks most often.', 'consultative', true],
    ['Purchasing leads from a broker every month keeps the dialers full.', 'mass', true],
    ['University libraries buy databases through our consortium.', 'mass', false],
    ['The pricing page asks for budget and team size before it shows a single number.', 'gated', true],
    ['Tours are free for families who book before Friday.', 'pressure', true],
    ['The agencies that book the Saturday homes lift-out bring in a third of revenue.', 'pressure', false],
    ['Outcomes are logged in HubSpot with a reason code by Friday.', 'pressure', false],
    ['Teachers fill in a short observation form for the committee.', 'gated', false],
    ['Parents fill in a short form before we share the fee schedule.', 'gated', true],
    ['A two-hour call with their purchasing lead and plant engineer.', 'mass', false],
    ['We bought a list of 9,000 purchasing leads from a broker.', 'mass', true],
    ['Data sheets for the KB-7000 structural acrylic line sit behind a form.', 'mass', false],
    ['Email all 7000 leads on the list this week.', 'mass', true],
    ['A demo is required before any quote is issued.', 'consultative', false],
    ['Map their requirements before any quote is issued.', 'consultative', true],
    ['Designers log each call with the client and the main hesitation.', 'consultative', false],
    ['Designers plan the layout with the client before anything is drawn.', 'consultative', true],
    ['Four emails built around the inspection regime go out over three weeks.', 'consultative', false],
    ['Four emails built around their inspection schedule go out over three weeks.', 'consultative', true],
    ['The script asks who handles the coffee ordering.', 'consultative', false],
    ['Walk the prospect through the standard three-year cost comparison.', 'consultative', false],
    ['She asked how we cook before she showed us a single cabinet.', 'gated', false],
    ['We ask for a work email before we show the price list.', 'gated', true],
    ['Until 2023 we bought lists from a directory provider.', 'mass', false],
    ['Until 2023 we bought a list of builders from a directory provider.', 'mass', false],
    ['We buy lists from a directory provider every quarter.', 'mass', true],
    ['A driver collects each guest from the airport.', 'white-glove', true],
    ['Drivers photograph the returned crates at every pickup.', 'white-glove', false],
    ['Our fitters visit the site before the quote.', 'white-glove', true],
    ['We take a stand at the expo, where our small importers walk the floor all day.', 'white-glove', false],
    ["After the expo our specialists visit each buyer's plant and walk the floor with their managers.", 'white-glove', true],
  ])('%s', (text, trait, fires) => {
    if (fires) expect(traitsIn(text)).toContain(trait);
    else expect(traitsIn(text)).not.toContain(trait);
  });
});

describe('families of the 2026-12-07 round, each with a case that must not fire', () => {
  test.each([
    ['Ex-demo mixers at half price while they last.', 'pressure', true],
    ['Hand out the branded pens at the stand while they last.', 'pressure', false],
    ['Members keep 15% off every order while the membership lasts.', 'pressure', false],
    ['Clearance: discontinued bearings at half price.', 'discount', true],
    ['The discontinued spring flash sale still shows in the old deck.', 'discount', false],
    ["Pay annually rather than monthly and we'll knock £60 off.", 'discount', true],
    ["Rather than saying we'll discount it, walk them through the business case.", 'discount', false],
    ['Could we hop on a quick call so I understand your attendee mix?', 'consultative', true],
    ['Just so I understand your question: you want the annual price in euros?', 'consultative', false],
    ['The referral discount programme closed last spring.', 'discount', false],
    ['The student discount programme closed last summer and reopens on 1 September.', 'discount', true],
    ['Our terms are 18% of base salary, with a 12-week rebate period should the candidate leave.', 'discount', false],
    ['This note has gone out to our entire database of CTOs.', 'mass', true],
    ['This email is going out to the 12 CFOs on our target-account list.', 'mass', false],
    ["Q: Do you price-match? A: We don't.", 'discount', false],
    ['Q: Do you price-match? A: Yes, send us the link.', 'discount', true],
    ['DM ride-along notes: Priya rushed the openers.', 'white-glove', false],
    ['Key fleet accounts get a regional manager ride-along with their drivers once a quarter.', 'white-glove', true],
    ["Don't be the last clinic still booking on paper.", 'pressure', true],
    ['Nurse educator booked for in-office injection training with the practice RNs.', 'white-glove', true],
    ['The chair can sit in their office for two weeks before they commit.', 'white-glove', false],
    ['Customer reception is open from eight.', 'white-glove', false],
    ['Orders in by 10:30 or it goes tomorrow.', 'pressure', false],
    ['Order by Friday or the price goes up.', 'pressure', true],
    ["Leo is still closing on the first call and it's costing him renewals.", 'pressure', false],
    ['Close on the first call: it is how we hit the number.', 'pressure', true],
    ['The wholesaler slashed its prices by 30% in March.', 'discount', false],
    ['The wholesaler is running 15% off our boilers through March; we fund half of it.', 'discount', true],
    ['Our reseller partners are running a 20% launch discount, funded from our budget.', 'discount', true],
    ["When reps get to the follow-up call, they're offering 10% off annual prepay.", 'discount', true],
    ['Partners get free shipping on wall hire this quarter.', 'discount', true],
    ["Heads up: the contractor tells us they're slashing prices to buy share.", 'discount', false],
    ["We're offering two months free to anyone who switches.", 'discount', true],
    ['We hear Vantage reps were in the mall last week pushing 20% off.', 'discount', false],
    ['Our Brightline reps are giving two free months to every clinic that switches.', 'discount', true],
    ['The manufacturer is offering 0% finance, and we add 10% off the extended warranty.', 'discount', true],
    ['Be the last to leave the stand and the first to follow up.', 'pressure', false],
    ["Don't be the last dental practice in town still booking on paper.", 'pressure', true],
    ['Match the grey-market price on that SKU for their next order.', 'discount', true],
    ['Send it over and we will review it.', 'discount', false],
    ['Last quarter our NPS was 41; let us beat it by a point.', 'discount', false],
    ['Flag any dealer whose invoices match the grey-market price.', 'discount', false],
    ["Don't be the only team without a demo on Friday.", 'pressure', false],
    ['We want to know how you use the app: tap the survey link.', 'consultative', false],
    ['Instead of a price cut, we will add two on-site training days.', 'discount', false],
    ['The countdown timer was dropped in every market after the EU guidance.', 'pressure', false],
    ['The student discount programme closed in June; it opens again in September.', 'discount', true],
    ['New buyers get their own relationship manager from day one.', 'white-glove', true],
    ['Each region has its own account manager.', 'white-glove', false],
    ['A senior agronomist out at their farm in person every quarter.', 'white-glove', true],
    ['The invoice goes out to their office on the first of the month.', 'white-glove', false],
  ])('%s', (text, trait, fires) => {
    if (fires) expect(traitsIn(text)).toContain(trait);
    else expect(traitsIn(text)).not.toContain(trait);
  });
});

describe('families of the 2026-12-08 round, each with a case that must not fire', () => {
  test.each([
    ['One of the partners will oversee your move personally, start to finish.', 'white-glove', true],
    ['Run every report personally? No: the CRM sends them.', 'white-glove', false],
    ['Our fitter comes personally to set it up.', 'white-glove', true],
    ['We can second a quality engineer to your contract factory for the first run.', 'white-glove', true],
    ['We posted a planner to the head office in Leeds for our own rollout.', 'white-glove', false],
    ['Our trainers can come to your clinic and run the induction there.', 'white-glove', true],
    ['Come to our showroom and run the numbers with us.', 'white-glove', false],
    ['Licensed workloads run on dedicated hosts in the cluster.', 'white-glove', false],
    ['A dedicated host looks after your group all evening.', 'white-glove', true],
    ['Before I quote, tell me your daily volumes and shift pattern.', 'consultative', true],
    ['Before I quote, tell me the delivery postcode.', 'consultative', false],
    ["The farmer says the co-op gives him 8% off; I told him we don't match.", 'discount', false],
    ['Every booking this month gets a free £20 gift voucher.', 'discount', true],
    ['Gift vouchers are on sale at reception all year.', 'discount', false],
    ['We offer 100% merino base layers.', 'discount', false],
    ['We offer 10% off merino base layers this month.', 'discount', true],
    ["Our audiologists make home visits to customers who can't get to a clinic.", 'white-glove', true],
    ['We used to run free trials, which are no longer offered.', 'free-trial', false],
    ['Code SPRING30 stops working Monday at midnight.', 'pressure', true],
    ['The old staff door code stops working on 1 July when we move buildings.', 'pressure', false],
    ['Our reps have only 3 visits this week.', 'pressure', false],
    ["We take 10% off the first order. The bank's 0% card offer is the bank's, not ours.", 'discount', true],
    ['Brightpath runs 20% off every plan. That is their playbook, not ours.', 'discount', false],
  ])('%s', (text, trait, fires) => {
    if (fires) expect(traitsIn(text)).toContain(trait);
    else expect(traitsIn(text)).not.toContain(trait);
  });
});

describe('a bare name alone in a text of three sentences or more is named in passing (TraitLexicon.bare)', () => {
  test.each([
    // Long texts that name the practice once and are about something else (each signals its trait without the rule).
    ['Finance closes the books on the fifth. Expense claims go through the portal. Staff receive a coupon for the canteen each month.', 'discount'],
    ['The shop runs a charity raffle every December. Staff sell tickets at the till. A countdown sits on the noticeboard.', 'pressure'],
    ['The agency left in March. Their reports were late. The final blast they sent was to our own newsletter list.', 'mass'],
  ])('%s', (text, trait) => {
    expect(traitsIn(text)).not.toContain(trait);
    const r = lexicon.explain(text);
    expect(r.cancelled.find((c) => c.trait === trait)?.reason).toBe('passing');
  });
  test.each([
    // Two sentences are not long: the name is the text's point.
    ['Lapsed members get a coupon. It goes out in May.', 'discount'],
    // The practice said twice, or with more of it, stands in a long text.
    ['Lapsed members get a coupon worth 15% off. It goes out in May. Redemption is tracked in the CRM.', 'discount'],
    ['Lapsed members get a coupon in May. A second voucher is handed over in June. Redemption is tracked in the CRM.', 'discount'],
    // A bare name with its subject before it, or what it acts on after it, is a verb of ours.
    ['We blast the whole file every Monday. The copy is the same for everyone. Nobody is left off.', 'mass'],
    ['Blast the spring catalogue to the newsletter list on Monday. The copy comes from the shared drive. Ops checks the bounces.', 'mass'],
    // Any other signal in its sentence says more of it: the deadline is the voucher's.
    ['Text repeat buyers a voucher on the Thursday before the holiday weekend. The template is in the CRM. Ops checks the sends.', 'discount'],
    // Words a tactic makes or leans on are no bare names.
    ['Floor staff build urgency on every test drive. Notes go into the CRM. Managers review them weekly.', 'pressure'],
    // A label ("Q3.", "Answer: 12%.") is no sentence of its own.
    ['Q3. What is the largest discount a rep may give without approval? Answer: 12%.', 'discount'],
    // Discovery is not a bare name: named once, it is still the practice.
    ['Demos run on a sandbox of the buyer. The SE loads their suppliers. No demo without a completed discovery note.', 'consultative'],
  ])('%s', (text, trait) => {
    expect(traitsIn(text)).toContain(trait);
  });
  test("a tactic's name keeps its signal when its long description names the practice once", async () => {
    const { readTactic } = await import('../../src/traits/index.js');
    const description = 'Finance closes the books on the fifth. Expense claims go through the portal. Staff receive a coupon for the canteen each month.';
    const tactic = { id: 't', data: { name: 'A 10% coupon for every customer', description }, at: { file: 'f', path: [] } } as unknown as Parameters<
      typeof readTactic
    >[0];
    expect([...readTactic(tactic, lexicon).traits.keys()]).toEqual(['discount']);
  });
});

describe('a tactic is read as a whole for who acts', () => {
  const read = async (data: Record<string, string>) => {
    const { readTactic } = await import('../../src/traits/index.js');
    const tactic = { id: 't', data, at: { file: 'f', path: [] } } as unknown as Parameters<typeof readTactic>[0];
    return [...readTactic(tactic, lexicon).traits.keys()].sort();
  };
  test("a business its name answers is another seller's in its description too", async () => {
    const description = 'Valley Bee Supply has been advertising colonies at 20% off since August; show growers our inspection scores.';
    expect(await read({ description })).toEqual(['discount']);
    expect(await read({ name: "Responding to Valley Bee's price cut", description })).toEqual([]);
    expect(await read({ name: 'When families mention Apex', description: 'Apex offers the first week free on bed rentals.' })).toEqual([]);
  });
  test("the editor's hover reads each text as the check does, with the rivals the other texts name", async () => {
    const { tacticHover } = await import('../../src/lsp/hover.js');
    const data = { name: "Responding to Valley Bee's price cut", description: 'Valley Bee Supply has been advertising colonies at 20% off since August.' };
    const tactic = { id: 't', name: data.name, status: 'active', traits: new Map(), data } as unknown as Parameters<typeof tacticHover>[0];
    const hover = tacticHover(tactic, lexicon);
    expect(hover).toContain('"20% off" is not discount: another party\'s');
    expect(hover).not.toMatch(/^\s+discount\s+"20% off"/m);
  });
  test("an objection-handling tactic's questions answer the objection; its named discovery still counts", async () => {
    const description = 'When a buyer says the other bid is cheaper, ask what a missed delivery costs them on a Friday night.';
    expect(await read({ kind: 'outreach-sequence', description })).toEqual(['consultative']);
    expect(await read({ kind: 'objection-handling', description })).toEqual([]);
    expect(await read({ kind: 'objection-handling', description: 'Run a discovery call before any price talk.' })).toEqual(['consultative']);
  });
  test("a quota tactic's dates close our people's count; an offer's date elsewhere still pushes", async () => {
    const description = 'The rep with the most signed renewals by 30 September gets the top prize. Tally closes 30 September.';
    expect(await read({ kind: 'promotion', description })).toEqual(['pressure']);
    expect(await read({ kind: 'quota', description })).toEqual([]);
    // What reps may offer the buyer is still read in a quota tactic.
    expect(await read({ kind: 'quota', description: 'Reps who are behind may offer 10% off to close a deal.' })).toEqual(['discount']);
  });
  test("the editor's hover reads a tactic's text with its kind", async () => {
    const { tacticHover } = await import('../../src/lsp/hover.js');
    const data = { kind: 'objection-handling', description: 'Ask what a missed delivery costs them on a Friday night.' };
    const tactic = { id: 't', name: 'Cheaper bid', status: 'active', traits: new Map(), data } as unknown as Parameters<typeof tacticHover>[0];
    expect(tacticHover(tactic, lexicon)).toContain('a tactic of kind objection-handling does not count it');
  });
  test('a name that only titles what its description reads as not ours signals nothing', async () => {
    const description = 'Our inverter maker Ferrow is running its own autumn cashback: installers claim $150 back from Ferrow on each unit.';
    expect(await read({ name: 'Ferrow autumn cashback (their programme)', description })).toEqual([]);
    expect(await read({ name: 'Free delivery', description: 'We stopped free delivery on pallet orders in March.' })).toEqual([]);
    // Our own offer in the name, the rival's in the description: other words, so the name still counts.
    expect(await read({ name: '15% off the first pallet', description: 'Ferrow is running its own spring sale this month.' })).toEqual(['discount']);
    // The description says it of its own: the name is not touched.
    expect(await read({ name: 'Autumn cashback', description: 'Installers get $150 cashback on every unit this autumn.' })).toEqual(['discount']);

    // A construction the description does not read for want of its context is no reading of the name's words: "needs" in
    // what the reader says it lacks ("needs their situation looked into with them nearby") is not the name's "needs call".
    expect(await read({ kind: 'discovery', name: 'Estates needs call', description: 'Before pricing any contract, the lead books a call.' })).toEqual([
      'consultative',
    ]);
  });
  test("the editor's hover shows a name's signal its description reads as not ours as cancelled", async () => {
    const { tacticHover } = await import('../../src/lsp/hover.js');
    const data = {
      name: 'Ferrow autumn cashback, $150 back',
      description: 'Our inverter maker Ferrow is running its own autumn cashback: installers get $150 back.',
    };
    const tactic = { id: 't', name: data.name, status: 'active', traits: new Map(), data } as unknown as Parameters<typeof tacticHover>[0];
    expect(tacticHover(tactic, lexicon)).toMatch(/"cashback" is not discount: another party's, by ".*" \(as its description reads it\)/);
  });
  test('a name no text marks stays ours, whatever the other texts say', async () => {
    const description = 'Valley Bee Supply gives returning growers 20% off their second order.';
    expect(await read({ name: 'Valley Bee Supply loyalty offer', description })).toEqual(['discount']);
    expect(await read({ name: 'Responding to Northside Roasters', description })).toEqual(['discount']);
  });
});

describe('the traits stage returns traits and changes nothing', () => {
  test('withTraits gives new tactics; the playbook it was given keeps its own', async () => {
    const { loadPlaybook } = await import('../../src/pipeline.js');
    const { withTraits } = await import('../../src/traits/index.js');
    const { join } = await import('node:path');
    const { root } = await import('../helpers.js');
    const ex = join(root, 'examples', 'atlas-treasury');
    const p = loadPlaybook({ strategy: join(ex, 'strategy.yaml'), tactics: [join(ex, 'tactics.yaml')] }).playbook!;
    const before = p.tactics.map((t) => [...t.traits.keys()]);
    const q = withTraits(p, buildLexicon({ partner: ['treasurer'] }));
    expect(q.tactics).not.toBe(p.tactics);
    expect(p.tactics.map((t) => [...t.traits.keys()])).toEqual(before);
    expect(q.tactics.some((t) => t.traits.has('partner'))).toBe(true);
    expect(p.tactics.some((t) => t.traits.has('partner'))).toBe(false);
  });
});

describe('families from red team 50 (the twentieth session), each with a case that must not fire', () => {
  test.each([
    ['Our support desk handles 300 calls a day during the January renewals peak.', 'mass', false],
    ['Each SDR makes 120 calls a day from the list.', 'mass', true],
    ['Patients in the 12-week trial of the inhaler get their spacer from the study nurse.', 'free-trial', false],
    ['Patients can start a 14-day trial of the booking app.', 'free-trial', true],
    ['The pallet hold in bay four is released at 6pm unless the haulier confirms collection.', 'pressure', false],
    ['The ballroom hold is released at 6pm unless the deposit clears.', 'pressure', true],
    ['Walk the new starter through the results of her sales-skills assessment before she shadows any calls.', 'consultative', false],
    ['Walk the new client through the audit findings before the renewal.', 'consultative', true],
    ['Ask the buyer what PO number their finance team needs on the invoice.', 'consultative', false],
    ['Ask the buyer what their finance team needs to see before they sign off the budget.', 'consultative', true],
    ['Hallam Supplies, our main rival in Yorkshire, lets dealers see trade prices only after a rep approves the account.', 'gated', false],
    ['Hallam Supplies, our main rival, charges more; we give dealers 10% off their first order.', 'discount', true],
  ])('%s', (text, trait, fires) => {
    if (fires) expect(traitsIn(text)).toContain(trait);
    else expect(traitsIn(text)).not.toContain(trait);
  });
});

// A space ends a bare alternative ("a|b c" is a|b, then c), so a phrase of several words slipped into a bare list splits
// the list in two, silently (it happened: "security|…|510 k|510k|…|ladder clearance"). Built-in phrases write two lists in a
// row as groups, "(a|b) (c|d)", so that a list split by a stray space stands out as two bare lists and fails here.
describe('built-in phrases write two lists in a row as groups', () => {
  const phrases = [
    ...BUILTIN_TRAITS.flatMap((t) => {
      const l = LEXICON[t];
      return [
        ...l.triggers,
        ...(l.constructions ?? []).flatMap((c) => c.patterns),
        ...(l.senses ?? []).flatMap((s) => (typeof s === 'string' ? [s] : s.patterns)),
      ];
    }),
    ...QUALIFIERS.flatMap((q) => q.patterns),
  ];
  const bareLists = (phrase: string): string[] => {
    const parts = phrase.replace(/\([^)]*\)\??/g, '(group)').split(/\s+/);
    const out: string[] = [];
    for (let i = 0; i + 1 < parts.length; i++) if (parts[i]!.includes('|') && parts[i + 1]!.includes('|')) out.push(`${parts[i]} ${parts[i + 1]}`);
    return out;
  };
  test('the check finds a list split by a space', () => {
    expect(bareLists('security|customs|510 k|510k|ladder clearance')).toEqual(['security|customs|510 k|510k|ladder']);
    expect(bareLists('(security|customs|510 k|510k|ladder) clearance')).toEqual([]);
    expect(bareLists('price|prices ~1 rise|rises')).toEqual([]);
  });
  test('no built-in phrase has two bare lists in a row', () => {
    expect(phrases.length).toBeGreaterThan(1000);
    expect(phrases.filter((p) => bareLists(p).length > 0)).toEqual([]);
  });
});
