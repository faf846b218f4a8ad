import { describe, expect, test } from 'vitest';
import { LEXICON_STEMS } from '../../src/traits/stems.js';
import { read, stemAfresh, tokenize } from '../../src/traits/tokens.js';

/** The entities of a text as [kind, words, value]. */
const entities = (text: string) =>
  read(text).list.map((e) => {
    const t = read(text).tokens;
    return [e.kind, text.slice(t[e.start]!.start, t[e.end - 1]!.end), Number.isFinite(e.value) ? e.value : null];
  });
const kinds = (text: string, kind: string) =>
  entities(text)
    .filter((e) => e[0] === kind)
    .map((e) => [e[1], e[2]]);

describe('words', () => {
  // A plain ASCII word read before is found by its characters (tokenize's table of words): the same token as when first read.
  test('a word read again reads as it did the first time, in any case and with either apostrophe', () => {
    const text = "DON’T Don’t don't NOW now Now SPRING30 spring30 Q4save";
    const first = tokenize(text);
    const again = tokenize(text);
    expect(again).toEqual(first);
    expect(first.map((t) => [t.text, t.cap, t.upper])).toEqual([
      ["don't", true, true],
      ["don't", true, false],
      ["don't", false, false],
      ['now', true, true],
      ['now', false, false],
      ['now', true, false],
      ['spring30', true, true],
      ['spring30', false, false],
      ['q4save', true, false],
    ]);
  });

  // The lexicon's stems, written down so that building the reader does not stem its words (stems.ts), are the stemmer's.
  test('every stem in the table of the lexicon is the stem worked out afresh', () => {
    const wrong: string[] = [];
    for (const entry of LEXICON_STEMS.split(' ')) {
      const [word, stem = word] = entry.split('=');
      if (stemAfresh(word!) !== stem) wrong.push(entry);
    }
    expect(wrong).toEqual([]);
  });

  // Plain ASCII words are read without the token expression; words with other letters go to it whole.
  test.each([
    ["l'été rock'n'roll naïve café's", ["l'été", "rock'n'roll", 'naïve', "café's"]],
    ['it’s the client’s R$500 rate, x-ray r2d2', ["it's", "client's", 'r$500', 'rate', ',', 'x', 'ray', 'r2d2']],
    ['ŞAHİN Zürich über', ['şahi̇n', 'zürich', 'über']],
  ])('%s', (text, words) => {
    const texts = tokenize(text).map((t) => t.text);
    for (const w of words) expect(texts).toContain(w);
  });
});

describe('numbers in digits and words', () => {
  test.each([
    ['80 dials', 80],
    ['1,000 contacts', 1000],
    ['60k managers', 60000],
    ['$2k off', 2000],
    ['fifteen seats', 15],
    ['twenty-five seats', 25],
    ['a dozen seats', 12],
    ['two hundred seats', 200],
    ['seven-figure fines', 7],
  ])('%s', (text, value) =>
    expect(
      kinds(text, 'num')
        .concat(kinds(text, 'money'))
        .map((e) => e[1]),
    ).toContain(value),
  );
  test('a number is read once, from its first word', () => {
    expect(kinds('twenty five seats', 'num')).toEqual([['twenty five', 25]]);
  });
});

describe('percentages in every form', () => {
  test.each([
    ['25% off', '25%', 25],
    ['10 percent off', '10 percent', 10],
    ['15 pct off', '15 pct', 15],
    ['Fifteen percent off', 'Fifteen percent', 15],
    ['twelve per cent below list', 'twelve per cent', 12],
    ['½ price', '½', 50],
    ['half off', 'half', 50],
    ['2.5% back', '2.5%', 2.5],
  ])('%s', (text, words, value) => expect(kinds(text, 'pct')).toContainEqual([words, value]));
  test('a percentage of something else is still a percentage; the reader decides what it means', () => {
    expect(kinds('Win rate is 22%', 'pct')).toEqual([['22%', 22]]);
  });
});

describe('money', () => {
  test.each([
    ['$500 off', '$500', 500],
    ['€1,200 off', '€1,200', 1200],
    ['£100 minimum', '£100', 100],
    ['$2k off', '$2k', 2000],
    ['40 dollars back', '40 dollars', 40],
    // Currencies far from the dollar, before or after the amount, and their signs.
    ['NOK 180 per tonne back', 'NOK 180', 180],
    ['500 kr off the first crate', '500 kr', 500],
    ['2,000 naira off the total', '2,000 naira', 2000],
    ['₦5,000 off a terminal', '₦5,000', 5000],
    ['₱500 off the first month', '₱500', 500],
    // One list of codes, before or after: the codes read after an amount were once a shorter list of their own.
    ['THB 500 off each set', 'THB 500', 500],
    ['500 THB off each set', '500 THB', 500],
    ['1,200 MYR off the annual plan', '1,200 MYR', 1200],
    ['SAR 300 back per unit', 'SAR 300', 300],
    ['300 SAR back per unit', '300 SAR', 300],
  ])('%s', (text, words, value) => expect(kinds(text, 'money')).toContainEqual([words, value]));
  test('a code that is also a word is no currency', () => {
    expect(kinds('the PHP 8 upgrade', 'money')).toEqual([]);
    expect(kinds('upgrade to PHP 8 this quarter', 'money')).toEqual([]);
    expect(kinds('we moved 8 PHP services to the cloud', 'money')).toEqual([]);
    expect(kinds('the planner should save Ron 40 minutes a day', 'money')).toEqual([]);
  });
  test('the amount does not swallow the space after it', () => {
    expect(kinds('a credit of €40 at renewal', 'money')).toEqual([['€40', 40]]);
  });
});

describe('durations, in days', () => {
  test.each([
    ['72 hours only', '72 hours', 3],
    ['a fortnight free', 'fortnight', 14],
    ['48h only', '48h', 2],
    ['a 30-day trial', '30-day', 30],
    ['seven days only', 'seven days', 7],
    ['for a month', 'a month', 30],
    ['two weeks free', 'two weeks', 14],
  ])('%s', (text, words, days) => expect(kinds(text, 'duration')).toContainEqual([words, days]));
});

describe('names', () => {
  const names = (text: string) => kinds(text, 'name').map((e) => e[0]);
  test('a name is capitalised inside a sentence, or opens it as CamelCase, as a run of capitals or as a word capitalised elsewhere', () => {
    expect(names('Buyers switching from Coastal Cable get the install free.')).toEqual(['Coastal Cable']);
    expect(names('CleanTex has been cutting its prices.')).toEqual(['CleanTex']);
    expect(names('Coastal Cable offers six months at half price.')).toEqual(['Coastal Cable']);
    expect(names('Crewpay advertises $39 a month. Ask what Crewpay charges.')).toEqual(['Crewpay', 'Crewpay']);
  });
  test('a name the text marks as another seller is worth 1 wherever it stands; our own brand, unmarked, 0', () => {
    const values = (text: string) => kinds(text, 'name').map((e) => e[1]);
    expect(values('CleanTex has been cutting its prices. Reps do not price match CleanTex.')).toEqual([1, 1]);
    expect(values('Buyers switching from Coastal Cable get the install free.')).toEqual([1]);
    expect(values('Pricing page copy: HelioDesk Pro gives annual subscribers two months free.')).toEqual([0]);
  });
  test('a business that opens a clause the sentence then sets against us is another seller, named alone or in capitals', () => {
    const marked = (text: string) => kinds(text, 'name').map((e) => `${e[0]}=${e[1]}`);
    expect(marked('Northgate has been handing out vouchers; we sell on uptime instead.')).toEqual(['Northgate=1']);
    expect(marked('Raymarine cut prices on its chartplotters last month.')).toEqual(['Raymarine=1']);
    expect(marked('Corvane cut its install fee in March, but our reps hold the line.')).toEqual(['Corvane=1']);
    expect(marked('Tidewell and Marlin both run half-price months — we never follow them down.')).toEqual(['Tidewell=1', 'Marlin=1']);
    expect(marked("ZENTA is running a sale; we won't match it.")).toEqual(['ZENTA=1']);
    // No turn to us, or a turn that refuses nothing of theirs: our own plan, or no name at all.
    expect(marked('HelioDesk Pro gives annual subscribers two months free; we mention it on every renewal call.')).toEqual(['HelioDesk Pro=0']);
    expect(marked('HelioDesk Pro gives annual subscribers two months free; we do not discount monthly plans.')).toEqual(['HelioDesk Pro=0']);
    expect(marked('Northgate is our new region; we hold a kickoff there in May.')).toEqual([]);
    expect(marked('Offer the bundle; we never follow up by text.')).toEqual([]);
    expect(marked("Pro Annual gives two months free; we don't go beyond that.")).toEqual(['Pro Annual=0']);
    expect(marked('Field Kit Pro cut its list price by 12%, but we hold the line on cases.')).toEqual(['Field Kit Pro=0']);
    expect(marked("Pair discounts with a deadline; we don't do open-ended promos.")).toEqual([]);
  });
  test('a business we answer, that speaks of itself as "its" or that is measured against us is another seller; its possessive is worth 2', () => {
    const marked = (text: string) => kinds(text, 'name').map((e) => `${e[0]}=${e[1]}`);
    expect(marked("Responding to Northside Roasters' price cut")).toEqual(['Northside Roasters=2']);
    expect(marked("Countering Orbisoft's launch discount")).toEqual(["Orbisoft's=2"]);
    expect(marked("When families mention Apex's free week, explain our rental terms.")).toEqual(["Apex's=2"]);
    expect(marked('Buyers tell us that TransGlobe gives them a free tier.')).toEqual(['TransGlobe=1']);
    expect(marked('Kernow Travel cut its coach prices in January.')).toEqual(['Kernow Travel=1']);
    expect(marked('Parlance Global typically bids 20 to 30% under us.')).toEqual(['Parlance Global=1']);
    expect(marked('Kinetix reps routinely quote 35% off list.')).toEqual(['Kinetix=1']);
    expect(marked('Medline has offered pricing 11% under ours on exam gloves.')).toEqual(['Medline=1']);
    // Hearsay, a bracketed rival, a refusal said as intent in the next sentence.
    expect(marked('Corvane is reportedly offering half-price slots.')).toEqual(['Corvane=1']);
    expect(marked('Rumour is that Halden apparently quoted 9% under list.')).toEqual(['Halden=1']);
    expect(marked('Word is Harlow Tools will run 10% off every drill in March.')).toEqual(['Harlow Tools=1']);
    expect(marked("Dr. Lee, I heard Patterson offered you free shipping for a year; we're not going to match that.")).toEqual(['Lee=0', 'Patterson=1']);
    expect(marked("Stripe is running 3 months free; we're not answering with a promo of our own.")).toEqual(['Stripe=1']);
    expect(marked('Air Products came in at 12% below our cylinder rates.')).toEqual(['Air Products=1']);
    // A colleague heard of, with no word of the buyer, is no rival; nor the buyer we give a discount.
    expect(marked('I heard Marco already offered the Lindqvist clinic a free month.')).toEqual(['Marco=0', 'Lindqvist=0']);
    expect(marked("Give Corbin Dental the 10% loyalty discount; we're not going to match what other suppliers quote.")).toEqual(['Corbin Dental=0']);
    expect(marked('Keller Gas sells refills at 12% off ours.')).toEqual(['Keller Gas=1']);
    expect(marked('Lumen is now 15% below our list price for schools.')).toEqual([]);
    // Our own words reported are no hearsay.
    expect(marked('Our launch email said Lumen Pro is now 30% off for districts.')).toEqual(['Lumen Pro=0']);
    expect(marked('Competitor (Motion) is pushing a 12% blanket discount.')).toEqual(['Motion=1']);
    expect(marked("Carnival quoted them a lower rate. We're not going to chase that.")).toEqual(['Carnival=1']);
    // Our own brand, said without any of these: unmarked.
    expect(marked("Our Brightpath's spring sale: 20% off every plan.")).toEqual(["Brightpath's=0"]);
    expect(marked('Coastal Cable gives your team its own portal.')).toEqual(['Coastal Cable=0']);
    expect(marked('Tell customers that Brightpath Plus includes onboarding.')).toEqual(['Brightpath Plus=0']);
  });
  test('what opens a sentence, our side, teams, roles, days and capitals are no names', () => {
    expect(names('Reps offer 10% off. Marketing sends the email on Monday.')).toEqual([]);
    expect(names('We never say ACT NOW; Finance approves every quote.')).toEqual([]);
    // A verb or a preposition that opens the sentence is no part of the name after it.
    expect(names('Asked Pat what the loader does.')).toEqual(['Pat']);
    expect(names('Against Hallam Supplies we hold our price.')).toEqual(['Hallam Supplies']);
  });
});

describe('dates and deadlines', () => {
  test.each([
    ['Offer ends Friday at midnight', 'Friday at midnight'],
    ['by 31 December', '31 December'],
    ['ends Dec 20', 'Dec 20'],
    ['by the 28th', 'the 28th'],
    ['EOQ pricing', 'EOQ'],
    ['before the end of the quarter', 'end of the quarter'],
    ['closes tonight', 'tonight'],
    ['doors close at 6pm', '6pm'],
    ['this weekend only', 'this weekend'],
    ['before our fiscal year ends', 'our fiscal year ends'],
    ['until spring', 'spring'],
    ["extra 15% this Presidents' Day weekend", "this Presidents' Day weekend"],
    ['this bank holiday weekend only', 'this bank holiday weekend'],
    ['40% off this wknd only', 'this wknd'],
    ['Memorial Day weekend only', 'Memorial Day weekend'],
    ['in 2024', '2024'],
    ['before the first of February', 'the first of February'],
    ['settle by the fifteenth of June', 'the fifteenth of June'],
  ])('%s', (text, words) => expect(kinds(text, 'date').map((e) => e[0])).toContain(words));
  test('"may" and "march" are months only when written as months', () => {
    expect(kinds('Reps may offer a demo', 'date')).toEqual([]);
    expect(kinds('Troops march on', 'date')).toEqual([]);
    expect(kinds('The webinar is on 3 May', 'date').map((e) => e[0])).toContain('3 May');
  });
  test('the sun is not Sunday', () => expect(kinds('under the sun', 'date')).toEqual([]));
  test('an ordinal is a day only of a month', () => expect(kinds('the first of many visits', 'date')).toEqual([]));
  test('a comma, a joining word and a new subject start a clause; a list does not', () => {
    const clauseOf = (text: string, word: string) => read(text).tokens.find((t) => t.text === word)!.clause;
    const s = 'Drivers pass the name to their supervisor, and the supervisor enters it by Friday.';
    expect(clauseOf(s, 'drivers')).not.toBe(clauseOf(s, 'enters'));
    const list = 'Free shipping, a mug and the 10% code until Friday.';
    expect(clauseOf(list, 'shipping')).toBe(clauseOf(list, 'friday'));
    const so = 'The grant closes on 31 March, so they need to sign this month.';
    expect(clauseOf(so, 'closes')).toBe(clauseOf(so, 'sign'));
  });
  test('a year as a time or a label is a {year}, no count', () => {
    expect(kinds('In 2022 we bought the 2023 list', 'year')).toEqual([
      ['2022', 2022],
      ['2023', 2023],
    ]);
    expect(kinds('In 2022 we bought the 2023 list', 'num')).toEqual([]);
    expect(kinds('call our 2080 lapsed accounts', 'year')).toEqual([]);
    expect(kinds('the 2000 dials a month target', 'num')).toEqual([['2000', 2000]]);
  });
  test('a short weekday is a date right after a word that sets one', () => {
    expect(kinds('if they sign by fri we add a month', 'date').map((e) => e[0])).toEqual(['fri']);
    expect(kinds('valid until Thurs', 'date').map((e) => e[0])).toEqual(['Thurs']);
    expect(kinds('the sun is out, so we sat outside', 'date')).toEqual([]);
    expect(kinds('Wed to a plan', 'date')).toEqual([]);
  });
  test('a year after "in" or "since", or in a range of years, is a date, not a count', () => {
    expect(kinds('send loss runs for policies 2022–2026 to this address', 'num')).toEqual([]);
    expect(kinds('between 2019 and 2024 we sent 5000 emails', 'num').map((e) => e[0])).toEqual(['5000']);
    expect(kinds('email 2000 dentists', 'num').map((e) => e[0])).toEqual(['2000']);
    expect(kinds('struck from every sequence in 2023 after complaints', 'num')).toEqual([]);
    expect(kinds('a list of 2000 dentists', 'num').map((e) => e[0])).toEqual(['2000']);
    expect(kinds('commit to both the 2025 and 2026 Summits', 'date')).toEqual([]);
    expect(kinds('the price list changes in 2027', 'date').map((e) => e[0])).toEqual(['2027']);
  });
  test('a festival is a date right after a word that sets one', () => {
    expect(kinds('the festive offer is valid till Diwali only', 'date').map((e) => e[0])).toEqual(['Diwali']);
    expect(kinds('order by Christmas', 'date').map((e) => e[0])).toEqual(['Christmas']);
    expect(kinds('this Eid only', 'date').map((e) => e[0])).toEqual(['Eid']);
    expect(kinds('our Christmas party is for staff', 'date')).toEqual([]);
  });
});

describe('whose a word is', () => {
  test('a possessive is {poss}; a contraction is not', () => {
    expect(kinds("That offer is TechWire's, not ours.", 'poss').map((e) => e[0])).toEqual(["TechWire's"]);
    expect(kinds("It's the planner's call", 'poss').map((e) => e[0])).toEqual(["planner's"]);
    expect(kinds("That's what's next; let's go", 'poss')).toEqual([]);
  });
});

describe('codes as written in copy', () => {
  test('capitals with digits are a code; a word with digits in lower case is not', () => {
    expect(kinds('Use code SPRING30 at checkout', 'code')).toEqual([['SPRING30', null]]);
    expect(kinds('the q4save campaign', 'code')).toEqual([]);
  });
});

describe('sentences, clauses and quotes', () => {
  test('stops end sentences; ; : and dashes end clauses; commas do not', () => {
    const t = tokenize('No coupons, no promo codes; act now: it ends. Next one').filter((x) => x.kind === 'word');
    expect(t.map((x) => `${x.text}/${x.sentence}/${x.clause}`)).toEqual([
      'no/0/0',
      'coupons/0/0',
      'no/0/0',
      'promo/0/0',
      'codes/0/0',
      'act/0/1',
      'now/0/1',
      'it/0/2',
      'ends/0/2',
      'next/1/3',
      'one/1/3',
    ]);
  });
  test('an abbreviation does not end a sentence', () => {
    expect(new Set(tokenize('every company on the Inc. 5000 list').map((x) => x.sentence))).toEqual(new Set([0]));
  });
  test('quoted words are marked; apostrophes are not quotes', () => {
    const t = tokenize(`Avoid 'act now' in the customer's emails and "last chance" too.`);
    expect(t.filter((x) => x.quoted).map((x) => x.text)).toEqual(['act', 'now', 'last', 'chance']);
  });
  test('offsets point into the original text', () => {
    const text = 'Save  €40 on Twenty-Five SEATS — now’s the time!';
    const words = tokenize(text).filter((t) => t.kind !== 'punct' && t.kind !== 'stop');
    expect(words.map((t) => text.slice(t.start, t.end))).toEqual(['Save', '€40', 'on', 'Twenty', 'Five', 'SEATS', 'now’s', 'the', 'time']);
  });
});

describe('compound numbers, fractions and money in words', () => {
  test.each([
    ['seven and a half per cent off', 'seven and a half per cent', 7.5],
    ['two and a quarter percent off', 'two and a quarter percent', 2.25],
    ['a third below standard', 'a third', 100 / 3],
    ['a quarter off the list price', 'a quarter', 25],
  ])('%s', (text, words, value) => expect(kinds(text, 'pct')).toContainEqual([words, value]));
  test('half inside a number or a duration is not 50%', () => {
    expect(kinds('seven and a half per cent off', 'pct').map((e) => e[1])).not.toContain(50);
    expect(kinds('half a month free', 'pct')).toEqual([]);
    expect(kinds('half a month free', 'duration')).toContainEqual(['half a month', 15]);
  });
  test.each([
    ['a fiver off each box', 'a fiver', 5],
    ['a tenner off the first month', 'a tenner', 10],
    ['two grand off the install', 'two grand', 2000],
    ['2,000 rupees less', '2,000 rupees', 2000],
    ['₹500 off', '₹500', 500],
    // Thousands grouped with spaces after a currency.
    ['R1 500 off the pump', 'R1 500', 1500],
    ['save €12 000 on the fleet', '€12 000', 12000],
    ['a £2 500 000 contract', '£2 500 000', 2_500_000],
  ])('%s', (text, words, value) => expect(kinds(text, 'money')).toContainEqual([words, value]));
  test('digits grouped with spaces without a currency stay numbers of their own; "R" before one is no rand', () => {
    expect(kinds('the R300 model ships in 2 500 units', 'money')).toEqual([]);
    expect(kinds('€5 a bottle, 12 bottles', 'money')).toEqual([['€5', 5]]);
  });
  test('digits with a scale in words', () => {
    expect(kinds('all 1.2 million retail customers', 'num')).toEqual([['1.2 million', 1_200_000]]);
  });
});

describe('dates in digits and codes in capitals', () => {
  test.each([
    ['sign by 12/31', '12/31'],
    ['valid until 2026-12-31', '2026-12-31'],
    ['ends 31/12/2026', '31/12/2026'],
  ])('%s', (text, words) => expect(kinds(text, 'date').map((e) => e[0])).toContain(words));
  test('a fraction or a rating in digits is not a date', () => {
    expect(kinds('rated 9/10 by users, 24/7 support', 'date')).toEqual([]);
  });
  test('a word in capitals after "code" is a code', () => {
    expect(kinds('use code FRESH at checkout', 'code')).toEqual([['FRESH', null]]);
    expect(kinds('FRESH bread daily', 'code')).toEqual([]);
  });
  test('a stop inside quotes does not end the sentence that quotes it', () => {
    const t = tokenize("The 'Hurry, only 3 left!' banner stays off our store.");
    expect(new Set(t.map((x) => x.sentence))).toEqual(new Set([0]));
    expect(t.filter((x) => x.kind === 'stop').map((x) => x.text)).toEqual(['.']);
  });
});
