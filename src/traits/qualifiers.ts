/**
 * Qualifiers as data, in the manner of ConText (Chapman et al.; medspaCy's ConTextRule): each
 * entry is a cue with a category (what it says about a signal it reaches), a direction (which
 * way its scope runs from the cue), a window (how many tokens the scope may reach) and what
 * ends its scope. A signal stands only when no cancelling qualifier reaches it.
 *
 * - `forward` and `backward` scopes stay inside their clause: they end at a sentence stop, at
 *   ; : ( ) and dashes, at a comma that does not continue a list ("no coupons, vouchers or
 *   rebates" runs on), at a `terminate` entry, or at one of the entry's own `terminatedBy`
 *   words. `scope: 'sentence'` lets an entry run over clause punctuation to its sentence's end.
 * - `pseudo` entries look like cues and are not ("not only", "no later than"): any cue they
 *   overlap, and that is no longer than them, counts for nothing. Double negation ("never …
 *   without"), a negation under a condition ("if they don't sign") and a negated limit ("never
 *   more than 10%") are pseudo entries too: the negation is about something else.
 * - A cue written as a word of the signal's own phrase ("no credit card", "now or never") is
 *   part of that phrase, not a qualifier.
 * - A quoted phrase in a sentence that holds a negating, retiring or mentioning cue outside the
 *   quotes is mentioned, not used ("'ACT NOW' is banned in our copy").
 *
 * Users add entries of the same shape under `lexicon: { qualifiers: [...] }` in the config.
 */

import type { QUALIFIER_CATEGORIES, QUALIFIER_DIRECTIONS, QualifierData } from '../load/schema.js';
import type { ContextName } from './lexicon/types.js';
import { NOT_AGAIN, PAST, WENT_BADLY, WENT_BADLY_NOT_AGAIN } from './lexicon/words.js';

/** What a qualifier says about the signals it reaches; every category cancels them. */
export type QualifierCategory = (typeof QUALIFIER_CATEGORIES)[number];
export type Direction = (typeof QUALIFIER_DIRECTIONS)[number];

export interface Qualifier {
  /** Names the qualifier in `align traits`. */
  id: string;
  direction: Direction;
  /** Required for forward, backward and both; pseudo and terminate entries have none. */
  category?: QualifierCategory;
  /** Cue phrases, in the lexicon's pattern syntax (pattern.ts); `?` may stand for a question mark. */
  patterns: readonly string[];
  /** How many tokens the scope reaches from the cue (default 8). */
  window?: number;
  /**
   * `clause` (default), the whole `sentence`, or for a backward cue that points back at what was
   * said before ("we are stopping that"), its sentence and the one before: `previous-sentence`. A backward cue that answers
   * everything said before it ("… 20–30% under us, sometimes with the first quarter free. We do not match.") reaches its
   * sentence and the sentences before it, back to one that holds a word of `terminatedBy`: `earlier-sentences`. A forward cue
   * that heads the whole text ("HR note:", "For context only.") reaches every sentence after it, to a word of `terminatedBy`
   * and whatever its window: `later-sentences`.
   */
  scope?: 'clause' | 'sentence' | 'previous-sentence' | 'earlier-sentences' | 'later-sentences';
  /**
   * Tactic kinds (format.md) in which alone it counts: in an `objection-handling` tactic what comes before our refusal is the
   * objection, the buyer's or a rival's offer.
   */
  onlyIn?: readonly string[];
  /**
   * For an `earlier-sentences` cue: the contexts (lexicon/types.ts) each sentence it reaches must hold, before the cue in its
   * own: another party named or reported ("Buyers forward us spot quotes at 10% below our price. We don't match them.").
   */
  over?: readonly ContextName[];
  /** Reaches only signals written inside quotes (a name, a phrase mentioned). */
  quotedOnly?: boolean;
  /**
   * Whether a forward cue's own words reach the signals inside it (default true); "rather … than" reaches only what follows.
   * For a pseudo-cue: whether the negation it starts with still reaches the words before its last one ("may not run
   * coupons without approval"), though not what follows.
   */
  inside?: boolean;
  /** A forward cue that reaches only the quotation right after it ("instead of 'X'"), not a later one. */
  nextQuoteOnly?: boolean;
  /** The traits it applies to (default: all). */
  traits?: readonly string[];
  /**
   * Counts only in a sentence that holds a cue of one of these categories as well ("In 2022 we bought a list …; we stopped
   * after two quarters": a past date is history beside a practice stopped, not beside "Since 2022 we offer 10% off").
   */
  withCategory?: readonly QualifierCategory[];
  /** Words that end this entry's scope, besides the general ends. */
  terminatedBy?: readonly string[];
  /** Sentences where it cancels a signal, and sentences whose signals it must leave alone. */
  examples: { cancels?: readonly string[]; keeps?: readonly string[] };
}

/** A qualifier as the config writes it (snake_case keys), as the reader takes it. */
export function fromConfig(q: QualifierData, index: number): Qualifier {
  return {
    id: q.id ?? `lexicon.qualifiers[${index}]`,
    direction: q.direction,
    category: q.category,
    patterns: q.patterns,
    window: q.window,
    scope: q.scope,
    quotedOnly: q.quoted_only,
    terminatedBy: q.terminated_by?.map((w) => w.toLowerCase()),
    withCategory: q.with_category,
    onlyIn: q.only_in,
    examples: {},
  };
}

/**
 * Verbs that put a quotation to use ("say 'this price is only good today'"): a phrase quoted right
 * after one is used, whatever else in its sentence rejects something ("… and stop talking").
 */
export const QUOTE_USED_AFTER: readonly string[] = [
  'say',
  'says',
  'saying',
  'tell',
  'tells',
  'telling',
  'write',
  'writes',
  'use',
  'uses',
  'add',
  'adds',
  'open',
  'opens',
  'close',
  'closes',
  'lead',
  'leads',
  'reply',
  'replies',
  'respond',
  'responds',
  'put',
  'puts',
  'try',
  'ask',
  'asks',
  'end',
  'ends',
  'read',
  'reads',
  // What a page or a banner shows: "the pricing page shows 'Contact sales for a quote'".
  'show',
  'shows',
  'display',
  'displays',
  'send',
  'sends',
  'with',
  'line',
  // What a quotation is swapped for: "swap 'Limited time offer!' for 'Here is the business case'".
  'for',
  // What is offered or proposed: "instead of a discount, offer 'white-glove onboarding'".
  'offer',
  'offers',
  'pitch',
  'pitches',
  'promise',
  'promises',
  'suggest',
  'suggests',
  'propose',
  'proposes',
  // A label in use: "pricing stays behind 'talk to sales'", "click 'Get the report'".
  'behind',
  'click',
  'clicks',
  'clicking',
  'tap',
  'taps',
  'press',
  'presses',
];

/** Default reach of a scope, in tokens (NegEx used five to six words; lists need a little more). */
export const DEFAULT_WINDOW = 8;

/** Subjects that, after "and" or "or", start a clause of their own. */
const NEW_SUBJECT = '=we|=you|=they|=i|=reps|=customers|=buyers|=it|=he|=she|=our|=partners|=sales';
/**
 * What a business named as a rival goes on to do, in the third person (not an instruction to us, "lead with …"), or a word
 * that carries its verb on. No "is", "has" or "can", which as often say something of us ("…, our biggest rival, is the reason
 * every trade account now gets 15% off", "…, can be displaced with a 30-day free trial": red team 52).
 */
const RIVAL_VERBS =
  'lets|runs|gives|offers|assigns|sends|charges|uses|puts|keeps|hosts|provides|sells|throws|waives|promises|advertises|quotes|includes|makes|now|also|often|still|always|typically|usually|routinely|books|ships|holds|requires|asks|gates|hides|locks|insists|discounts|matches|undercuts|bundles|pays|invites|flies|visits|calls|emails|texts|blasts|buys|rents|scrapes';

/** Words after which a scope on the buyer's or a rival's act ends: our own stance starts. */
/** What a business offers in its own name: its sale, its promotion, its rebate. */
const PROMOTIONS =
  'sale|sales|clearance|clearances|promotion|promotions|promo|promos|offer|offers|deal|deals|discount|discounts|cashback|rebate|rebates|bundle|bundles|markdown|markdowns|flyer|flyers|ad|ads|advert|adverts|campaign|campaigns|scheme|schemes|programme|program|catalogue|catalog';
const OUR_SIDE = ['we', "we'll", "we're", "we've", 'our', 'us', 'i', "i'll", 'reps', 'rep', 'you', "you're", "you'll"];
/** Function words that end the tight scope of a name or a market. */
const FUNCTION_WORDS = [
  'to',
  'for',
  'at',
  'in',
  'on',
  'with',
  'from',
  'of',
  'the',
  'a',
  'an',
  'and',
  'or',
  'by',
  'every',
  'all',
  'each',
  'our',
  'their',
  'your',
  'its',
  'is',
  'are',
  'was',
  'were',
  'than',
];
/** Organisations and businesses: a trigger right before one names an industry or a market, not a practice. */
const ORGANISATIONS =
  '=clinic|=clinics|=practice|=practices|=lab|=labs|=laboratory|=laboratories|=firm|=firms|=maker|=makers|=manufacturer|=manufacturers|=retailer|=retailers|=tailor|=tailors|=company|=companies|=shop|=shops|=store|=stores|=hospital|=hospitals|=agency|=agencies|=provider|=providers|=community|=communities|=physician|=physicians|=doctor|=doctors|=supplier|=suppliers|=vendor|=vendors|=brand|=brands|=restaurant|=restaurants|=bank|=banks|=insurer|=insurers|=chain|=chains|=dealer|=dealers|=dealership|=dealerships|=distributor|=distributors|=wholesaler|=wholesalers|=operator|=operators|=business|=businesses|=startup|=startups|=studio|=studios|=school|=schools|=university|=universities|=charity|=charities|=salon|=salons|=gym|=gyms|=hotel|=hotels|=outlet|=outlets|=airline|=airlines|=broker|=brokers|=brokerage|=brokerages|=grocer|=grocers|=merchant|=merchants|=sellers|=shoppers|=players|=platforms|=marketplaces';
/** Parties other than us whose practice a sentence may describe. */
const RIVALS =
  'competitor|competitors|competition|rival|rivals|incumbent|incumbents|challenger|challengers|other vendors|another vendor|other brands|other suppliers|other agencies|big box|marketplaces|supplier|suppliers|our importer|our importers|bidder|bidders|vendor|vendors|previous vendor|old vendor|current vendor|previous agency|former agency|old agency|previous supplier|other agency|maker|makers|manufacturer|manufacturers|landlord|landlords|shop across the street|shop next door|store across the street|organiser|organizer|organisers|organizers|peer charity|peer charities|peer organisation|peer organization|peer organisations|peer organizations|peer school|peer schools|opposing counsel|big distributors|national distributors|other distributors|other wholesalers|big wholesalers|spot traders|auction|auctions|the auction|auction house|auction houses|grey market|gray market|grey market dealers|gray market dealers|grey market sellers|gray market sellers|parallel importers|parallel import sellers|the majors|the big brands|big brands|the big players|the multinationals';
const BUYERS =
  'buyer|buyers|customer|customers|costumer|costumers|client|clients|prospect|prospects|procurement|purchasing|they|he|she|the account|cfo|cfos|shoppers|shopper|patients|members|guests|homeowners|tenants|dealers|distributors|partners|resellers|franchisees|people|visitors|callers|users|students|learners|parents|families|couples|bookers|planners|organisers|organizers|diners|travellers|travelers|passengers';
/** The buyer's side as single words, where a scope ends: "Reps can give shoppers 10% off". */
const BUYER_WORDS = [
  'buyer',
  'buyers',
  'customer',
  'customers',
  'client',
  'clients',
  'prospect',
  'prospects',
  'shopper',
  'shoppers',
  'patient',
  'patients',
  'guest',
  'guests',
  'member',
  'members',
  'homeowner',
  'homeowners',
  'tenant',
  'tenants',
  'couples',
  'families',
];
/**
 * Those who work for us and do not sell: whose perks are no price of ours ("Instructors get 40% off hire"). A role that may as well
 * be a buyer's (installers, drivers, nurses) counts only as ours: "our drivers", not "Installers get $150 cashback".
 */
const PERKS =
  '{amount}|a staff|staff|free|discounted|a discount|half price|voucher|vouchers|gift card|gift cards|season pass|a season pass|a pass|passes|perk|perks|leave|extra day|extra days|additional day|additional days|day off|days off|a bonus|bonus';
const WORKERS =
  'staff|employees|team members|our colleagues|our instructors|operatives|our crew|our crews|apprentices|interns|volunteers|warehouse staff|store staff|shop staff|floor staff|kitchen staff|office staff|field staff|lifeguards|porters|pickers|packers|our drivers|our technicians|our engineers|our nurses|our carers|our trainers|our coaches|our installers|our fitters|our cleaners|our baristas|our associates|our workers|our guides|our stylists|our therapists|our mechanics|our couriers';
/** Those we buy from or sell through, who run their own promotions: "Our fittings supplier is running its own clearance". */
const OTHER_PARTIES =
  'supplier|suppliers|=importer|=importers|wholesaler|wholesalers|distributor|distributors|manufacturer|manufacturers|maker|makers|mill|mills|landlord|landlords|brand|brands|partner|partners|dealer|dealers|reseller|resellers|retailer|retailers|franchisee|franchisees|oem|oems|vendor|vendors|broker|brokers|agent|agents|stockist|stockists|marketplace|platform|site|council|chamber|association|competitor|competitors|rival|rivals';
/** Those we sell through, by their possessive: their terms are as often ours to them, their own print is theirs. */
const CHANNEL_OWNERS =
  "=wholesaler's|=wholesalers'|=distributor's|=distributors'|=dealer's|=dealers'|=reseller's|=resellers'|=partner's|=partners'|=retailer's|=retailers'|=stockist's|=franchisee's";
/** Those who sell or work for us and earn by it (not partners or installers, who may be buyers). */
const SELLERS =
  'rep|reps|ae|aes|sdr|sdrs|bdr|bdrs|seller|sellers|salesperson|salespeople|account executive|account executives|account manager|account managers|supervisor|supervisors|closer|closers|consultant|consultants|team member|team members|team lead|team leads|depot lead|depot leads|crew chief|crew chiefs|branch manager|branch managers|store manager|store managers';
const EARNS = 'get|gets|earn|earns|win|wins|receive|receives|pocket|pockets|take home|takes home|is paid|are paid|bag|bags|bank|banks|is awarded|are awarded';
const REWARDS =
  'bonus|bonuses|prize|prizes|commission|kicker|trophy|trip|weekend|weekend away|dinner|day off|days off|gift card|gift cards|shopping voucher|shopping vouchers|gift voucher|gift vouchers|cash prize|spiff';
/** Who buys for us, by team (not "we" alone, which as often speaks of the buyer's price: "we negotiate a 10% discount"). */
const OUR_BUYERS =
  'ops|the office|our office|the studio|the team|our team|the practice|the clinic|the shop|procurement|our procurement team|the procurement team|purchasing|our purchasing team|our it team|the it team|finance|our finance team|the finance team|facilities|our facilities team|the back office|our ops team|the ops team';
const ASKS =
  'ask|asks|asked|asking|request|requests|requested|requesting|demand|demands|demanded|demanding|push|pushes|pushed|pushing|insist|insists|insisted|haggle|haggles|haggled|haggling|fight|fights|angle|angles|angling|beg|begs|press|presses|pressed|hold out|holds out|hint|hints|hinted|wave|waves|waved|cite|cites|cited|bring up|brings up|brought up|fish|fishes|fishing|wait for|waits for|waiting for|hold out for|=wanted';
const ACTS =
  'chuck in|chucks in|chucking|chucked in|throw in|throws in|throwing in|threw in|hand out|hands out|handing out|handed out|=handing|=hands|give out|gives out|giving out|gave out|waive|waives|waived|waiving|hide|hides|hid|hiding|gate|gates|gated|comp|comps|comped|run|runs|running|ran|offer|offers|offering|offered|launch|launches|launched|cut|cuts|cutting|slash|slashes|slashed|drop|drops|dropped|discount|discounts|discounting|discounted|undercut|undercuts|undercutting|send|sends|sent|blast|blasts|blasting|blasted|use|uses|used|using|doing|do|does|did|push|pushes|pushed|pushing|advertise|advertises|advertised|dangle|dangles|dangled|throw|throws|threw|give|gives|gave|giving|start|starts|started|try|tries|tried|rely|relies|relied|lean|leans|bombard|bombards|spam|spams|flood|floods|take|takes|took|knock|knocks|knocked|shave|shaves|match|matches|beat|beats|halve|halves|bundle|bundles|sell|sells|=selling|=hit|=hits|=hitting|=listing|=listed|=priced|sold|buy|buys|bought|text|texts|texted|texting|call|calls|called|calling|email|emails|emailed|emailing|dial|dials|dialled|dialed|hammer|hammers|pester|pesters|tell|tells|told|promise|promises|promised|claim|claims|claimed|leave|leaves|leaving|left|pitch|pitches|pitching|pitched|has|have|had|show|shows|showed|make|makes|made|force|forces|forced|require|requires|required|mail|mails|mailed|post|posts|posted|=pay|=pays|=paying|=paid|=quotes';

/** What a named business does to win buyers: its offers, cuts and sends (not its service or its product, which are ours to compare), in exact forms ("offer" is an instruction to us). */
const NAMED_ACTS =
  '=offers|=offering|=offered|=gives|=giving|=gave|=cuts|=cutting|=cut|=slashes|=slashing|=slashed|=drops|=dropping|=undercuts|=undercutting|=discounts|=discounting|=advertises|=advertising|=advertised|=runs|=running|=ran|=matches|=matching|=waives|=waiving|=waived|=throws in|=throwing in|=threw in|=sends|=sending|=blasts|=blasting|=blasted|=spams|=spamming|=texts|=texting|=emails|=emailing|=pushes|=pushing|=promises|=promising|=promised|=dangles|=dangling|=dangled|=pitches|=pitching|=pitched|=came in|=comes in|=bundles|=bundling|=hands out|=handing out|=handed out|=quotes|=quoting|=quoted|=knocking|=knocks|=knocked|=bids|=bidding|=charges|=charging|=hurries|=hurrying|=rushes|=rushing|=pressures|=pressuring';
/** The same acts after a plural subject ("Kinetix reps routinely quote 35% off"). */
const NAMED_ACTS_PLURAL = `${NAMED_ACTS}|=quote|=offer|=give|=cut|=slash|=drop|=undercut|=discount|=run|=match|=waive|=send|=blast|=push|=promise|=pitch|=bundle|=hand out`;

export const QUALIFIERS: readonly Qualifier[] = [
  // Negation before the signal (NegEx pre-triggers).
  {
    id: 'a negation before it',
    direction: 'forward',
    category: 'negated',
    patterns: [
      '=no',
      '=not',
      'never',
      'without',
      "don't",
      'dont',
      'do =not',
      "doesn't",
      'does =not',
      "didn't",
      'did =not',
      "won't",
      'will =not',
      "can't",
      'cannot',
      'can =not',
      "shouldn't",
      'should =not',
      // As typed in a hurry: "should'nt", "shouldnt".
      "should'nt|shouldnt|would'nt|wouldnt|could'nt|couldnt|does'nt|doesnt|did'nt|didnt|is'nt|isnt|are'nt|arent|wo'nt|wont|ca'nt|cant|must'nt|mustnt",
      "mustn't",
      'must =not',
      'may =not',
      "isn't",
      "aren't",
      "wasn't",
      "weren't",
      "we're =not",
      '=nor',
      'neither',
      'nobody',
      '=no =one',
      '=none',
      'nothing',
      '=zero',
      // Spanish and Tagalog: "nunca damos descuentos", "hindi kami nagbibigay ng discount", "walang discount".
      '=nunca|=jamás|=jamas|=sin|=hindi|=walang|=wala',
      // Longer than the double negation "don't drop" (a step kept), so it wins: "never drop your rates", "don't drop the visit fee".
      "(don't|do not|never|not|nobody|no one) (drop|drops|dropping) (the|our|your|their|its|any)? ~2 (price|prices|rate|rates|fee|fees|pricing)",
    ],
    examples: {
      cancels: [
        'We never knock money off the list price.',
        'No dedicated rep and no on-site visits.',
        "Don't drop the visit fee for repeat callers; it covers the technician's travel.",
        'Neither the brochure nor the price sheet is gated.',
        // Under a condition after it ('not without'), what lies between is still not done.
        'Franchisees may not run local $5 coupons without written approval from Brand Standards.',
      ],
      keeps: ['No setup call, but a 20% discount.', 'No pressure, no deadline, just a 30-day free trial.'],
    },
  },
  {
    // A fact that is not to be made a lever: "reps are told not to use it as a reason for a hotel to hurry", "it isn't to be used to
    // hurry anybody into signing".
    id: 'not to be used as a lever',
    direction: 'forward',
    category: 'negated',
    window: 14,
    patterns: [
      '(not|never|nobody|no one) (to)? (use|uses|used|be used|cite|cites|cited|present|presents|frame|frames|framed|treat|treats|treated|turn|turns|turned) ~3 (as|into) (a|an)? (reason|excuse|lever|hook|way|tool|stick|threat|deadline)',
      "(isn't|is not|aren't|are not|never|not|mustn't|must not|shouldn't|should not) (to be)? (used|be used|meant) (to|for)",
    ],
    examples: {
      cancels: [
        'The new tariff starts in May; reps are told not to use it as a reason for anyone to hurry an order.',
        'Reps are told never to present it as a reason to sign before the price rise.',
        "It's the council's date, and it isn't to be used to hurry anybody into signing with us.",
      ],
      keeps: ['Use the March price rise as a reason to sign before Friday.'],
    },
  },
  {
    id: 'avoiding it',
    direction: 'forward',
    category: 'negated',
    window: 12,
    patterns: [
      'avoid|avoids|avoided|avoiding',
      'refuse|refuses|refused|refusing to',
      '=refuse|=decline|=reject|=resist (any|all|the|every|requests for|a|an)?',
      // As a translation says it: "Our commercials have the interdiction to force the signature".
      '(interdiction|prohibition) (to|of|on|against)',
      // An imperative to let it go: "Drop the promo code; lead with the business case."
      '^ (drop|ditch|kill|scrap|lose|skip|remove|bin) (the|any|all|our|that|those|every)? (promo|promos|promotion|promotions|code|codes|coupon|coupons|countdown|countdowns|timer|timers|banner|banners|blast|blasts|discount|discounts|deadline|deadlines|urgency|scarcity|list|lists|sequence|sequences|script|scripts|gimmick|gimmicks)',
      // A new version that drops it: "Script v4 drops the spray-and-pray callback cadence", "The 2027 plan ditches the trade-in
      // bonus" (not "the flash sale drops the price by 30%", a price lowered).
      // ("Dropped the whole list into the auto-dialler" loads it.)
      '(drops|ditches|ditched|scraps|scrapped|retires|retired|axes|axed|bins|binned) (the|its|their|our|all|every)? ~4 (promo|promos|promotion|promotions|code|codes|coupon|coupons|countdown|countdowns|timer|timers|banner|banners|blast|blasts|bonus|bonuses|rebate|rebates|discount|discounts|deadline|deadlines|urgency|scarcity|script|scripts|cadence|cadences|campaign|campaigns|gimmick|gimmicks|offer|offers|trial|trials|tier|tiers|blitz)',
      'prohibit|prohibits|forbid|forbids|ban|bans',
      'skip|skips|skipped|skipping',
      'ignore|ignores',
      'bypass',
      'forget',
      'steer clear of',
      '(steer|steers|steering|wean|weans|weaning|coach|coaches|coaching|train|trains|training) ~2 (away from|out of|off)',
      'stay away from',
      'resist|resists',
      'decline|declines|declined to',
    ],
    examples: {
      cancels: [
        'Steer clear of countdown banners in renewal mail.',
        'Reps decline to quote below list price.',
        'Version 3 of the sequence drops the spray-and-pray cadence.',
        "Next year's plan ditches the free-delivery promo.",
      ],
      keeps: ['Avoid long decks; run a discovery call first.', 'The flash sale drops the price of every sofa by 30%.'],
    },
  },
  {
    id: 'in place of it',
    direction: 'forward',
    category: 'negated',
    window: 4,
    patterns: ['instead of', 'rather than', 'in place of', 'in lieu of', 'as an alternative to'],
    examples: {
      cancels: [
        'Rather than cutting the price, add onboarding hours.',
        'Instead of a $20 voucher, send a thank-you note.',
        "Rather than saying we'll discount it, walk them through the business case.",
        "Instead of promising I'll match any competitor quote, offer onboarding.",
      ],
      keeps: [
        'Instead of long email threads book two onsite training days.',
        'Rather than wait for procurement, offer 10% off today.',
        "Pay annually rather than monthly and we'll knock £60 off the premium.",
        "Order online instead of by phone and you'll get 5% off.",
        'Collect it yourself rather than have it shipped and we take 3% off the invoice.',
      ],
    },
  },
  {
    // What we did before, said first, up to what we do now: "In the past we blasted the whole database every Friday",
    // "Previously, reps offered 20% off to close deals; now they lead with ROI".
    id: 'what we did before',
    direction: 'forward',
    category: 'retired',
    window: 16,
    // Not "last time", as often a reason to run it again ("last time we ran it, it sold out").
    patterns: ['^ (previously|in the past|back then|formerly|historically|in years past) ,? (we|our|reps|the team|sales|marketing)'],
    terminatedBy: ['now', 'today', 'currently', 'these', 'since', 'but', 'however', 'nowadays'],
    examples: {
      cancels: ['In the past we blasted the whole database every Friday.', 'Previously, reps offered 20% off to close deals; now they lead with ROI.'],
      keeps: ['Last time we ran the 20% off weekend it sold out, so run it again in May.'],
    },
  },
  {
    // Done until a time, in the past tense: "Until 2023 we bought a list of builders from a directory provider and rang through
    // it" (not "Until Friday, we offer 20% off").
    id: 'done until a date',
    direction: 'forward',
    category: 'retired',
    window: 16,
    patterns: [
      // Not a verb whose past is its present ("Till Sunday, reps put the demo fleet at 20% below list"), without a year.
      '^ (until|till|up until) ~3 (we|our|the|they|reps|sales|marketing|it|each|every) ~2 (=bought|=used|=ran|=sent|=offered|=gave|=had|=did|=called|=emailed|=mailed|=advertised|=promoted|=pushed|=sold|=showed|=listed|=rang|=posted|=texted|=dialled|=dialed|=paid|=charged|=rented|=scraped|=handed|=blasted|=discounted|=waived|=took|=allowed|=relied|=closed|=pitched|=told|=quoted|=promised|=pressed|=asked|=said|=opened|=ended|=signed off|=finished|=wrapped up)',
      // A time gone by, then anyone at all: "Until 2025 some counselors closed with: …", "Until last spring a few of the team pitched …".
      '^ (until|till|up until|up to) ({year}|the end of {year}|mid {year}|early {year}|late {year}|last year|last spring|last summer|last autumn|last fall|last winter|last quarter|last month|recently) ,? ~4 (=matched|=bought|=used|=ran|=sent|=offered|=gave|=had|=did|=called|=emailed|=mailed|=advertised|=promoted|=pushed|=sold|=showed|=listed|=rang|=posted|=texted|=dialled|=dialed|=paid|=charged|=rented|=scraped|=handed|=blasted|=discounted|=waived|=took|=allowed|=relied|=closed|=pitched|=told|=quoted|=promised|=pressed|=asked|=said|=opened|=ended|=signed off|=finished|=wrapped up)',

      // Spanish, in the imperfect: "Hasta 2024 mandábamos el mismo mensaje a todos los distribuidores".
      '^ (hasta|antes de) (el)? ({year}|{num}) ,? ~3 (=mandábamos|=enviábamos|=dábamos|=hacíamos|=comprábamos|=ofrecíamos|=llamábamos|=usábamos|=teníamos|=vendíamos|=regalábamos|=poníamos|=cobrábamos)',
      '^ (before|prior to) ({year}|last year) ,? ~4 (=bought|=used|=ran|=sent|=offered|=gave|=had|=did|=called|=emailed|=mailed|=advertised|=promoted|=pushed|=sold|=put|=showed|=listed|=rang|=posted|=texted|=dialled|=dialed|=paid|=charged|=rented|=scraped|=handed|=blasted|=discounted|=waived|=took|=let|=allowed|=relied|=closed|=pitched|=told|=quoted|=promised|=pressed|=asked|=said|=opened|=ended|=signed off|=finished|=wrapped up)',
    ],
    terminatedBy: ['now', 'today', 'currently', 'since', 'but', 'however'],
    examples: {
      cancels: [
        'Until 2023 we bought a list of builders from a directory provider and rang through it.',
        'Until 2024, reps offered 20% off to close the quarter.',
        'Up to mid-2022 we matched any written quote from a builders merchant.',
        'Hasta 2023 dábamos 10% de descuento a todos los distribuidores del norte.',
        // Over a deadline phrase its own first words open: the longer span wins.
        'Until the 2023 season we emailed a 48-hour offer to every café on file.',
        // After a heading's label, as at a sentence's start.
        'Background: until 2023 we sent a clearance sheet at 30% off to every dealer.',
        'Until last spring some of the team closed with: "Our prices go up in March. If you sign tonight, I can lock in today\'s price."',
      ],
      keeps: ['Until Friday, we offer 20% off every annual plan.'],
    },
  },
  {
    // The past told beside a practice stopped or refused: the episode is history, not the tactic ("In 2022 we bought a list
    // of 15,000 contacts; we stopped after two quarters", "We stopped buying lists in 2023, after a rented list of 18,000
    // produced 41 replies"). A date alone is no retirement: "Since 2022 we offer 10% off to schools".
    id: 'a past episode, told beside its end',
    direction: 'both',
    category: 'retired',
    window: 20,
    withCategory: ['retired', 'negated'],
    // A date with a verb in the past tense, not a year to come ("in 2026 the events budget funds ROI workshops") nor a state
    // since then ("since 2021 every new customer has had a dedicated CSM").
    patterns: [
      `(in|during|back in|until|till|by) {year} ~6 (${PAST})`,
      `(${PAST}) ~6 (in|during|back in) {year}`,
      `(the|our|a|an|that) {year} ~6 (${PAST})`,
      `last (year|year's|season|season's|spring|spring's|summer|summer's|autumn|autumn's|fall|fall's|winter|winter's|quarter|quarter's|time) ~8 (${PAST})`,
      `(${PAST}) ~8 last (year|season|spring|summer|autumn|fall|winter|quarter|time)`,
      '(years|months|seasons|quarters|a year|a season|a while) ago',
      // The episode that ended it: "… in 2023, after a rented list produced 41 replies".
      `, (after|when|once) (a|an|the|our|we|it|that|this|those|these) ~8 (${PAST})`,
    ],
    // What replaced the old practice is the new one: "Concierge onboarding replaced the setup wizard two years ago".
    terminatedBy: ['now', 'today', 'currently', 'nowadays', 'instead', 'but', 'however', "we'll", 'will', 'next', 'again', 'replaced', 'superseded'],
    examples: {
      cancels: [
        'In 2022 we bought a list of 15,000 contacts and mailed the whole list; we stopped after two quarters.',
        'We stopped buying grower lists in 2023, after a rented list of 18,000 operators produced 41 replies.',
        'We no longer buy contact lists; the 2022 purchased list bounced at 18%.',
        "No show specials this year: last year's 10% show discount only pulled orders forward.",
        'We stopped buying contact lists; the 2021 spring blast to 60,000 purchased contacts was the last one we ran.',
      ],
      keeps: [
        'Since 2022 we offer 10% off to every school.',
        'We stopped cold calling in 2023; now every rep offers a free site survey and 10% off the first order.',
        "We dropped the print ads last year, but we're keeping the 15% loyalty discount.",
        'Concierge onboarding replaced the self-serve wizard two years ago, and we are not going back.',
        'No more trade-show stands: in 2026 the events budget funds ROI workshops with our top 40 accounts.',
        "We don't outsource support; since 2021 every new customer has had a dedicated CSM from day one.",
        "No spiffs this quarter; reps who beat last quarter's number may offer 5% off to close a late deal.",
        "Don't quote on the first call, after the discovery call send a tailored proposal with 10% off for annual prepay.",
      ],
    },
  },
  {
    // To the end of a longer clause: "We no longer email-blast the whole member list with event promos".
    id: 'no longer, to its clause end',
    direction: 'forward',
    category: 'retired',
    window: 14,
    patterns: ['no longer'],
    examples: {
      cancels: [
        'We no longer email-blast the whole member list with event promos.',
        "We no longer run the 'free network audit' cold campaign to scraped lists.",
      ],
      keeps: ['We no longer print flyers; the spring promo gives 10% off online only.'],
    },
  },
  {
    id: 'a practice stopped',
    direction: 'forward',
    category: 'retired',
    patterns: [
      'no longer',
      'stop|stopped|stops|stopping',
      // Retired by ticket or order: "Deprecate the power dialer integration; all reps moved to account-based cadences".
      '=deprecate|=deprecates|=deprecating|=decommission|=decommissions|=decommissioning',
      'quit|quits',
      'cease|ceased',
      '=dropped',
      'ditch|ditched',
      'abandon|abandoned',
      'renounce|renounced|renounces|forswore|forsworn',
      '(give|gave|given|giving) up',
      'retire|retired|retiring',
      // Exactly: the stemmer makes "removal" of "remove" ("25% off laser hair removal" retires nothing).
      '=remove|=removes|=removed|=removing',
      // Taken off a page, exactly: "we took down the old 'contact sales' button" (not "reps took down the customer's details").
      '(=took|=taken) down (the|our|that|this|those|these|every|all|its|all the|all our|all of the) (old|banner|banners|page|pages|button|buttons|pop up|popup|pop ups|popups|ad|ads|post|posts|listing|listings|offer|offers|form|forms|sign|signs|poster|posters|countdown|timer|timers|website|site|landing page|widget|video|videos|tagline|copy|campaign|campaigns|gate|paywall|price|prices|pricing|promo|promos)',
      '=pulled',
      'cancel|cancelled|canceled',
      'kill|killed',
      'scrap|scrapped',
      'eliminate|eliminated',
      'moved|moving|move away from',
      '(shift|shifts|shifted|shifting|pivot|pivots|pivoted|pivoting|migrate|migrated|migrating|steer|steered|steering|transition|transitioned|transitioning|turn|turned|walk|walked|step|stepped) ~6 away from',
      'got|get rid of',
      'phase|phased|phasing out',
      'sunset|sunsetted|sunsetting',
      'axe|axed',
      'discontinue|discontinued',
      // The practice itself, named after the word (which before goods is no cue: 'discontinued goods' below).
      '(the|our|that|this|these|those|its|their|a|an) (=discontinued|=superseded|=obsolete) ~2w (promo|promos|promotion|promotions|offer|offers|discount|discounts|deal|deals|sale|sales|campaign|campaigns|scheme|schemes|programme|programmes|program|programs|script|scripts|banner|banners|sequence|sequences|cadence|cadences|practice|practices|tactic|tactics|coupon|coupons|voucher|vouchers|bundle|bundles|tier|tiers|free tier|trial|trials|plan|plans)',
      'withdraw|withdrew|withdrawn',
      // Taken off the site: "We took down the contact-sales button in March", "the pop-up was taken down".
      '(=took|=taken) down (the|our|that|this|those|these|every|all|its|all the|all our|all of the) (old|banner|banners|page|pages|button|buttons|pop up|popup|pop ups|popups|ad|ads|post|posts|listing|listings|offer|offers|form|forms|sign|signs|poster|posters|countdown|timer|timers|website|site|landing page|widget|video|videos|tagline|copy|campaign|campaigns|gate|paywall|price|prices|pricing|promo|promos)',
      '(swore|sworn|swear|swears) off',
      '=ended (the|our|all|its|their|every)',
      '=ended',
      'gave|give|giving up',
      'wound|wind down',
      'shut|shutting down',
      'switched|switch|turned|turn off',
      // A feature or an integration turned off: "Disable the auto-dialer integration for EMEA".
      '=disable|=disables|=disabling|=deactivate|=deactivates|=deactivating',
      '(=disabled|=deactivated) (the|our|all|every|its|their|auto|automatic)',
      'abolish|abolished|abolishes|abolishing',
      '(do|did|done|doing) away with',
      'done with',
      'walked|walk back',
      'retreat from',
      // "Legal struck 'lowest price in town' from the radio script."
      '(struck|strike|strikes|striking) ~6 (from|out of)',
    ],
    examples: {
      cancels: [
        'We pulled every countdown timer from the booking pages.',
        'We took down the old contact-sales button in March.',
        'Marketing took down every countdown timer from the product pages.',
        'Disable the auto-dialer integration for the Benelux team.',
        'The board abolished the referral discount after the audit.',
        'Marketing gave up buying contact lists after the audit.',
        'The team wound down the power dialer program.',
        "Legal struck 'lowest price in town' from the radio script.",
      ],
      keeps: [
        'We stopped cold calling; now every rep runs discovery first.',
        'Disabled veterans get a 10% discount on every order.',
        "Reps took down the customer's details and sent a 20% off code the same day.",
      ],
    },
  },
  {
    id: 'taken off the page',
    direction: 'forward',
    category: 'retired',
    window: 2,
    // "We took the lead form off the pricing page in March".
    patterns: [
      '(took|taken|take|takes|pulled|pull|pulls|removed|remove|removes|stripped|strip) ~12 off (the|our|every|all|each)? ~2 (page|pages|site|website|homepage|home page|form|forms|email|emails|template|templates|menu|checkout|landing page|app|store|shelves|shelf|window|windows|wall|walls|counter|counters|van|vans|board|boards)',
      // After quoted copy, the words that take it down: "We took the 'Only 1 Saturday left!' banner off the wedding page".
      '(banner|banners|sign|signs|strip|strapline|tagline|headline|sticker|stickers|poster|posters|popup|pop up|badge|badges|slogan|ribbon|ribbons|timer|timers) (off|down from|from) (the|our|every|all|each)? ~2 (page|pages|site|website|homepage|home page|email|emails|template|templates|menu|checkout|landing page|app|store|window|windows|wall|walls|counter|counters|van|vans|board|boards)',
    ],
    examples: {
      cancels: [
        'We took the lead form off the pricing page in March, so anyone can see list prices.',
        'Marketing took the countdown clock off the wedding page after guests complained.',
        'Pull the countdown timer off every landing page.',
        'We took the "Contact us for pricing" button off the private-office pages in 2023.',
      ],
    },
  },
  {
    id: 'to be taken down',
    direction: 'both',
    category: 'retired',
    window: 12,
    // What must come down is retired, and the date it comes down by is no deadline of an offer.
    patterns: [
      '(must|should|will|needs to|need to|has to|have to|is to|are to) (come down|be taken down|be pulled|be removed|be retired|be deleted|be scrapped)',
      '(take|takes|pull|pulls) (the|that|this|it|them|those|these)? ~3 (down|offline) (by|before)',
    ],
    examples: {
      cancels: [
        "The 'Last chance to register' banner is from the spring show and must come down before doors open.",
        "The 'last chance' banner must come down by Monday.",
        'Take the countdown timer down by Friday.',
      ],
    },
  },
  {
    id: 'what we moved on to',
    direction: 'backward',
    category: 'retired',
    scope: 'sentence',
    window: 20,
    // What came before it is what we left: "the spray-and-pray sequence torched our domain, so we moved to 40-account pods".
    patterns: [
      '(so|and|then|since then|after that|after which) (we|the team|marketing|sales) (moved|switched|shifted|pivoted|went back|changed|migrated) (to|over to|back to)',
    ],
    examples: {
      cancels: [
        'Retro: the spray-and-pray sequence in Q2 torched our domain reputation, so we moved to 40-account pods.',
        'The countdown banner cut conversions by a third, and we switched to a plain renewal notice.',
      ],
      keeps: ['We moved to 10% off annual plans last spring.'],
    },
  },
  {
    id: 'an incident written up',
    direction: 'forward',
    category: 'retired',
    scope: 'sentence',
    window: 40,
    // What a bug or an outage did is no tactic: "Root cause: a retry loop sent the notice twice to 2,000 accounts".
    // ("Post mortem:" and "What went wrong:" are read by "a lesson from the past", below.)
    patterns: ['^ (root cause|incident|incident report|incident summary|outage|bug|bug report|what happened|rca) :'],
    examples: {
      cancels: [
        "Root cause: a retry loop sent the 'your contract ends soon' notice twice to 2,000 accounts.",
        'Incident: the promo engine applied 50% off to every cart for an hour.',
      ],
      keeps: ['Next step: 20% off for the accounts the outage hit.'],
    },
  },
  {
    id: 'a practice replaced',
    direction: 'forward',
    category: 'retired',
    // The verb, not the noun: "the replacement offer is 10% off" is live.
    // The verb, exact: "riders can switch on swaps from the app" replaces nothing.
    patterns: ['=replace|=replaces|=replaced|=replacing', '=swap|=swapped|=swapping out?', 'trade|traded ~1 out'],
    terminatedBy: ['with', 'by', 'for'],
    examples: {
      cancels: ['Replace the seasonal promo code with a loyalty call.'],
      keeps: ['Replace the manual setup with white-glove onboarding.'],
    },
  },
  {
    id: 'what we must not say',
    direction: 'forward',
    category: 'negated',
    window: 20,
    // What is not to be said is not done, however long: "must not tell customers the price is about to rise just to hurry a purchase".
    patterns: [
      "(not|never|don't|do not|mustn't|must not|shouldn't|should not|can't|cannot|won't|will not|no one may|nobody may) (tell|tells|say|says|promise|promises|claim|claims|imply|implies|suggest|suggests|pretend|pretends|threaten|threatens|hint|hints|warn|warns) (customers|buyers|clients|prospects|patients|members|guests|anyone|people|them|him|her|the customer|the buyer|the client|that)?",
      // "Reps are not to hint that rates will rise or that space is running out".
      '(not|never) to (tell|say|promise|claim|imply|suggest|pretend|threaten|hint|warn) (customers|buyers|clients|prospects|patients|members|guests|anyone|people|them|him|her|the customer|the buyer|the client|that)?',
      // "I'm not going to try to talk you into staying with a coupon".
      "(not|never|won't|will not|don't|do not) (going to|gonna)? (try to)? (talk|push|pressure|rush|hurry|guilt|sweet talk|bribe|coax) (you|them|anyone|him|her|the customer|the client|people|customers|clients) into",
    ],
    examples: {
      cancels: [
        'Store managers must not tell customers the price is about to rise just to hurry a purchase.',
        'Never tell a prospect the offer ends Friday when it does not.',
        "Reps don't imply that only two seats are left to speed things up.",
        'Reps are not to hint that rates will rise or that space is running out to get a renewal over the line.',
        "I'm not going to try to talk you into staying with a $50 coupon.",
      ],
    },
  },
  {
    // What our people may not do reaches the whole of what follows it in its clause: "Reps are not allowed to tell a customer the
    // van is nearly booked up", "Staff are forbidden from promising a second visit at no charge".
    id: 'what we are not allowed to do',
    direction: 'forward',
    category: 'negated',
    window: 20,
    patterns: ["(not|never|isn't|aren't) (allowed|permitted|authorised|authorized|supposed) to", '(forbidden|prohibited|banned|barred|disallowed) (to|from)'],
    // What is allowed instead, or the case in which it is: "not allowed to cut the price unless the CFO signs, then 10% off".
    terminatedBy: ['but', 'unless', 'except', 'instead', 'only', 'who', 'whose'],
    examples: {
      cancels: [
        'Reps are not allowed to tell a customer the van is nearly booked up.',
        'Staff are forbidden from texting the whole database with the spring offer.',
        'Drivers are not permitted to hand out the clearance flyer with 30% off at the depot gate.',
      ],
      keeps: [
        'Reps are not allowed to change the price list, but the manager can approve 10% off.',
        'Installers are not allowed to accept tips from homeowners who got the 25% spring discount.',
      ],
    },
  },
  {
    id: 'a list of what is not done',
    direction: 'forward',
    category: 'negated',
    scope: 'sentence',
    window: 40,
    patterns: [
      "(banned|forbidden|prohibited|off limits|not allowed|never|don't|do not|avoid|no go) ~1 (practices|tactics|plays|phrases|words|terms|wording|lines|copy|habits|methods|approaches|techniques|list|zone) :",
      "(things|what) (we|reps|you) (don't|never|won't|do not|will not) (do|say|use|write|send) :",
      // Of our people, with a modal: "What our people may not do: pay for the special, …", "Things reps must never offer:".
      '(things|what) (we|you|reps|staff|sales|salespeople|agents|advisers|advisors|our people|our staff|our team|our reps|the team|our advisers|our advisors|our agents|our engineers|our counselors|our counsellors|our consultants|our managers|our kams) (may|must|can|should|shall) (not|never) (do|say|use|write|send|offer|promise) :',
      "(things|what) (we|you|reps|staff|sales|salespeople|agents|advisers|advisors|our people|our staff|our team|our reps|the team|our advisers|our advisors|our agents|our engineers|our counselors|our counsellors|our consultants|our managers|our kams) (mustn't|can't|cannot|shouldn't) (do|say|use|write|send|offer|promise) :",
      // As a heading, or of us: not of another ("Large sites get a service model the smaller contracts don't: a named manager …").
      "^ (not allowed|never|don't|do not|avoid|no) :",
      "(rules|rule|guidance|policy) ~4 (not allowed|never|don't|do not|avoid) :",
      "(we|reps|you|i) (don't|never|won't|do not|will not) :",
      '(stop|stopped|quit|quitting|stopping) doing :',
    ],
    // A list of what is kept may follow in the same sentence: "Stop doing: cold blasts; keep doing: the free trial".
    // … or of what is done, after it: "…; what they must do: run a needs analysis".
    terminatedBy: ['keep', 'keeps', 'start', 'continue', 'allowed', 'approved', 'instead', 'must'],
    examples: {
      cancels: [
        'Banned phrases: act now, last chance and only two left.',
        'Never: flash sales, price cuts or bought lists.',
        'What our people may not do: pay for a promotion, give stock for it, or take 10% off the case price.',
      ],
      keeps: [
        'Allowed phrases: 20% off for multi-year terms.',
        "Large sites get a service model the smaller contracts don't: a named account manager and a monthly on-site walkthrough.",
        'What our people may not do is wait: the 10% early-order price ends on Friday.',
      ],
    },
  },
  {
    id: 'a request turned down',
    direction: 'forward',
    category: 'negated',
    scope: 'sentence',
    window: 40,
    patterns: ['^ (denied|rejected|declined|refused|not approved|vetoed|turned down|no) :'],
    examples: {
      cancels: ['Denied: a 25% discount on the Orion renewal; hold at list.', 'Rejected: putting the pricing page behind a form.'],
      keeps: ['Approved: 8% off the renewal for a two-year term.'],
    },
  },
  {
    id: 'a lesson from the past',
    direction: 'forward',
    category: 'retired',
    scope: 'sentence',
    window: 40,
    patterns: [
      '^ (mistake|mistakes|lesson|lessons|lessons learned|post mortem|postmortem|regret|regrets|what went wrong|what not to repeat|what failed|cautionary tale) :',
      "^ (last year's|last quarter's|last month's|our|a|an|the|biggest|past|big|costly) ~1 (mistake|mistakes|lesson|lessons|regret|regrets|failure|failures) :",
    ],
    // What we will do now is the lesson applied: "Lessons learned: next launch we'll run discovery calls first".
    terminatedBy: ["we'll", 'will', 'next', 'henceforth'],
    examples: {
      cancels: ['Lesson learned: we emailed the entire database and a third bounced.'],
      keeps: ['Next step: a discovery call with the ops lead.', "Lessons learned: next launch we'll run discovery calls with five design partners first."],
    },
  },
  {
    id: 'a negation that leads the sentence',
    direction: 'forward',
    category: 'negated',
    scope: 'sentence',
    window: 30,
    patterns: [
      '(under no circumstances|in no circumstances|in no case|at no point|on no account|in no way|by no means|at no time|not once|not ever|never ever)',
    ],
    examples: { cancels: ['Under no circumstances, not even at quarter end, does a rep offer a discount.'] },
  },
  {
    id: 'something we never do',
    direction: 'backward',
    category: 'negated',
    window: 6,
    patterns: [
      "(is|are) (something|a thing|an approach|a tactic|a practice|a move|a play|what) (we|our reps|you|reps|this team) ~2 (never|don't|do not|won't|will not|avoid|refuse|reject)",
      "(is|are) not (something|a thing|an approach|a tactic|what|who) (we|we'll|we will|our reps|you|reps)",
    ],
    examples: { cancels: ['A discount is something we never, under any circumstances, lead with.', "Free trials are not something we'll offer for hardware."] },
  },
  {
    id: 'a list of what was stopped',
    direction: 'forward',
    category: 'retired',
    scope: 'sentence',
    window: 40,
    patterns: [
      'retired|dropped|discontinued|deprecated|sunset|sunsetted|killed|scrapped|removed|old|former|legacy|past ~1 (practices|tactics|plays|phrases|programmes|programs|offers|promotions|campaigns|habits|methods|approaches|techniques) :',
      '(what|things) we (stopped|dropped|retired|killed) ~1 :',
      '^ (retired|sunset|sunsetted|discontinued|deprecated|dropped|removed|killed|ended|archived|legacy|graveyard|stopped) :',
    ],
    examples: {
      cancels: ['Retired tactics: countdown timers, flash sales and purchased lists.'],
      keeps: ['Current offers: 15% off annual plans.', 'During Nor-Fishing we host the owners of our largest fleet accounts at an executive dinner.'],
    },
  },
  // Negation after the signal (NegEx post-triggers).
  {
    // A slide or list headed so: "Slide 9: What we stopped doing - bought lists, generic templates" (not "tell us what we stopped
    // doing that you miss", nor "what we stopped doing was X; what replaced it is Y", which says what replaced it).
    id: 'a heading of what we stopped',
    direction: 'forward',
    category: 'retired',
    // Over the dash that follows it.
    scope: 'sentence',
    window: 14,
    patterns: ['^ (what|things) we (stopped|dropped|retired|killed|gave up|quit) doing'],
    terminatedBy: ['was', 'is', 'were', 'replaced', 'instead', 'now', 'today', 'that', 'which'],
    examples: {
      cancels: ['What we stopped doing - bought lists, generic templates, spray-and-pray sequences.'],
      keeps: ['What we stopped doing was cold calls; what replaced it is an executive briefing for each buying group.'],
    },
  },
  {
    // What the buyers are said to dislike is what we keep away from: "Kiwi farmers hate the hard sell", "their CFOs are sick
    // of countdown offers", not "customers hate waiting, so we knock 10% off late orders" (the dislike is of the wait).
    id: 'what they dislike',
    direction: 'forward',
    category: 'negated',
    window: 3,
    patterns: [
      // The buyer's side, not our own reps ("Our SDRs hate cold-calling bought lists, but it is still 40% of their week").
      "(they|buyers|customers|clients|prospects|people|farmers|growers|owners|families|parents|patients|guests|members|shoppers|procurement|cfos|ceos|directors|managers|landlords|tenants|dealers|retailers|planners|couples|homeowners|leads|buyer|customer|client|prospect|owner) (really|all|generally|mostly|absolutely|just)? (hate|hates|loathe|loathes|detest|detests|dislike|dislikes|resent|resents|can't stand|cannot stand|are tired of|is tired of|are sick of|is sick of|are fed up with|is fed up with|switch off at|switches off at) (the|any|a|all|being)?",
    ],
    // Each item of a list they dislike: "Procurement leads hate exploding offers and countdown timers".
    terminatedBy: [',', ';', 'so', 'but', 'which', 'because'],
    examples: {
      cancels: ['Kiwi farmers hate the hard sell, so leave the quote on the bench and ring back in a fortnight.', 'Their CFOs are sick of countdown offers.'],
      keeps: ['Customers hate waiting, so we knock 10% off any late order.', 'Our SDRs hate cold-calling bought lists, but it is still 40% of their week.'],
    },
  },
  {
    id: 'a negation after it',
    direction: 'backward',
    category: 'negated',
    patterns: [
      '=not (allowed|permitted|offered|included|available|used|needed|required|welcome|acceptable|approved|here|ok|okay|done|on the menu)',
      'not (an option|part of|for us|our style|how we|who we are|what we do)',
      '(is|are|was|were) (false|untrue|wrong|not true|fake|a myth|made up|unfounded)',
      '(must|should|may|can|shall|will) (never|not) be|go|get',
      "(mustn't|shouldn't|can't|cannot|won't) be|go|get",
      'off the table',
      'off limits',
      // Not part of the plan at all: "Loading every contact from the purchased export into the sequencer is out of scope for ABM".
      '(is|are|was|were) (out of scope|not in scope|outside the scope)',
      'is|are|was|were|be|been|get|gets|got|being (strictly|absolutely|explicitly|completely|totally|expressly|firmly|now|also)? (prohibited|forbidden|banned|outlawed|vetoed|rejected|declined|refused|blocked|denied|not allowed|not permitted)',
      'is|are|was|were|got|been (turned down|shot down|not approved|ruled out|taken off the table|voted down|voted against|overruled|knocked back|blocked|nixed)',
      'is|are|was|were =not',
      "isn't|aren't|wasn't|weren't",
      'is|are|was|were never',
      "(don't|do not|doesn't|does not) belong|work|fly|happen|apply",
      'never ~1 used|happen|happens|works|worked',
      "(won't|will not) be",
      "we (don't|never|won't) do",
      'has|have|had ~1 no place',
      "(isn't|is not|aren't|are not) ~1 something|a thing we",
      'is|are|was|were a no',
      'no thanks',
    ],
    examples: {
      cancels: [
        'Price cuts are off the table this year.',
        'The scarcity banner marketing proposed was rejected.',
        "Spam-style blasts don't fly with this segment.",
        'A purchased contact list must never be loaded into the sequencer.',
        'Blasting the whole prospect database is out of scope for this programme.',
      ],
      keeps: ['Rebates are available on request.'],
    },
  },
  {
    // A step the buyer may skip is no gate: "Can I get a demo? Sure - demos are optional; you can sign up without one".
    id: 'optional, not required',
    direction: 'backward',
    category: 'negated',
    scope: 'previous-sentence',
    window: 14,
    traits: ['gated'],
    patterns: [
      '(demo|demos|call|calls|sales call|form|forms|registration|sign up|signup|consultation|meeting|meetings|contact details|details) (is|are) (always|entirely|completely|totally|purely)? (optional|voluntary|never required|not required|not needed|never needed)',
    ],
    examples: {
      cancels: [
        'Can I get a demo first? Of course, though demos are optional and the trial opens without one.',
        'Want to talk to sales? The call is entirely optional.',
      ],
      keeps: ['The call is optional, but prices are only sent after a discovery call.'],
    },
  },
  {
    id: 'stopped, after it',
    direction: 'backward',
    category: 'retired',
    window: 10,
    patterns: [
      'is|are|was|were|been|got (shut down|shuttered|wound up|wound down)',
      'is|are|was|were|be|been|get|gets|got|being (discontinued|retired|dropped|removed|=cancelled|=canceled|scrapped|abandoned|replaced|phased|killed|sunset|sunsetted|pulled|eliminated|axed|deprecated|withdrawn|shelved|=ended|stopped|paused|suspended|halted|binned|mothballed|gone|dead|history|over|finished|closed down|wound down|switched off|turned off|taken down|taken out|cut out|struck out|a thing of the past|decommissioned|unplugged|retired)',
      'is|are|was|were no longer',
      'no longer',
      'moving|moved away from',
      'has|have|had been replaced|dropped|retired|removed|discontinued|cancelled|canceled|scrapped|banned|ended|stopped|withdrawn|pulled|shelved|paused|killed',
      '=ended|=ceased|=stopped|=expired',
      // A scheme that closed, in the past: "The startup discount program closed in June 2025" (not "the offer closes Friday").
      '(program|programme|programs|programmes|scheme|schemes|promotion|promotions|promo|promos|campaign|campaigns|initiative|pilot|offer|offers|deal|deals) (has|have|had)? (=closed|=lapsed|=shut|shut down) (in|on|at the end of|last|back in|after|for good|.|;)',
      // The object first, as in German or Spanish word order: "The free trial we have abolished last year", "Cold calling we stopped in May".
      '(we|they|management|the company|the board|the team) (have|had|has)? (=abolished|=stopped|=dropped|=scrapped|=discontinued|=retired|=killed|=cancelled|=canceled|=ended|=removed|=disabled|=deactivated|=axed|=banned|=eliminated)',
      // "80 dials a day used to be the SDR target".
      '(=used to be|=was once|=were once|=used to get|=used to run)',
      'went away',
      'came down',
      'belongs|belong to the past',
      '(is|are|was|were|got|been) (cut|dropped|removed|pulled|struck) from',
      '(stays|stay|kept|keep|stayed) (off|out of)',
      'is|are dead',
      'died',
    ],
    examples: {
      cancels: [
        'The spring flash sale was withdrawn after two weeks.',
        'The referral discount programme closed last spring.',
        'On-site audits ended after the merger.',
        'Our BOGO bundles came down in January.',
        'The free trial we have abolished last year because nobody converted.',
        'The 2-for-1 deal we stopped in May, it did not bring margin.',
        'The bulk SMS campaigns management has banned for all regions.',
      ],
      keeps: ['The list price is gone for founding members: 40% off.'],
    },
  },
  {
    id: 'what was said before, stopped',
    direction: 'backward',
    category: 'retired',
    scope: 'previous-sentence',
    window: 30,
    patterns: [
      "(we are|we're|we will be|we'll be|we) (stopping|dropping|retiring|killing|ending|scrapping|cutting|pausing|shelving|binning) (that|this|it|those|these|them)",
      "(we are|we're|we) (not|never) (doing|running|repeating|trying|using|sending) (that|this|it|those|these|them) again",
      `(${PAST}) ~10 (we|we'll|we will|we won't|we will not) (not|never|won't|will not)? be (doing|running|repeating|trying|using|sending) (that|this|it|those|these|them) again`,
      '(not|never) (doing|running|repeating|trying|using|sending) (that|this|it|those|these|them) again',
      // "In 2023 we tried emailing every cafe in a scraped list; we have not done it since."
      "(have|has|had|haven't|hasn't|hadn't) (not|never)? (done|run|tried|used|repeated|sent|bought|touched) (that|this|it|those|these|them|one|any) (since|again)",
      '(it|this|that|they|these|those|both) (has been|have been|was|were|got|is|are) (discontinued|retired|dropped|removed|cancelled|canceled|scrapped|abandoned|killed|sunset|sunsetted|pulled|axed|withdrawn|shelved|stopped|paused|banned|ended|phased out|shut down|shuttered|closed down|wound down|switched off|turned off)',
      // A rule against it, said after it: "… offer a free trial load to get on our list; this is prohibited", ", which is not allowed".
      // The pronoun opens its clause: not "forwarding it is prohibited".
      // Not "it", which opens a rule of its own ("It is not permitted to stack this with other offers").
      "(;|,|:) (this|that|which|these|those|both|that's) (is|are|was|were|has been|have been)? (strictly|absolutely|expressly|now|also)? (prohibited|forbidden|not allowed|not permitted|disallowed|outlawed|against policy|against our policy|against the rules|against our rules)",
      "^ (this|that|these|those|both|that's) (is|are|was|were|has been|have been)? (strictly|absolutely|expressly|now|also)? (prohibited|forbidden|not allowed|not permitted|disallowed|outlawed|against policy|against our policy|against the rules|against our rules)",
      // A rule that forbids it, or what doing it is: "…; our code of conduct forbids this", ", a disciplinary matter under our policy".
      "(forbids|forbid|prohibits|prohibit|bans|outlaws|does not allow|doesn't allow|do not allow|don't allow|won't allow|will not allow|does not permit|doesn't permit) (this|that|these|those|it|them)",
      '(;|,|:) (a|an|which is a|that is a|this is a) (disciplinary matter|disciplinary offence|disciplinary offense|sackable offence|fireable offense|firing offense|compliance breach|breach of policy|breach of our policy)',
      // "… were giving 15% to close quickly; that practice was stopped in April 2024."
      '(this|that|these|those|the) (practice|practices|approach|habit|habits|tactic|tactics|policy|scheme|programme|program|offer|promo|promotion|campaign) (has been|have been|was|were|got) (discontinued|retired|dropped|removed|cancelled|canceled|scrapped|abandoned|killed|pulled|axed|withdrawn|shelved|stopped|paused|banned|ended|phased out)',
      // "… 'Don't be the next headline' ads. Those ads were pulled in 2022."
      '(this|that|these|those|both) (ad|ads|email|emails|banner|banners|campaign|campaigns|offer|offers|promo|promos|line|lines|subject line|subject lines|script|scripts|sequence|sequences|flyer|flyers|mailer|mailers|slogan|slogans|headline|headlines) (has been|have been|was|were|got) (discontinued|retired|dropped|removed|cancelled|canceled|scrapped|abandoned|killed|pulled|axed|withdrawn|shelved|stopped|paused|banned|ended|phased out)',
      '(it|this|that) (=ended|=stopped|=expired|=died|=flopped|=backfired)',
      // Not our way, said after it: "… some people still say 'always be closing'. That does not fit how we work".
      "(that|this|it) (does not|doesn't|do not|don't) (fit|suit|match|reflect) (how we|the way we|what we|our|us|who we)",
      '(took|take|pulled|pull|ripped|rip|threw|throw|turned|turn|switched|switch|shut|tore|tear) (it|them|that|those|these) (out|off|down)',
      '(got|get) rid of (it|them|that|those|these)',
      '(swore|sworn|swear|swears) off (it|them|that|those|these)',
      '(gave|give|given) up on (it|them|that|those|these)',
      // "We tried a £20 voucher in 2022 and dropped it."
      '(and|then|but|so|before we|until we) (=dropped|=scrapped|=killed|=ditched|=abandoned|=stopped|=ended|=binned|=pulled|=retired|=shelved|=axed|=canned|=cancelled|=canceled) (it|them|that|those|these)',
      // "… used fear copy (…). Marketing pulled it after complaints."
      '(=pulled|=dropped|=scrapped|=killed|=retired|=binned|=shelved|=axed|=canned|=withdrew|=removed) (it|them|that|those|these) (after|because|when|following|once)',
      // "… discounted customers left twice as fast, so we stopped discounting in January."
      '(so|and so|which is why|that is why|so in the end) (we|i|the team|sales) (stopped|dropped|ended|quit|scrapped|killed|retired|abandoned|banned)',
    ],
    examples: {
      cancels: [
        'The spring promo took 20% off every plan; it has been discontinued.',
        'Some reps give 20% off to close a deal on the spot; this is prohibited.',
        'Some hauliers offer a free trial week to win a new lane; this is prohibited.',
        'A few stores put countdown banners in the window. That is against policy.',
        'We ran a flash sale in May. We are not doing that again.',
        'Our churn analysis showed discounted customers left twice as fast, so we stopped discounting in January.',
        'We tried a £20 voucher and dropped it: it brought back bargain hunters.',
        'Reps tested a countdown banner for a month, then scrapped it.',
        "In 2020 we ran 'Don't be the next outbreak headline' ads. Those ads were pulled in 2022.",
        "In 2023 we ran an SMS campaign ('Last chance to book!'). It was shut down after a week.",
        "The 2022 campaign said 'Only 3 seats left!'. Marketing pulled it after complaints.",
      ],
      keeps: [
        'Discounts hurt margin last year. We stopped cold outreach; keep the 10% loyalty rate.',
        'Email members the 10% renewal code; forwarding it is prohibited.',
      ],
    },
  },
  {
    // Said short, of the clause before: "we bought a list of 50k off some guy and half bounced, never again" (not of a sentence
    // before that clause: "Send SPRING15 for 15% off; test the link first, we sent a broken one in March, never again").
    id: 'never again',
    direction: 'backward',
    category: 'retired',
    window: 14,
    patterns: ['(,|;) (never again|not again)'],
    examples: {
      cancels: ['We bought a list of 50,000 names off a broker and half bounced, never again.'],
      keeps: ['Send SPRING15 for 15% off; test the link first, we sent a broken one in March, never again.'],
    },
  },
  {
    id: 'a retirement announced',
    direction: 'both',
    category: 'retired',
    window: 4,
    patterns: [
      '(=retirement|=sunset|=sunsetting|=deprecation|end of life|=eol|=discontinuation|=shutdown|wind down|phase out|=phaseout) (notice|plan|announcement|date|memo|schedule|of)?',
      // A removal announced, not hair removal or snow removal: "Removal of the loyalty discount", "withdrawal notice".
      '(=removal|=withdrawal) (notice|plan|announcement|date|memo|schedule|of)',
    ],
    examples: {
      cancels: ['Free Trial Retirement Notice', 'The sunset of the freemium plan is in March.', 'Removal of the 10% loyalty discount from 1 April.'],
      keeps: ['This month only: 25% off laser hair removal packages of six sessions.'],
    },
  },
  {
    id: 'banned, as a headline',
    direction: 'backward',
    category: 'negated',
    window: 4,
    patterns: ['=prohibited|=forbidden|=banned|=barred|=disallowed|=outlawed|=verboten|=vetoed'],
    examples: { cancels: ['Auto-dialling prohibited for public-sector accounts', 'Countdown timers banned in renewal mail'] },
  },
  {
    id: 'against it',
    direction: 'forward',
    category: 'negated',
    window: 1,
    // A rule against the practice: "Anti-rebating and inducement rule", "our anti-discounting policy"; not an "anti-churn discount".
    patterns: [
      '=anti (rebating|rebate|rebates|discounting|discount|discounts|coupon|coupons|couponing|spam|spamming|blast|blasting|dialling|dialing|dialler|dialer|pressure|urgency|gating|scarcity|scraping)',
    ],
    examples: {
      cancels: ['Anti-rebating rule: no gifts worth more than $25', 'Our anti-discounting policy applies to every region.'],
      keeps: ['Offer the anti-churn discount to accounts flagged at risk.', 'Anti-ageing flash sale, today only.'],
    },
  },
  {
    id: 'a heading answered none',
    direction: 'backward',
    category: 'negated',
    window: 6,
    // "Discount approvals this quarter: none.", "Free trials granted: zero".
    patterns: [': (none|nil|zero|0|n a)'],
    examples: {
      cancels: ['Discount approvals this quarter: none.', 'Free trials granted in Q3: zero.', 'Mass emails sent last month: nil.'],
      keeps: ['None of the codes expire: 20% off until Friday.'],
    },
  },
  {
    id: 'stopped, as a headline',
    direction: 'backward',
    category: 'retired',
    window: 3,
    patterns: ['=removed|=retired|=dropped|=killed|=scrapped|=sunset|=sunsetted|=discontinued|=deprecated|=paused|=axed|=pulled|=gone|=binned|=shelved|=ended'],
    examples: { cancels: ['Countdown banner removed', 'Spring flash sale: scrapped'] },
  },
  {
    // A rule switched off, as its label: "disabled: if lead age > 30d -> blast to all contacts", "Paused: SMS blast to every
    // lapsed member".
    id: 'a rule switched off',
    direction: 'forward',
    category: 'retired',
    scope: 'sentence',
    window: 40,
    patterns: [
      '^ (=disabled|=deactivated|=paused|=inactive|=archived|switched off|turned off|=off) :',
      '^ (status|state) : (=disabled|=deactivated|=paused|=inactive|=archived|=off)',
    ],
    examples: {
      cancels: ['disabled: if lead age > 30d -> blast to all contacts', 'Paused: SMS blast to every lapsed member on Fridays.'],
      keeps: ['Active: 10% off the first order for every referral.'],
    },
  },
  {
    // A practice our people are penalised for is forbidden: "Consultants who lean on a homeowner to sign the same day lose lead
    // allocation for a month" (not "Customers who don't renew by Friday lose the 10% rate", a threat to the buyer).
    id: 'a practice penalised',
    direction: 'forward',
    category: 'negated',
    window: 2,
    patterns: [
      '(consultants|reps|agents|staff|salespeople|advisers|advisors|sdrs|bdrs|aes|account managers|anyone on the team|any rep|a rep|any consultant|a consultant) who ~12 (lose|loses|forfeit|forfeits|are disciplined|is disciplined|get a written warning|gets a written warning|get a warning|gets a warning|are taken off|is taken off|are removed from|is removed from|face disciplinary|faces disciplinary)',
      // Our own outlets answer for it: "Any location running a discount below the brand floor will receive a compliance notice".
      '(any|a|every|each) (location|locations|store|stores|branch|branches|franchisee|franchisees|franchise|outlet|outlets|dealer|dealers|dealership|site|sites|clinic|clinics|office|offices|shop|shops|studio|studios|reseller|resellers|partner|partners|member|members|rep|reps|agent|agents) (that|which|who|running|caught|found|seen|using|sending|offering) ~12 (will|would|can|may|must)? (receive|receives|get|gets|face|faces|be sent|is sent|are sent|be issued|is issued) (a|an)? (compliance|formal|written|final|breach|default|warning|audit) (notice|letter|warning|strike|review|audit)?',
      '(any|a|every|each) (location|locations|store|stores|branch|branches|franchisee|franchisees|franchise|outlet|outlets|dealer|dealers|dealership|site|sites|clinic|clinics|office|offices|shop|shops|studio|studios|reseller|resellers|partner|partners|member|members|rep|reps|agent|agents) (that|which|who|running|caught|found|seen|using|sending|offering) ~12 (will be|is|are|gets|get) (fined|suspended|audited|disciplined|terminated|written up|put on notice|delisted|struck off|removed from)',
    ],
    examples: {
      cancels: [
        'Consultants who lean on a homeowner to sign the same day lose lead allocation for a month.',
        'Any location running a clearance sale without head-office sign-off will receive a compliance notice.',
        'A dealer caught advertising 0% finance below the floor gets a formal warning.',
        'Any reseller found blasting our brand to bought lists will be delisted.',
      ],
      keeps: ["Customers who don't renew by Friday lose the 10% loyalty rate."],
    },
  },
  {
    id: 'what we used to do',
    direction: 'forward',
    category: 'retired',
    patterns: [
      'used to',
      'once used to',
      'formerly',
      'previously',
      'in the old days',
      'back in the day',
      // Told in the past: "Before that, prices were only given out after a meeting" (not "Before that, we run a pilot").
      `^ (before that|before then|back then|in those days|at the time|until that point) ,? ~3 (${PAST})`,
    ],
    examples: {
      cancels: [
        'We used to send bulk SMS to every number we had.',
        'Reps previously offered 20% off to close.',
        'Since March 2024 our prices are on the website. Before that, prices were only given out after a meeting.',
      ],
      keeps: ['Launch is in May. Before that, we run a pilot with 10% off for design partners.'],
    },
  },
  {
    id: 'weighed and passed over',
    direction: 'forward',
    category: 'negated',
    // Only what lies between: what was chosen instead is the tactic ("… and went with a free onboarding week instead").
    window: 0,
    patterns: [
      '(considered|weighed|floated|debated|discussed|explored|toyed with|thought about|looked at|trialled|piloted) ~12 (and|but|then) (chose|went with|opted for|picked|settled on|went for|decided on|stuck with|kept)',
    ],
    examples: {
      cancels: [
        'Marketing weighed a 30% flash sale and went with a customer evening.',
        'The team looked at buying a contact list but settled on referrals.',
        'We toyed with a countdown banner, then stuck with the plain page.',
      ],
      keeps: ['We considered the options and chose a 20% discount for schools.'],
    },
  },
  {
    id: 'the answer is no',
    direction: 'backward',
    category: 'negated',
    scope: 'sentence',
    window: 20,
    // What the sentence proposes, refused in the same breath: "If anyone proposes buying a homeowner list again, the answer is no."
    patterns: ['(the|our) answer (is|was|will be|stays|remains) (no|a no|still no|always no|a hard no|a firm no)'],
    examples: {
      cancels: [
        'If anyone proposes buying a homeowner list again, the answer is no.',
        'Should marketing want a countdown banner on the renewal page, the answer is a firm no.',
      ],
      keeps: ['The 20% launch discount applies to the first year only. If they ask whether it carries into year two, the answer is no.'],
    },
  },
  {
    id: 'a proposal turned down',
    direction: 'backward',
    category: 'negated',
    scope: 'previous-sentence',
    window: 30,
    patterns: [
      '(decided|decide|decides) against (it|this|that|the idea)?',
      '(vetoed|rejected|killed|nixed|shelved|binned|parked|scrapped) (it|this|that|the idea|the plan|the proposal)',
      '(the idea|the plan|the proposal|the suggestion) (was|got|has been|is)? (dropped|rejected|vetoed|killed|shelved|scrapped|abandoned|binned|parked|turned down|shot down)',
      '(we|they|he|she|i|legal|lead|manager|board|team|finance|cfo|ceo|leadership|compliance|director|vp) ~2 (said|says) no',
      '(we|legal|manager|managers|board|team|finance|cfo|ceo|leadership|management|compliance|director|vp|head of sales|exec team) ~1 (refused|declined|objected|vetoed it|overruled it|overruled them|blocked it|killed it|shut it down)',
      '(turned|turn|turns) (it|this|that|the idea) down',
      "(won't|will not|wouldn't|would not|didn't|did not|refused to|refuses to|declined to|declines to) (approve|allow|sign off on|sign off|authorise|authorize|back|fund) (it|that|this|them)",
      // A motion or proposal that did not pass: "Motion to introduce a 20% discount was defeated 5–2", "was tabled and deferred".
      '(was|were|has been|got) (defeated|tabled|deferred|not carried|not adopted)',
      '(passed|pass|passes) on (it|this|that|the idea)',
      '(ruled|rule|rules) (it|this|that|the idea) out',
      // A draft sent back, as it ends: "Marketing's headline said 'ACT NOW before prices rise!' and compliance sent it back." ("once legal sends it back, countersign" is our process.)
      '(compliance|legal|brand|board|leadership|management|finance|regulator|editor|director|ceo|cfo|vp) (sent|kicked|bounced|threw) (it|them|that|those|this|these) back .|;|!',
      // An answer given: "Told her no."
      '(told|refused|declined) (them|her|him|the client|the customer|the buyer|the prospect) (no)? .|;|!',
      '(we|i|leadership|the board|management|finance|the team|sales) (passed|declined) .|;|!',
      // An answer set down after the question: "Question from rep: can we offer a free month? Deal desk: not approved".
      ': (not approved|denied|declined|rejected|refused|vetoed|turned down) (;|.|,|!)',
    ],
    examples: {
      cancels: [
        'Marketing asked to blast the whole list; sales leadership refused.',
        'We looked at a spring flash sale but decided against it.',
        'Someone floated a countdown banner; the growth lead said no.',
        'Marketing pitched hosting a VIP dinner, but the idea was dropped.',
        'Rep asks: can we offer a free month to make up for the delay? Deal desk: not approved.',
        'Motion to introduce a 20% introductory discount was defeated 5–2.',
        "Marketing's draft headline said 'ACT NOW before prices rise!' and compliance sent it back.",
        'A board member floated a Black Friday flash sale; we passed.',
        'CRM: client wondered whether we do early-bird pricing for 2026 dates. Told her no.',
        "A 25% markdown would clear the stock, but the owner won't approve it.",
        'A proposal to purchase a 50,000-name list was tabled and deferred to the next meeting.',
      ],
    },
  },
  {
    id: 'a proposal refused',
    direction: 'forward',
    category: 'negated',
    window: 14,
    patterns: [
      "(rejected|vetoed|nixed|blocked|killed|declined|refused|overruled|shelved|binned|parked|scrapped|dropped|turned down|shot down|voted down|knocked back|ruled out|passed on|said no to|pushed back on) (the|a|an|our|their|his|her|this|that|any|every|marketing's)? ~2 (proposal|proposals|idea|ideas|plan|plans|suggestion|suggestions|request|requests|pitch|pitches|motion|bid|push|attempt|attempts|recommendation|recommendations|option)",
      '(decided|decides|decide|voted|votes|vote|argued|argues) against',
    ],
    examples: {
      cancels: ['The board rejected the proposal to run a Black Friday sale.', 'Leadership turned down the idea of buying 50k scraped contacts.'],
      keeps: ['The board approved the proposal to run a spring sale at 15% off.'],
    },
  },
  {
    // Another seller, in Spanish or Tagalog: "Mi competencia en Tonalá está dando 20% de descuento", "Yung kakumpitensya, may free
    // delivery daw". Ours starts again at "nosotros" or "kami" ("pero nosotros …").
    id: 'another seller, in Spanish or Tagalog',
    direction: 'forward',
    category: 'other-party',
    window: 16,
    patterns: [
      '(mi|mis|la|nuestra|nuestras|tu|su|sus) =competencia',
      '(el|los|un|otro|otros|mi|mis|tu|su|sus) (=competidor|=competidores)',
      '(yung|ang|mga) (=kakumpitensya|=kalaban|=competitor|=competitors)',
      // The buyer's ask: "El cliente pidió el envío gratis y le dijimos que no".
      '(el|la|los|las|mi|mis|tu|su) (cliente|clienta|clientes|comprador|compradora|compradores) (nos|me|le)? (pidió|pide|piden|pidieron|quiere|quieren|quería|querían|pedía|exige|exigió|exigen)',
    ],
    // (Not "nuestra" nor "namin", often the object: "le está ofreciendo a nuestra cartera 15% de descuento".)
    terminatedBy: ['pero', 'nosotros', 'kami', 'but', 'we'],
    examples: {
      cancels: [
        'Mi competencia en Tonalá está dando 20% de descuento en piso de barro.',
        'Los competidores ofrecen el envío gratis en pedidos chicos.',
        'Yung kakumpitensya po may 10% diskwento daw ngayong buwan lang.',
      ],
      keeps: ['La competencia cobra el flete, pero nosotros te damos 10% de descuento.'],
    },
  },
  {
    // Whose offers they are: "Listener offers in a read belong to the advertiser".
    id: 'whose offers they are',
    direction: 'both',
    category: 'other-party',
    scope: 'sentence',
    window: 30,
    traits: ['discount', 'pressure', 'free-trial'],
    patterns: [
      '(offers|offer|promotions|promotion|codes|code|discounts|discount|deals|deal|vouchers|coupons) ~4 (belong|belongs) to (the|their) ~2 (advertiser|advertisers|sponsor|sponsors|partner|partners|retailer|retailers|distributor|distributors|dealer|dealers|brand|brands|manufacturer|manufacturers|venue|venues|client|clients|stockist|stockists)',
    ],
    terminatedBy: ['we', 'us'],
    examples: {
      cancels: ["Listener offers in a read belong to the advertiser, for example a sponsor's 20% off code."],
    },
  },
  {
    // Their cut-price stock, as a question or a remark about it: "Are the treats in their two-for-one packs near their best-before?"
    id: 'their cut-price stock',
    direction: 'forward',
    category: 'other-party',
    window: 1,
    traits: ['discount'],
    patterns: [
      '(their|its) (two for one|buy one get one|bogof|half price|cut price|discounted|clearance|multi buy|multibuy) (packs|pack|stock|lines|range|items|banner|banners|ads|promotions|bins|shelf|shelves)',
    ],
    examples: {
      cancels: ['Are the treats in their two-for-one packs near their best-before?', "Their clearance stock is last season's."],
      keeps: ['Stockists filling their promotional shelves in May get 10% off our display units.'],
    },
  },
  {
    // Their own advertising, said of them: "I know, their site always says half price".
    id: 'what their advertising says',
    direction: 'forward',
    category: 'other-party',
    window: 8,
    traits: ['discount', 'pressure', 'free-trial'],
    patterns: [
      "(their|his|her|the other|the competitor's|competitors'|the rival's|rivals') (site|website|ad|ads|advert|adverts|banner|banners|flyer|flyers|brochure|window|windows|sign|signs|shop|store|catalogue|page|homepage|listing|listings|radio spots|tv ads) (always|still|now|often|usually|just)? (says|say|shows|show|claims|claim|advertises|advertise|screams|scream|has|have|reads|read|promises|promise|offers|offer|runs|run|shouts|shout)",
    ],
    examples: {
      cancels: ['I know, their site always says half price.', 'Their window shows 40% off everything, every week.'],
      keeps: ['Our site always says half price on the last Friday of the month.'],
    },
  },
  {
    // The buyer's words, quoted after who says them: 'Parent says: "Vidya Sagar Classes is giving 20% early-bird discount also."'
    id: "the buyer's words quoted",
    direction: 'forward',
    category: 'other-party',
    scope: 'sentence',
    window: 40,
    quotedOnly: true,
    traits: ['discount', 'pressure', 'free-trial', 'mass'],
    patterns: [
      '(parent|parents|customer|customers|buyer|buyers|client|clients|prospect|prospects|caller|callers|patient|patients|owner|owners|manager|member|members|guest|guests|dealer|dealers|farmer|farmers|homeowner|homeowners|objection|they|he|she) (says|said|asks|asked|tells us|told us|writes|wrote|objects|objected|claims|claimed|insists|insisted) :',
      // Told us, in quotes, whoever tells it: 'Cockies tell us "Western Downs will give me top dollar and 0% finance"'.
      '(tell|tells|told|telling) (us|me|the rep|reps|our reps)',
      // An objection named by its words: "Objection: 'Snoozebox is always half price'".
      '^ (objection|objections|buyer objection|customer objection|common objection|pushback|push back|they say|what they say) :',
    ],
    examples: {
      cancels: [
        'Parent says: "Vidya Sagar Classes is charging only Rs. 1,800 per month and they also give 20% early-bird discount."',
        'Customer says: "The shop in town gave me 15% off last time."',
        "Objection: 'the holiday park down the coast is always half price'",
        'Growers tell us "the dealer in Dalby will give me 0% finance on anything".',
      ],
      keeps: ['Rep says: "We can take 10% off if you sign the two-year term."'],
    },
  },
  {
    // Copy quoted in the sentence before, then withdrawn: "the old flyer said 'Last chance to lock in this year's rates'. Both
    // lines are gone under the promotions rules", "a draft said 'Only 2 appointments left!' We cut the line."
    id: 'quoted copy withdrawn after',
    direction: 'backward',
    category: 'retired',
    scope: 'previous-sentence',
    window: 40,
    quotedOnly: true,
    patterns: [
      '(both|that|this|these|those|all|each|the two) ~1 (line|lines|phrase|phrases|wording|copy|claim|claims|headline|headlines|sentence|sentences|banner|banners|subject line|subject lines|slogan|slogans|tagline|taglines) (is|are|was|were|has been|have been|got) (gone|removed|cut|pulled|dropped|deleted|withdrawn|banned|struck out|scrapped|retired|binned|killed)',
      '(we|i|compliance|legal|marketing|the editor|the team) (cut|removed|pulled|dropped|deleted|struck|scrapped|killed|binned|withdrew) (that|this|both|those|these|all|each|the two) ~1 (line|lines|phrase|phrases|wording|copy|claim|claims|headline|headlines|sentence|sentences|banner|banners|subject line|subject lines|slogan|slogans|tagline|taglines)',
      '(we|i|compliance|legal|marketing|the editor|the team) (cut|removed|pulled|dropped|deleted|struck|scrapped|killed|binned|withdrew) the (line|lines|phrase|phrases|wording|copy|claim|claims|headline|headlines|sentence|sentences|banner|banners|subject line|subject lines|slogan|slogans|tagline|taglines) (.|;|,|and|after|because)',
    ],
    examples: {
      cancels: [
        'From the compliance review: the old flyer said "Last chance to lock in this year\'s rates". Both lines are gone under the promotions rules.',
        'A draft newsletter said "Only 2 appointments left in April - book before they\'re gone!" We cut the line.',
        'Last year\'s mailer led with "Hurry, ends Friday!" Compliance pulled that headline in March.',
      ],
      keeps: ['Use "Last chance: 20% off ends Friday" in the subject line. We cut the old headline.'],
    },
  },
  {
    // Weighed and turned down, told after it: "Debated a loyalty discount for retention and decided it would teach clients to wait
    // for cuts, so none is on offer", "We looked at a spring promo and decided against it".
    id: 'weighed and turned down',
    direction: 'backward',
    category: 'negated',
    scope: 'sentence',
    window: 30,
    patterns: ['(so|, so) (none|no such thing|no such offer) (is|was|are|were|will be|gets) (on offer|offered|available|given|running|run)'],
    examples: {
      cancels: [
        'Debated a loyalty discount for retention and decided it would teach clients to wait for cuts, so none is on offer.',
        'We talked about a referral rebate, so none is on offer.',
      ],
      keeps: ['Loyal clients get 10% off every order, and nothing like that is offered to first-time buyers.'],
    },
  },
  {
    // What we bought cheaply ourselves: "We picked up new mirrors for Studio 2 on clearance", "We bought the video platform
    // licence at the education discount". Not what we then pass on ("… so we can offer 10% off").
    id: 'what we bought ourselves',
    direction: 'forward',
    category: 'other-party',
    window: 12,
    traits: ['discount'],
    terminatedBy: [
      'so',
      'and',
      'to',
      'offer',
      'offers',
      'give',
      'gives',
      'pass',
      'passing',
      'customers',
      'clients',
      'client',
      'customer',
      'buyer',
      'then',
      'which',
      'buyers',
      'you',
      'your',
    ],
    patterns: [
      // Who buys for us, by team: "Our office bought a pallet of paper at the wholesaler's clearance event", "Our IT team bought
      // refurbished switches at a discount", "Our procurement team negotiated a volume discount on pallets", "Finance renegotiated
      // our cloud contract and secured a 15% reduction".
      `(${OUR_BUYERS}) (negotiated|renegotiated|secured|got|won|landed|struck|agreed) ~8 (a|an)? ~2 (discount|discounts|reduction|reductions|rebate|rebates|price cut|saving|savings)`,
      // Won from their own vendor, by the buyer or by us: "the buyer's procurement team negotiated a discount from their freight
      // vendor, freeing budget for us".
      '(negotiated|renegotiated|secured|got|won|landed|struck|obtained) (a|an)? ~2 (discount|discounts|reduction|rebate|price cut|saving|savings) from (their|its|his|her) ~2 (vendor|vendors|supplier|suppliers|carrier|carriers|landlord|provider|providers|bank|insurer|forwarder|forwarders|wholesaler|broker|lessor)',
      // An amount off what it bought: "Our procurement team got 15% off laptops by ordering in bulk".
      // Only teams that buy for us: "our team secured 12% off for members" is the buyer's price.
      '(procurement|purchasing|our procurement team|the procurement team|our purchasing team|the purchasing team|our buying team|the buying team|finance|our finance team|the finance team|our it team|the it team|facilities|our facilities team|the back office|our ops team|the ops team) (negotiated|renegotiated|secured|got|won|landed|struck|agreed|saved) (a|an)? {amount} (off|discount|reduction|rebate|cashback|back|below|under|saving)',
      `(we|i|${OUR_BUYERS}) (picked up|bought|got|sourced|grabbed|purchased|snapped up|found|leased|renewed|secured) ~8 (on clearance|at clearance|in a clearance|in the clearance|on sale|at a discount|at the education discount|at an education discount|at the charity discount|at the nonprofit discount|at the non profit discount|at a trade discount|at the trade discount|at the startup discount|secondhand|second hand|at auction|in the sale|in the sales)`,
      `(we|${OUR_BUYERS}) (picked up|bought|got|sourced|grabbed|purchased|snapped up|found) ~8 at the ~3 clearance (event|sale|sales)`,
    ],
    examples: {
      cancels: [
        'We picked up new mirrors for Studio 2 on clearance from the gym that closed.',
        'We bought the video platform licence at the education discount.',
        'The office got twenty desks at a trade discount when the bank moved out.',
        'Our procurement team negotiated a volume discount on cartons from our own supplier.',
        'Finance renegotiated our telecoms contract and secured a 12% reduction.',
        'Our IT team bought refurbished laptops at a discount for the warehouse.',
        'Our purchasing team got 8% off the toner order by paying up front.',
        'Finance secured 12% off the fleet insurance renewal.',
        'The client’s finance team negotiated a 2% rebate from their own bank, which freed budget for the project.',
      ],
      keeps: [
        'Ops bought the spare vans at auction, so we can offer 30% off the weekend rate.',
        'Our team secured a 10% discount for you on the renewal.',
        'Our team got 10% off approved for you on the renewal.',
        'Our team secured 12% off for members who renew online this month.',
      ],
    },
  },
  {
    // An objection as a heading says what the buyer asks: "Objection: waive the setup fee", "Pushback: give us a month free".
    // The answer after a dash or in the next sentence is ours ("Objection: too dear — offer 5% off a two-year term").
    id: 'an objection as a heading',
    direction: 'forward',
    category: 'other-party',
    window: 12,
    onlyIn: ['objection-handling'],
    traits: ['discount', 'free-trial', 'pressure'],
    // Our answer after "so" or "then" is ours: "Objection: we found it cheaper elsewhere, so match their price on the spot".
    terminatedBy: ['so', 'then'],
    patterns: [
      '^ (objection|objections|pushback|buyer objection|customer objection|common objection|the ask|their ask) :',
      // A title that names what we answer: "Answering the Valley two-for-one", "Handling the rival's 30% off".
      "^ (answering|answer to|answers to|responding to|response to|reply to|replying to|countering|counter to|handling|tackling|beating|meeting|matching|when they mention|if they mention|when they bring up|if they bring up|when a customer brings up|when someone mentions) (the|a|an|their|that|this|his|her|a rival's|the rival's|the competitor's)?",
    ],
    examples: {
      cancels: [
        'Objection: waive the setup fee',
        'Pushback: give us the first month free',
        'Objection: knock 10% off and we sign today',
        'Answering the Valley two-for-one',
        "Handling the co-op's 30% off seed",
        'When they mention the free install across town',
      ],
      keeps: [
        'Objection: too dear — offer 5% off a two-year term.',
        'Objection: price. Offer to waive the setup fee on a two-year term.',
        'Objection: too pricey, so take 5% off their quote on the spot.',
      ],
    },
  },
  {
    // In an answer to an objection, granting what the rival has before turning it: "Sure, they've got cash back on. Ask them how
    // long you'll wait for a part", "Fair enough, they're doing 20% off; ours comes with the install".
    id: 'what they have, granted',
    direction: 'forward',
    category: 'other-party',
    window: 10,
    onlyIn: ['objection-handling'],
    traits: ['discount', 'free-trial', 'pressure'],
    patterns: [
      "^ (sure|yes|yeah|yep|true|fair enough|right|ok|okay|absolutely|granted|i know|i hear you) ,? (they've got|they have got|they have|they've|they're doing|they are doing|they're running|they are running|they're offering|they are offering|they do|they give|they're giving|they are giving|their price is|their deal is|theirs is)",
    ],
    examples: {
      cancels: [
        "Sure, they've got $500 cash back on. Ask them how long you'll wait for a part.",
        "Fair enough, they're doing 20% off; ours comes with the install.",
        'Yes, they give the first month free. We give you an engineer who answers.',
      ],
      keeps: ['Sure, we can take 5% off if you sign the two-year term.'],
    },
  },
  {
    // A date said to be the buyer's, not ours, answers the deadlines told before it: "Many research groups have to spend the grant
    // before their university's financial year closes on 31 July. … The deadline is the university's, not ours".
    id: 'their deadline, not ours',
    direction: 'backward',
    category: 'other-party',
    scope: 'earlier-sentences',
    window: 80,
    traits: ['pressure'],
    patterns: ['(deadline|deadlines|date|dates|cut off|cutoff|year end) (is|are) ~3 ,? not (ours|our own|our deadline|our date|set by us)'],
    // An offer of ours before it ends the reach: "The early-bird rate ends on 31 May. Their board's deadline is theirs, not ours."
    terminatedBy: ['we', "we'll", "we're", 'offer', 'offers', 'discount', 'promo', 'sale', 'rate', 'price', 'only', 'left'],
    examples: {
      cancels: [
        "Trusts must spend this year's uniform budget before 31 March or lose it. In February the account team reminds procurement of their date; the deadline is the trust's, not ours.",
      ],
      keeps: ["The early-bird rate ends on 31 May. The board's deadline is their own, not ours."],
    },
  },
  {
    // Not answered with price: "The satellite services are currently advertising the first three months free. We don't answer that
    // with price." It refuses a price, not whatever we offer instead ("point them to the free trial. We never answer that with a
    // price cut").
    id: 'not answered with price',
    direction: 'backward',
    category: 'other-party',
    scope: 'earlier-sentences',
    over: ['reported'],
    window: 60,
    traits: ['discount'],
    patterns: [
      "(we|i) (don't|do not|won't|will not|never) (answer|meet|counter|fight|respond to) (that|this|it|them|those|theirs) with (price|prices|a discount|discounts|a price cut|price cuts|a lower price|money off|free months|our own)",
    ],
    terminatedBy: ['we', "we're", "we've", "we'll", "we'd", 'i', "i'm", "i've", "i'll", "i'd", 'may', 'can', 'our'],
    examples: {
      cancels: ["The satellite services are currently advertising the first three months free. We don't answer that with price."],
      keeps: ['When a practice asks for a discount, point them to the 30-day free trial. We never answer that with a price cut.'],
    },
  },
  {
    // Another's offer, then our answer to it in the same sentence: "When Kinetix knocks 35% off list, we answer with a needs
    // analysis", "If a rival throws in a free month, reps point to the onboarding". What the clause before our answer does is not
    // ours.
    id: 'their move, then our answer',
    direction: 'forward',
    category: 'other-party',
    scope: 'sentence',
    // Only the words of its own span: our answer after it is ours ("we counter with 10% off and a dedicated engineer").
    window: 0,
    traits: ['discount', 'pressure', 'free-trial'],
    patterns: [
      // Its subject another's, not ours ("When our outlet is running its 25% off event, reps answer every call with the hours").
      `(when|whenever|if) (a|an|the|{name}) ~3 (${NAMED_ACTS_PLURAL}|knock|knocks|knocking|knocked|is running|are running|is offering|are offering|is giving|are giving|gives|give) ~10 , (we|our reps|reps|the rep|our team|you|sales|the team|account managers|aes) (answer|answers|respond|responds|counter|counters|reply|replies|point|points|explain|explains|lead|leads|show|shows|hold|holds|walk|walks|talk|talks|come back|comes back|stay|stays|keep|keeps|remind|reminds)`,
      `(when|whenever|if) (a|an|the|{name}) ~3 (${NAMED_ACTS_PLURAL}|knock|knocks|knocking|knocked|is running|are running|is offering|are offering|is giving|are giving|gives|give) ~10 , (our|the) (counter|answer|response|reply) (is|:)`,
    ],
    // Our answer itself is ours: "…, we answer with a needs analysis, not a counter-offer".
    terminatedBy: ['we', 'reps', 'our'],
    examples: {
      cancels: [
        'When Kinetix knocks 35% off list, we answer with a needs analysis.',
        'If Brightwave throws in a free month, reps point to the onboarding plan instead.',
      ],
      keeps: ['When a buyer hesitates, we offer 10% off the first order.'],
    },
  },
  {
    // An objection-handling tactic states the objection, then refuses it: what comes before the refusal is the buyer's ask or
    // a rival's offer ("Planners come back asking for 15–20% off the group rate. We hold rate on peak dates."), told as
    // another party's (`over`). Our own terms before a refusal stay ours ("Annual prepay earns 10% off. We don't match."), and
    // a sentence where we act ("the area manager can approve up to 2% off") ends the reach.
    id: 'the objection we refuse',
    direction: 'backward',
    category: 'other-party',
    scope: 'earlier-sentences',
    over: ['reported'],
    window: 60,
    traits: ['discount', 'free-trial', 'pressure'],
    patterns: [
      "(we|i|reps|our reps|our team|we're|we are) (not|do not|don't|won't|will not|never|are not|aren't|cannot|can't|should not|shouldn't|must not|mustn't|would not|wouldn't) (try to|attempt to|want to|rush to|go out of our way to)? (match|price match|beat|follow|chase|undercut|discount|cut|drop|lower|reduce|slash|compete)",
      // Refused as a whole: "We don't do either", "We don't do that".
      "(we|i) (don't|do not|won't|will not|never) (do|offer|allow|agree to) (either|either one|that|those|any of that|any of those|both) (.|;|,)",
      '(we|i) (hold|keep|stand by|stick to|stick with|stay at|stay firm on|stand firm on) ~3 (rate|rates|price|prices|pricing|fee|fees|number|line)',
      // Told to let it pass: "…; ignore it and lead with our audit scores".
      '(=ignore|=ignores|=ignoring) (it|them|that|this|those)',
      "(we|i) (don't|do not|won't|will not|never) (budge|bend|move|give ground) (on)? ~2 (rate|rates|price|prices|pricing|fee|fees)?",
      '(no|not) (price)? (matching|match)',
      '(not|never) (responding|respond|reply|replying|answer|answering) in kind',
      // An order to our reps: "- Don't cut our price to match."
      "^ (don't|do not|never) (cut|drop|lower|reduce|match|beat|chase|undercut) (our|the)? ~2 (price|prices|rate|rates|fee|fees|unit price|trade price)",
      'instead of (matching|beating|chasing|following) (it|them|that|their|theirs)',
      // The answer to the ask: "The answer is no", "Our answer: no".
      '(the|our) (answer|reply|response) (is|:) (no|a polite no|always no|still no|a firm no)',
      // Said short, in the past and the future: "We didn't and we shan't", "We haven't and we won't".
      "^ (we|i) (didn't|did not|haven't|have not|never did|never have) (and|,) (we|i)? (won't|will not|shan't|shall not|never will|aren't going to|are not going to)",
    ],
    // In a sentence before it, "our" is ours acting ("our annual plan carries 5% off"), but not after "below", "off", "from"
    // ("at 10 to 15% below our contract price").
    terminatedBy: ['we', "we're", "we've", "we'll", "we'd", 'i', "i'm", "i've", "i'll", "i'd", 'may', 'can', 'our'],
    examples: {
      cancels: [
        // Reported by the buyer, refused as said to them.
        "The farmer says the co-op gives him 8% off feed; I told him we don't match.",
        "At the county wedding fair Bloom & Lace were doing £300 off if you booked on the stand. We didn't and we shan't.",
        "At the show the Harlow stand were doing 15% off kitchens. We didn't and we won't.",
        'Planners often come back asking for 15–20% off the group rate, usually quoting the hotel down the street. We hold rate on peak dates.',
        'A mow-and-blow operator will often do the site for 30% less. We hold our rates and show what the cheaper quote leaves out.',
        'Their reps throw in the first quarter free for switchers. Buyers bring it up on every late-stage call. We do not match.',
        'Hospitals say the first year is free elsewhere. We do not match that; AEs walk through total cost instead.',
        'Some buyers have been offered 10% off by the chain store. The answer is no.',
        "A hotel across the harbour has been advertising 40% off midweek rooms. We're not matching it.",
        "Some schools have been throwing in a free month for referrals. We don't do either.",
        // "we" in what we charge is our price, the measure, not us acting.
        "Grey importers sell the same pumps at 12% below what we charge. We won't chase them.",
        "BrightClean is leafleting the business park with 'first clean free' coupons; ignore it and lead with our audit scores.",
      ],
      keeps: [
        "Annual prepay earns 10% off. Beyond that we don't match.",
        'Offer 5% off for a two-year term if the buyer pushes. We do not match online sellers.',
        'Buyers ask for 20% off. We hold our price, but for orders over 500 units the rep can offer up to 8% off list.',
        'The branch manager may take up to 5% off a like-for-like unit. We do not match online sellers beyond that.',
      ],
    },
  },
  {
    // What our suppliers charge us, and our own books and staff, not a price of ours: "The courier agreed to knock a few pounds off
    // our freight rate", "Deduct Rs 1,800 from the subcontractor's final invoice", "Whatever figure the auditor reports, match it
    // in the ledger", "Every second Friday the canteen lunch is on us for the warehouse team".
    id: 'our own costs and books',
    direction: 'both',
    category: 'other-party',
    scope: 'sentence',
    window: 20,
    traits: ['discount', 'pressure', 'gated'],
    patterns: [
      "(supplier|suppliers|supplier's|subcontractor|subcontractor's|subcontractors|courier|courier's|couriers|landlord|landlord's|haulier|hauliers|auditor|auditors|caterer|caterer's|printer's|wholesaler's|vendor's) ~1 (invoice|invoices|bill|bills|quote|quotes|rate|rates|agreed|agrees|offered|offers|gave|gives|charged|charges|reports|report)",
      '(our|the) (energy|electricity|gas|fuel|freight|insurance|office|software|cloud|telecoms|phone|cleaning|waste|security) (supplier|provider|broker|vendor|company|firm|contractor)',
      // Our own people's pay and our own cost of goods: "From Monday, the rep's commission goes back to the standard rate of 8%",
      // "We never email our cost prices out".
      "(rep's|reps'|rep|reps|sales|staff|agent's|agents'|team|salesperson's|ae's|aes') (commission|commissions|bonus|bonuses|accelerator|accelerators|spiff|spiffs|payout|payouts|pay rate|pay rates)",
      // "Our commission" as the subject or a compound, not paid out to the buyer ("cover the survey from our commission", "give
      // back part of our commission as a price reduction").
      '(keep|keeps|hold|holds|leave|leaves|protect|protects) our (commission|commissions|margin|margins|fee|fees)',
      'our (commission|commissions|bonus|bonuses|accelerator|accelerators|spiff|spiffs|payout|payouts|pay rate|pay rates) (goes|go|went|is|are|was|were|will|rate|rates|plan|plans|structure|structures|scheme|schemes|payout|payouts|statement|statements|run|runs|split|splits|cap|caps|clawback|clawbacks|policy)',
      '(cost|buy|buying|purchase|landed) (price|prices|pricing) ~3 (margin|margins|manager|managers|only|internal|out)',
      '(packing slip|packing slips|the ledger|accounts payable|bonus pool|supplier invoices|supplier invoice)',
      // What others charge or give us: "The hotels give us the group rate for the first 20 rooms, then the rack rate applies".
      '(hotels|hotel|venue|venues|airline|airlines|suppliers|supplier|vendors|vendor|landlord|carrier|carriers) (give|gives|offer|offers|charge|charges|quote|quotes|bill|bills) us',
      '(provided|supplied|done|handled|covered|paid) by (our|the) (haulier|hauliers|courier|couriers|supplier|suppliers|landlord|subcontractor|subcontractors|carrier|carriers|insurer)',
      // What a supplier quotes us: "Quote from the Hyderabad printing vendor: ₹2 per flyer, valid for 15 days".
      '(quote|quotes|quotation|quotations|invoice|invoices|bill|bills|estimate|estimates) from (the|our|a) ~3 (vendor|vendors|supplier|suppliers|printer|printers|contractor|contractors|subcontractor|subcontractors|haulier|courier|landlord|wholesaler|mill|manufacturer|agency)',
      'on us for (the|our) ~2 (team|teams|staff|crew|crews|employees|reps|drivers|engineers|workforce|office)',
      // Our suppliers' terms to us: "The maltster has given us 8% off", "The van leasing company waived our fleet admin fee",
      // "Our paper merchant's prices go up on 1 March", "The coach firm we sub-contract to wants our deposit by Friday".
      '(the|our) ~1 (supplier|lessor|leasing company|landlord|bank|insurer|vendor|maltster|wholesaler|merchant|courier|haulier|mill|manufacturer|distributor) ~2 (waived|waives|gave|gives|has given|have given|offered|offers|knocked|cut|cuts) (us|our)',
      // One we buy from, giving what it gives to its buyer, us: "our feed merchant gives the co-op a 2% early-payment discount".
      'our ~1 (supplier|suppliers|lessor|leasing company|landlord|bank|insurer|vendor|vendors|maltster|merchant|courier|haulier|manufacturer) (gives|give|gave|offers|offer|offered|allows|allow|allowed|extends|extend|extended) ~3 (a|an) ~2 (discount|rebate|{amount}|price break|settlement discount)',
      // The cue starts before the owner, whose word may be read as a buyer group's rate ("the supplier's prices").
      "(the|our|a|their|its) ~1 (=merchant's|=supplier's|=wholesaler's|=vendor's|=landlord's|=manufacturer's|=distributor's|=maltster's|=mill's) (prices|price|rates|rate|charges|fees|costs)",
      '(we|that we|who we) (sub contract|subcontract|hire from|book with|buy from|rent from|lease from|contract with|source from|order from) (to)?',
      // The firm we use: "The hire firm we use takes 10% off when we book six vans at once".
      '(firm|company|supplier|agency|printer|garage|haulier|courier|broker|lessor|dealer|merchant|wholesaler|hire firm|hire company|lab|laboratory) (that|which)? we (use|used|buy from|hire from|rent from|lease from) (takes|take|gives|give|knocks|knock|offers|offer|charges|charge|bills|bill|quotes|quote|waives|waive|cuts|cut|gave|took|charged|quoted)',
    ],
    examples: {
      cancels: [
        'The courier agreed to knock a few pounds off our freight rate after the late deliveries.',
        "Deduct Rs 1,800 from the subcontractor's final invoice for the missing fittings.",
        'Our energy supplier agreed to hold the 2024 rate on the warehouse contract.',
        'Our seed merchant gives the partnership a 3% settlement discount for paying in 30 days.',
        'Leave the freight charge off the packing slip; it goes on the invoice.',
      ],
      keeps: ['Our supplier gave us new stock, so we can offer 10% off the old range.'],
    },
  },
  {
    // What it brought on us, said of a past send: "The mass text to every past client in March got us three bookings and forty
    // complaints".
    id: 'what it got us',
    direction: 'backward',
    category: 'retired',
    scope: 'sentence',
    window: 20,
    patterns: [
      '(got|earned|landed|brought|won) us ~4 ({num>=1}|a|an|several|dozens of|hundreds of|loads of|lots of|many|some) (complaints|complaint|fine|fines|ban|warning|warnings|spam complaints|unsubscribes|bad reviews|strike|strikes|telling off)',
      // Its poor numbers: "Last year's email blast to the whole file got a 0.3% reply rate and a pile of unsubscribes".
      '(got|gets|earned|brought|produced|generated|drew|pulled) ~3 ({pct}|a|an) ~2 (reply rate|response rate|open rate|click rate|conversion rate|booking rate) and ~4 (unsubscribes|unsubscribe|complaints|bounces|spam reports|opt outs)',
      // What it did to us: "… ran a 2-for-1 on exhausts and margins tanked", "spray and pray is how we lost the Dundee accounts".
      '(and|but|,|;) (margins|margin|sales|revenue|profits|profit|bookings|the brand|trust|reply rates|open rates) (tanked|crashed|collapsed|suffered|took a hit|nosedived|cratered)',
      '(is|was) how we (lost|burned|burnt|killed|ruined|damaged|wrecked)',
      // How buyers took it: "The old script said 'sign today or lose the rate' and mystery shoppers hated it".
      '(customers|buyers|shoppers|mystery shoppers|clients|prospects|people|guests|patients|parents|members|farmers|landlords) (hated|disliked|loathed|resented|complained about) (it|them|that|this|those)',
    ],
    examples: {
      cancels: [
        'The mass text to every past client in March got us three bookings and forty complaints.',
        'The spring text blast to all past clients got a 0.2% reply rate and a flood of opt-outs.',
        'The Leeds depot tried half-price servicing for a month and margins tanked.',
        'Cold blasting the whole county is how we lost the Fife accounts.',
      ],
    },
  },
  {
    // Blamed for a failure, not used: "The franchise review blamed spray-and-pray leafleting for the Leeds branch closing".
    id: 'blamed for it',
    direction: 'forward',
    category: 'mentioned',
    window: 8,
    patterns: ['(=blamed|=blames|=blaming|=faulted|=faults|=criticised|=criticized|=criticises|=criticizes)', '(=called|=calls) (it|them|us|that) out'],
    // ("called it out" reaches back as well as on: see the pattern's own entry below.)
    terminatedBy: ['for'],
    examples: { cancels: ['The franchise review blamed spray-and-pray leafleting for the Leeds branch closing.'] },
  },
  {
    // Complained of: "head office had complaints about hard selling", "members complained about the countdown emails".
    id: 'complained about',
    direction: 'forward',
    category: 'mentioned',
    window: 6,
    // Had or made, not answered: "Answer complaints about price with a 10% loyalty discount" is ours.
    patterns: [
      '(=complained|=complaining|=complains) (about|over|of|regarding)',
      '(had|has|have|got|get|gets|received|receive|drew|draws|brought|brings|attracted|were|was|there were|after) ~2 (=complaints|=complaint|=backlash|=grumbles|=outcry) (about|over|against|regarding)',
      '(were|was|got|are|is) (unhappy|upset|annoyed|angry|furious|fed up) (with|about|at|over)',
    ],
    examples: {
      cancels: [
        'No more pushing extended warranties at the counter; head office had complaints about hard selling.',
        'Two members complained about the countdown emails in March.',
        'We got a backlash over the blast to the whole list.',
      ],
      keeps: ['Complaints about delivery go to the service desk; the spring promo is still 15% off.'],
    },
  },
  {
    // A counterfactual: "Had we bought that list of 80,000 farm addresses, the data regulator would have sunk us".
    id: 'a counterfactual',
    direction: 'forward',
    category: 'hypothetical',
    scope: 'sentence',
    window: 20,
    patterns: ['^ (had|were) (we|they|you|i|our team|the team) (bought|run|sent|used|gone|done|tried|offered|cut|dropped|emailed|texted|called)'],
    examples: { cancels: ['Had we bought that list of 80,000 farm addresses, the data regulator would have sunk us.'] },
  },
  {
    // Stopped, said of what was named before: "Until 2022 we won glass pours with the 'first case free' program. Compliance
    // discontinued it after the Ohio audit".
    id: 'it was stopped',
    direction: 'backward',
    category: 'retired',
    scope: 'previous-sentence',
    window: 40,
    patterns: [
      '(=discontinued|=dropped|=scrapped|=retired|=ended|=killed|=stopped|=pulled|=banned|=axed|=shelved|=binned|=withdrew|=withdrawn) (it|that|those|the program|the programme|the scheme|the offer|the promotion|the practice)',
      '(that|this|the|those) ~2 (is|are|was|were) (gone|dead|history|binned|scrapped|retired) (for good|forever|now)',
      // The way of doing it, said to be over: "… emailed every one of them. It got our domain blocklisted and that approach is
      // finished."
      '(that|this|those) (approach|practice|tactic|tactics|method|way of working|programme|program|scheme|habit|play|playbook|model) (is|are|was|were) (finished|over|done|dead|gone|history|a thing of the past|long gone)',
      // Owned as a mistake: "… a rep knocked 30% off the room hire to win the congress. That was a one-off mistake".
      '^ (that|this|it) (was|were) (a|an)? (one off|costly|expensive|big|bad|honest|painful|serious)? (mistake|error|blunder|misstep)',
    ],
    examples: {
      cancels: [
        'Until 2022 we won glass pours with the "first case free" placement program. Compliance discontinued it after the Ohio audit.',
        'In 2023 a rep took 25% off the venue hire to win a trade fair. That was a costly mistake and we lost the margin.',
        'Back in 2022 we rented a list of 40,000 farm emails and sent to all of them. That practice is over.',
      ],
    },
  },
  {
    // A lesson told as what we do not do: "… pushed them to sign that same evening. The prospect reported us to their MD and we lost the
    // deal. It is recorded here as a lesson for new staff; it is not how Ironshield sells."
    id: 'a lesson, disowned',
    direction: 'backward',
    category: 'negated',
    scope: 'earlier-sentences',
    window: 60,
    traits: ['pressure', 'mass'],
    // Not back past what we do now: "Offer 10% off until Friday. In 2023 a rep … it is not how we sell."
    terminatedBy: ['offer', 'offers', 'today', 'now', 'currently'],
    patterns: [
      "(it is|it's|that is|that's|this is) not how (we|our team|our reps|{name}) ~1 (sell|sells|work|works|do business|operate|operates|close|closes|behave|behaves)",
      "(this isn't|that isn't|it isn't|this is not|that is not|it is not) how (we|our team|our reps|{name}) ~1 (sell|sells|work|works|do business|operate|operates|close|closes|behave|behaves)",
      '(recorded|kept|written up|shared) (here)? as a (lesson|warning|cautionary tale)',
    ],
    examples: {
      cancels: [
        'In March 2023 one of our sales officers told a prospect that their building could be breached any day. The prospect reported us and we lost the deal. It is recorded here as a lesson for new staff; it is not how Ironshield sells.',
        'A rep once pushed a widow to sign on the day. That is not how we work.',
      ],
    },
  },
  {
    // Another's practice, told, then disowned in a word: "Kelly's crowd rented a list of every dairy farm in Cork. Not for us",
    // "Their lot run flash sales every weekend. Not our style."
    id: 'disowned in a word',
    direction: 'backward',
    category: 'negated',
    scope: 'earlier-sentences',
    window: 40,
    traits: ['pressure', 'mass', 'discount'],
    // Not back past what we do now: "Offer 10% off this week. The flash-sale stuff? Not our style."
    terminatedBy: ['offer', 'offers', 'today', 'now', 'currently', 'we', "we'll", 'our'],
    patterns: [
      "^ (not for us|not our style|not our way|not our thing|not something we do|not how we roll|we don't do that|we don't do that here)",
      '^ (no es nuestro estilo|no es lo nuestro|no es para nosotros|nosotros no hacemos eso|hindi namin istilo|hindi po namin ginagawa|hindi namin ginagawa)',
    ],
    examples: {
      cancels: [
        "Kelly's crowd rented a list of every dairy farm in Cork and rang through it. Not for us.",
        'That crowd in Galway run a flash sale every second weekend. Not our style.',
        'La tienda de la esquina hace 2x1 en todo cada quincena. No es nuestro estilo.',
      ],
      keeps: ['Send the spring offer to every dealer in the county today. Not for us: cold calls.'],
    },
  },
  {
    // What we hear another does, said with a pronoun for them: "I hear they're doing 2-for-1 on weeknights", "apparently they're
    // giving the first month free". "They" is never us.
    id: 'what we hear they do',
    direction: 'forward',
    category: 'other-party',
    window: 12,
    patterns: [
      "(i|we|i've|we've) (hear|heard|gather|understand) (that)? (they|they're|they've|they'll|theyre|they are|they have)",
      "(apparently|reportedly|supposedly|word is|rumour is|rumor is|rumour has it|rumor has it) ,? (they|they're|they've|they'll|theyre|they are|they have)",
    ],
    // (Not "our": "they're telling our dealers to push 20% off" is still theirs.)
    terminatedBy: ['but', 'we', 'us'],
    examples: {
      cancels: [
        "I hear they're doing 2-for-1 on weeknights.",
        "Apparently they're giving the first month free to anyone who switches.",
        "I hear they're telling our stockists to push 20% off before the price rise.",
      ],
      keeps: ["I hear they're pleased with the install; we'll take 10% off their next order."],
    },
  },
  {
    // A job advert's benefits, not a price of ours: "We're hiring SDRs! Full benefits, 401k match and a gym discount".
    id: 'a job advert',
    direction: 'forward',
    category: 'other-party',
    scope: 'sentence',
    window: 20,
    traits: ['discount', 'free-trial'],
    patterns: [
      "(we're|we are|now|currently|still|were) hiring",
      '(=401k|=401 =k|pension|retirement) (match|matching|contribution|contributions)',
      '(full|generous|competitive|great) (benefits|benefit package|benefits package|salary|pay|comp|compensation)',
      '(open role|open roles|job opening|job openings|vacancy|vacancies|careers page|job ad|job advert|job posting)',
    ],
    examples: {
      cancels: [
        "We're hiring SDRs! Full benefits, 401k match and a gym discount.",
        'Now hiring route drivers: competitive pay, pension contributions and 30% off in our shops.',
        'Vacancy: store assistant, with 30% off in our shops and free parking.',
      ],
      keeps: ['Schools that are hiring this term get 20% off the onboarding pack.'],
    },
  },
  {
    // Pay and prizes for our own people, with the date their contest closes: "first AE to close three new logos before Friday
    // gets a $500 bonus", "Partner SPIFF: $500 per net-new logo closed before 31 March", "Whoever moves the most units by the end
    // of September gets a $2,000 bonus". The date limits their contest, not a buyer's offer.
    id: 'a reward for our own people',
    direction: 'both',
    category: 'other-party',
    scope: 'clause',
    window: 30,
    traits: ['pressure', 'discount'],
    patterns: [
      `(${SELLERS}) ~10 (${EARNS}) (a|an|the)? ~2 (${REWARDS})`,
      `(sells|sold|moves|moved|shifts|shifted|closes|closed|books|booked|signs|signed|brings in|brought in|lands|landed|logs|logged) the (most|biggest|largest|highest) ~12 (${EARNS})`,
      `(first|top|best) (${SELLERS}|performer|performers) (to)? ~12 (${EARNS})`,
      '(per|for every|for each) ~3 (logo|logos|deal|deals|demo|demos|meeting|meetings|opportunity|opportunities|unit|units|appointment|appointments) (closed|signed|booked|sold|won|sourced|set|held|registered)',
    ],
    // Not past an offer to the buyer: "No spiffs this quarter; reps who beat last quarter's number may offer 5% off".
    terminatedBy: ['offer', 'offers', 'offering', 'customer', 'customers', 'client', 'clients', 'buyer', 'buyers', 'shoppers', 'and', 'but'],
    examples: {
      cancels: [
        'Contest for the week: the first rep to book five site visits before Thursday takes home a $300 gift card.',
        'Whoever sells the most service plans before Friday gets a $500 bonus.',
        'SDRs who set ten meetings before Friday earn a $200 bonus.',
      ],
      keeps: [
        'Reps may offer 10% off to buyers who sign before Friday.',
        'Sign before Friday and get a bonus month free.',
        'Every homeowner who books a boiler service before Sunday gets £50 off, and the rep earns a spiff on each one.',
      ],
    },
  },
  {
    // A spiff as the heading of what follows: "Partner SPIFF: $500 per net-new logo closed before 31 March", "spiff this week: first
    // AE to close three new logos before Friday gets a $500 bonus".
    id: 'a spiff as a heading',
    direction: 'forward',
    category: 'other-party',
    scope: 'sentence',
    window: 30,
    traits: ['pressure', 'discount'],
    patterns: [
      '^ (=spiff|=spiffs|=spif|=spifs) ~3 :',
      '^ (partner|rep|reps|sales|team|this|q1|q2|q3|q4|weekly|monthly|quarterly|new) (=spiff|=spiffs|=spif|=spifs) ~3 :',
    ],
    examples: {
      cancels: ['Partner spiff: $250 on each renewal that lands before 30 June.', 'Spiffs this quarter: $100 for each pilot that converts by 30 June.'],
    },
  },
  {
    // Paid with wages: "Site supervisors get a £50 shopping voucher for every month their sites go without a logged complaint.
    // Paid out with the following month's wages."
    id: 'paid with wages',
    direction: 'backward',
    category: 'other-party',
    scope: 'previous-sentence',
    window: 40,
    traits: ['pressure', 'discount'],
    patterns: [
      '(paid|paid out|pays out|comes|added|lands|credited) (with|in|through|on|into|to) (the|their|his|her)? ~3 (wages|salary|salaries|next payroll|payslip|payslips|pay packet|paycheck|paychecks|paycheque|paycheques)',
    ],
    examples: {
      cancels: [
        'Drivers get a £30 voucher for every month without a scrape. Paid with the next payroll.',
        'Yard hands get a $40 voucher for each week without a complaint. It is added to their paycheck.',
      ],
    },
  },
  {
    // Our staff's own perks: "Staff get 40% off treatments at any of our clinics" (not "colleagues receive each web lead and call
    // back with a 20%-off code").
    id: "our staff's perks",
    direction: 'forward',
    category: 'other-party',
    window: 8,
    traits: ['discount', 'pressure', 'free-trial'],
    patterns: [
      // Those who work for us, by role (not those who sell: "reps get 10% off to offer on stalled deals" is ours to give), and what
      // they get: an amount, a voucher, a pass, leave.
      `(${WORKERS}) (get|gets|receive|receives|enjoy|enjoys|earn|earns|are entitled to|are offered|are given|qualify for|qualifies for) ~1 (${PERKS})`,
      // With their service between: "Operatives with twelve months' service get a €300 voucher" (not "Employees of member firms
      // get 10% off", a buyer's people).
      `(${WORKERS}) (with|after|on|who have|who've|who has|past) ~3 (get|gets|receive|receives|enjoy|enjoys|earn|earns|are entitled to|are offered|are given|qualify for|qualifies for) ~1 (${PERKS})`,
      // With their families, or as a benefit: "Staff and their families receive 20% off self-pay procedures as an employment
      // benefit", "Staff can use meeting rooms at any site free of charge", "Staff get a system fitted in their own home at cost".
      `(${WORKERS}) (and their families|and family|and their partners|and dependants|and dependents|and their kids|and their children) (get|gets|receive|receives|enjoy|enjoys|are entitled to|are offered|are given|qualify for) ~1 (${PERKS})`,
      `(${WORKERS}) (can|may|are allowed to|get to) (use|book|borrow|take|have|hire|rent) ~6 (free of charge|for free|at no charge|at cost|at staff rates|at a discount|half price)`,
      `(${WORKERS}) (get|gets|can get|receive|receives) ~6 (at cost|at staff rates|at staff prices|at a staff discount)`,
      // Whoever reaches a target of ours: "Anyone at 100% of annual target by the end of November gets an extra day's leave".
      '(anyone|everyone|whoever|any rep|reps|staff|each rep) (at|on|who hits|who reaches|hitting|reaching|over|above|past) ~1 {pct} of ~2 (target|targets|quota|quotas|plan|number|goal)',
    ],
    examples: {
      cancels: [
        'Staff get 40% off treatments at any of our clinics when booked outside peak hours.',
        "Operatives with twelve months' service get a €300 shopping voucher at Christmas.",
        'Our instructors get a season pass from the resort and 40% off hire at our rental shop.',
        'Our drivers with a clean year receive a $200 fuel card and half price servicing.',
        "Anyone at 100% of annual target by the end of November gets an extra day's leave.",
        'Staff and their families receive 20% off self-pay procedures.',
        'Staff can use meeting rooms at any site free of charge.',
      ],
      keeps: [
        'Colleagues receive each web lead within the hour and call back with a 20%-off new-customer code.',
        'Reps get 10% off to offer on stalled deals until Friday.',
        'Students who want a discount get 15% off with a valid card.',
        'Installers get $150 cashback on every unit this autumn.',
        'Drivers get 10% off every car wash at our forecourts until Sunday.',
        'Employees of member firms get 10% off every course.',
        'Instructors get 30% off boots with a valid BASI card.',
        'Yacht crews get 15% off at our chandlery.',
        'Alumni, and colleagues they nominate, get 10% off the fee for their next programme.',
      ],
    },
  },
  {
    // Perks said so in the sentence after, with their end: "Instructors get 40% off hire at the rental shop. Perks stop the day
    // employment ends."
    id: 'perks that end with employment',
    direction: 'backward',
    category: 'other-party',
    scope: 'previous-sentence',
    window: 40,
    traits: ['discount', 'pressure', 'free-trial'],
    patterns: [
      '(perks|perk|staff benefits|staff benefit|employee benefits|employee benefit) (stop|stops|end|ends|lapse|lapses|are withdrawn|cease|ceases|finish|finishes) ~4 (employment|they leave|someone leaves|leaving|their contract|the contract|notice)',
    ],
    examples: {
      cancels: [
        'Instructors get a season pass and 40% off hire at the rental shop. Perks stop the day employment ends.',
        'Guides get half price on tours for friends. The perk ends when their contract does.',
      ],
    },
  },
  {
    // Told as no selling at all: "If you're dialling a thousand numbers a day off a scraped list, you're not selling, you're
    // gambling".
    id: 'no selling at all',
    direction: 'backward',
    category: 'negated',
    scope: 'previous-sentence',
    window: 30,
    patterns: [
      "(you're|you are|we're|we are|they're|they are|that's|that is|it's|it is|this is|this isn't) (not|no longer) (selling|prospecting|marketing|sales|outreach)",
      "(that's|that is|it's|it is|this is) (not|no) (sales|selling|prospecting|marketing|outreach) ,? (it's|it is|that's|that is)",
    ],
    examples: {
      cancels: [
        "If you're ringing five hundred numbers a day off a bought list, you're not selling, you're guessing.",
        "Blasting the same template at the whole database? That's not prospecting, it's spam.",
      ],
      keeps: ['Email every contact in the CRM this week; we are not closing the list.'],
    },
  },
  {
    // Told as the reason a rule was made: "Last year two reps were handing out month-end price cuts, which is why this rule
    // exists".
    id: 'the reason for a rule',
    // From the past act to the rule, which the cue spans: "We match any written quote, which is why the price-check rule exists"
    // is a practice of today.
    direction: 'both',
    category: 'retired',
    scope: 'sentence',
    window: 30,
    patterns: [
      `(we|i|they|he|she|reps|rep|someone|branches|branch|staff|agents|sellers|managers|stores|depots|partners|a|an|the|our|one|once|who) ~2 (${PAST}) ~12 (which|that|this) (is|was) (why|the reason|how) (the|this|that|our|we have|we now have|we brought in|we introduced)? ~2 (rule|rules|ban|policy|guardrail|guardrails|limit|cap|approval|approvals|sign off|check|control|controls) (exists|exist|came in|was introduced|were introduced|is here|was brought in|was made|came about|is in place|are in place)`,
    ],
    examples: {
      cancels: [
        'A rep once offered 40% off to save a renewal, which is why the approval rule exists.',
        'Two branches ran countdown timers on every quote, and that is why this ban came in.',
        'Reps blasted the whole CRM every Friday, which was the reason the send cap was introduced.',
      ],
      keeps: [
        'Offer 10% off on renewals, which is why the approval rule asks for a note.',
        "We match any competitor's written quote on like-for-like kit, which is why the price-check rule exists.",
      ],
    },
  },
  {
    // Not done again: "Last spring's clearance weekend wrecked margins and it has not been repeated".
    id: 'not done again',
    direction: 'backward',
    category: 'retired',
    scope: 'sentence',
    window: 30,
    patterns: [
      "(hasn't|has not|haven't|have not|wasn't|was not|weren't|were not|never) been (repeated|run again|rerun|used again|tried again|done again|run since|used since|seen since|back)",
      // The cue takes the words that point back with it, so that ", and it" ends no scope: "… wrecked margins and it has not been repeated".
      "(and|but|,|;) (it|that|this|they|which) (has|have)? (hasn't|has not|haven't|have not|wasn't|was not|weren't|were not|never) been (repeated|run again|rerun|used again|tried again|done again|run since|used since|seen since|back)",
      '(and|but|,|;) (has|have) (never|not) been (repeated|run again|rerun|used again|tried again|done again|run since|used since|seen since|back)',
      // Told of a past episode, so no promise to the buyer ("This offer will not be repeated" is one): "last year's flash sale drove
      // volume but eroded margin; it will not be repeated".
      WENT_BADLY_NOT_AGAIN,
      // From what it did first, over the turn to what it cost: "last year's flash sale drove volume but eroded margin; it will not be
      // repeated".
      `(${PAST}) ~6 (but|and|,) (${WENT_BADLY}) ~10 (and|but|,|;|so) ${NOT_AGAIN}`,
    ],
    examples: {
      cancels: [
        "Last spring's clearance weekend wrecked margins and it has not been repeated.",
        'The purchased list was loaded into the dialler once and has never been used again.',
        'A countdown banner ran on the site for a month; it has not been seen since.',
        'The spring half-price weekend drove footfall but wrecked margin, and it will not be repeated.',
        'The 30%-off tent sale lost money on every pallet, so it will not be repeated.',
        "The boot flash sale ran for a week in May and lost money; that won't be run again.",
      ],
      keeps: [
        'Half price on every kit this weekend; the offer will not be repeated.',
        "Half price on every winter tyre this weekend: we made this offer once before, in 2019, and it won't be repeated.",
      ],
    },
  },
  {
    // A practice that went badly is history: "In 2019 we tried spray-and-pray on the boat-show list and it burned the sending
    // domain" (a year beside it is history too, with this cue; "it burned through stock by noon" is praise and not here).
    id: 'it went badly',
    direction: 'backward',
    category: 'retired',
    scope: 'sentence',
    window: 30,
    patterns: [
      '(and|but|,|;) (it|that|this|which|they) ~2 (ran at a loss|lost money|made a loss|made no money|went nowhere)',
      // What it is costing someone, in coaching: "Leo is still closing on the first call and it's costing him renewals".
      "(and|but|,|;) (it's|it is|that's|that is|this is|which is|that's been|it's been) (costing|losing|killing|hurting) (him|her|us) ~2 (renewals|replies|deals|customers|clients|margin|trust|referrals|the account|accounts|business)",
      '(and|but|,|;) (it|that|this|which|they) (tanked|wrecked|torched|backfired|bombed|flopped|poisoned|got us blacklisted|got us banned|hurt|dented|eroded|ate into|gutted|crushed|cheapened|devalued|damaged|cannibalised|cannibalized)',
      // What it burned, not "burned through stock by noon".
      '(and|but|,|;) (it|that|this|which|they) (burned|burnt) (the|our|their|a|every) ~2 (domain|domains|list|lists|reputation|brand|relationship|relationships|sender|ip|ips|account|accounts|bridges|trust|market|territory|goodwill)',
    ],
    examples: {
      cancels: [
        'We tried spray-and-pray on the boat-show list and it burned the sending domain.',
        'We pushed a 30% flash sale to the whole list and it tanked our margins.',
        'Reps used countdown timers in every email, but that backfired with procurement.',
        'The purchased list went into Outreach and it got us blacklisted.',
        "Leo is still closing on the first call and it's costing him renewals.",
      ],
      keeps: ['The spring flash sale worked, and it burned through stock by noon.'],
    },
  },
  {
    id: 'what was said, disowned',
    direction: 'backward',
    category: 'negated',
    scope: 'previous-sentence',
    window: 30,
    patterns: [
      "(we|i|our reps|our team) (never|don't|do not|won't|will not|wouldn't|would never) (do|say|try|play|go|use|pull) (that|this|it|so|there|that game|that card|those|these)",
      // Not our way, said after it: "'spaces are going fast, you'd better sign up now' … That isn't how we talk here and it won't be repeated".
      "(that's not|that is not|that isn't|this isn't|this is not|it's not|it is not|not) how we (talk|sell|work|do things|speak|operate|behave|treat people)",
      "(it|that|this) (won't|will not|must not|mustn't|shouldn't|should not) (be repeated|happen again)",
      // Said at the end of what it answers: "We do not match that.", "… but won't copy it." ("don't copy it into the subject line" is an instruction).
      "(we|i|our reps|our team|but|and|so) (never|don't|do not|won't|will not|wouldn't|would never) (try to|attempt to)? (match|copy|follow|repeat|mirror|imitate|beat) (that|this|it|those|these|them|theirs) (number|price|offer|deal|rate|discount|figure)? .|;|!",
      "(don't|do not|never) chase (it|that|them|this)",
      // Without its subject too: "We do not match that;" is itself a negated price match, whose first word cannot start a cue.
      "(don't|do not|never|won't|will not) (try to|attempt to)? (match|copy|beat) (that|this|it|those|these|them|theirs) (number|price|offer|deal|rate|discount|figure)? .|;|!",
      "(we|we're|we are happy to|we're happy to) (leave|leaves) (that|this|it|those|these) to (them|the chains|the big players|others|other people|the discounters) .|;|!",
      "^ (we|i) (don't|do not|won't|will not|never do|never will|never have|never did) ,|.|;|!",
      // "…; we don't close that way", "that is their model and we take no part in it", "…, so we won't".
      "(we|i|our reps|our team) (don't|do not|won't|will not|never|wouldn't|would never) (close|sell|work|operate|do business|do things|prospect|behave|play it) (that way|like that|this way|like this)",
      '(we|i|our team) (take|play|have|want) no part in (it|that|this|them)',
      "(that|this|it) (is|'s|was) (their|his|her|the partner's|the customer's|the client's|the reseller's|the vendor's) (model|business|approach|way|choice|call|thing|practice|job)",
      // Written as one word: "that's their promotion, and club pricing doesn't change".
      "(that's|it's|thats|its) (their|his|her|the partner's|the retailer's|the store's|the customer's|the client's|the reseller's|the vendor's) (own)? (model|business|approach|way|choice|call|thing|practice|job|promotion|promo|offer|deal|discount|pricing|sale|campaign)",
      "so (we|i) (won't|don't|do not|will not|wouldn't|would not|can't|cannot) .|!|;",
      "(we've|we have|i've|i have|we|i) never (sent|done|run|used|tried|made|offered|written|bought) (one|that|those|these|it|them|such a thing|anything like it)",
      // "My first manager swore by it. I coach the exact opposite."
      '(we|i|our team|our reps) (now)? (coach|teach|preach|do|practise|practice|say|recommend|train) (the|quite the) (exact|complete|very)? opposite',
    ],
    examples: {
      cancels: [
        "RivalGuard's reps tell prospects the price goes up tomorrow; we never do that.",
        "They give new clients half the usual fee. We don't, and we explain why.",
        "Jonas pushed for a signature on the first call and lost the deal; we don't close that way.",
        "If we emailed the entire alumni database at once we would land in spam for months, so we won't.",
        'Three months free for anyone who switches sounds generous. We do not match that.',
        "Every Friday the Leeds shop emails its entire list a 20% code; we'll watch their numbers but won't copy it.",
        'The chain down the valley runs buy-one-get-one on Tuesdays; we leave that to them.',
      ],
      keeps: [
        "Offer 10% off at renewal. We don't charge for setup either.",
        "Put promo code SPRING15 in the email footer but don't copy it into the subject line, where spam filters catch it.",
      ],
    },
  },
  {
    // A task for our own people told by its verb, whatever it is done to: "Route deadline: submit the week's visit log by 6 pm
    // Friday", "Staff must complete the new-plan training modules by the 15th", "sign-up sheets must be handed to your team leader
    // by 8 pm". Not what the buyer is told to do with an offer: "Submit your application by 30 June for the early rate".
    id: 'a task for our own people',
    direction: 'forward',
    category: 'other-party',
    window: 10,
    traits: ['pressure'],
    terminatedBy: [
      'tell',
      'tells',
      'remind',
      'reminds',
      'offer',
      'offers',
      'quote',
      'quotes',
      'order',
      'orders',
      'application',
      'applications',
      'booking',
      'bookings',
      'deposit',
      'deposits',
      'payment',
      'payments',
      'contract',
      'contracts',
      'signature',
      'signed',
      'enrolment',
      'enrollment',
      'registration',
      'form',
      'forms',
      'survey',
      'customer',
      'customers',
      'buyer',
      'buyers',
      'client',
      'clients',
      'they',
      'them',
      // Said to the buyer: "Upload your floor plan by Friday", "complete your sign-up by midnight".
      'your',
      'signup',
    ],
    patterns: [
      '^ (=submit|=complete|=finish|=upload|=log|=file|=hand =in|=wrap =up|=revert|=fill =in|=fill =out|=prepare|=tidy|=clean =up|=circulate|=finalise|=finalize|=reconcile|=key =in|=close =out)',
      '^ (so|and|then|please|kindly|pls) (please|kindly)? (=submit|=complete|=finish|=upload|=log|=file|=hand =in|=wrap =up|=revert|=fill =in|=fill =out|=prepare|=tidy|=clean =up|=circulate|=finalise|=finalize|=reconcile|=key =in|=close =out)',
      // After a heading ("Route deadline: submit …"), or as what follows from our own arrangements ("…, so wrap up role-plays by 11:45").
      ': (please|kindly) (=submit|=complete|=finish|=upload|=log|=file|=hand =in|=wrap =up|=revert|=fill =in|=fill =out|=prepare|=tidy|=clean =up|=circulate|=finalise|=finalize|=reconcile|=key =in|=close =out)',
      ': (=submit|=complete|=finish|=upload|=log|=file|=hand =in|=wrap =up|=revert|=fill =in|=fill =out|=prepare|=tidy|=clean =up|=circulate|=finalise|=finalize|=reconcile|=key =in|=close =out)',
      'so (=submit|=complete|=finish|=upload|=log|=file|=hand =in|=wrap =up|=revert|=fill =in|=fill =out|=prepare|=tidy|=clean =up|=circulate|=finalise|=finalize|=reconcile|=key =in|=close =out)',
      '(staff|agents|drivers|consultants|advisers|advisors|engineers|technicians|crews|stores|branches|reps|sdrs|aes|everyone|all staff|managers|trainees|new starters) (must|need to|needs to|should|have to|has to|are required to|is required to|to) (=submit|=complete|=finish|=upload|=log|=file|=hand =in|=wrap =up|=fill =in|=fill =out|=prepare|=pass|=attend|=finalise|=finalize|=reconcile|=close =out)',
      '(must|need to|needs to|has to|have to|should) be (handed|handed in|submitted|uploaded|logged|filed|completed|finished|returned) (to|in|into) (your|the|our) ~2 (team leader|team leaders|manager|managers|supervisor|supervisors|office|portal|crm|finance|hr|desk|coordinator)',
    ],
    examples: {
      cancels: [
        "Route deadline: submit the week's visit log by 6 pm Friday or the mileage claim rolls to next month.",
        'Staff must complete the new-plan training modules by the 15th or they cannot sell the bundle.',
        'Fundraisers: gift sign-up sheets must be handed to your team leader by 8 pm each evening.',
        'Please revert by EOD with the updated price list for the dealer meet.',
      ],
      keeps: ['Submit your application by 30 June to lock in this year’s fee.', 'Complete the order form by Friday and the 10% early rate is yours.'],
    },
  },
  {
    id: 'an internal task',
    direction: 'forward',
    category: 'other-party',
    window: 12,
    // Where the clause turns to the buyer, the date is theirs again: "Log the customer's promo code in Salesforce and tell them the
    // 20% off expires Friday", "Record the verbal yes in HubSpot and push for signature before they hang up".
    terminatedBy: [
      'tell',
      'tells',
      'remind',
      'reminds',
      'reminder',
      'reminders',
      'push',
      'pushes',
      'ask',
      'asks',
      'they',
      'them',
      'offer',
      'offers',
      'quote',
      'quotes',
    ],
    traits: ['pressure'],
    patterns: [
      // Also as a memo writes it: "Account managers to share the revised rate card with each client's SPOC by 25 June".
      '(reps|rep|sdrs|aes|managers|account managers|the team|everyone|deal desk|the deal desk|finance|ops|revops|sales ops|csms|partners) (must|need to|needs|should|have to|has to|are required to|is required to|to) ~3 (log|update|submit|enter|send|share|circulate|file|record|close out|review|approve|clean|upload|sync|forecast|have|get|provide|receive)',
      // Our own buyers and back office, as a memo writes it: "Buying team to confirm quantities per branch by the 20th".
      '(buying team|the buying team|buyers team|purchasing|procurement|the purchasing team|branch managers|store managers|site managers|area managers|accounts|stores|the warehouse|warehouse|dispatch|admin|the office|office|hr|payroll) (to|must|should|need to|needs to|will|have to|has to) (confirm|send|submit|file|enter|finish|complete|sign off|check|count|review|approve|update|return|place|raise|agree|finalise|finalize|collate|book)',
      // Entered in our own system by name: "All December consol bookings must be in CargoWise by the 18th".
      '(bookings|booking|orders|order|jobs|entries|quotes|timesheets|records|invoices|shipments|consignments|files) (must|need to|needs to|have to|has to|should) be (in|entered in|entered into|logged in|keyed into|loaded into|updated in|closed in) {name}',
      '(deal desk|finance|revops|sales ops|legal|the board) (needs|need|requires|require|wants|want|expects|expect)',
      // A heading that says so: "Internal deadline: our monthly price filing must reach the pricing desk by the 5th".
      '^ (=internal|ops|admin|operations|back office|finance|revops|sales ops) (deadline|deadlines|due date|due dates|task|tasks|note|notes|reminder|reminders) :',
      '^ (=logistics|=admin|=housekeeping) :',
      // What we order or book ourselves from those who supply or host us: "Stand space is ordered through the organiser by end of
      // May", "the booking for that truck closes 20 June", "the banners are booked with the printer by Friday".
      '(ordered|booked|reserved|paid for|arranged|confirmed) (through|from|with|via) (the|our) ~1 (organiser|organizer|organisers|organizers|venue|printer|printers|hotel|caterer|caterers|supplier|suppliers|carrier|forwarder|haulier|fair|expo|exhibition|show|agency|landlord)',
      // (Not a coach or a flight: its seats may be what we sell.)
      '(booking|bookings|order|orders|slot|slots) for (that|the|our|this|these|those) ~2 (truck|trucks|lorry|lorries|container|containers|van|vans|stand|stands|booth|booths|pallet|pallets|shipment|shipments|freight)',
      // A third party's paperwork: "the buyer's lender needs the appraisal by the 20th".
      '(lender|lenders|bank|underwriter|underwriters|insurer|auditor|auditors|regulator|surveyor|solicitor|attorney|notary|council|registrar|payroll|it team|it department|security team|legal team|compliance|accountant|accountants) (needs|need|requires|require|wants|want|expects|expect|must have|must receive)',
      "(get|send|submit|put|have|hand) (your|their|his|her|the team's|all) (numbers|forecast|forecasts|commit|commits|figures|notes|timesheets|expenses|updates|pipeline|call notes|reports) (in|over|across|through|to)?",
      '(commit|forecast|forecasts|numbers|board pack|board deck|qbr deck) (goes|go|is due|are due) to (the board|finance|leadership|the vp|the cro)',
      // Paperwork handed to our own people: "the seating plan goes to the events team by the 1st".
      '(goes|go|is due|are due|must reach|has to reach|needs to reach|must go|has to go|needs to go) to (the|our) ~2 (team|desk|office|department|dept|coordinator|printer|printers|caterer|caterers)',
      // Our own back office by its function: "Credit applications go to underwriting by the 20th", "the account manager hands
      // over to scheduling within 2 working days".
      '(application|applications|paperwork|documents|document|forms|form|files|file|pack|packs|package|packages|request|requests|claims|claim|timesheets|contracts|contract|po|pos|invoices|invoice|records|notes) ~2 (go|goes|sent|is sent|are sent|is due|are due|must go|has to go|needs to go) to (underwriting|billing|invoicing|scheduling|dispatch|fulfilment|fulfillment|credit control|accounts payable|accounts receivable|the bank|our bank)',
      '(hand|hands|handed|handing|pass|passes|passed) (over)? to (underwriting|billing|invoicing|scheduling|dispatch|fulfilment|fulfillment|credit control)',
      // Records in our own CRM or its records: "update occupancy and open deals in HubSpot every Friday by 5pm", "signed PO
      // attached to the opportunity by the 25th", "scanned into Salesforce within 24 hours".
      '(update|updates|updated|log|logs|logged|enter|enters|entered|record|records|recorded|attach|attaches|attached|scan|scans|scanned|upload|uploads|uploaded|load|loads|loaded|save|saves|saved) ~12 (in|into|to|on|onto|against) (hubspot|salesforce|sfdc|pipedrive|zoho|dynamics|netsuite|xero|quickbooks|the crm|our crm|the opportunity|the deal record|the deal|the account record|the opportunity record|the job card|the job sheet)',
      // "All quotes for the hotel tender have to reach the bid manager by the 12th for internal sign-off".
      '(reach|reaches) (the|our) ~2 (bid manager|bid team|manager|desk|office|director|lead|coordinator|approver|approvers|finance|legal)',
      'for internal (sign off|approval|review|sign-off|checks)',
      // Our reps' own activity target: "call all 50,000 numbers from the purchased database by month end".
      '(call|ring|email|text|dial|phone) (all|every|each) ~6 by',
      // Our own trial of a supplier: "The trial of the new uniform supplier ends in May, after which ops will decide".
      '(trial|trials|pilot|pilots|evaluation|test) of (the|a|our) (new)? ~2 (supplier|suppliers|vendor|vendors|provider|providers|system|tool|software|uniform|uniforms|courier|couriers|carrier|carriers|cleaner|cleaners|caterer|caterers|agency|crm|platform)',
      // Records put into our own systems: "upload the month's redeemed vouchers to the finance portal by 5pm", "Depot office scans
      // them into the hire system by Monday 10am", "Sales ops loads the new price book into the quoting tool by January 25".
      '(upload|uploads|reload|reloads|load|loads|scan|scans|reconcile|reconciles|key|keys|enter|enters|log|logs|import|imports|sync|syncs|get|gets|put|puts|hand|hands|return|returns|file|files|update|updates|amend|amends) ~6 (into|to|onto|in|with) (the|our) (finance portal|hire system|routing system|depot office|back office|till|tills|quoting tool|cpq|crm|erp|ledger|dms|pos|sharepoint|finance system|accounts system|expense system|payroll system|hr system|finance team|accounts team|credit control|ops team|finance desk)',
      '(upload|uploads|reload|reloads|load|loads|scan|scans|reconcile|reconciles|key|keys|enter|enters|log|logs|import|imports|sync|syncs|get|gets|put|puts|hand|hands|return|returns|file|files) ~6 (into|to|onto|in|with) (finance|accounts|credit control|payroll)',
      // Our own price paper brought up to date: "Sales admin updates the price sheet in Visma by 20 February", "Update the booking
      // site, the listing and the printed menus by 25 March".
      '(update|updates|amend|amends|refresh|refreshes|reprint|reprints|edit|edits|correct|corrects) (the|our|each|all|every|its)? ~6 (price sheet|price sheets|price list|price lists|booking site|website|listing|listings|menus|menu|catalogue|catalog|shelf labels|shelf tickets|price book|price books|brochure|brochures|tariff|tariffs|rate card|rate cards)',
      // Our own templates and records to update: "Quote templates in Pipedrive need updating by 24 February".
      '(in|into|on) (hubspot|salesforce|sfdc|pipedrive|zoho|dynamics|netsuite|the crm|our crm|the quoting tool|the cpq) (need|needs|must be|have to be|has to be|should be) (updating|updated|changing|changed|loading|loaded|refreshing|refreshed)',
      // To a colleague by name: "get any customer back-orders for whole goods to Leanne by 8 December".
      '(get|gets|send|sends|pass|passes|hand|hands|forward|forwards|email|emails) ~10 to {name} (by|before|no later than)',
      // Our own orders and bookings with those who supply or carry for us: "Spring parts orders have to be with the distributor by
      // February 15", "The packing house must confirm reefer bookings with the shipping line by Thursday 12:00".
      '(orders|order|po|pos|purchase orders|stock orders|parts orders|reorders|restock) ~2 (have to|has to|must|need to|needs to|should) (be)? (with|reach|go to|be placed with|in with) (the|our) ~1 (distributor|supplier|wholesaler|mill|manufacturer|maker|factory|vendor|importer|mill|maltster)',
      '(confirm|confirms|book|books|make|makes|place|places|secure|secures) ~3 (bookings|booking|space|slots|orders|capacity|containers) with (the|our) ~1 (shipping line|carrier|carriers|haulier|hauliers|airline|courier|forwarder|freight forwarder|line|port|terminal|depot)',
      // Our own shop's labels and files: "reload the till price file by Friday 28 May and swap the in-store price guides".
      '(reload|reloads|update|updates|swap|swaps|print|prints|replace|replaces|reprint|reprints|re ticket|reticket) (the|all|our|their)? ~2 (till|tills|price file|price files|price guides|price guide|shelf tags|shelf labels|shelf edge labels|price tickets|price cards|pos material|signage|window cards|price book|price books)',
    ],
    examples: {
      cancels: [
        'The deal desk needs non-standard terms by the 25th.',
        'Reminder: Q2 commit goes to the board on the 25th, get your numbers in by the 20th.',
        "The buyer's lender needs the appraisal by the 20th to hold their rate lock.",
        'Internal deadline: our monthly price filing must reach the pricing desk by the 5th.',
        "Logistics: sign and return the organiser's order form by 8 July.",
        'Stand space is ordered through the organiser by end of May.',
        'Display stoves leave on the 3 July truck and the booking for that truck closes 20 June.',
        'The banners are booked with the printer by Friday.',
        'The gala is on 14 June, and the seating plan goes to the events team by the 1st.',
        'Sales ops loads the new price book into the quoting tool by January 25.',
        'Estimating loads the rate card into the quoting tool by 24 March.',
        'Credit applications go to underwriting by the 20th for same-month funding.',
        'Get any customer back-orders for the spring range to Priya by 8 December.',
        'Quote templates in HubSpot need updating by 3 March.',
        'Update the price book in the field-service app by January 10.',
        'Area managers update stock counts and open deals in Pipedrive every Thursday by 4pm.',
        'The signed order form is attached to the opportunity by the 28th for that month’s billing run.',
        'Stores must get delivery bookings into the routing system by 2pm each day.',
        'Branch managers: reload the till price file by Friday 28 May and swap the in-store price guides.',
        'Spring parts orders have to be with the distributor by February 15 to qualify for its stocking terms.',
        'The packing house must confirm reefer bookings with the shipping line by Thursday 12:00.',
        'Stores should place container bookings with the forwarder before the 20th.',
        'Buying team to confirm quantities per branch by the 20th.',
        "Account managers to share the revised rate card with each client's SPOC by 25 June.",
        'Purchasing must sign off the reorder list by Friday.',
        'All December consol bookings must be in CargoWise by the 18th.',
      ],
      keeps: ['Purchasing teams that sign by Friday get 10% off the first year.'],
    },
  },
  {
    // A note to our own staff heads the whole text: "HR note: residence assistants get a £50 voucher for every month …",
    // "Staff note: no leave in the last two weeks of the quarter". What follows is about our people, not an offer to a buyer.
    id: 'a note to our staff',
    direction: 'forward',
    category: 'other-party',
    // Perks, pay and deadlines of our own people; how they sell is still read.
    traits: ['discount', 'pressure', 'free-trial'],
    scope: 'later-sentences',
    patterns: [
      '^ (hr|people team|people ops|people operations|payroll|staff|personnel|human resources) (note|notes|notice|update|reminder|memo|bulletin|announcement) (for|to|on|about)? ~10 (:|;|.)',
      '^ (note|notice|memo) (to|for) (all)? ~2 (staff|crew|crews|drivers|employees|colleagues) (:|;|.)',
    ],
    // It ends where the text turns to buyers or to what we offer: "… paid with September salaries. Reps can give shoppers 10%
    // off any second pair", "Our spring offer is 15% off all windows".
    terminatedBy: [...OUR_SIDE, ...BUYER_WORDS, 'offer', 'offers', 'quote', 'quotes'],
    examples: {
      cancels: [
        'HR note: the reception team earns a £40 gift voucher for every month with a 4.8 review average. Paid via payroll.',
        'Staff note: anyone who books ten site visits this month gets a £50 voucher, paid with May salaries.',
        'HR note for branch managers to pass on: expense claims by the 3rd; overtime signed off within 48 hours.',
        'Note to warehouse staff: last chance to book leave before the peak freeze on 1 November.',
      ],
      keeps: [
        'HR note: staff discounts stay. Customers still get 10% off their first order.',
        'Staff note: uniforms at all times. Our spring offer is 15% off all windows until 30 April.',
        'HR note: the bonus is paid with September salaries. Reps can give shoppers 10% off any second pair.',
      ],
    },
  },
  {
    id: 'an internal event',
    direction: 'forward',
    category: 'other-party',
    scope: 'sentence',
    window: 20,
    traits: ['pressure'],
    patterns: [
      '(sales kickoff|sales kick off|kick off meeting|kickoff|sko|all hands|offsite|off site|staff survey|team survey|engagement survey|pulse survey|timesheet|timesheets|expense report|expense reports|expenses|commission statement|commission statements|quota letter|quota letters|self review|self reviews|performance review|performance reviews|forecast call|pipeline review|team meeting|sales meeting|training module|certification exam|enablement module|holiday party|team dinner|hackathon) ~4 (closes|close|due|ends|end|deadline|starts|opens|is on|locks)',
    ],
    examples: {
      cancels: ['Reminder: the sales kickoff survey closes Friday, last chance to lock your seat.'],
      keeps: ['The offer closes Friday; last chance to lock in 2025 rates.'],
    },
  },
  {
    id: 'our own internal work',
    direction: 'both',
    category: 'other-party',
    scope: 'sentence',
    window: 20,
    traits: ['pressure', 'white-glove'],
    patterns: [
      // Our own pipeline review, not one run with a client for their hiring or their buying ("a weekly in-person pipeline review
      // with every client"); a performance review of our staff is their appraisal, named as such ("self review", internal).
      '(our|team|internal|sales|the sales|the team|monday|friday|thursday) (pipeline review|pipeline reviews)',
      '(forecast call|forecast calls|commission run|commission runs|commission statement|commission statements|commissions run|comp plan|comp plans|our payroll|payroll cutoff|=expenses|expense report|expense reports|=timesheet|=timesheets|quota letter|quota letters|territory plan|territory plans|=headcount|headcount plan|hiring plan|offer letter|offer letters|sales kickoff|=sko|all hands|team offsite|=offsite|=enablement|closed won|crm hygiene|board deck|qbr deck|=okr|=okrs|self review|self reviews|team calendar)',
      '(into a|into|annual|mid year|year end|my|your|his|her|staff) (performance review|performance reviews)',
      '(ssl|tls) (certificate|certificates|cert|certs)',
      '(finance|accounting|accounts) (closes|close|closing) the books',
      '(flight|flights|hotel|travel) (bookings|booking|reservations) (close|closes|are due|due)',
      '=expense (it|them|this)',
    ],
    examples: {
      cancels: [
        'Log closed-won deals by Friday so commissions run on time.',
        'Offer letters for the two new AEs expire Friday.',
        "Only two SDR seats left in this year's headcount plan.",
        "Last chance for territory plans: they're due to the VP by 5 May.",
        'The SSL certificate on the checkout page expires on 2 August; renew it.',
        'Dinner for the team offsite is on us — expense it under Events.',
      ],
      keeps: [
        'The offer ends Friday; book the onboarding call before then.',
        "Tell sellers we'll drop our commission to 1.5% if they list with us before spring.",
        'This price is only until end of month, after it will be more expensive.',
      ],
    },
  },
  {
    id: "the buyer's own team",
    direction: 'forward',
    category: 'other-party',
    window: 8,
    traits: ['mass', 'discount', 'pressure', 'gated', 'free-trial'],
    patterns: [
      "(buyer's|customer's|client's|prospect's|their|his|her) own (sales team|sales reps|reps|team|marketing team|marketing|staff|people|sdrs|agency|vendor|sales floor|floor|call centre|call center|contact centre|contact center|agents|callers|department|dept|sales department|marketing department)",
    ],
    examples: { cancels: ["The buyer's own sales team works off a bought list.", "The customer's own sales floor runs a power dialler."] },
  },
  {
    // A question about a figure already said, theirs: "Is that 15% taken off list or off what you're paying today?", "Does
    // their 20% discount last past the first year?" (not "Would 10% off for a three-year term work for you?", ours).
    id: 'a question about their figure',
    direction: 'forward',
    category: 'other-party',
    window: 4,
    traits: ['discount'],
    patterns: [
      "(is|are|was|were|does|do|did|will|would|has|have|isn't|doesn't) (that|their|those|his|her|the other|the competitor's|the rival's) ~2 {amount} ~12 ?",
    ],
    examples: {
      cancels: ["Is that 15% taken off list or off what you're paying today?", 'Does their 20% discount last past the first year?'],
      keeps: ['Would 10% off for a three-year term work for you?'],
    },
  },
  {
    id: 'a question answered no',
    direction: 'backward',
    category: 'negated',
    scope: 'sentence',
    window: 12,
    patterns: [
      '? (no|not|never|nope|nah|absolutely not|not here|not ever|never again)',
      '? (a|answer|answered|reply|replied) :? (no|not|never|nope|nah)',
      // In words: "Q: Do you price-match? A: We don't."
      "? (a|answer|answered|reply|replied) :? (we don't|we do not|we won't|we will not|we never|sorry , no|unfortunately not|unfortunately , no|afraid not|afraid we don't|i'm afraid not|that's not something we|that isn't something we|not something we)",
    ],
    examples: {
      cancels: [
        'Discounting? Not here.',
        'Countdown timers? Never.',
        'Q: can reps still hand out promo codes? A: no, they expired.',
        "Q: Do you price-match? A: We don't. We'd rather compete on product.",
      ],
      keeps: ['Flash sales? Yes, twice a year.'],
    },
  },
  // Another party's act (ConText's experiencer).
  {
    id: "a rival's act",
    direction: 'forward',
    category: 'other-party',
    window: 10,
    patterns: [
      // The rival and its act in one run of words ("Unlike competitors, we offer 20% off" is ours), or picked up again by a pronoun.
      `(${RIVALS}) ~4w (${ACTS})`,
      // Assigning or providing is a rival's act only when the rival is named as one: "the vendor will assign a named account manager" is us in a bid.
      "(incumbent|incumbents|competitor|competitors|competitor's|rival|rivals|challenger|challengers|previous vendor|old vendor|current vendor|previous supplier|current supplier|incumbent's) ~4w (assign|assigns|assigned|provide|provides|provided|staff|staffs|staffed)",
      `(${RIVALS}) ~3 (they|they're|they've|they'll|it|it's) ~2 (${ACTS})`,
      // Named beside it, in brackets or between commas: "Competitor (Motion) is pushing a 12% discount", "The competitor, Motion,
      // is quoting 11% under".
      `(competitor|rival|incumbent|challenger) ~1 (is|are|has|have) (${ACTS})`,
      `(competitor|rival|incumbent|challenger) , {name} , ~2w (${ACTS})`,
      // … after the rival's name and a filler: "the competitor, uh, Fenwick, they're doing a buy-one-get-one".
      `(the|a|one|that) (competitor|rival|incumbent) , ~4 , (they're|they are|they've|it's) (${ACTS})`,
      // The object right after the act is not our side taking over: "competitors spam you with …".
      `(${RIVALS}) ~4w (${ACTS}) (you|us|them|me)`,
      // One we buy through, in a relative clause: "the approved vendor, which gives franchisees a 10% volume discount".
      `(${RIVALS}|=mill|=mills|=roaster|=roasters|=printer|=printers|=wholesaler|=wholesalers|=distributor|=distributors|=merchant|=merchants|=marketplace|=platform) ,? (which|that|who) (also|often|now|already|still|usually|typically)? (${NAMED_ACTS_PLURAL}) (us|them|our|franchisees|members|locations|stores|branches|sites|dealers|the group)?`,
      // Or to our buyer: "the rival rep sent our prospect a 'LAST CHANCE 40% OFF' email" (our buyer is no turn to our side).
      `(${RIVALS}) ~4w (=sent|=sends|=emailed|=emails|=mailed|=mails|=texted|=texts|=offered|=offers|=gave|=gives|=quoted|=quotes) (our|my) (prospect|prospects|client|clients|customer|customers|buyer|buyers|lead|leads|account|accounts|contact|contacts|champion|members|patients|guests)`,
      // Other firms as a kind: "bigger staffing firms text thousands of candidates".
      `(bigger|larger|big|smaller|many|most|some|cheaper|low cost|budget|discount|national|online|rival|competing|other|traditional|legacy|typical|direct to consumer|dtc|d2c|digital|insurtech|fintech) ~2 (firms|companies|agencies|vendors|providers|brands|shops|stores|retailers|chains|players|operators|sellers|installers|dealers|brokers|banks|insurers|clinics|gyms|platforms|apps|startups|outfits|consultancies|msp|msps|mssp|mssps|clubs|club|lenders|carriers|charities|nonprofits|non profits|organisations|organizations|orgs|practices|schools|studios|hotels|restaurants|dealerships|labs|vendors) ~4w (${ACTS}) (you|us|them|me)?`,
      // One named by what it does: "a quote from a rival operator that throws in free months".
      `(rival|rivals|competing|competitor|competitors|other|another|cheaper|bigger|national|online) ~2 (firm|firms|company|companies|agency|agencies|vendor|vendors|provider|providers|brand|brands|shop|shops|store|stores|retailer|retailers|chain|chains|operator|operators|seller|sellers|installer|installers|dealer|dealers|broker|brokers|platform|platforms|supplier|suppliers|distributor|distributors|contractor|contractors|roaster|roasters|partner|partners) (that|which|who) ~1 (${ACTS})`,
      // The one such business everyone knows: "The discount chain hands out coupons at the till".
      `(the|that|this) (discount|budget|low cost|cut price|rival|competing|big box|national|online) (chain|store|shop|retailer|supermarket|brand|outlet|grocer|pharmacy|chemist|dealer|dealership|gym|clinic|hotel|operator|firm|agency|supplier|vendor|warehouse|airline|importer|wholesaler) ~2 (${ACTS})`,
      // Businesses of a kind as the sentence's subject, with what describes them between: "The Paraguayan companies with
      // self-propelled ground sprayers (the 'mosquito') give 20% discount for payment in cash", "NABARD-linked banks are giving
      // societies 3% interest subvention", "Some overseas labels sell to boutiques at around 30% below our wholesale".
      // (What describes them is a phrase of its own, not a clause: not "Retailers who sign this month and sell 200 units get 8% off",
      // nor "Airlines in our consortium give your travellers 12% off".)
      '^ (the|some|many|most|other|these|those|local|foreign|overseas|big|bigger|smaller|several|a few|few) ~2 (=companies|=banks|=lenders|=labels|=brands|=suppliers|=wholesalers|=distributors|=retailers|=chains|=firms|=mills|=cooperatives|=manufacturers|=importers|=exporters|=airlines|=carriers|=competitors|=rivals|=insurers) (=give|=gives|=giving|=offer|=offers|=offering|=sell|=sells|=selling|=run|=runs|=running|=undercut|=undercuts|=charge|=charges)',
      '^ (the|some|many|most|other|these|those|local|foreign|overseas|big|bigger|smaller|several|a few|few) ~2 (=companies|=banks|=lenders|=labels|=brands|=suppliers|=wholesalers|=distributors|=retailers|=chains|=firms|=mills|=cooperatives|=manufacturers|=importers|=exporters|=airlines|=carriers|=competitors|=rivals|=insurers) (with|from|of|across|outside) ~5 (=give|=gives|=giving|=offer|=offers|=offering|=sell|=sells|=selling|=run|=runs|=running|=undercut|=undercuts|=charge|=charges)',
      '^ (=companies|=banks|=lenders|=labels|=brands|=suppliers|=wholesalers|=distributors|=retailers|=chains|=firms|=mills|=cooperatives|=manufacturers|=importers|=exporters|=airlines|=carriers|=competitors|=rivals|=insurers) (=give|=gives|=giving|=offer|=offers|=offering|=sell|=sells|=selling|=run|=runs|=running|=undercut|=undercuts|=charge|=charges)',
      '^ (=companies|=banks|=lenders|=labels|=brands|=suppliers|=wholesalers|=distributors|=retailers|=chains|=firms|=mills|=cooperatives|=manufacturers|=importers|=exporters|=airlines|=carriers|=competitors|=rivals|=insurers) (with|from|of|across|outside) ~5 (=give|=gives|=giving|=offer|=offers|=offering|=sell|=sells|=selling|=run|=runs|=running|=undercut|=undercuts|=charge|=charges)',
      // One such business: "a national roaster has offered them 30% off".
      `(a|an|another|one) (national|regional|rival|competing|online|low cost|budget|big box|chain|local) ~2 (${ACTS}) (you|us|them|me|him|her)?`,
      // Younger or nearby businesses (never people: "new reps run a discovery call" are ours): "newer payroll startups offer 30% off".
      `(newer|new|younger|venture backed|vc backed|funded|offshore|overseas|regional|local|independent) ~2 (firms|companies|agencies|vendors|providers|brands|shops|stores|retailers|chains|platforms|apps|startups|msp|msps|mssp|mssps|clubs|lenders|carriers|banks|insurers|consultancies|dealerships) ~4 (${ACTS})`,
      `(other|another|previous|former|old) (mob|mobs|outfit|outfits|crowd|crowds|operation|operations|business|businesses|joint|joints|installer|installers|dealer|dealers|seller|sellers|shop|shops|agent|agents|company|companies|supplier|suppliers|agency|agencies|broker|brokers|brokerage|brokerages|lender|lenders|school|schools|studio|studios|practice|practices|distributor|distributors|wholesaler|wholesalers|retailer|retailers|restaurant|restaurants|salon|salons|chain|chains|salesman|rep|reps|provider|providers|firm|firms|bank|banks|insurer|insurers|brand|brands|clinic|clinics|gym|gyms|hotel|hotels|garage|garages|dealership|dealerships|store|stores|platform|platforms|tool|tools|app|apps|vendor|vendors|carrier|carriers|software|importer|importers|exporter|exporters|manufacturer|manufacturers|operator|operators|venue|venues|roaster|roasters|winery|wineries|brewery|breweries|marina|marinas|yard|yards|club|clubs|garage|garages|centre|centres|center|centers) ~4w (${ACTS}) (you|us|them|me|him|her)?`,
      // The buyer's own supplier: "their current bank gave them cashback for switching".
      `(their|his|her|the buyer's|the customer's|the client's|the prospect's|the patient's) (current|previous|old|existing|former|last)? (bank|provider|supplier|vendor|insurer|broker|agency|platform|carrier|courier|couriers|haulier|telco|landlord|gym|dealer|installer|employer|lender|school|university|union|credit union|building society|health plan) ~2 (${ACTS}) (them|him|her|you|us)?`,
      // A business nearby: "the hotel next door runs 30%-off weekend deals".
      `(next door|down the road|down the street|up the road|up the street|across the road|across the street|across the square|across the way|over the road|across town|around the corner|round the corner|on the corner|opposite|nearby|in the area|next to us) ~2 (${ACTS}|quoted|quotes) (you|us|them|me|him|her)?`,
      "=competitor's|=competitors|=rival's|=rivals|=incumbent's ~1 own?",
      '^ (comp|competitive|competitor|competition|market|rival) (intel|intelligence|watch|update|updates|news|note|notes|sighting|sightings|move|moves|alert|alerts|activity|offer|offers|promo|promos|tactic|tactics) :',
      '(competitor|competitors|competitive|competition|rival|rivals) ~2 (watch|intel|intelligence|tracker|tracking|monitor|monitoring|sighting|sightings|teardown|teardowns|benchmark|benchmarking|roundup|digest|scan|radar|swipe file)',
      '(compare|compares|compared|comparing) us|our ~2 (with|to|against)',
    ],
    // A reply of ours after the heading ends its scope: "Competitor move: answer any switch offer with a free month".
    terminatedBy: [...OUR_SIDE, 'answer', 'counter', 'respond', 'reply', 'meet', 'beat', 'position', 'instead'],
    examples: {
      cancels: [
        // Sellers outside our channel (a grey market), and a verb of listing.
        'Grey-market sellers are listing the Seamaster at 12% under the boutique price.',
        'The big brands hit the bars with two-for-one kegs every summer.',
        'The discount chain hands out coupons at the till; our customers do not want that from us.',
        'A rival chain runs 30% off weekends; we hold our rate.',
        "The incumbent's flash sale ends Friday.",
        'Competitors blast every contact they can buy.',
        'Our competitors spam you with 500-person InMail blasts.',
        'The Paraguayan companies with their own ground sprayers give 20% discount for payment in cash.',
        'Some overseas labels sell to boutiques at around 30% below our wholesale.',
        'Bigger staffing firms text thousands of candidates a day from bought lists.',
        'Competitor promo watch: 20% off',
        'Competitor move: half-price installation for anyone who switches',
        'The other broker offered us 15% off the premium.',
        'The hotel next door runs 30%-off weekend deals; we keep our rates.',
        "Bloke down the road quoted her two grand less for the deck, but he isn't licensed.",
        'Other charities blast their entire list every week; we write to our donors four times a year.',
        'Prospect mentioned their current bank gave them $200 cashback for switching.',
        'Customer feedback: the other platform made them talk to sales just to see a price.',
        'The hotel across the road has a countdown clock on its booking page.',
        'Competitor rep is leaving free samples and pushing hard closes on the practice manager.',
        'If they compare us with a freemium app, show the paid pilot.',
        "So the competitor, yeah, they're doing like forty percent off right now.",
        'Competitor (Motion) is pushing a 12% blanket discount to take the account.',
        'The competitor, Harlow Tools, is offering 10% off every drill.',
        'Rival (Kestrel Foods) has cut its case price by 8%.',
        'A rival printer mailed them a coupon for 40% off.',
        "The competitor's rep emailed our client a 'FINAL HOURS 30% OFF' flyer.",
        'Another outfit in the Valley is doing buy-one-get-one on lighting hire; our quotes stay put.',
        'Order paper through the group supplier, which gives members a 12% volume discount.',
        'We buy beans from a roaster that offers us 8% off on pallet orders.',
        'A rival operator that throws in free months has opened on the ring road.',
        'The large national distributors often secure listings by paying retrospective rebates to restaurant groups.',
        'A peer charity emailed its entire database with a matched-gift deadline.',
        'Opposing counsel tried a hard close on the settlement figure.',
      ],
      keeps: [
        'If a competitor undercuts us, we offer an extra 5%.',
        'Unlike competitors, we offer 20% off the first year.',
        'Companies that sign this month get 10% off.',
      ],
    },
  },
  {
    // A business named in apposition as a rival: what it does in that clause is its own, whatever the trait ("Hallam Supplies,
    // our main rival in Yorkshire, lets dealers see trade prices only after a rep approves the account"). Our side ends it
    // ("Unlike Hallam Supplies, our main rival, we assign a named account manager").
    id: 'a rival named in apposition',
    direction: 'forward',
    category: 'other-party',
    window: 24,
    scope: 'clause',
    patterns: [
      // At the head of its sentence, the subject, with its own verb after: "Against Hallam Supplies, our main rival, lead with
      // next-day delivery" and "Accounts switching from Northwind, the main rival in Ohio, get two months free" are ours (red
      // team 51).
      `^ {name} , (our|a|the|their) (main|biggest|closest|nearest|chief|largest|local|direct|only|big|new|old|usual|fiercest)? (rival|competitor) ~8w , (${RIVAL_VERBS})`,
      // "Kinetix, one of our two main competitors, gates its pricing behind a demo request".
      `^ {name} , (one of|among) (our|the) ~2 (rivals|competitors) ~6w , (${RIVAL_VERBS})`,
    ],
    terminatedBy: OUR_SIDE,
    examples: {
      cancels: [
        'Hallam Supplies, our main rival in Yorkshire, lets dealers see trade prices only after a rep approves the account; our price list is public.',
        'Brightline, our closest competitor, assigns a dedicated success manager to every account.',
        'Orbis, a rival from the north, runs a discovery workshop before any quote.',
      ],
      keeps: ['Unlike Hallam Supplies, our main rival, we assign every dealer a named account manager.'],
    },
  },
  {
    // Who acts, by name: a business the text marks as another seller ({name>=1}: "switch from …", "cheaper than …", "match …")
    // doing what a rival does ("CleanTex has been cutting its prices by 20%. Reps do not price match CleanTex."), or picked up
    // again by "it". A name the text does not mark may be our own brand or plan ("HelioDesk Pro gives annual subscribers two
    // months free"), and is left alone; so are a named person's service and visits.
    id: 'a named business acting',
    direction: 'forward',
    category: 'other-party',
    // Its act runs to the end of its clause: "Valley Bee Supply has been advertising colonies at $165 with free delivery to
    // your orchard and a 10% coupon for repeat growers".
    window: 24,
    traits: ['discount', 'pressure', 'mass', 'free-trial'],
    patterns: [
      // Its own object, the buyer, is no turn to our side: "TransGlobe gives us 25% off", as a buyer says it.
      `{name>=1} (has|have|had|is|are|was|were|will|now|also|often|usually|typically|regularly|sometimes|just|recently|already|still|then|keeps|keep)? (been|now|also|often|started|begun)? (${NAMED_ACTS}) (us|them|you|him|her|me)?`,
      // Set off by a dash after the word that names it a rival: "Competitor - Motion - is pushing a 12% blanket discount".
      `{name>=1} — (is|are|was|were|has|have|had)? (been)? (${NAMED_ACTS})`,
      // What it will do: "Word is Harlow Tools will run 10% off every drill in March".
      `{name>=1} (will|would|may|might|could|plans to|plan to|is going to|are going to|is about to|are about to|is set to|are set to) (also|now|soon|again|probably)? (${NAMED_ACTS_PLURAL})`,
      // What it is, said of a business the text marks: "Payflo is half price", "Kinetix is 30% cheaper this quarter".
      '{name>=1} (is|are|was|were) (now|currently|still|also|often|usually|typically|always)?',
      // Where it stands, then its act: "Ridgeway Motors down the highway advertises 'lowest price guaranteed'".
      `{name>=1} (down|up|across|along|over|round|around|on) the (road|street|highway|way|river|hill|block|corner|motorway|freeway|high street|strip|square) (${NAMED_ACTS})`,
      // Its act after another of its traits: "Navan and TravelPerk lead with a slick app and often give the tool away free".
      // Or picked up by a pronoun: "FlexiPhysio's app-only package is £12 a head and they're giving the first three months free".
      `{name>=1} ~10 and (they|they're|they've|it|it's)? (often|usually|also|now|regularly|sometimes|typically|routinely)? (${NAMED_ACTS_PLURAL})`,
      // Two businesses at once: "WeWork and Spaces both run free-month promos".
      `{name>=1} (and|or) {name>=1} (both|all|also|now|often|usually|regularly|still|has|have|had)? (been)? (${NAMED_ACTS_PLURAL}) (us|them|you|him|her|me)?`,
      // Picked up by "it" (not "they", which is as often the buyers: "callers switching from Orbit Energy … they quote their rate").
      `{name>=1} ~10 , it (often|usually|typically|sometimes|will|then|now|also|just|immediately|quickly)? (${NAMED_ACTS})`,
      // Whose reps: "their reps frequently offer the first year free" (we say "our reps").
      `(their|its) (reps|rep|salespeople|sales team|sales reps|account managers|renewal team) (frequently|often|usually|routinely|typically|sometimes|now|also|will|may|are)? (${NAMED_ACTS_PLURAL})`,
      // What their reps tell the buyer: "Their sales rep told the farmer the offer expires Friday; ours will give him as long as he needs".
      '(their|its) (sales)? (rep|reps|salesperson|salespeople|salesman|agent|agents|dealer|dealers) (told|tell|tells|say|says|said|promised|promises|claimed|claims|warned|warns)',
      // Its people: "Kinetix reps routinely quote 35% off list".
      `{name>=1} (reps|rep|salespeople|sales team|sales reps|account managers|dealers|resellers|partners) (routinely|often|usually|typically|regularly|sometimes|now|also|will|are|have been)? (${NAMED_ACTS_PLURAL})`,
      // Named in apposition: "Lexivo, our closest competitor, is running 40% off the first year".
      // Its own verb after it, not an instruction to us ("When pitching against Vantage, the incumbent, offer 15% off").
      `{name>=1} , ~5 , (is|are|has|have|was|were)? (been|now|also|often)? (${NAMED_ACTS})`,
      // Its advertising, with what it offers: "Buyers bring in Bayview Boats' ad for 0% APR for 60 months".
      '{name>=2} (ad|ads|advert|adverts|flyer|flyers|banner|banners|mailer|mailers|campaign|campaigns|listing|listings|promo|promos|promotion|promotions|offer|offers|deal|deals|window|site|website) (for|of|with|offering|promising|showing|at|says|shows|reads)',
      // Said of it in a clause of its own: "Families compare us with DirectRest, which advertises $895 and a price-match guarantee".
      `{name>=1} , (which|who) (has|have|is|are)? (been|now|also|often|usually|currently)? (${NAMED_ACTS})`,
    ],
    terminatedBy: OUR_SIDE,
    examples: {
      cancels: [
        'Word is Harlow Tools will run 10% off every drill in March.',
        'Competitor - Motion - is pushing a 12% blanket discount to take the account.',
        'CleanTex has been cutting its prices by around 20% to win garages in the north. Reps do not price match CleanTex.',
        'When Coastal Cable hears we have lit a building, it often offers tenants six months at half price not to switch from Coastal Cable.',
        'Prospects moving from Lexivo say Lexivo now offers 40% off the first year to anyone who stays.',
        'Owners tell us Kinetix reps routinely quote 35% off list to win chain accounts.',
        'Lexivo, our closest competitor, is running 40% off the first year for teams that switch.',
        'Handling Ridgeway Motors. Ridgeway Motors down the highway advertises "lowest price guaranteed" and says it will beat any quote.',
        'Competing with Navan and TravelPerk: Navan and TravelPerk lead with a slick app and often give the booking tool away free to start.',
        "Payflo is half price for six months to anyone switching. We don't match it.",
        // Set against us in the same sentence: a turn (";", a dash, ", but") to what we do instead.
        'Northgate has been handing out 25% off to new accounts; we sell on uptime instead.',
        'Corvane cut its install fee to zero in March, but our reps hold the line on installation.',
        'Tidewell and Marlin both run half-price first months — we never follow them down.',
        'Fernway is quoting two years free support this spring; position our service desk instead of matching it.',
        'Payline offers a free plan for teams under five; we compete on payroll accuracy instead.',
        'Handling "Docuvale gives us 30% off"',
        'Families compare us with Restwell, which advertises a price-match guarantee.',
        'Their sales rep told the grower the offer expires Friday; ours gives him as long as he needs.',
        "Objection: Harbour Marine's financing. Buyers bring in Harbour Marine's ad for 0% APR over five years.",
        'Objection: Tellway gives the first year free',
        "Lough Dearg Spirits are doing a two-for-one into pubs, a good bit under us. Our line: we don't match it.",
        "Marlow Fitness's app-only plan is £12 a head and they're giving three months free. We don't give free months and we don't cut the per-head rate.",
        'Buyers show the Stromrad City 3 on their phone, and this month Stromrad gives 20% off on top. Our Stad is €2,499. We do not lower our price for this.',
      ],
      keeps: [
        'Unlike Kinetix, we offer 20% off the first year.',
        'When pitching against Vantage, the incumbent, offer 15% off the first year.',
        'Our Brightpath reps quote 8% off list on multi-year renewals.',
        'Pricing page copy: HelioDesk Pro gives annual subscribers two months free.',
        // Our own plan, with a note on how we sell it: nothing set against us.
        'HelioDesk Pro gives annual subscribers two months free; we mention it on every renewal call.',
        'Brightpath Plus offers 15% off the first year, and reps can add onboarding for free.',
        // A limit on our own offer is no refusal of theirs.
        "Pro Annual gives new accounts two months free; we don't go beyond that without finance sign-off.",
        'Field Kit Pro cut its list price by 12% for the spring range, but we hold the line on cases.',
        'Every Monday, Demand Gen sends a blast to all 40,000 leads in the database.',
      ],
    },
  },
  {
    // Another seller's own practice, in the possessive, once the text marks the name as another seller's ({name>=2}):
    // "Responding to Northside Roasters' price cut", "when families mention Apex's free first week". Only what follows at
    // once: "switch from Kinetix's platform and get 20% off" is our offer.
    id: "a named business's own",
    direction: 'forward',
    category: 'other-party',
    window: 4,
    traits: ['discount', 'pressure', 'mass', 'free-trial'],
    patterns: ['{name>=2}'],
    terminatedBy: [...OUR_SIDE, 'and', 'or', 'but', 'so', 'then', 'get', 'gets', 'for'],
    examples: {
      cancels: [
        "Responding to Northside Roasters' price cut",
        "When families mention Apex's free first week, explain what our rental includes.",
        "Countering Orbisoft's 40% launch discount",
      ],
      keeps: ["Switch from Kinetix's platform and get 20% off the first year.", "Brightpath's spring sale: 20% off every plan until Friday."],
    },
  },
  {
    // The buyer asks: their question, not our discovery ("AEs only reach out if the attendee asked a question about their own
    // contract process").
    id: 'a question the buyer asked',
    direction: 'forward',
    category: 'other-party',
    window: 12,
    traits: ['consultative'],
    patterns: [
      '(attendee|attendees|registrant|registrants|prospect|prospects|buyer|buyers|customer|customers|client|clients|lead|leads|visitor|visitors|user|users|member|members|caller|callers|viewer|viewers|listener|listeners|reader|readers) (who|that)? (asked|asks|raised|raises|posted|posts|submitted|submits|sent|sends|had|has) (a|any|the|their|an|specific)? (question|questions)',
      // Their questions, answered by us: "two of our senior drivers attend to answer questions about how loads are handled".
      '(answer|answers|answering|answered|field|fields|fielding|handle|handles|handling) (any|their|the|your|all|buyers|customers|guests|attendees|prospects|delegates|visitors)? (questions|question|queries|query)',
    ],
    terminatedBy: [...OUR_SIDE, ',', 'ask', 'asks', 'asking', 'then', 'by', 'with', 'through', 'using'],
    examples: {
      cancels: [
        'AEs only reach out if the attendee asked a question about their own contract process.',
        'Follow up with any registrant who posted a question about their billing setup.',
        'Our chefs attend the tasting to answer questions about how orders are actually handled.',
      ],
      keeps: ['When the buyer asked a question on the webinar, the AE follows up: ask what their current process looks like.'],
    },
  },
  {
    // Our own evaluation of a supplier's tool, not a trial we give: "RevOps got an extra 14 days on the Gong trial to finish our own
    // evaluation".
    id: 'our own evaluation',
    direction: 'backward',
    category: 'other-party',
    window: 14,
    traits: ['free-trial'],
    patterns: ['(to|for) (finish|complete|run|do|wrap up) (our|our own) (evaluation|testing|test|review|assessment|pilot)'],
    examples: {
      cancels: ['RevOps got an extra 14 days on the Gong trial to finish our own evaluation.'],
      keeps: ["Is the extra 30 days on Pinecrest's trial approved?"],
    },
  },
  {
    // A past stretch of a practice, told beside its end: "We stopped running a power dialler in 2022, after a year of roughly 90
    // dials per rep per day produced almost nothing".
    id: 'a year of it, before it stopped',
    direction: 'forward',
    category: 'retired',
    window: 12,
    withCategory: ['retired'],
    patterns: ['(after|following) (a|one|two|three|six|nine|{num}|several)? ~1 (year|years|month|months|quarter|quarters|season|seasons) of'],
    examples: {
      cancels: ['We stopped running a power dialler in 2022, after a year of roughly 90 dials per rep per day produced almost nothing.'],
      keeps: ['After a year of 90 dials per rep per day, we now run a named list.'],
    },
  },
  {
    // A price not out there yet, not one held back: "The price list isn't on the website yet because the web team is rebuilding the
    // pages; it goes live Friday".
    id: 'not published yet',
    direction: 'backward',
    category: 'hypothetical',
    window: 4,
    traits: ['gated'],
    patterns: ['=yet', '(goes live|go live|going live)', 'coming soon'],
    examples: {
      cancels: ["The price list isn't on the website yet because the web team is rebuilding the product pages."],
      keeps: ["Our tariff isn't on the website; the office rings you back."],
    },
  },
  {
    // Questions put to us, or by someone else: "At the review the auditor asks what controls we run, which staff have admin rights
    // and whether backups are tested", "Procurement will ask which certifications we hold, how we handle recalls …", "Candidates
    // usually ask what the ramp looks like …" (not our own coaches and trainers, who ask the buyer).
    id: 'questions about us, or asked by another',
    direction: 'forward',
    category: 'other-party',
    window: 14,
    traits: ['consultative'],
    patterns: [
      // The questions are about us: "what controls we run", "how we handle recalls".
      "(what|which|how|whether|who|why|when|where) ~2 (we|we're|we've|our|us) (run|runs|hold|holds|handle|handles|carry|carries|do|does|did|offer|offers|charge|charges|use|uses|have|has|had|are|is|price|prices|ship|ships|store|stores|test|tests|train|trains|hire|hires|work|works|support|supports|manage|manages|compare|compares)",
      // Someone else asks: an auditor, procurement, a candidate, a trainer.
      '(auditor|auditors|assessor|assessors|inspector|inspectors|regulator|regulators|procurement|candidates|candidate|applicants|applicant|interviewer|interviewers|examiner|examiners|journalist|journalists|investors|investor|board) ~4 (ask|asks|asked|will ask|usually ask|often ask|always ask|want to know|wants to know)',
    ],
    examples: {
      cancels: [
        'At the SOC 2 review the auditor asks what controls we run, which staff have admin rights, and whether backups are tested.',
        'Procurement at the hospital will ask which certifications we hold, how we handle recalls and whether we carry liability cover.',
        'Candidates in the final interview usually ask what the ramp looks like, how territories are assigned and whether quota is capped.',
      ],
      keeps: ['Ask the owner how many vans go out each day, which routes overrun and who plans the rotas.'],
    },
  },
  {
    // Questions put to our own people: "Go through the win/loss sheet with your manager: which deals slipped, why …", "Ask deal
    // desk what margin the deal carries, which payment terms are allowed and whether legal has signed off".
    id: 'questions put to our own people',
    direction: 'forward',
    category: 'other-party',
    window: 16,
    traits: ['consultative'],
    patterns: [
      // Who is asked, then the questions: "with your manager: which …", "ask deal desk what …".
      '(your|our) (manager|line manager|sales manager|team lead|coach|mentor|warehouse lead|ops lead|shift lead|supervisor|finance team|legal team|ops team|buddy) (:|what|which|how|whether|who|why|when|where)',
      '(deal desk|sales ops|revops|rev ops|the new sdr|the new rep|the new hire) (:|what|which|how|whether|who|why|when|where)',
    ],
    terminatedBy: ['client', 'customer', 'buyer', 'prospect'],
    examples: {
      cancels: [
        'Go through the win/loss sheet with your manager: which deals slipped, why they slipped and what you would do differently.',
        'Ask deal desk what margin the deal carries, which payment terms are allowed and whether legal has signed off.',
        'In the role-play, the trainer asks the new SDR what the product does, who it is for and why anyone would pay for it.',
      ],
      keeps: ['Ask the client what their manager needs to see, which numbers matter and who signs.'],
    },
  },
  {
    // Questions put to those we buy from or to our own back room, not the buyer: "Ask the supplier what the lead time is, how they
    // ship and who signs off the quote", "check with our warehouse what came in, what is short and when the next load lands".
    id: 'questions put to our supplier',
    direction: 'forward',
    category: 'other-party',
    window: 14,
    traits: ['consultative'],
    patterns: [
      // The cue is who is asked, and the question after it: "ask the supplier what …" (not "ask the buyer what the supplier …").
      // Only a supplier is ours whoever sells: a haulier or a manufacturer may be the buyer, unless we say "our".
      '(the|our) ~1 (supplier|suppliers|subcontractor|subcontractors) (what|how|which|when|whether|where|who|why)',
      'our (own)? ~1 (manufacturer|manufacturers|mill|mills|factory|wholesaler|wholesalers|distributor|distributors|importer|importers|courier|couriers|carrier|carriers|haulier|hauliers|printer|printers|warehouse|stores|yard|depot|drivers|driver|fitters|crew|crews) (what|how|which|when|whether|where|who|why)',
      // One of our drivers asked what happened: "ask the driver what time he left, where he parked and why the van was late".
      '(the|our) (driver|van driver|delivery driver) (what|when|where|why|whether) (time)? (he|she|they)',
    ],
    terminatedBy: ['then', 'before', 'buyer', 'client', 'customer'],
    examples: {
      cancels: [
        'Ask the supplier what the lead time is, how they ship and who signs off the quote.',
        'Ask our warehouse what came in this week, what is short and when the next load lands.',
        'Ask our fabric mill which sizes are late, how long a reorder takes and whether the price holds.',
      ],
      keeps: [
        'Ask the buyer what their supplier charges, how often deliveries slip and who signs off.',
        'Ask the haulier which incidents cost them most, which routes run late and who books the training.',
      ],
    },
  },
  {
    id: 'done by a rival',
    direction: 'backward',
    category: 'other-party',
    window: 8,
    patterns: [
      `(run|ran|offered|used|sent|launched|pushed|advertised|made|given) by ~1 (a|the|our|their|some)? (${RIVALS})`,
      `(that|which) (${RIVALS}) ~1 (${ACTS})`,
      `(of|from|at|with) (the|a|our|their|some)? (${RIVALS})`,
      // Run by the client for their own customers: "redemptions of the coupons they ran in their print ads".
      '(they|advertisers|the advertiser|the client|clients|the customer|customers|retailers|stockists|the store|stores) (ran|run|runs|offered|offer|offers|issued|issue|issues|printed|print|prints) (in|on|through|via|across) (their|its|his|her) (own)?',
      "(is|was|are|were) (the|a|our)? (=competitor's|=competitors'|=rival's|=rivals'|=incumbent's|=theirs|=competitor|=competition)",
    ],
    examples: {
      cancels: [
        'We track the price cuts advertised by rivals.',
        'The 40% promo codes that competitors push are noise.',
        'Go through the results: enquiries, and redemptions of the coupons they ran in their print ads.',
      ],
      keeps: ['Twenty percent off, offered by our reps at renewal.'],
    },
  },
  {
    id: 'another business acting',
    direction: 'forward',
    category: 'other-party',
    window: 12,
    patterns: [
      // One the buyer brings up: "members who cancel often cite a supermarket wine club that advertises 40% off".
      `(cite|cites|cited|mention|mentions|mentioned|compare|compares|compared|quote|quotes|quoted|point to|points to|pointed to|switch to|switching to|switched to|leave for|leaving for|left for|come from|comes from|came from|coming from) ~3 (a|an|another|some|other) ~3 (${ORGANISATIONS}|=club|=clubs|=msp|=msps|=platform|=platforms|=startup|=startups|=marketplace|=marketplaces|=carrier|=carriers) (that|which|who) ~1 (${ACTS})`,
      // One of those we sell through, acting on its own: "Blown away by our channel partners. One of them ran a 20% promo on our
      // kit".
      `(one|some|two|three|several|many|most|a few|a couple) of (them|our partners|our resellers|our dealers|our distributors|our channel partners|our stockists|our franchisees|our retailers|our agents|the partners|the resellers|the dealers|the stockists) ~2 (${NAMED_ACTS_PLURAL})`,
      // One marked as another by where it stands or what it is to us: "the hotel on the next stand hands out '20% off if you book
      // today' vouchers", "a rival garage down the road is texting every driver in town".
      `(the|a|an) (${ORGANISATIONS}|=venue|=venues|=garage|=garages|=cafe|=cafes|=pub|=pubs|=bar|=bars|=florist|=florists|=caterer|=caterers) (on|at|in|across|down|from|by|round|around) (the)? (next|neighbouring|neighboring|adjacent|opposite|other|same) ~1 (stand|stands|booth|booths|stall|stalls|table|pitch|unit|street|road|block|site|lot|aisle|floor|corner|village|town) (${NAMED_ACTS_PLURAL})`,
      `(the|a|an) (${ORGANISATIONS}|=venue|=venues|=garage|=garages|=cafe|=cafes|=pub|=pubs|=bar|=bars|=florist|=florists|=caterer|=caterers) ~2 (doors|door|shops|units|stalls|streets) (down|up|along|away|over) ~2 (${NAMED_ACTS_PLURAL})`,
      `(another|rival|competing|neighbouring|neighboring|nearby|a rival|a competing|a neighbouring|a neighboring|a nearby|the neighbouring|the neighboring|the nearby|the rival|the competing) (${ORGANISATIONS}|=venue|=venues|=garage|=garages|=cafe|=cafes|=pub|=pubs|=bar|=bars|=florist|=florists|=caterer|=caterers) ~4 (${NAMED_ACTS_PLURAL})`,
    ],
    terminatedBy: OUR_SIDE,
    examples: {
      cancels: [
        'Members who cancel often cite a grocery chain that advertises 40% off the first box.',
        'At the bridal show, the venue on the next stand hands out free champagne upgrades to anyone who books on the day.',
        'A rival garage down the road is texting every driver in town about half-price MOTs.',
        'The neighbouring florists run 20% off bouquets every Friday.',
        'Our stockists did well this spring; one of them ran a 15% promo on our boots and cleared the shelf.',
        'Patients mention a clinic that offers 20% off the first visit.',
        'Leads who came from a platform that blasts every contact are slow to reply.',
      ],
      keeps: ['A dealer network of our own is planned; offer 10% off demo units.', 'Other practices that join before June get 10% off the first year.'],
    },
  },
  {
    // Another business acting for itself, where the text marks it so: "The wholesaler slashed its prices by 30% in March", "the
    // insurer has applied a 7.5% rate increase", "we hear Pallas reps are giving two months free", "the main contractor tells us
    // they're offering the client 5%" (not "partners get 10% off", an offer to them).
    id: 'a business reported acting',
    direction: 'forward',
    category: 'other-party',
    window: 12,
    patterns: [
      // Not a business merely named as acting, which is as often our own channel acting for us ("the wholesaler is running 15%
      // off our boilers; we fund half of it"), but what marks it as theirs: its own prices cut, a price change it has applied,
      // another company's people or another business reported.
      // Its own prices, cut: "The wholesaler slashed its prices by 30% in March".
      '(the|a|an|another|one|that|their) (wholesaler|retailer|chain|supplier|vendor|marketplace|stall|store|shop|gym|airline|lender|insurer|cash and carry) (has|had)? (=slashed|=cut|=dropped|=lowered|=halved) (its|their) (price|prices|rates|fees)',
      // A price change another has made: "the insurer has applied a 7.5% rate increase".
      '(the|a|an|another|their|other) (insurer|insurers|carrier|carriers|supplier|suppliers|vendor|vendors|landlord|landlords) (has|have|had) (now|just|already|also)? (=applied|=imposed|=passed on)',
      // Another company's people, reported: "Our reps hear that Pallas sales reps are giving two months free".
      "(we|i|reps|we've|i've) (hear|heard|hears|notice|noticed|noticing|see|seen|saw|keep hearing) (that)? {name} (reps|rep|salespeople|salesmen|sales reps|agents|sales team|account execs|aes|people|guys|crew) (are|were|have been|has been|is|was) ~6 (=giving|=offering|=pitching|=pushing|=doing|=running|=throwing|=quoting|=advertising|=texting|=emailing|=calling|=knocking|=selling)",
      // What another says it is doing now: "the main contractor tells us they're offering the client 5%".
      "(contractor|contractors|supplier|suppliers|rival|rivals|competitor|competitors|customer|customers|buyer|buyers|client|clients|broker|brokers|landlord|lender|insurer|builder|builders|developer|developers) (tells|told|tell|say|says|said|reports|reported|mention|mentions|mentioned|let us know|lets us know) (us|me)? (that)? (they're|they are|they've been|they have been|they were) (now|just|also)? (=offering|=giving|=doing|=advertising|=pushing|=slashing|=cutting|=throwing|=quoting|=discounting|=running)",
    ],
    terminatedBy: OUR_SIDE,
    examples: {
      cancels: [
        'The wholesaler slashed its prices by 30% in March, and several stockists asked about it.',
        'The insurer has applied a 7.5% rate increase owing to the claims environment.',
        'Our reps hear that Pallas sales reps are giving two months free to anyone who signs before year end.',
        "The main contractor tells us they're offering the client a 5% discount for early sign-off.",
      ],
      keeps: ['Partners get 10% off every order this quarter.', 'Only 40 seats remain in the founding cohort, and they are running out.'],
    },
  },
  {
    // An offer made to win our own customers away is a rival's: "giving away three months free to anyone who switches from us".
    id: 'an offer to take our customers',
    direction: 'backward',
    category: 'other-party',
    window: 10,
    patterns: [
      '(anyone|anybody|customers|clients|people|those|users|accounts|buyers|members|whoever|patients|guests|tenants|families|subscribers|shoppers|growers|homeowners) (who|that)? ~1 (=switch|=switches|=switched|=move|=moves|=moved|=defect|=defects|=leave|=leaves|=left|=come|=comes|=jump|=jumps) (away|over|ship)? from us',
      '(poach|poaches|poaching|poached|steal|steals|stealing|lure|lures|luring|lured) (away)? (our|my) (customers|clients|accounts|members|subscribers|tenants|patients|growers|buyers)',
    ],
    examples: {
      cancels: [
        'Their rep is giving away three months free to anyone who switches from us.',
        'Someone on the high street is giving 20% off to patients who move over from us.',
        'Halden is handing out free setup to poach our customers.',
      ],
      keeps: ['Offer 20% off the first year to customers who switch to us from Halden.'],
    },
  },
  {
    id: 'a deal we get',
    direction: 'forward',
    category: 'other-party',
    window: 6,
    traits: ['discount'],
    patterns: [
      '(we|our team|our reps|our sdrs|our aes|our staff|our employees|our people|our company|our office|the company|staff|employees) (get|gets|got|receive|receives|received|enjoy|enjoys|secured|secure|qualify for|qualifies for) (a|an|the)? ~2 (discount|discounts|rebate|rebates|reduced rate|price break|deal) (on|from|through|via|with|for)',
      // An amount off where we buy: "Our team gets 20% off at the sign printer we use".
      '(we|our team|our whole team|our office|our company|our staff|our people|our crew|our crews) (get|gets|got|receive|receives|received|enjoy|enjoys|secured|secure|qualify for|qualifies for) (a|an)? {amount} (off|discount|rebate|cashback|back)? (at|from|through|via|with) (the|our|a|an|their)',
      // What we negotiate from a supplier, not for the buyer ("we negotiate a 10% discount on the second year" is theirs).
      '(we|our team|our company|the company|procurement) (negotiated|negotiate|negotiates) (a|an|the)? ~2 (discount|discounts|rebate|rebates|reduced rate|price break|deal) from',
    ],
    examples: {
      cancels: [
        'Our SDRs get a bulk discount on Sales Navigator seats through the company licence.',
        'We negotiated a 15% discount from the venue for the sales kickoff.',
        'Staff receive a discount on gym memberships through the benefits portal.',
        'Our team gets 25% off at the print shop we use for yard signs.',
        'Our crews get 10% off at the builders merchant on the ring road.',
      ],
      keeps: ['Customers get a 10% discount on their second order.'],
    },
  },
  {
    id: 'paid for by a third party',
    direction: 'both',
    category: 'other-party',
    scope: 'sentence',
    window: 3,
    traits: ['discount', 'free-trial'],
    patterns: [
      '(provided|supplied|paid for|covered|funded|reimbursed|donated|given|sponsored|subsidised|subsidized) ~4 by (the|their|a|an|your)? (sponsor|sponsors|insurer|insurers|government|nhs|state|employer|employers|council|charity|foundation|grant|payer|payers|medicare|medicaid|school|district|university|union|trust|health plan)',
    ],
    examples: {
      cancels: [
        'Study drug is provided free of charge by the sponsor.',
        'The first six sessions are free, covered in full by your employer.',
        'Hearing tests are funded at no cost by the NHS.',
      ],
      keeps: ['Setup is free, and the first month is paid for by us.'],
    },
  },
  {
    id: 'said by someone else',
    direction: 'backward',
    category: 'mentioned',
    window: 8,
    // What they said is quoted: "Offer 10% off if they say the budget is tight" is ours.
    quotedOnly: true,
    patterns: [
      '(they|he|she|people|someone|everyone|everybody|my manager|my boss|my old boss|my first manager|old school managers|the old guard|gurus|trainers|the books) (said|say|says|told me|told us|used to say|would say|insisted|swore|preached)',
      '(drilled|drummed|hammered|beat|beaten|pounded) ~4 into (me|us|them|him|her|every rep|every new rep)',
    ],
    examples: {
      cancels: [
        "'Sales is a numbers game,' they said. Our best quarter came from 38 hand-picked accounts.",
        "My first manager drilled 'always be closing' into me.",
        "'Discount to close,' my old boss used to say.",
      ],
    },
  },
  {
    // Those we sell through or buy from, sending to their own people: "Our partner agency emails its whole client list every week".
    id: 'a partner sending to its own list',
    direction: 'forward',
    category: 'other-party',
    window: 10,
    traits: ['mass', 'discount', 'pressure'],
    patterns: [
      '(partner|partners|partner agency|partner agencies|agency|agencies|reseller|resellers|distributor|distributors|sister company|parent company|franchisor|landlord|council|association|chamber|supplier|suppliers|wholesaler|wholesalers) (emails|mails|texts|blasts|messages|calls|rings|dials|posts to|sends to|writes to|newsletters|spams) (its|their)',
    ],
    examples: {
      cancels: [
        'Our partner agency emails its whole client list every week; we never share ours with them.',
        'The wholesaler blasts its entire database with our range every Monday.',
        'The chamber emails its full member list about every event.',
      ],
      keeps: ['Email the whole client list every week with the new range.'],
    },
  },
  {
    // A supplier serving us, not our people serving the buyer: "The dealer services our delivery trucks on site every quarter".
    id: 'a supplier serving us',
    direction: 'forward',
    category: 'other-party',
    window: 10,
    patterns: [
      '(the|our|a) (dealer|supplier|vendor|contractor|landlord|mechanic|garage|cleaners|cleaner|caterer|caterers|provider|agency|installer|manufacturer|leasing company|lessor|it provider|msp|auditor|auditors|accountant|accountants|bank) ~2 (services|maintains|repairs|cleans|inspects|visits|checks|comes to|sends|installs|fits|trains|audits|hosts|takes) (our|us)',
    ],
    examples: {
      cancels: [
        'The dealer services our delivery trucks on site every quarter.',
        'Our IT provider sends us an engineer on site every month to patch the laptops.',
        'Our accountant visits us on site every quarter for a face-to-face review.',
      ],
      keeps: ['Our engineer services the customer’s trucks on site every quarter.'],
    },
  },
  {
    // Forbidden, said by its penalty: "Writing 'offer ends tonight' in a customer email is a disciplinary matter here".
    id: 'a disciplinary matter',
    direction: 'backward',
    category: 'negated',
    scope: 'sentence',
    window: 30,
    patterns: [
      '(is|are|would be|will be|counts as|count as) (a|an)? (disciplinary|sackable|fireable|firing|dismissal|gross misconduct|compliance|conduct) (matter|offence|offense|issue|breach|thing|violation)',
      '(is|are) (grounds|cause) for (dismissal|discipline|disciplinary action|termination)',
    ],
    examples: {
      cancels: [
        "Writing 'offer ends tonight' in a customer email is a disciplinary matter here.",
        'Promising a discount without sign-off is a sackable offence.',
        'Blasting bought lists is grounds for dismissal.',
      ],
      keeps: ['Missing a renewal date is a disciplinary matter, so offer 10% off to every renewal this week.'],
    },
  },
  {
    // An idea marked as not going ahead, in its own brackets: "Two-for-one cocktail idea (not going ahead)".
    id: 'an idea marked not going ahead',
    direction: 'backward',
    category: 'negated',
    scope: 'sentence',
    window: 16,
    patterns: [
      '(=( ) (not going ahead|rejected|dropped|shelved|not running|parked|declined|binned|vetoed|scrapped|cancelled|canceled|on hold|not approved|turned down|not happening|no go|killed|retired|discontinued)',
    ],
    examples: {
      cancels: ['Two-for-one cocktail idea (not going ahead)', 'Flash sale weekend (shelved)', 'Countdown timer on checkout (rejected)'],
      keeps: ['Spring sale: 20% off all planters (confirmed)'],
    },
  },
  {
    // Ours held against theirs, after it: "The resort downtown is waiving its ceremony fee all summer; we're holding ours".
    id: 'we keep ours',
    direction: 'backward',
    category: 'other-party',
    scope: 'sentence',
    window: 24,
    patterns: [
      "(we're|we are|we|we'll|we will|we'd|we would|we'll be) (still|just|simply)? (holding|hold|keeping|keep|sticking with|stick with|sticking to|stick to|leaving|leave|staying with|stay with) =ours",
    ],
    examples: {
      cancels: [
        "The resort downtown is waiving its ceremony fee all summer; we're holding ours.",
        "The garden centre on the ring road has 30% off every shrub this month; we're keeping ours.",
        'Their install is free until June; we are sticking with ours.',
      ],
      keeps: ['Take 10% off the first order for every new café; we keep our prices for repeat orders.'],
    },
  },
  {
    id: 'unlike them',
    direction: 'forward',
    category: 'other-party',
    // The other party and what it does, not what follows ("Unlike the Starter plan the Enterprise tier comes with …").
    window: 6,
    patterns: ['(unlike|in contrast to|as opposed to|contrary to)'],
    terminatedBy: OUR_SIDE,
    examples: {
      cancels: [
        'Unlike agencies that discount the first retainer month, our fee is the same from day one.',
        'Unlike chains that run flash sales, the shop keeps one price.',
        'In contrast to dialler-led shops that blast every number, each call is booked ahead.',
      ],
      keeps: ['Unlike last year, we offer 10% off for early renewals.'],
    },
  },
  {
    id: 'gone along with it',
    direction: 'forward',
    category: 'retired',
    window: 10,
    patterns: [
      '(came down|come down|were dropped|was dropped|were retired|was retired|were removed|was removed|were scrapped|was scrapped|were binned|was binned|were cut|was cut|ended|stopped|disappeared|were pulled|was pulled) ~6 (along with|together with|alongside|as did|and so did)',
    ],
    examples: {
      cancels: [
        'The always-be-closing posters came down in 2022, along with the takeaway-close module in onboarding.',
        'Door hangers were dropped last spring, together with the 20% first-visit coupon.',
        'The old call scripts were binned in the autumn, together with the countdown banners.',
      ],
    },
  },
  {
    id: 'their own work',
    direction: 'forward',
    category: 'other-party',
    window: 4,
    patterns: [
      "(buyer|buyers|customer|customers|client|clients|prospect|prospects|cfo|cfos|ceo|ceos|controller|procurement|hospital|hospitals|school|schools|district|council|she|he|they|buyer's|customer's|client's|prospect's|their) ~4 (=built|=wrote|=made|=prepared|=drafted|=ran|=did|=commissioned|=brought|=produced|=modelled|=modeled) (her|his|their|its) own",
      // Their own people at work: "the client's own HR team does a needs analysis every year".
      // Not "our architect and their own IT team do a joint assessment": a possessive names whose.
      "(buyer's|customer's|client's|prospect's|{poss}) (own|in house) ~1 (team|hr|staff|people|it|procurement|engineers|analysts|planners|consultants|buyers|auditors|assessors|fitters|installers|technicians|crew|crews|surveyors|electricians|contractors) ~2 (does|do|did|run|runs|ran|conduct|conducts|conducted|handle|handles|handled|carry out|carries out|prepare|prepares|write|writes|wrote|attend|attends|visit|visits|install|installs|commission|commissions|inspect|inspects|survey|surveys|fit|fits|check|checks)",
    ],
    terminatedBy: OUR_SIDE,
    examples: {
      cancels: [
        "The buyer's CFO built her own business case and sent it over before our first call.",
        'Their ops lead ran his own needs assessment last year.',
        'The hospital commissioned its own discovery workshop with a consultancy.',
        "Ja, the client's own HR team does a needs analysis every year; we just get the output.",
        "The hospital's in-house procurement analysts run the needs assessment themselves.",
      ],
      keeps: [
        'We help each client build their own business case.',
        'Each AE built their own business case for the top ten accounts.',
        'Our solutions architect and their own IT team do a joint needs assessment in the first week.',
      ],
    },
  },
  {
    id: 'a topic taught',
    direction: 'forward',
    category: 'mentioned',
    window: 6,
    patterns: [
      '(the|this|our|that|each|every|its|their) ~2 (syllabus|curriculum|course|module|workshop|bootcamp|class|lesson|webinar|talk|book|seminar|masterclass) ~2 (covers|cover|covered|teaches|teach|taught|explains|explain|explores|explore|discusses|discuss|examines|examine|is about|deals with|introduces|introduce)',
      'chapter ~1 (covers|cover|covered|teaches|explains|explores|discusses|examines|is about|deals with|introduces)',
    ],
    // What the session then does is not its topic ("covers setup and ends with a 30% off code"); a lesson aimed at reps is how they work.
    // Topics joined by "and" stay topics ("closing techniques and urgency").
    terminatedBy: ['then', 'but', 'ends', 'closes', 'finishes', 'wraps', 'reps', 'sdrs', 'aes', 'sellers', 'csms'],
    examples: {
      cancels: [
        'The sales bootcamp syllabus covers closing techniques and urgency in cold email as week-three topics.',
        'Chapter four explains why countdown timers backfire with enterprise buyers.',
        'The module introduces discount discipline for new account executives.',
      ],
    },
  },
  {
    // What works better than it is not it: "the takeaway close works better than any discount", "a good case study beats any
    // free trial".
    id: 'better than it',
    direction: 'forward',
    category: 'negated',
    window: 4,
    patterns: [
      '(better|more|harder|further|stronger|faster) than (any|every|a|an)',
      '(beats|beat|outsells|outsell|outperforms|outperform|trumps|trump) (any|every)',
    ],
    examples: {
      cancels: [
        'A straight answer on lead times works better than any discount.',
        'A phone call from the owner does more than any countdown timer.',
        'In our experience a good reference beats any free trial.',
      ],
      keeps: ['Give 10% off; it works better than a longer contract.'],
    },
  },
  {
    id: 'rather than it',
    direction: 'forward',
    category: 'negated',
    window: 8,
    // What is preferred stands: "we'd rather give 10% off than lose the renewal".
    inside: false,
    patterns: ["(i'd|we'd|they'd|you'd|would|i would|we would) rather ~10 than"],
    examples: {
      cancels: [
        "Founder lesson: I'd rather lose a deal than knock 40% off to win it.",
        'We would rather walk away than blast the whole list.',
        'Most of our reps would rather wait a quarter than push a countdown on a buyer.',
      ],
    },
  },
  {
    id: 'a proposal to do it, rejected',
    direction: 'both',
    category: 'negated',
    window: 6,
    patterns: [
      '(proposal|proposals|idea|ideas|suggestion|suggestions|plan|plans|pitch|pitches|request|requests|recommendation|recommendations|motion) (to|for|of) ~12 (was|were|got|has been|had been|have been)? (rejected|turned down|vetoed|declined|shot down|overruled|voted down|refused|binned|shelved|dropped|killed|scrapped|blocked|nixed)',
    ],
    examples: {
      cancels: [
        "The agency's spray-and-pray proposal to run the same ad to every adult over 25 was rejected.",
        "Marketing's idea of a countdown banner on every product page was shot down by the brand team.",
        'A plan to offer 30% off to every lapsed member over the summer was vetoed.',
        'Proposal for a 25% loyalty concession rejected by the CFO; resubmit at list.',
      ],
    },
  },
  {
    id: "the buyer's ask",
    direction: 'forward',
    category: 'other-party',
    window: 14,
    patterns: [
      `(${BUYERS}) ~2 (${ASKS}) (you|us|me|the rep|our rep|your rep)? (for|about|to|on)?`,
      // What they will try: "Procurement will try to bring the price down by 10%; hold the line".
      `(${BUYERS}) (will|may|might|often|usually|always|sometimes)? (try|tries|trying|attempt|attempts) to`,
      // Some of them: "Some ask us to match their speed and knock our rate down".
      '(some|many|most|others|a few|several|plenty) (=ask|=asks|=push|=press|=want) (us|me|the rep|our rep|our team|the rm|the team) to',
      // What they want of the price: "Some students … want a cut in fees", "guests who'd like a discount for a longer stay".
      `(${BUYERS}) ~3 (sometimes|often|may|might|occasionally|usually|also|or|then|still|keep) (want|wants|wanted|would like|expect|expects|expected|hope for|hopes for|look for|looks for) (a|an|the|some)? ~1 (cut|reduction|discount|discounts|deal|price break|refund|credit|rebate|waiver|freebie) (in|on|off|for|to)?`,
      // What they do as a habit, with more words between: "Clients switching mid-year sometimes ask us to waive the fee".
      `(${BUYERS}) ~4 (often|sometimes|regularly|always|usually|occasionally|frequently|typically|routinely|tend to|will|may|might) (ask|asks|request|requests|push|pushes|press|press for|angle for|hold out for) (us|you|me|the rep|our rep|your rep)? (to|for)`,
      // The nouns: "the ask for", "a request from" (not "the site asks for").
      '(the|a) ~1 (=ask|=request|=demand|=push|=plea) (for|from)',
      '(request|requests|ask|asks|demand|demands|plea|pleas) for',
      '=asked|=requested|=demanded (for|to|a|an|us|that)?',
      // Whether we will cut, asked with words between: "Authorities occasionally ask, at clarification stage, whether we will reduce our rates".
      '(=ask|=asks|=asked|=asking) ~8 (whether|if) (we|you) (will|would|could|can|might) (reduce|lower|cut|drop|discount|match|waive|beat|sharpen|revisit)',
      // Whether we would: "Someone asked if we'd reduce fees for missed classes".
      "(=asked|=asks|=asking|=wondered|=wonders) (us|me)? (if|whether) (we'd|we would|we'll|we will|we could|we can|you'd|you would|you could|you can|i'd|i would|i'll|i will|i could|i can)",
      // After one, in the Scots and Irish sense of wanting it: "The wee shop in Portree was after a discount but I told her we don't do them".
      '(was|were|is|are|been) (only|just|always|still)? after (a|an|the|some|another|more|bigger|deeper|extra|further)? ~2 (discount|discounts|cut|deal|price break|reduction|freebie|freebies|rebate|better price|lower price|better rate|lower rate|money off|markdown)',
      // Angling for a cut, whoever angles: "Grayson keeps fishing for a discount", "they were haggling for a better price".
      '(fishing|angling|haggling|begging|hinting|bargaining|pushing|pressing|fishes|fished|angles|angled|haggles|haggled|begs|begged|hints|hinted|pushes|pushed|presses|pressed) (hard)? for (a|an|the|some|another|more|bigger|deeper|extra|further)? ~2 (discount|discounts|cut|cuts|deal|price break|reduction|freebie|freebies|rebate|better price|lower price|better rate|lower rate|money off|markdown)',
      // What they want us to do: "if they insist we price-match the benchmark, we walk".
      `(${BUYERS}) ~2 (insist|insists|insisted|demand|demands|demanded|expect|expects|expected|want|wants|wanted|need|needs|needed|ask|asks|asked|request|requests|requested) (that)? (we|you|the rep|our rep)`,
      "(procurement|purchasing|the buyer|the customer|the client|their procurement|the tender board|client's procurement) ~2 (ran|runs|run|held|holds|set|sets|uses|used|organised|organized|launched|imposed|imposes|requires|required|mandates|mandated|demands)",
      // A lower price they hold out for: "if the customer still wants the cut price, let the deal go".
      // (Not what they take or choose: "patients take a week's supply home to try", "customers choose the annual plan and get 20% off".)
      `(${BUYERS}) (still|really|only|just|then)? (wants|want|wanted|prefers|prefer|preferred|holds out for|hold out for|insists on|insist on|is set on) (a|the|their)?`,
    ],
    // What a buyer asks for may be refused; what we grant when asked (a site visit) is still ours.
    traits: ['discount', 'gated', 'free-trial', 'pressure'],
    terminatedBy: [...OUR_SIDE, 'after', 'before', 'when', 'once', 'because', 'since', 'if', 'unless', 'until', 'told'],
    examples: {
      cancels: [
        'When procurement asks for a price cut, we hold firm.',
        'Prospects who demand free shipping get the standard terms.',
        'The request for a bigger discount goes to the deal desk.',
        "The accountant's client wanted a discount on the VAT return fee; we explained our fixed fees and held.",
        'Their procurement portal requires a lead form for every supplier registration.',
        'If the buyer still wants the cut price, thank them and log the loss.',
        'Clients switching mid-year sometimes ask us to waive the onboarding fee or give them a month free.',
        'Customers on the annual plan often press for a loyalty discount.',
        'Parents sometimes want a cut in fees when the child misses a term.',
        "Someone asked if we'd reduce fees for missed classes; term fees can't be reduced.",
        'Authorities occasionally ask, at clarification stage or after award, whether we will reduce our rates below the framework.',
        'Marta at Copperline keeps angling for a discount; list is list.',
        'Some ask us to knock our rate down to make the paperwork worth it.',
        'Procurement will try to bring the price down by 10%; hold the line.',
        'They spent the whole call haggling for a discount on the annual plan.',
        "A parent asked if I'd waive the registration fee, and I said the fee stands.",
      ],
      keeps: ['If the buyer pushes back, we can take 5% off.'],
    },
  },
  {
    id: "the buyer's question",
    direction: 'forward',
    category: 'other-party',
    window: 10,
    // Their question, not our discovery: "Sponsors regularly ask what a keynote costs".
    patterns: [
      `(${BUYERS}|sponsors|exhibitors|delegates|attendees|parents|students|donors|homeowners) (often|sometimes|regularly|always|usually|frequently|occasionally|commonly|typically|keep|will|may|might)? (ask|asks|asked|asking|wonder|wonders|query|queries) (us|me|you|the rep|our rep|your rep)? (what|how|why|which|whether|if|about)`,
    ],
    traits: ['consultative'],
    terminatedBy: [...OUR_SIDE, 'after', 'before', 'when', 'once', 'because', 'since', 'if', 'unless', 'until'],
    examples: {
      cancels: [
        'Sponsors regularly ask what a keynote costs.',
        'Customers often ask how their data is migrated.',
        'Parents always ask what happens if their child misses a class.',
      ],
      keeps: ['Reps ask what happens when the line goes down.'],
    },
  },
  {
    id: "the buyer's own process",
    direction: 'forward',
    category: 'other-party',
    window: 10,
    // A public buyer's panel at work: "the county's evaluation committee will conduct discovery interviews with shortlisted vendors".
    patterns: [
      '(evaluation|selection|procurement|tender|steering|buying|scoring) (committee|committees|panel|panels|board|boards|team) ~2 (will|shall|may)? (conduct|conducts|conducted|run|runs|ran|hold|holds|held|interview|interviews|interviewed|score|scores|scored|evaluate|evaluates|evaluated|shortlist|shortlists|request|requests|require|requires)',
    ],
    terminatedBy: OUR_SIDE,
    examples: {
      cancels: [
        "The county's evaluation committee will conduct discovery interviews with shortlisted vendors.",
        'The selection panel holds a needs assessment workshop with each bidder.',
      ],
      keeps: ['The steering committee meets monthly; we run the needs assessment with them.'],
    },
  },
  {
    id: "the buyer's own plan",
    direction: 'forward',
    category: 'other-party',
    window: 10,
    traits: ['pressure'],
    // Their timing, not ours pressing it: "the customer plans to sign the agreement this week".
    patterns: [
      `(${BUYERS}) ~2 (plans|plan|planned|planning|intends|intend|intended|expects|expect|expected|hopes|hope|hoped|aims|aim|is going|are going|is likely|are likely|is set|are set) to`,
    ],
    terminatedBy: OUR_SIDE,
    examples: {
      cancels: ['The customer plans to sign the agreement this week.', 'Procurement expects to decide by Friday.'],
      keeps: ['The customer plans to renew; tell them the 10% loyalty rate ends Friday.'],
    },
  },
  {
    id: 'a line the buyer speaks',
    direction: 'forward',
    category: 'other-party',
    scope: 'sentence',
    window: 60,
    // A speaker's label in a transcript, then what is said; a field label before a name ("Client: Northwind") is not one.
    patterns: [
      "^ (prospect|buyer|customer|client|caller|guest|cfo|cio|cto|ceo|coo|procurement|tenant|patient|parent|student|seller|landlord|homeowner|member|donor|candidate|shopper|them|they) : (i|i'm|i've|i'd|we|we're|we've|we'd|our|is|are|can|could|do|does|did|would|will|how|what|why|when|where|so|yes|no|honestly|well|that|that's|it|it's|you|your|if|just|look|ok|okay|sure|right|but|and|any|there|this|hmm|um|frankly|actually|to)",
    ],
    // Our side's turn ends it: "Prospect: 'Any flexibility?' Rep: 'We can take 10% off the first year.'"
    terminatedBy: ['rep', 'ae', 'sdr', 'bdr', 'csm', 'se', 'agent', 'advisor', 'adviser', 'seller', 'salesperson', 'consultant', 'me'],
    examples: {
      cancels: [
        "Prospect: 'Is there a free trial, or do we have to talk to someone first?' Rep: 'Let me show you the pricing page.'",
        'Prospect: Is there a free trial, or do we have to talk to someone first?',
        "Buyer: We're running our own needs assessment before we talk to vendors.",
        'Customer: honestly, the 20% off is the only reason we are still here.',
      ],
      keeps: [
        'AE: If you sign by Friday I can take 10% off.',
        'Client: Northwind, offered 15% off the renewal.',
        "Prospect: 'Is there any flexibility?' Rep: 'We can take 10% off the first year.'",
      ],
    },
  },
  {
    id: "a partner's own practice",
    direction: 'forward',
    category: 'other-party',
    window: 8,
    patterns: [
      'partner|partners|reseller|resellers|distributor|distributors|dealer|dealers|franchisee|franchisees|retailer|retailers|affiliate|affiliates|wholesaler|wholesalers|stockist|stockists|marketplace|marketplaces|agency|agencies ~3 own|independently',
    ],
    terminatedBy: OUR_SIDE,
    examples: {
      cancels: ['Distributors with their own spring catalogue show 15% off.', 'Resellers independently advertise 15% off in spring.'],
      keeps: ['Partners get 10% off their own licences.'],
    },
  },
  {
    id: "a partner's act",
    direction: 'forward',
    category: 'other-party',
    window: 8,
    patterns: [
      '(broker|brokers|distributor|distributors|reseller|resellers|dealer|dealers|franchisee|franchisees|wholesaler|wholesalers|affiliate|affiliates|estate agent|estate agents|travel agent|travel agents|letting agent|letting agents|managing agent|managing agents|selling agent|selling agents|referral agent|referral agents|leasing agent|leasing agents|insurance agent|insurance agents|stockist|stockists|partner|partners) (cold)? (run|runs|ran|offer|offers|offered|put|puts|launch|launches|launched|push|pushes|pushed|advertise|advertises|advertised|promote|promotes|promoted|close|closes|closed|sell|sells|sold|source|sources|sourced|use|uses|used|send|sends|sent|scrape|scrapes|scraped|blast|blasts|blasted|register|registers|registered|dial|dials|dialled|dialed|call|calls|called|text|texts|texted|email|emails|emailed|phone|phones|phoned|canvass|canvasses|canvassed|give|gives|gave)',
      '(leads|contacts|deals|signups|accounts|opportunities|records) (that|which)? (came|come|comes|coming|sourced|generated|originated|bought|pulled) ~1 (from|via|through|out of)',
      // A partner's own people: "the wholesaler's rep visits the stores", "the distributor's reps offer 10% off to clinics".
      // Exact words: the stemmer reads "partner's engineer" as "partner engineer" ("a dedicated partner engineer" is ours).
      "(=wholesaler's|=wholesalers'|=distributor's|=distributors'|=dealer's|=dealers'|=reseller's|=resellers'|=partner's|=partners'|=broker's|=brokers'|=agent's|=franchisee's|=franchisees'|=retailer's|=retailers'|=stockist's|=stockists') (own)? (rep|reps|team|teams|sales team|salespeople|staff|people|account manager|account managers|engineer|engineers|technician|technicians|merchandiser|merchandisers)",
    ],
    terminatedBy: OUR_SIDE,
    examples: {
      cancels: [
        'The broker runs a 10%-off promotion for its members.',
        'Our wholesale partner cold-dials every small business in its region.',
        "We supply point-of-sale material and a monthly sell-through report, and the wholesaler's rep visits the stores.",
      ],
      // An agent alone is ours in a call centre; another's agent is named as such ("the travel agent offers …").
      keeps: ['Dealers may offer 5% off demo units.', 'Save desk: the agent offers 20% off for six months when a caller asks to cancel.'],
    },
  },
  {
    // Its own promotion, told to its end: "Our fittings supplier is running its own clearance on old couplers this quarter, 10%
    // off while stocks last". We write "our own" of ours.
    id: 'its own promotion',
    direction: 'forward',
    category: 'other-party',
    scope: 'sentence',
    window: 24,
    patterns: [
      `(${OTHER_PARTIES}|{name}) ~4 (run|runs|ran|running|has|have|launch|launches|launched|launching|do|does|doing|make|makes|made|offer|offers|offering|insist on|insists on|insisted on) (its|their|his|her) own`,
    ],
    terminatedBy: OUR_SIDE,
    examples: {
      cancels: [
        'Our packaging supplier is running its own clearance on the old cartons this quarter, 10% off while stocks last.',
        'The wholesaler is doing its own clearance on the old stock this month, 25% off while it lasts.',
        'The mill is offering its own early-order terms to growers this winter, 5% off for orders in by March.',
      ],
      keeps: [
        'The distributor runs its own loyalty scheme; we give 10% off to its members.',
        "Our outlet store runs its own clearance: 40% off last season's jackets.",
      ],
    },
  },
  {
    // What those we buy from sell or give, in their own name: "Supplier's coupler clearance", "the manufacturer's spring rebate",
    // "the wholesaler's own 10% promotion". A channel partner's terms are as often ours to them ("the reseller's discount rises to
    // 15% at Gold"), so theirs only when said to be their own.
    id: "another business's own sale",
    direction: 'forward',
    category: 'other-party',
    window: 10,
    traits: ['discount', 'pressure', 'free-trial'],
    patterns: [
      `(=supplier's|=suppliers'|=manufacturer's|=manufacturers'|=maker's|=mill's|=landlord's|=vendor's|=vendors'|=marketplace's|=platform's|=brand's|=factory's) (own)? ~2 (${PROMOTIONS})`,
      `(${CHANNEL_OWNERS}) own ~2 (${PROMOTIONS})`,
      // … or in their own print: "The distributor's flyer says 'buy two, get one free'".
      `(${CHANNEL_OWNERS}) (flyer|flyers|mailer|mailers|newsletter|newsletters|website|leaflet|leaflets|circular|circulars|shopfront|radio ad|radio ads|window|windows)`,
      // Those who sell to the buyer in their own right, and the buyer's own business: "Your bank's cashback scheme may apply",
      // "The prospect's own Black Friday sale means their warehouse is slammed".
      `(=bank's|=banks'|=insurer's|=lender's|=council's|=government's|=airline's|=card provider's) (own)? ~2 (${PROMOTIONS})`,
      `(=buyer's|=buyers'|=customer's|=customers'|=client's|=clients'|=prospect's|=prospects'|=account's|=member's|=members'|=tenant's) own ~3 (sale|sales|clearance|black friday|promotion|promotions|campaign|campaigns|flyer|flyers|ad|ads|advert|adverts|catalogue|customers|division|business|stores|shops|=running|=runs|=ran|=having|=doing)`,
      // The buyer's business running its own offer, said to them: "I saw your company is running 20% off its annual plans".
      '(your|their) (company|business|store|stores|shop|shops|brand|firm|practice|clinic|restaurant|hotel|site|website|team) (is|are|was|were|has been|have been|has|have)? (now|currently|still|also)? (=running|=offering|=giving|=doing|=launching|=launched|=advertising|=pushing|=promoting|=ran|=offered|=does|=do|=runs|=run|=offers|=gives)',
      // A supplier's rise, theirs until we pass it on: "the supplier's copper prices go up 8% from the first; that's their increase".
      `(=supplier's|=suppliers'|=mill's|=vendor's|=vendors'|=wholesaler's|=wholesalers') ~1 (price|prices|rate|rates|costs)`,
    ],
    // Our reps told to use it make it ours too: "Manufacturer's spring rebate: quote it on every boiler and close before it ends".
    terminatedBy: [...OUR_SIDE, ':', 'quote', 'offer', 'use', 'push', 'close', 'sell'],
    examples: {
      cancels: [
        "Supplier's coupler clearance sale",
        "The mill's autumn clearance has 15% off feed bags until Friday.",
        "The wholesaler's own summer promotion takes 10% off mixed cases.",
        'Hi Owen, I saw your company is running 20% off its annual plans this month, congrats on the launch.',
        "The dealer's mailer says 'two for one on filters' all month.",
        "Your bank's cashback scheme may apply to this purchase.",
        "A prospect's own Black Friday sale means their warehouse is slammed in late November.",
        "Just now the mill's steel prices go up 6% from the first; that's their increase.",
      ],
      keeps: ["The reseller's discount rises to 15% at Gold.", "The client's discount is 10% if they sign by Friday."],
    },
  },
  {
    // A change told as no reason to hurry: "List prices go up £15 a pair from 1 June. … This is a housekeeping change; it isn't
    // something to bring into the conversation", "Reps shouldn't present the change as a reason to hurry anyone". What the
    // text says of the change before it is a notice, not a push.
    id: 'told as no reason to hurry',
    direction: 'both',
    category: 'negated',
    scope: 'earlier-sentences',
    // Only back over the change it speaks of, not over a flash sale before it.
    over: ['pricechange'],
    window: 120,
    traits: ['pressure'],
    patterns: [
      "(isn't|is not|not|never) something to (bring|raise|lead with|push|use|mention|sell on)",
      "(shouldn't|should not|must not|mustn't|don't|do not|never|not|isn't|is not|aren't|are not|won't|will not) (be)? (present|presented|use|used|frame|framed|pitch|pitched|position|positioned|treat|treated|sell|sold|turn|turned) ~5 (reason|reasons|excuse|lever|way) to (hurry|rush|push|pressure|chase|panic|close)",
      // Not brought up as a reason to decide: "Stylists are not to bring the increase up with brides as a reason to decide today".
      "(shouldn't|should not|must not|mustn't|don't|do not|never|not|aren't|are not|isn't|is not) (to)? (bring|raise|mention|cite|quote|use|wave|dangle) ~8 as (a|an|the)? (reason|reasons|excuse|lever|way|argument) to (hurry|rush|push|pressure|chase|panic|close|decide|buy|sign|order|book|commit|act)",
      "(shouldn't|should not|must not|mustn't|don't|do not|never|not|isn't|is not|aren't|are not|won't|will not) (be)? (used|use) to (hurry|rush|push|pressure|chase|panic)",
      '(not|never|no) (an|a)? (urgency|pressure|scarcity|fomo) (play|angle|lever|tactic|message|pitch|story)',
      '(housekeeping|administrative) (change|update|notice|note)',
      // Told in passing, and the push ruled out: "mention it as a matter of course; no 'order now before the rise' emails".
      '(as a matter of course|matter of factly|as a plain fact)',
      '(no|never) ~1 (order now|buy now|book now|act now|beat the rise|beat the increase|before the rise|before the increase) ~6 (emails|email|messages|calls|push|pushes|texts|mailers|lines|messaging|campaigns|pitch|pitches)',
    ],
    examples: {
      cancels: [
        "Card prices rise 4% from 1 April; orders placed before 1 April keep today's price. It is not something to bring up on calls.",
        'Retail on the gowns goes up about 8% on June 1. Stylists are not to bring the increase up with brides as a reason to decide today.',
        'Tuition rises in September. Never mention the rise to parents as a lever to sign this week.',
        'Our rate book goes up 3.5% from 1 Feb. Account managers mention it as a matter of course; no "order now before the rise" emails.',
        "Day rates rise 5% from 1 July; bookings made before then keep the current rate. Reps shouldn't frame the change as a reason to rush anyone.",
        'From 1 March the day rate moves to £640, and bookings before then keep the old rate. This is not an urgency play.',
      ],
      keeps: ["Prices rise on 1 April, so book before then to keep today's rate. We don't push customers who aren't ready, though."],
    },
  },
  {
    // Their offer, acknowledged in a script before we answer it: "Fair enough, that's a decent rebate", "That's a good price for
    // an Albariño". We do not praise our own offer to the buyer's face in those words.
    id: 'their offer acknowledged',
    direction: 'forward',
    category: 'other-party',
    window: 1,
    terminatedBy: [':', '-', '—', '!'],
    traits: ['discount', 'free-trial'],
    patterns: [
      "(that's|that is|it's|it is|that sounds like|sounds like|that looks like) (a|an)? (really|very|pretty)? (decent|good|fair|generous|great|strong|nice|tempting|keen|sharp|big|solid|competitive|attractive) (rebate|price|deal|offer|discount|rate|promotion|promo|saving|savings|incentive)",
    ],
    examples: {
      cancels: ['Fair enough, that is a generous rebate at $40 a tonne. Can I ask how it compares on yield?', "I hear you, that's a tempting discount."],
      keeps: ["That's a decent question. We can take 10% off for a two-year term.", "That's a great deal: 25% off every mattress this weekend only."],
    },
  },
  {
    // Their promotion, said so of itself: "That's their promo on their margin", "It's their own 10% promo, funded by the brewery".
    id: 'their promotion, said so',
    direction: 'forward',
    category: 'other-party',
    window: 4,
    patterns: [
      "(that's|it's|thats|that is|it is|this is) (their|his|her|its) (own)? ~1 (promotion|promotions|promo|promos|offer|offers|deal|deals|discount|discounts|sale|sales|campaign|rebate|rebates|cashback|voucher|vouchers|coupon|coupons)",
    ],
    examples: {
      cancels: [
        "The wholesaler runs mixed cases in November. That's their promo, 10% off on their margin.",
        "It's their own 10% promo, funded by the brewery.",
      ],
      keeps: ["That's our promo: 5% off their first order."],
    },
  },
  {
    // Our own buying, said of what comes before: "Pennine Hop Merchants are running 10% off their Cascade until 31 March. That's
    // a purchasing matter for the brew team", "… 10% off condensing units to contractors through May. That lowers our purchase
    // cost only".
    id: 'our own buying',
    direction: 'backward',
    category: 'other-party',
    scope: 'previous-sentence',
    window: 40,
    traits: ['discount', 'pressure', 'free-trial'],
    patterns: [
      "(that's|that is|it's|it is|this is) (a|an|our)? (purchasing|procurement|buying|sourcing|supply) (matter|decision|question|issue|thing|call)",
      '(lowers|lower|cuts|cut|reduces|reduce|affects|affect|changes|change) (only)? our (purchase|purchasing|buying|input|supply|stock|wholesale|landed) (cost|costs|price|prices)',
      // Our own order placed on it: "Meg to place our restock by the 10th", "Procurement to place the Q2 order before then".
      '(place|places|placing|raise|raises|raising|put in|puts in|submit|submits) our ~2 (restock|reorder|order|orders|purchase order|purchase orders|po|pos|stock order|buy)',
      '(procurement|purchasing|buying|the buying team|the purchasing team|stores|the warehouse|ops) (to|will|should|must|can|needs to|need to) (place|raise|put in|submit|book) (the|our) ~3 (order|orders|restock|reorder|po|purchase order)',
      // So that we, the buyer, get it: "… so we get their price".
      "so (that)? we (get|keep|lock in|qualify for|catch) (their|its|the supplier's|the mill's|the maker's|the wholesaler's) ~1 (price|prices|discount|rate|pricing)",
    ],
    examples: {
      cancels: [
        "Northway Maltings are running 10% off pale malt until 31 March. That's a purchasing matter for the brew team.",
        'Coastline Supply is giving 8% off compressors to contractors through May. That lowers our purchase cost only.',
        'Ellison Atelier is giving retailers 15% off wholesale on veils ordered before March 15. Meg to place our restock by the 10th.',
        'Our disc supplier is doing 20% off bundles until the end of March. Procurement to place the Q2 order before then so we get their price.',
        'The mill has 5% off oats through June. Stores will raise the order in May so we lock in their discount.',
      ],
      keeps: [
        "We give 10% off pale ales until 31 March. That's a pricing matter for the sales team.",
        'Place your order by Friday to get 10% off.',
        'Trade accounts get 15% off orders placed before March 15. Reps should place the order for them on the call.',
      ],
    },
  },
  {
    // Our own order with a supplier, told as a task: "Place Q3 module orders with the Gujarat supplier this month while their 6%
    // early-payment discount is running", "Buy next season's chemistry before the supplier's March 1 price increase".
    id: 'our order with a supplier',
    direction: 'both',
    category: 'other-party',
    scope: 'sentence',
    window: 30,
    traits: ['discount', 'pressure'],
    patterns: [
      '^ (buy|order|place|stock up|purchase|pre order|preorder|prepay|reorder|restock) ~8 (from|with|through) (the|our|a|an|their)? ~2 (supplier|suppliers|vendor|vendors|manufacturer|manufacturers|mill|mills|grower|growers|roaster|roasters|maker|makers|importer|importers|factory|factories|forwarder)',
      '(supplier|suppliers|vendor|manufacturer|mill|wholesaler|grower|growers|roaster|maker|importer|factory|merchant) ~10 (while|as long as|until|before|so we get|to get|to catch) (their|its) ~3 (discount|rebate|promo|promotion|offer|deal|terms|price break|pricing|price|prices|rate)',
    ],
    examples: {
      cancels: [
        'Place Q3 module orders with the Gujarat supplier this month while their 6% early-payment discount is running.',
        'Stock up with the wholesaler this week while their 8% pallet discount runs.',
        'Order the spring bulbs from the grower by Friday to catch their 10% early-order rate.',
      ],
      // Those we sell through are ours to offer from: "Order through our wholesaler by Friday to get 10% off the spring range".
      keeps: [
        'Place the order with the customer by Friday and take 10% off the first pallet.',
        'Order through our wholesaler by Friday to get 10% off the spring range.',
      ],
    },
  },
  {
    // We are the buyer in the condition: "They've offered 12% off the per-tonne price if we pay within 14 days", "5% off if we
    // order two pallets". A buyer of ours is "you" or "they".
    id: 'if we pay, as the buyer',
    direction: 'both',
    category: 'other-party',
    window: 10,
    traits: ['discount', 'pressure'],
    patterns: [
      '(if|when|once|provided|as long as) we (pay|prepay|settle|order|reorder|buy|purchase|commit to buying|place the order|sign with|book with|restock)',
      // We sign their contract: "if we sign a three-year deal before 30 June" (not "if we sign them", a buyer we win).
      '(if|when|once|provided|as long as) we (sign|commit to|agree to|lock into|lock in) (a|an|their|its) ~2 (deal|contract|agreement|lease|term|supply deal|supply contract)',
    ],
    examples: {
      cancels: [
        "They've offered 12% off the per-tonne price if we pay within 14 days, and finance will take it.",
        'The printer knocks 5% off if we order two pallets at once.',
        'Free freight from the mill when we buy a full truckload before June.',
        'The laundry knocks 12% off per kilo if we sign a three-year deal before 30 June.',
      ],
      keeps: ['We give 12% off if they pay within 14 days.', 'If we order the stock in time, customers get 10% off the spring range.'],
    },
  },
  {
    // What is paid to us, by those we buy from: "Keystone, our main manufacturer, pays us a year-end volume rebate", "It's a
    // rebate paid to us on their parts". A buyer who pays us pays a price, not a rebate.
    id: 'what is paid to us',
    direction: 'forward',
    category: 'other-party',
    window: 6,
    traits: ['discount'],
    patterns: [
      '(pays|pay|paid|gives|give|gave|credits|credit|credited|owes|owe) us (a|an|the|our|its|their)? ~3 (rebate|rebates|commission|commissions|bonus|kickback|cashback|credit|credits|refund|discount|discounts|margin|allowance|allowances)',
      // Offered to us: "Pacific Linen Services have offered us 12% off per kilo if we sign", "the mill quoted us 8% under list".
      '(offered|offers|offering|quoted|quotes|quoting|promised|promises|extended|extends|proposed|proposes) us (a|an)? ({amount}|discount|rebate|deal|money off|free)',
      // The cue opens before the offer's own words ("offered us 12%" is read as an amount offered).
      "(have|has|had|they've|it's|who have|who has) (now|just|already)? (offered|quoted|promised|extended|proposed) us (a|an)? ({amount}|discount|rebate|deal|money off|free)",
      // Terms we are put on as their buyer: "our wholesaler moved us onto a tiered volume rebate in March".
      '(moved|moves|put|puts|switched|switches|signed|signs|placed|places) us (onto|on to|on|to) (a|an|the|their|its)? ~3 (rebate|rebates|discount|discounts|terms|rate|rates|tier|price break|pricing)',
      // Given to us, the buyer, from before the giving ("give us 12%" is read as an amount given): "two hire companies, which give
      // us 12% off a full load", "a broker who secured us a fleet discount", "the printer knocked us 5% off".
      '(which|who|that|they|it|and|companies|firms|supplier|suppliers|mill|mills|miller|millers|roaster|roasters|merchant|merchants|distributor|distributors|importer|importers|manufacturer|manufacturers|maker|makers|hotels|carriers|printer|printers|wholesaler|wholesalers|landlord|vendor|vendors|broker|brokers|lessor) ,? (will|would|can|always|usually|often|now|also|still)? (give|gives|gave|giving|knock|knocks|knocked|knocking|take|takes|took|allow|allows|allowed|grant|grants|granted|secured|secures|got|gets|found|finds|negotiated|negotiates|landed|lands) us (a|an|the)? ({amount}|discount|discounts|rebate|rebates|price break|money off|fleet discount|fleet rate|volume discount|bulk discount|trade discount|better rate|better price|trade price|trade rate)',
    ],
    // A buyer's condition is no payment to us: "Clients who pay us the annual fee upfront get two months free".
    terminatedBy: ['we', "we'll", 'our', 'you', 'your', 'get', 'gets', 'receive', 'receives', 'earn', 'earns', 'save', 'saves'],
    examples: {
      cancels: [
        'The mill pays us a volume rebate once our orders pass 400 tonnes.',
        'Our van lessor credits us a 2% loyalty rebate each March.',
        'Pacific Linen Services have offered us 12% off per kilo laundered on a three-year deal.',
        'The haulier quoted us 8% off for the winter lanes.',
        'We buy ex-hire vans from two leasing firms, which give us 12% off when we take six at once.',
        'The miller still gives us 2% off for settling within seven days; reps do not pass it on.',
        'We lease the fleet through a broker who secured us a fleet discount.',
        'Our packaging supplier moved us onto a 2% tiered volume rebate last spring.',
        'The sign printer always knocks us 5% off a pallet of boards.',
      ],
      keeps: [
        'We have offered US-based clients 10% off the first year.',
        'The mill pays us a fee, and we give every grower 5% off seed.',
        'Customers who give us a referral get 20% off their next service.',
        'Clients who have given us a five-star review get 10% off their next visit.',
        'Partners who send us a referral get a 10% discount on their next order.',
      ],
    },
  },
  {
    id: 'paid to us',
    direction: 'backward',
    category: 'other-party',
    window: 6,
    traits: ['discount'],
    patterns: ['(paid|given|credited|owed|due|payable) to us', '(comes|come|goes|go|flows|flow) to us (as|in)'],
    // A condition on the buyer's payment: "10% discount once the full balance is paid to us eight weeks out".
    terminatedBy: ['we', "we'll", 'our', 'you', 'your', 'once', 'when', 'after', 'if', 'before', 'until', 'balance', 'deposit'],
    examples: {
      cancels: [
        "It's a rebate paid to us on their parts.",
        'The volume rebate credited to us each quarter stays in margin.',
        'That 3% volume rebate comes to us as the buyer and stays in purchasing.',
      ],
      keeps: ['Customers get 10% off; the deposit is paid to us up front.', 'Holiday lets: 10% discount once the full balance is paid to us eight weeks out.'],
    },
  },
  {
    // The same rebate, said to come to us in the next sentence: "Syntrix pays operators a year-end volume rebate on bait. That
    // rebate comes to us as a buyer".
    id: 'that rebate comes to us',
    direction: 'both',
    category: 'other-party',
    scope: 'previous-sentence',
    window: 30,
    traits: ['discount'],
    patterns: ['^ (that|this|the) (rebate|rebates|cashback|commission|bonus|kickback) (comes|come|goes|go|is paid|are paid|flows|flow) to us'],
    examples: {
      cancels: ['Syntrix pays pest control operators a year-end volume rebate on bait. That rebate goes to us, not to customers.'],
      keeps: ['Customers get a 10% rebate on their second order. That rebate comes off their next invoice.'],
    },
  },
  {
    // What we pay, not what the buyer is spared: "We pay no referral fees to the communities".
    id: 'what we pay',
    direction: 'forward',
    category: 'other-party',
    window: 6,
    traits: ['discount'],
    patterns: ['(we|i|the company|the firm) (pay|paid|pays) (no|nothing|zero)'],
    examples: {
      cancels: ['We pay no referral fees to the care homes.', 'We pay no listing fees to the portals.'],
      keeps: ['Customers pay no setup fee this month.'],
    },
  },
  {
    id: 'what we receive',
    direction: 'backward',
    category: 'other-party',
    window: 14,
    patterns: [
      '(i|we|you|buyers|customers|prospects|people|everyone) (get|gets|got|receive|receives|received) (from|every day from|each week from|every week from) ~1 (vendors|sellers|suppliers|competitors|rivals|brands|companies|other|saas|marketers|recruiters|agencies)',
    ],
    examples: {
      cancels: ["The 'last chance, 40% off, ends tonight' emails I get from SaaS vendors every week make me trust them less."],
      keeps: ['Customers get from us a 10% loyalty rate.'],
    },
  },
  {
    id: 'in their own',
    direction: 'backward',
    category: 'other-party',
    window: 6,
    patterns: [
      "(in|on|through|via|from|under|for) (its|their|his|her|customers'|clients'|users'|members'|the customer's|the client's|each customer's|each client's) own",
      '(in|on|through|via|at|across) (its|their|his|her) (stores|store|shops|shop|outlets|branches|showrooms|showroom|websites|website|site|sites|newsletter|newsletters|channels|catalogue|catalog|catalogues|catalogs|marketplace|locations|counters)',
      "(in|on|at|across) (my|our|a|the)? (=competitor's|=competitors'|=rival's|=rivals'|competition's) (listing|listings|site|website|page|pages|ads|ad|store|shop|emails|email|banner|banners|app|stand|booth|flyer|flyers)",
    ],
    traits: ['discount', 'pressure', 'mass', 'gated', 'free-trial'],
    examples: {
      cancels: [
        'We saw a 20% coupon in their own newsletter.',
        'Reseller spring sale runs in their stores; we stay at list',
        "Our SMS gateway sends bulk messages for customers' own marketing.",
        "Amazon shows 'Only 1 left' on my competitor's listing every single day.",
      ],
      keeps: ['Partners get 10% off their own licences.'],
    },
  },
  {
    id: 'their own programme',
    direction: 'forward',
    category: 'other-party',
    scope: 'sentence',
    window: 30,
    // Another business's own promotions, with an example after: "files its own post-offs with the state, for example $10 off per case",
    // "Many of our cafes run their own loyalty schemes … and a few run a 20% off happy hour".
    patterns: [
      '(file|files|filed|run|runs|ran|running|set|sets|fund|funds|funded|publish|publishes|published|post|posts|posted|advertise|advertises|advertised|manage|manages|handle|handles|launch|launches|launched|promote|promotes|decide|decides|sell|sells|have|has|offer|offers|offering) ~3 (its|their|his|her) own ~3 (cashback|cash back|rebate|coupon|voucher|promotions|promotion|promos|promo|post offs|post off|deals|discounts|pricing|price|prices|programs|programmes|program|programme|specials|offers|sales|campaigns|rebates|incentives|schemes|scheme|loyalty|happy hour|happy hours|vouchers|coupons|reduction|reductions)',
      // Given by another, said by who gives it (not "we give every new member their own welcome discount").
      '(photographers|florists|suppliers|partners|vendors|dealers|brokers|agents|caterers|bands|venues|landlords|they|some|others|many|several|a few|a couple) ~3 (give|gives|gave|giving) (its|their) own',
      // Their own promotion as the subject: "Escalation from reseller: their own promo gave customers 30% off our licences".
      '(its|their) own (promo|promos|promotion|promotions|sale|sales|offer|offers|deal|deals|campaign|campaigns) (gave|gives|give|got|gets|offered|offers|ran|runs|took|takes)',
    ],
    terminatedBy: ['we', "we'll", "we're", "we've", 'i', "i'll", 'reps', 'rep', 'you', 'but'],
    traits: ['discount', 'pressure', 'mass', 'free-trial'],
    examples: {
      cancels: [
        'Keystone, our distributor, files its own post-offs with the state, for example $10 off per case in March.',
        'Each franchisee runs its own promotions, such as 2-for-1 wings on Tuesdays.',
        'The marketplace sets its own sales, like 30% off during Prime Day.',
        'Booking sites run their own promotions on our rooms (member deals, 10% off).',
        'Many of our cafes run their own loyalty schemes, and a few run a 20% off happy hour between 2 and 4 pm.',
        'Vintara runs its own trade catalogue promotions; if they put our products at 15% off, it comes out of their margin.',
        'A couple of the photographers give their own 10% reduction to couples married here.',
        'Escalation from reseller: their own promo gave customers 30% off our licences.',
      ],
      keeps: ['Each franchisee runs its own promotions; we offer 10% off the franchise fee.', 'We give every new member their own welcome discount of 10%.'],
    },
  },
  {
    id: 'what the product does for its users',
    direction: 'forward',
    category: 'other-party',
    window: 6,
    patterns: [
      'software|product|platform|tool|tools|app|solution|module|system|feature|features|dashboard|engine|integration|plugin ~3 help|helps|let|lets|enable|enables|allow|allows|automate|automates|automating|power|powers',
      'helps|help|lets|let|enables|enable|allows|allow (retailers|stores|shops|brands|merchants|clinics|sellers|marketers|restaurants|users|customers|dealers|teams|agencies|operators) (to)? ~1 (run|create|send|launch|manage|set up|schedule|build|automate|track|design)',
      // A release note: "customers can now add a 'Request a demo' button to their own booking pages".
      '(customers|users|admins|administrators|store admins|teams|workspace owners|account owners|merchants|sellers) (can now|are now able to|now can) (add|use|export|import|create|set|set up|configure|connect|sync|see|view|track|filter|edit|schedule|build|embed|customise|customize|integrate|upload|download|enable|turn on|toggle|generate|issue|apply|run|send|automate|manage|start|offer)',
    ],
    examples: {
      cancels: ['Our software helps retailers run flash sales.', 'The module lets marketers schedule email blasts.'],
      keeps: ['Our platform team offers a 14-day free trial.'],
    },
  },
  {
    id: 'an industry named',
    direction: 'backward',
    category: 'other-party',
    window: 2,
    patterns: [ORGANISATIONS],
    // "the next dealership in the news" is a fear appeal's object, not a market.
    terminatedBy: [...FUNCTION_WORDS, 'next'],
    examples: {
      cancels: ['We sell to discount retailers in the Midwest.', 'Bulk email providers are channel partners.'],
      keeps: ['Offer a discount to clinic owners who refer a peer.', "Open the call with: 'Don't be the next dealership in the news.'"],
    },
  },
  {
    id: 'a market named',
    direction: 'backward',
    category: 'other-party',
    window: 6,
    patterns: ['is|are (one of)? (a|an|our|the)? ~2 (segment|segments|vertical|verticals|market|markets|icp|icps|niche|niches|sector|sectors)'],
    terminatedBy: ['because', 'since', 'as', 'and', 'so', 'but', 'while', 'when', 'if', 'where', 'that', 'which', 'we', 'our'],
    examples: { cancels: ['Flash-sale apps are a crowded niche.'], keeps: ['We offer flash sales because retail is a tough market.'] },
  },
  {
    id: 'done by them',
    direction: 'backward',
    category: 'other-party',
    window: 10,
    patterns: [
      '(run|done|led|owned|handled|performed|conducted|managed|organised|organized) by (its|their|his|her) own',
      '=not (by us|ours|from us|our doing)',
    ],
    examples: { cancels: ["The hospital's discovery phase is run by their own transformation team, not by us."] },
  },
  {
    id: 'a customer named',
    direction: 'backward',
    category: 'other-party',
    window: 4,
    patterns: [
      '(is|are|was|were) (one of our|one of the|a|an|our) ~2 (account|accounts|customer|customers|client|clients|reference|references|logo|logos|partner|partners|vendor|vendors|supplier|suppliers|distributor|distributors|reseller|resellers|sponsor|sponsors)',
    ],
    terminatedBy: ['because', 'since', 'as', 'and', 'so', 'but', 'while', 'when', 'if', 'where', 'that', 'which', 'we', 'our'],
    examples: {
      cancels: ['Concierge Health is one of our reference customers.', 'Promo Depot is a key account in Ohio and gets its own terms.'],
      keeps: ['Give 10% off because Acme is a reference customer.'],
    },
  },
  {
    id: 'our own, not a buyer',
    direction: 'both',
    category: 'other-party',
    window: 6,
    traits: ['consultative'],
    patterns: [
      '(our own|our =internal|our in house|=internal) (team|teams|sdr|sdrs|reps|staff|people|employees|org|organisation|organization|company|sales team|checkout|website|site|crm|process|processes|tooling|systems|hiring|move|migration|project|roadmap|ux|research|business case|product)',
    ],
    examples: {
      cancels: ['The training needs analysis for our own SDR team is due in June.', 'Our own business case for the CRM move was approved.'],
      keeps: ["Build a business case with the customer's finance team."],
    },
  },
  // Mentioned, not used.
  {
    id: 'quoted in a sentence that rejects it',
    direction: 'both',
    category: 'mentioned',
    scope: 'clause',
    window: 40,
    quotedOnly: true,
    patterns: [
      'ban|banned|bans|avoid|avoids|remove|removed|strip|delete|deleted|criticise|criticize|cringe|cringey|spammy|spam|desperate|cheesy|pushy|sleazy|salesy|tacky|manipulative|embarrassing|cringeworthy|gimmicky|awful|terrible|forbid|forbidden|prohibited|flag|flagged|nobody|never|=disciplined|=penalised|=penalized|=reprimanded|=sanctioned|=fired|=lie|=lies|=lying|=misleading|=untrue|=blame|=blames|=blamed|=rejected|=rejects|=vetoed|=refused|=declined|=backfired',
      '(cost|costs) (us|them|him|her|the team) ~2 (deal|deals|account|accounts|customer|customers|client|clients|trust|reputation|renewal|renewals)',
      // What it brought on us: "'Hurry, only 3 spots left!' was the headline that got us the ASA complaint".
      '(got|gets|earned|earns|drew|draws|landed|lands|brought|triggered|triggers) (us|them|the team|the brand|the store|the shop|the company)? ~3 (complaint|complaints|fine|fines|warning|warnings|ban|strike|strikes|rebuke|reprimand|backlash|unsubscribes|pile on)',
      // Taken out of the copy: "Take 'only 2 left!' out of every listing description".
      '(take|takes|took|taking|cut|cuts|strip|strips|keep|keeps) ~6 out of (every|all|the|our|each|any|your)',
      '(taken|pulled|removed|kicked) off ~2 (the|an|their|your)? (account|accounts|deal|deals|territory)',
      '(written|write) up',
      // What it leans on: "'Don't be the next company breached' relies on fear".
      '(relies|rely|relying|leans|lean|leaning|plays|play|playing|trades|trade|trading|preys|prey|preying) on (fear|scarcity|urgency|pressure|guilt|anxiety|panic|shame|fomo)',
      'dark pattern|patterns',
      'bad|weak|poor|lazy|fake|wrong|outdated ~2 (example|examples|subject line|subject lines|line|lines|copy|wording|phrasing|headline|headlines|opener|openers|cta|ctas|language|version|draft)',
      '(words|phrases|language|wording|lines|terms) (like|such as)',
      'sounds|sound like',
      'reads|read as',
    ],
    examples: {
      cancels: [
        "Reviewers flag 'act now' as spammy.",
        "Copy like 'last chance' reads as desperate to a CFO.",
        "Take the 'only 2 left' line out of every listing description.",
      ],
      keeps: ['Banner copy: "Hurry, only 5 seats left."'],
    },
  },
  {
    // Quoted, and said anywhere in its sentence to be false or to be stopped: "somebody put 'only 3 spots left' in a sequence last
    // week and it's not true, … so pull it", "'Drive urgency on every call' is the behaviour we are stamping out", "Drop the 'this
    // price is only good today' line; we've had three complaints".
    id: 'quoted, then disowned',
    direction: 'both',
    category: 'mentioned',
    scope: 'sentence',
    window: 40,
    quotedOnly: true,
    patterns: [
      "(not|isn't|wasn't|aren't|weren't|never) true",
      // With the clause's join, which would end a scope: "… in a sequence last week and it's not true".
      "(and|but) (it's|it|that's|that|which|this) (is|was)? (not|never) true",
      "(and|but) (it|that|which|this) (isn't|wasn't) true",
      // Said to be false with its reason: "[Do not say] 'This price disappears tonight', because it's untrue and against policy".
      "(it's|it is|that's|that is|which is|because it's|as it's|since it's) (untrue|false|misleading|a lie|made up|fake)",
      '(stamp|stamps|stamping|stamped|root|rooting|rooted|phase|phasing|phased|weed|weeding|weeded) out',
      // Named by a word that judges it: "affiliates may not use fake urgency such as 'ends tonight' banners", "legal flagged it as
      // false scarcity".
      '(fake|false|artificial|manufactured|invented|made up|phoney|phony|bogus) (urgency|scarcity|deadline|deadlines|countdown|countdowns)',
      '(so|and|please|just) =pull (it|that|them|this|those)',
      '(drop|drops|dropped|dropping|lose|ditch|ditches|ditched|bin|kill|kills|killed) the ~8 (line|lines|phrase|phrases|wording|copy|banner|headline|headlines|sentence|claim|claims|tagline|subject line|opener|bit)',
    ],
    examples: {
      cancels: [
        "A rep put 'only 2 seats left' in the sequence and it wasn't true, so we took it down.",
        "'Push urgency on every call' is the habit we are stamping out this year.",
        "[Never say] 'Only two left at this price', since it's untrue.",
        "Lose the 'only 2 seats left' line; it is not true.",
        "Affiliates may not run fake urgency such as 'sale ends at midnight' pop-ups.",
        "The 'only three rooms left' banner on the booking page was manufactured scarcity.",
      ],
      keeps: ["Subject line: 'Only 2 seats left for Thursday', and it's true: the room holds twelve."],
    },
  },
  {
    id: 'a quotation replaced',
    direction: 'both',
    category: 'mentioned',
    scope: 'sentence',
    window: 40,
    quotedOnly: true,
    // What it is replaced with stands: "Replace 'Sorry to bother you' with 'Your 20% discount ends Friday'".
    terminatedBy: ['with', 'for', 'by', 'into', 'to'],
    patterns: ['=replace|=replaces|=replaced|=replacing|=rewrite|=rewrites|=rewrote|=rewritten|=rewriting|=swap|=swaps|=swapped|=swapping'],
    examples: {
      cancels: ["Rewrite 'Only 2 seats left!' before the email goes out.", "Copywriters rewrote 'Only 2 seats left!' last week."],
      keeps: ["Replace 'Sorry to bother you' with 'Quick one: your 20% discount ends Friday.'", "Swap 'Hope you are well' for 'Your 15% off expires tonight'."],
    },
  },
  {
    id: 'the quotation it replaces',
    direction: 'forward',
    category: 'mentioned',
    scope: 'sentence',
    window: 40,
    quotedOnly: true,
    nextQuoteOnly: true,
    patterns: ['instead of', 'rather than', 'in place of'],
    examples: {
      cancels: [
        "Instead of 'We are running a special offer this week: only 3 seats left', we now write 'Here is what changed'.",
        "Say 'here is what changed' rather than 'a quick reminder that only 3 seats are left'.",
      ],
      keeps: [
        "Instead of 'Hope you're well' open with 'Your 20% discount ends Friday'.",
        "Open with 'Your 20% discount ends Friday' instead of 'Hope you are well'.",
        "Say 'we can do 15% off today' rather than 'let me check with my manager'.",
        "Instead of waiting for inbound, open with 'Your 20% discount ends Friday'.",
      ],
    },
  },
  {
    id: 'what others call it',
    direction: 'forward',
    category: 'mentioned',
    window: 5,
    patterns: [
      `(${BUYERS}|reviewers|regulators|recipients|readers|filters|spam filters|critics|analysts|press|media|auditors) ~3 (log|logs|logged|see|sees|saw|perceive|perceives|perceived|view|views|viewed|treat|treats|treated|count|counts|counted|flag|flags|flagged|report|reports|reported|regard|regards|regarded|brand|brands|branded|label|labels|labelled|labeled|class|classes|classed|classify|classifies|classified|dismiss|dismisses|dismissed|write|writes|wrote|file|files|filed) (it|them|this|that|us|such lines|such calls|such emails)? ~1w as`,
      '(comes|come|came|read|reads|sound|sounds|land|lands|landed) across as',
    ],
    examples: {
      cancels: ["Don't say 'this price won't last'; buyers log it as pressure selling.", 'Procurement teams flag such calls as high-pressure tactics.'],
      keeps: ['Log it as a 10% discount in the CRM and offer it at renewal.'],
    },
  },
  {
    id: 'news of a win',
    direction: 'forward',
    category: 'mentioned',
    scope: 'sentence',
    window: 30,
    patterns: [
      '^ (congratulations|congrats|kudos|shout out|shoutout|hats off|well done|great job|great work|big win|huge win|welcome aboard|thank you all|thanks all|thanks everyone)',
      '^ (all hands|team update|team news|weekly update|wins) : (congratulations|congrats|kudos|shout out|shoutout|hats off|well done|great job|great work|big win|huge win|welcome aboard|thank you all|thanks all|thanks everyone)',
    ],
    examples: {
      cancels: ['Congrats to Sam: Acme signed after we offered 10% off.', 'All hands: kudos to the team for the flash sale that closed the quarter.'],
      keeps: ['Close the Acme deal with 10% off before Friday.'],
    },
  },
  {
    id: 'a measure of it',
    direction: 'forward',
    category: 'mentioned',
    window: 4,
    patterns: [
      '(win rate|win rates|churn|churn rate|conversion|conversion rate|retention|margin|margins|close rate|deal size|nps|ltv|payback) (on|of|for|among|across|in) (the|our|all)?',
    ],
    examples: { cancels: ['Win rate on discounted deals was nine points lower last year.'], keeps: ['Churn dropped after we gave 20% off the renewal.'] },
  },
  {
    id: 'a rumour or a report',
    direction: 'forward',
    category: 'mentioned',
    window: 6,
    patterns: [
      '(rumour|rumours|rumor|rumors|gossip|speculation|talk|reports|report|claims|news|whispers|chatter) (of|about|that)',
      // What a buyer or a partner tells us someone else does: "the co-op manager says Agrimax is giving 10% off".
      '(manager|buyer|customer|client|prospect|owner|dealer|distributor|partner|farmer|contact|they|he|she|bar|bars|venue|venues|store|stores|shop|shops|practice|practices|clinic|clinics|school|schools|member|members|tenant|tenants|broker|brokers|reseller|resellers|retailer|retailers|account|accounts|buyers|customers|clients|prospects) (says|said|mentions|mentioned|reports|reported|tells us|told us|tell us|heard|hears|claims|claimed) (that)? ~6 (is|are|was|were) (giving|offering|running|doing|selling|cutting|pushing|dropping|quoting|advertising|throwing in)',
    ],
    terminatedBy: OUR_SIDE,
    examples: {
      cancels: [
        'Rumours of a price cut on the forum are wrong.',
        'Reports of a flash sale next week came from a reseller.',
        'Visit report: co-op manager says Agrimax is giving 10% off all herbicide this season.',
        "When a bar tells us a national brewer's craft label is offering $20 off per keg, we hold our price.",
      ],
      keeps: ['Customer says our 10% loyalty rate is fair.'],
    },
  },
  {
    id: 'theirs, not ours',
    direction: 'backward',
    category: 'other-party',
    scope: 'previous-sentence',
    window: 30,
    // Said after someone else's practice: "… 15% off first orders. That is their playbook, not ours.", "; that is the partner's own promotion".
    patterns: [
      "(that|this|those|these|it|they|which) (is|are|was|were|remain|remains) (their|his|her|its|the partner's|the partners'|the distributor's|the distributors'|the dealer's|the reseller's|the competitor's|the competitors'|the rival's|the retailer's|the landlord's|the brand's|the manufacturer's|someone else's|other people's) (own)? (playbook|playbooks|practice|practices|promotion|promotions|promo|promos|offer|offers|deal|deals|program|programs|programme|programmes|pricing|prices|margin|call|tactic|tactics|approach|thing|business|game|money)",
      '(playbook|playbooks|practice|practices|promotion|promotions|promo|promos|offer|offers|deal|deals|program|programme|margin|money|risk|tactic|tactics|approach|game|call|design|plan|plans|scheme|schemes|incentive|incentives|benefit|benefits|policy|policies|budget|decision|choice|strategy|strategies|model|way) , not =ours',
      // A title's own note: "Forth Valley Drinks November mixed-case promo (theirs, not ours)".
      '=theirs , not =ours',
      // "It is the bank's scheme and not ours".
      '(is|are|was|were) (the|a)? {poss} ~2 (and|,)? not (=ours|our own|our scheme|our offer|our promotion)',
      // Whose it is, said after it: "Those are the planner's; we don't fund them", "That offer is TechWire's", "Those are Keystone's promotions".
      // … and only when the 's ends the clause or names a practice: "that is the school's deadline" says whose the deadline is.
      '(that|this|those|these|they|it) (is|are|was|were) (the|a)? ({poss}|=theirs) (;|.|,|!|:)',
      '(that|this|those|these|they|it) (is|are|was|were) (the|a)? {poss} (own)? (promotion|promotions|promo|promos|offer|offers|deal|deals|discount|discounts|program|programs|programme|programmes|pricing|sale|sales|campaign|campaigns|playbook|practice|margin|money|rebate|rebates)',
      // Whose say it is, when a business we sell through decides: "Some give special prices at year end; that is the dealer's
      // decision" (not "that is the manager's decision", nor "their decision", the buyer's).
      "(that|this|which) (is|was|remains|stays) (the|each|every)? (dealer's|dealers'|distributor's|distributors'|reseller's|resellers'|retailer's|retailers'|stockist's|stockists'|wholesaler's|wholesalers'|franchisee's|franchisees'|partner's|partners'|agent's|agents'|importer's|importers'|merchant's|merchants'|store's|stores'|chain's|bar's|venue's|landlord's) (own)? (decision|choice|call|responsibility|business|affair)",
      // Contracted: "The dealer over in Swift Current runs cash back this spring. That's their program."
      "(that's|thats|it's) (their|his|her|its|someone else's) (own)? (playbook|playbooks|practice|practices|promotion|promotions|promo|promos|offer|offers|deal|deals|program|programs|programme|programmes|pricing|prices|margin|call|tactic|tactics|approach|thing|business|game|money|sale|scheme|campaign|lookout|problem)",
      // Written as one word, with what a body runs for itself: "That's the Chamber's own membership drive."
      "(that's|it's|thats) (the|a|our)? {poss} (own)? ~1 (promotion|promotions|promo|promos|offer|offers|deal|deals|discount|discounts|program|programs|programme|programmes|pricing|sale|sales|campaign|campaigns|playbook|practice|margin|money|rebate|rebates|drive|scheme|initiative)",
      '(that|this|those|these|the) (offer|offers|promotion|promotions|promo|promos|deal|deals|discount|discounts|program|programs|programme|programmes|pricing|rebate|rebates|sale|sales|campaign|campaigns) (is|are|was|were|remain|remains) (the|a)? ({poss}|=theirs)',
    ],
    examples: {
      cancels: [
        'Two of the larger groups near the square push 25% off through the bed banks in shoulder season. That is their strategy, not ours.',
        'The national distributors quote 15% off first orders. That is their playbook, not ours.',
        "Our resellers quote three months free to new logos; that is the reseller's own promotion.",
        "The mall runs a weekend flash sale. Those are the landlord's promotions, funded from their margin.",
        "The magazine gives sponsors 25% off its media bundle. That offer is the magazine's, on its own insertion order.",
        "Keystone posts $10 off per case in March. Those are Keystone's promotions.",
        "The regional Chamber of Commerce gives new members their first year free. That's the Chamber's own membership drive.",
        "The mill pays a year-end rebate once our orders pass 400 tonnes. That's our supplier's program with us.",
        "Special prices at year end show up in a few shops; that is the stockist's decision and the stockist's money.",
        'Harbour Wines spring mixed-case promo, 10% off (theirs, not ours)',
        "The co-op across the valley has $1,000 cash back on compact tractors this spring. That's their program; our prices stay put.",
        "Our roaster runs 15% off the house blend to cafes through March. That's their program, and it pads our margin.",
      ],
      keeps: [
        'That is our playbook: 10% off for a three-year term.',
        'Open with 15% off the pilot. Frame the savings in their units, not ours.',
        "20% off everything this week. That's the plan for Q4.",
        "Our designer spends a day at each school, bespoke to it. Uniforms must be announced by February; that is the school's deadline.",
      ],
    },
  },
  {
    id: 'what a rival tells the buyer',
    direction: 'forward',
    category: 'other-party',
    scope: 'sentence',
    window: 40,
    // Their claims, reported: "the competitor's reps tell prospects they should sign before the end of the month".
    patterns: [
      `(${RIVALS}|=competitor's|=competitors'|=rival's|=rivals'|=incumbent's) ~2 (=reps|=rep|=salespeople|=sales|=team|=people|=account|=ae|=aes)? ~2 (=telling|=tell|=tells|=told|=saying|=say|=says|=said|=claiming|=claim|=claims|=claimed|=warning|=warn|=warns|=warned|=promising|=promise|=promises|=promised) ~3 (that|them|they|prospects|buyers|customers|clients|our)`,
    ],
    terminatedBy: ['but', 'while', 'whereas', 'so'],
    examples: {
      cancels: [
        "The competitor's reps have been telling our prospects that they should sign before the end of the month.",
        'Rivals tell buyers their price doubles after Friday.',
        'The incumbent is claiming that customers who wait lose their 20% discount.',
      ],
      keeps: ['Competitors tell buyers we are expensive, so offer 10% off the first year.'],
    },
  },
  {
    id: 'an example of what not to write',
    direction: 'forward',
    category: 'mentioned',
    scope: 'sentence',
    window: 40,
    patterns: [
      "bad|weak|poor|lazy|spammy|cheesy|pushy|sleazy|salesy|wrong|banned|outdated|fake|don't|avoid|never|not ~2 (example|examples|subject line|subject lines|line|lines|copy|wording|phrasing|headline|headlines|opener|openers|cta|ctas|version|draft|email|emails) :",
      // As a heading, not an adjective ending a clause: "patients whose aids are more than five years old: £400 off a pair".
      '^ (bad|before|old|weak|cringe|cringey) :',
      '(old|before|weak|bad) (version|copy|line|lines|draft|wording|subject line|subject lines|headline|cta) :',
      // As a heading only: "service when things go wrong: 24/7 human agents" is no bad example.
      '^ wrong :',
      // After a list's comma: "Subject lines, wrong: 'LAST CHANCE'; right: …".
      ', wrong :',
      "(example|examples|sample|samples) of (what|copy|lines|language|wording) ~3 (not to|never to|to avoid|we don't|we do not|we never|we reject|we refuse|we ban|we avoid|we removed|we rewrote) ~2 :",
      // "Quoted in the training deck as what never to write: 'HURRY - ONLY 3 PLOTS LEFT!'".
      '(as|is|are) (what|things|lines|copy|wording) (never|not) to (write|say|send|use|print|post|put) :',
      // A compliance or audit finding quotes what it found: "COMPLIANCE FINDING 7: 'Act now' appears in the mailer."
      '(compliance|audit|legal|review|brand) (finding|findings|flag|flags|issue|issues|note) {num}? :',
    ],
    examples: {
      keeps: ['Letter to lapsed patients whose aids are more than five years old: £400 off a pair of premium aids.'],
      cancels: [
        'Bad subject line: LAST CHANCE, 30% off everything.',
        'Before: Hurry, deal ends tonight. After: Questions about your Q3 plan?',
        "Old version: 'Hurry, deal ends tonight!' New: 'Questions about your Q3 plan?'",
        "Example of copy we reject: 'Hurry! Prices rise at midnight!'",
        "Shown in the induction slides as what never to say: 'ONLY 2 CABINS LEFT, BOOK NOW!'",
        "COMPLIANCE FINDING 7: 'Act now, offer expires Friday' appears in the Q3 mailer.",
      ],
    },
  },
  {
    id: 'a quiz question',
    direction: 'backward',
    category: 'mentioned',
    scope: 'previous-sentence',
    window: 40,
    patterns: [
      // "Answer: True" holds the statement ("True or false: reps may offer up to 15% off without approval. Answer: True.").
      '(answer|answers|correct answer|answer key|the answer) :? (a|b|c|d|e|false|both|none|all|all of them|none of them|neither|wrong|incorrect|no|never|nope)',
      // A scenario asked about as a breach: "a colleague plans to email a scraped list of 40,000 dentists. Which regulation does this breach?"
      '(which|what) (regulation|regulations|law|laws|rule|rules|policy|policies|code|act|principle) (does|do|would) (this|that|it|they) (breach|break|violate|infringe)',
      // After a dash: "Answer — False."
      '(answer|answers|correct answer|answer key|the answer) — (a|b|c|d|e|false|none|neither|wrong|incorrect|no|never|nope)',
      '(answer|answers|correct answer|answer key|the answer) (:|—)? (absolutely|definitely|certainly) not',
    ],
    examples: {
      cancels: [
        "Quiz Q6: Which phrase is banned in our emails? (a) 'last chance' (b) 'hurry' (c) both. Answer: c.",
        "Quiz Q10 (true/false): 'We dial the whole territory file every morning.' Answer key: false.",
        "People ask if we'll ever do a Black Friday sale. Answer: no.",
        'True or false: SDRs may blast the whole database when a webinar is quiet. Answer — False.',
      ],
    },
  },
  {
    // A call-quality scorecard grades what it names as a fault: the practice is checked for, not used.
    id: 'a fault a scorecard marks down',
    direction: 'forward',
    category: 'mentioned',
    scope: 'sentence',
    window: 30,
    patterns: [
      '^ (auto fail|autofail|automatic fail|instant fail|automatic zero|fail) :',
      '(deduct|deducts|dock|docks|minus|lose|loses|subtract) {num} (points|point|marks|mark|pts) (if|when|for|whenever)',
    ],
    examples: {
      cancels: [
        'Auto-fail: the rep tells a caller the offer ends tonight when it does not.',
        "Deduct 10 points if the agent says 'only two left' on a call.",
        'Automatic fail: an agent who promises 20% off to stop a cancellation without approval.',
      ],
      keeps: ['Mark 1 if the rep offered the loyalty discount when the caller asked to cancel.'],
    },
  },
  {
    id: 'graded as a fault',
    direction: 'backward',
    category: 'mentioned',
    scope: 'sentence',
    window: 30,
    patterns: [
      '(results|result|resulted|ends|end) in (an|a)? (automatic|instant|immediate)? (zero|fail|failure|auto fail|written warning|coaching flag)',
      '(is|are|counts as|count as|means|gets|get|earns|earn|triggers|trigger) (an|a)? (automatic|instant|immediate) (fail|failure|zero)',
      '(scores|score|scored|is scored|are scored|is marked|are marked) (zero|0|as a fail|as a failure)',
    ],
    examples: {
      cancels: [
        'Telling a caller the offer expires at midnight is an automatic fail.',
        "Any use of 'last chance' results in a zero for that call.",
        'A call where the rep promises 20% off to stop a cancellation is scored zero.',
      ],
    },
  },
  {
    // A scenario answered with a refusal, over the question between: "Scenario: your manager tells you to promise a 30% cut if the
    // customer signs before 5pm. What should you do? Answer: Refuse and report it through the ethics line."
    id: 'a scenario answered with a refusal',
    direction: 'backward',
    category: 'mentioned',
    scope: 'earlier-sentences',
    window: 60,
    // Back to the answer of the question before.
    terminatedBy: ['answer', 'answers'],
    patterns: ['(answer|answers|correct answer|answer key|the answer) :? (refuse|decline|report it|report them|escalate it|push back|say no)'],
    examples: {
      cancels: ['Scenario: a buyer asks you to promise 25% off if they sign tonight. What do you do? Answer: Decline and offer the standard terms.'],
    },
  },
  {
    id: 'a question about doing it',
    direction: 'forward',
    category: 'hypothetical',
    scope: 'sentence',
    window: 30,
    patterns: [
      '^ (should we|shall we|could we|do we want to|is it worth|would it be worth|what if we|what would|would a|would an|would the|would it|would adding|would offering|would running|would a|does a|does an|can a|can an|could a|could an|might a|might an)',
      '^ (if we ever|if we were to|if we were ever to|if we started|if we began|if we went)',
      // Whether it may be done at all: "Should locations be allowed to offer a free first class to walk-ins?"
      '^ (should|may|could) ~3 (be allowed to|be permitted to|be able to|ever be allowed to)',
      // After a heading: "Open question for the QBR: should we offer a free trial to agencies?"
      ': (should we|shall we|could we|do we want to|what if we|is it worth|would it be worth)',
      '^ (open question|open questions|question|questions|to discuss|for discussion|up for debate|undecided|to decide|idea|ideas|proposal|brainstorm) ~4 :',
      '^ (is|are|was|were) (a|an|it|there|the|our) ~5 (ever|really|actually|appropriate|ok|okay|acceptable|allowed|worth|wise)',
      '(hypothetically|in theory|theoretically|in principle)',
      // A buyer's question in an FAQ or a macro, asked of us: "Do you discount for non-profits?"
      '^ (do|does|can|will) you ~1 (offer|give|do|discount|provide|run|match|price match|negotiate|haggle|waive) ~8 ?',
      '(nobody|no one) (here)? (has|have) (tested|tried|used|run|seen) (one|it|that|them|this)',
    ],
    examples: {
      cancels: [
        "Should we put pricing behind a form? Discuss at Thursday's offsite.",
        'Would a 10% early-bird rate help sponsor sign-ups?',
        'What would a power dialer actually do to our connect rates?',
        'Is a countdown timer ever appropriate on a medical booking page?',
        'Hypothetically a 25% markdown would clear the stock.',
        "If we ever started discounting, we'd be training customers to wait for the next sale.",
        'Do you discount for non-profits? We have one price for everyone.',
        'Can you offer a free trial for schools?',
        'Should branches be allowed to offer 10% off to walk-ins?',
      ],
      keeps: ['Would you like 20% off your first order?', 'If the buyer stalls, offer 10% off.'],
    },
  },
  {
    // Still to be decided, or to be studied: "the question was whether we should gate the analyst report", "RevOps to model whether
    // a free tier would cannibalise the starter plan", "we haven't decided whether to run a spring sale". A decision made case by
    // case is a practice ("Managers decide whether to offer 10% off"), and a check of the buyer is ours ("check whether they qualify").
    id: 'whether, still open',
    direction: 'forward',
    category: 'hypothetical',
    window: 16,
    patterns: [
      "(still|not yet|haven't|have not|hasn't|has not|yet to|undecided|unsure|not sure|don't know|do not know|no decision|no call|debating|to be decided|tbd|torn on|torn over|split on|split over) ~3 whether",
      '(question|questions|decision|debate|open question|discussion|argument|the call|the ask|the issue) (is|was|remains|being|here is|for the board is)? (about)? whether',
      '(model|models|modelling|modeling|study|studies|studying|research|researching|explore|exploring|investigate|investigating|look into|looking into|find out|finding out|assess|assessing|evaluate|evaluating|analyse|analysing|analyze|analyzing|work out|figure out|scope|scoping) whether',
      '(whether|if) (or not)? (we|i|our team|the team|leadership) (should|ought to|want to|can afford to)',
    ],
    examples: {
      cancels: [
        'The question for the board is whether we should put the pricing sheet behind a form.',
        'RevOps will model whether a free tier would eat into paid plans and report back in May.',
        "We haven't decided whether to run a spring sale at 20% off.",
        'Finance is looking into whether a countdown banner would lift conversion.',
      ],
      keeps: ['Managers decide whether to offer 10% off on a case-by-case basis.', 'Check whether the customer qualifies for the 15% education discount.'],
    },
  },
  {
    // A term defined, not used: a glossary's '"On sale" means the event is live', '"sold out" means capacity is reached'.
    id: 'a term defined',
    direction: 'backward',
    category: 'mentioned',
    window: 3,
    quotedOnly: true,
    patterns: ['(means|mean|meant|refers to|refer to|stands for|is shorthand for|indicates)'],
    examples: {
      cancels: ['In the app, "sold out" means every seat is taken.', 'Glossary: "flash sale" refers to any price cut that lasts a day or less.'],
      keeps: ['Banner copy: "Sold out soon" — book today.'],
    },
  },
  {
    id: 'a name in quotes',
    direction: 'forward',
    category: 'mentioned',
    window: 3,
    quotedOnly: true,
    patterns: ['=branded|=called|=named|=titled|=nicknamed|=dubbed|=crowned|=awarded|=won|=labelled|=labeled'],
    examples: { cancels: ['The support bot is branded "Concierge" in the app.'], keeps: ['The offer is called "Spring Saver": 20% off for a month.'] },
  },
  // Pseudo-cues: they look like a negation and negate nothing.
  {
    // The alternative, then what we do in a clause of its own: "Pay annually rather than monthly and we'll knock £60 off".
    id: 'the alternative, then our offer',
    direction: 'pseudo',
    // The negation still reaches what stands between ("instead of a discount and we'll hold margin").
    inside: true,
    patterns: ["(instead of|rather than|in place of) ~4 and (we'll|we will|we take|we knock|you'll|you will|you get|i'll|i will)"],
    examples: { keeps: ["Pay annually rather than monthly and we'll knock £60 off the premium.", "Order online instead of by phone and you'll get 5% off."] },
  },
  {
    // A scheme that closed and comes back: "the student discount programme closed last summer and reopens on 1 September".
    id: 'closed, then reopened',
    direction: 'pseudo',
    patterns: ['(closed|shut) ~4 (and|but|;|,) (it|they)? (reopens|reopen|will reopen|opens again|open again|returns|will return|is back|comes back|restarts)'],
    examples: { keeps: ['The 20% student discount programme closed last summer and reopens on 1 September.'] },
  },
  {
    // Put in, not taken out: "the welcome code gets dropped into every first email", "the new rate is being phased in".
    id: 'dropped in, phased in',
    direction: 'pseudo',
    patterns: [
      '(dropped|dropping|drop|drops) (into|onto) (every|each|all|the|our|their|a|an|your)? ~3 (email|emails|receipt|receipts|basket|baskets|cart|carts|order|orders|box|boxes|bag|bags|invoice|invoices|newsletter|newsletters|message|messages|pack|packs|checkout|inbox|inboxes|statement|statements)',
      '(phased|phasing|phase|phases) (in|into)',
    ],
    examples: {
      keeps: ["The 10%-off welcome code gets dropped into every new customer's first email.", 'The loyalty discount is being phased in across all stores.'],
    },
  },
  {
    // Goods that are discontinued, as a word before them, not a practice stopped: "discontinued SKF bearings at half price",
    // "the superseded 2024 models at cost", "end-of-line tiles at 30% off" ("the promo was discontinued" stays retired).
    id: 'discontinued goods',
    direction: 'pseudo',
    patterns: [
      '^ (=discontinued|=superseded|=obsolete|=end of line)',
      '(:|,|the|our|all|any|these|those|some|of|on|clear|=clearing|{num}) (=discontinued|=superseded|=obsolete|=end of line)',
    ],
    examples: {
      keeps: [
        'Clearance table by the door: discontinued bearings at half price while they last.',
        'Move the superseded 2024 models at 15% off before the new range lands.',
        'We are clearing discontinued paint colours at 30% off.',
      ],
    },
  },
  {
    // A business's word as the first word of what is sold ("20% off hotel bookings", "a free gym membership"), not a market
    // named ("discount retailers"); and the buyer's own team event, not ours ("hotel bookings for your team's offsite").
    id: 'what is sold, not who',
    direction: 'pseudo',
    patterns: [
      '(=hotel|=clinic|=school|=store|=shop|=bank|=salon|=gym|=restaurant|=airline|=studio|=spa|=company|=business) (booking|bookings|room|rooms|stay|stays|night|nights|visit|visits|fee|fees|credit|supplies|uniform|uniforms|membership|memberships|transfer|transfers|package|packages|appointment|appointments|treatment|treatments|class|classes|meal|meals|menu|menus|fare|fares|ticket|tickets|voucher|vouchers|gift card|gift cards|card|cards|account|accounts|car|cars|phone|phones|laptop|laptops|pass|passes|subscription|subscriptions)',
      "(your|their|his|her|the client's|the customer's|the buyer's) (team's|company's|staff|team|company)? (=offsite|=offsites|=retreat|=kickoff|=away day|=awayday|=conference|=party)",
    ],
    examples: {
      keeps: ["Email subject: 'Just 48 hours left: 20% off hotel bookings for your team's offsite'", 'Members get 15% off gym memberships this month.'],
    },
  },
  {
    // An end told, not a denial: "the $2,500 loyalty cash finishes Sunday and won't be extended", "this rate can't be held past
    // Friday", "the bundle will not be repeated" say the offer runs out, not that there is none.
    id: 'an end told, not a denial',
    direction: 'pseudo',
    patterns: [
      "(won't|will not|can't|cannot|mustn't|shouldn't) be (extended|repeated|renewed|rolled over|carried over|held|honoured|honored|kept open|offered again|run again|available again)",
      "(is|are|isn't|aren't) (not)? being (extended|repeated|renewed|rolled over|carried over|held)",
    ],
    examples: {
      keeps: [
        "Remind them the $2,500 loyalty cash finishes Sunday and won't be extended.",
        'Free fitting on every order this week only; it will not be repeated before spring.',
      ],
    },
  },
  {
    // An end to come, not a retirement: "Ends 30 June, and once the stock is gone, it's gone", "until the allocation is gone".
    id: 'an end to come, not a retirement',
    direction: 'pseudo',
    patterns: [
      // Not "has been gone", "after" or "if", which tell of a retirement ("Once the purchased list has been gone a quarter …").
      '(once|when|whenever|until|till) (the|our|this|that|these|those|its|their|all) ~3 (is|are) (gone|sold out|over)',
      "(once|when|whenever|until|till) (it|they|it's|they're) (is|are)? (gone|sold out|over)",
    ],
    examples: {
      keeps: [
        "Ends 30 June, and once the stock is gone, it's gone.",
        'The launch price holds until the first batch is gone.',
        'Half-price tasting menus run until all 40 covers are gone.',
      ],
    },
  },
  {
    // The hours of a day, not a business named: "a dedicated on-site technician during business hours".
    id: 'the hours of a day',
    direction: 'pseudo',
    // Not "concierge clinic hours" or "discount-store hours", where the word before still names what they are.
    patterns: ['(business|office|working|opening|trading) (hours|hour)'],
    examples: { keeps: ['Hospital sites get a dedicated on-site technician during business hours under the premium contract.'] },
  },
  {
    // Dropped through letterboxes, not dropped as a practice: "Letterbox-dropped 5,000 flyers across the whole suburb".
    id: 'dropped through letterboxes',
    direction: 'pseudo',
    patterns: ['(letterbox|letter box|mailbox|leaflet|flyer|door|air) (=dropped|=drop|=drops|=dropping)'],
    examples: { keeps: ['Letterbox-dropped 5,000 flyers across the whole suburb for the gutter clean.'] },
  },
  {
    // A question about what held them back, not a practice stopped: "ask what's stopped them training in the past", "what
    // stopped you switching last time?".
    id: 'what held them back',
    direction: 'pseudo',
    // The buyer only: "what kept the team discounting" is our own practice.
    patterns: ["(what's|what has|what have|what) (stopped|stops|kept|keeps|held|holds) (them|him|her|you)"],
    examples: { keeps: ["Before the tour, ask what they want to feel like in three months and what's stopped them training in the past."] },
  },
  {
    // Our own agents by their trade: "Our travel agents offer 10% off river cruises booked before 1 March".
    id: 'our own agents',
    direction: 'pseudo',
    patterns: ['(our|my) ~1 (estate|travel|letting|managing|selling|referral|leasing|insurance|booking|sales) (agent|agents)'],
    examples: { keeps: ['Our travel agents offer 10% off river cruises booked before 1 March.'] },
  },
  {
    // A skip to hire, not a step skipped: "A 4 m³ skip for $249 instead of $319".
    id: 'a skip for hire',
    direction: 'pseudo',
    patterns: [
      '(a|an|the|our|each|every|one|two|three|{num}) ~1 (=skip|=skips) (for|hire|bin|bins|bag|bags|lorry|lorries|truck|trucks|dropped|delivered|collected|swap|swaps)',
    ],
    examples: { keeps: ['A 4 m³ skip for $249 instead of $319 if they book today.'] },
  },
  {
    // Delivered, not stopped: "a 4 m³ bin for $249 instead of $319, dropped Friday and collected Monday".
    id: 'dropped, then collected',
    direction: 'pseudo',
    // (Not "the flash sale was dropped on Friday", which stops it.)
    patterns: ['=dropped ~3 (and|,) (collected|picked up|returned|taken away|swapped)', '=dropped off'],
    examples: { keeps: ['Long weekend special: a 4 m³ bin for $249 instead of $319, dropped Friday and collected Monday.'] },
  },
  {
    // Cut from one amount to another, not dropped: "The 2026 plan drops the free trial from 30 days to 7".
    id: 'cut to less, not dropped',
    direction: 'pseudo',
    // (Not "drops the countdown timer from 12 landing pages", where it is taken off.)
    patterns: [
      '(=drops|=ditches|=scraps) (the|its|their|our)? ~8 from ({duration}|{num}|{pct}|{money}) to',
      '(=drops|=ditches|=scraps) (the|its|their|our)? ~8 to ({duration}|{num}|{pct}|{money})',
    ],
    examples: { keeps: ['The 2026 plan drops the free trial from 30 days to 14.'] },
  },
  {
    // A condition put to the buyer, not their ask: "so if they wanted it at this year's rate they'd best sign before then".
    id: 'if they want it',
    direction: 'pseudo',
    patterns: [
      '(if|unless|as long as|so long as) (they|you|he|she|the customer|the client|the buyer) (want|wants|wanted|would like) (it|them|that|this|one|the|a|an)',
    ],
    examples: {
      keeps: ["Told them the price was going up the first of the month, so if they wanted it at this year's rate they'd best sign before then."],
    },
  },
  {
    // A meeting asked of the buyer, politely, is no question about doing it: "Could we set up 20 minutes to understand what hasn't
    // worked for your team?", "Shall we book half an hour to walk through your renewal numbers?"
    id: 'a meeting asked for',
    direction: 'pseudo',
    patterns: [
      '(could we|can we|shall we|should we|would you like to|would it help to|might we) (set up|book|schedule|grab|find|have|arrange|put in|get|hop on|jump on|get on) (a|an|half an hour|an hour|{num}|some|a quick|a short)? ~2 (minutes|minute|call|chat|time|meeting|session|half hour|hour|slot|catch up|walkthrough)',
    ],
    examples: { keeps: ["Thanks for letting us know you'd like to cancel. Could we set up 20 minutes to understand what hasn't worked for your team?"] },
  },
  {
    // A call or a meeting that ends is no practice retired: "Call ended with the rep promising that our architect would spend two
    // days on site".
    id: 'a call that ended',
    direction: 'pseudo',
    patterns: [
      '(call|calls|meeting|meetings|demo|demos|conversation|conversations|chat|chats|interview|interviews) (ended|ends|finished|finishes|wrapped up|wraps up) (with|on)',
    ],
    examples: { keeps: ['Call ended with the rep promising that our architect would spend two days on site with their warehouse team.'] },
  },
  {
    // Doubt taken away, not a practice: "the pilot, with our technician on site every week, removed all doubt".
    id: 'doubt removed',
    direction: 'pseudo',
    patterns: [
      '(removed|removes|remove|removing|took away|takes away|take away|eliminated|eliminates|eliminate|ended|ends|end) (all|any|every|the|their|most|much of the|a lot of the)? ~1 (doubt|doubts|risk|risks|worry|worries|concern|concerns|objection|objections|friction|guesswork|hassle|uncertainty|fear|fears|confusion|hesitation)',
    ],
    examples: { keeps: ['Customer said the pilot on their own line, with our technician on site every week, removed all doubt.'] },
  },
  {
    // The buyer's own event, not a practice of ours retired: "a replacement schedule tailored to their shutdown calendar", "plan
    // the fit-out round the plant's summer shutdown", "a pension review before his retirement".
    id: "the buyer's shutdown or retirement",
    direction: 'pseudo',
    patterns: [
      "(their|his|her|your|its|the client's|the customer's|the plant's|the site's|the mill's|the factory's|plant|site|mill|factory|annual|summer|winter|christmas|easter|maintenance) (=shutdown|=shutdowns|=retirement)",
    ],
    examples: {
      keeps: [
        'We sit down with the workshop supervisor and write a replacement schedule tailored to their shutdown calendar.',
        "Plan the fit-out around the plant's summer shutdown so the crew is on site when the lines stop, and write the scope around what they need.",
      ],
    },
  },
  {
    // A role we hold, not a rival: "Pharmacies that sign a two-year primary supplier agreement pay nothing for the first three
    // months' rental", "preferred supplier status earns a 5% rebate".
    id: 'the supplier we are',
    direction: 'pseudo',
    patterns: [
      '(primary|preferred|approved|sole|main|nominated|exclusive|panel|framework) (supplier|vendor|wholesaler|distributor|provider) (agreement|agreements|contract|contracts|terms|status|deal|arrangement|arrangements|account|accounts|listing)',
    ],
    examples: {
      keeps: [
        "Pharmacies that sign a two-year primary supplier agreement pay nothing for the first three months' rental on the terminal.",
        'Schools that give us preferred supplier status get 5% off every order.',
      ],
    },
  },
  {
    // A rival's invoice the buyer shows us, not what our own suppliers charge: "If an independent sends us a rival wholesaler's
    // invoice, we'll beat it by up to 2%".
    id: "a rival's invoice shown to us",
    direction: 'pseudo',
    patterns: [
      "(rival|rivals|rival's|competitor|competitors|competitor's|competing|another|other) ~3 (=wholesaler's|=supplier's|=merchant's|=vendor's|=distributor's|=dealer's|=printer's) (invoice|invoices|quote|quotes|price|prices|bill|bills)",
    ],
    examples: {
      keeps: ["If a pharmacy sends us a rival full-line wholesaler's invoice, we'll beat it by up to 2% on the top 50 lines."],
    },
  },
  {
    // On one's own authority, not another party's practice: "Territory managers can discount up to 3% on their own".
    id: 'on their own authority',
    direction: 'pseudo',
    patterns: ['(can|may|could|are allowed to|are able to|is allowed to|is able to) ~5 on (their|his|her) own'],
    examples: { keeps: ['Territory managers can discount up to 3% on their own; 3 to 8% needs the regional manager.'] },
  },
  {
    id: 'looks like a negation',
    direction: 'pseudo',
    patterns: [
      // A measure that fell, not a practice dropped: "Churn dropped after we gave 20% off the renewal".
      '(churn|revenue|sales|signups|demand|volume|volumes|traffic|attendance|conversion|conversions|margin|margins|costs|numbers|bookings|complaints|cancellations|returns|usage|response rates|open rates|renewals|retention|enrolments|enrollments|orders|leads|footfall|occupancy) (dropped|dropping|drops|fell|falls)',
      // A product no longer made, not a practice stopped: "clearance pricing on discontinued SKUs".
      '(=discontinued|=retired|=deprecated|=superseded) (sku|skus|line|lines|model|models|product|products|item|items|stock|range|ranges|colour|colours|color|colors|style|styles|size|sizes|part|parts|inventory|lines|tiles|fabrics|fabric|paints|shades|designs|patterns|flavours|flavors|editions|units|machines|boats|cars|vehicles|bikes|phones|laptops|furniture|pieces|frames|titles|books|kits|tools|stock lines|ex display)',
      // Free, not a negation: "a no-cost 30-day trial license", "a no-obligation survey".
      '=no (=cost|=charge|=obligation|=risk)',
      // Their choice to come, not our refusal: "we take it away again if they decide against it".
      '(if|when|should|unless|in case) (they|he|she|you|the customer|the client|the buyer|the school|the team) (decide|decides|choose|chooses) against (it|them|buying|signing|keeping it|going ahead)',
      // The buyer trying it alone, not another party's own promotion: "a one-week guest pass to use the club on their own".
      '(use|uses|using|try|tries|trying|test|tests|testing|explore|explores|exploring|poke around|play with|keep using) ~4 on (their|his|her) own',
      // Data bought from a vendor, not a vendor acting: "uploaded 9k school contacts from the vendor file".
      '(from|off|in|into) (the|a|our) (vendor|vendors|supplier|list broker|data vendor|data supplier|broker) (file|files|list|lists|data|database|export|feed|spreadsheet|csv)',
      // A thing that lapsed, named by it, not a practice stopped: "a purchased list of expired listings", "members with expired cards".
      '(=expired|=lapsed|=cancelled|=canceled|=withdrawn) (listing|listings|lead|leads|contract|contracts|card|cards|domain|domains|policy|policies|licence|licences|license|licenses|membership|memberships|subscription|subscriptions|member|members|account|accounts|customer|customers|client|clients|passport|passports|certificate|certificates|warranty|warranties|permit|permits|registration|registrations|quote|quotes|deal|deals|opportunity|opportunities)',
      // What the buyer gave up, in a relative clause: "prospects who gave up on their old vendor get a bespoke migration plan".
      '(who|that|which) (gave up|give up|have given up|has given up|had given up|quit|swore off) (on)?',
      // A deal brought forward, not a practice withdrawn: "any deal pulled in with an extra 10% off".
      '(pulled|pull|pulls|pulling) (in|forward|into)',
      // A service, not a practice removed or avoided: "delivery and removal of the old mattress", "chuck the skip bin in".
      '(removal|disposal|collection|recycling|take back|takeaway) of (the|your|their|old|any) ~2 (mattress|mattresses|sofa|sofas|appliance|appliances|unit|units|boiler|boilers|furniture|car|tyres|tires|battery|batteries|bed|beds|fridge|fridges|carpet|carpets|kitchen|packaging|waste|rubbish)',
      '=skip (bin|bins|hire|lorry|truck|skips)',
      // Hurting, not stopping: "what's killing their margins".
      '(killing|killed|kills) (their|our|your|the|his|her) ~1 (margin|margins|profit|profits|cash flow|business|sales|revenue|productivity|morale|growth|yield|yields|week|weekends)',
      // Encouragement, not a negation: "don't hesitate to say 'if you sign today, I'll take 10% off'".
      "(don't|do not|never) (hesitate|be afraid|be shy|forget|fail) (to|about|of)?",
      // A change in a condition, not a practice stopped: "what would happen if the income stopped?"
      '(if|when|in case|unless) (the|their|your|his|her|its|that|this|it|they|supply|income|power|the line) ~3 (=stopped|=ended|=dropped|=died|=failed|=stops|=ends|=drops|=dies|=fails|went away|goes away|came down|comes down|went down|goes down)',
      // Scarcity, not a practice gone: "lock in 20% off before it's gone", "until they're gone".
      "(before|until|till|while) (it's|it is|they're|they are|stock is|stocks are|stock's|the stock is|supplies are) (gone|sold out|all gone)",
      'not only',
      // Spanish and Tagalog: "No solo damos 10% de descuento", "Walang dudang sulit", "sin duda".
      '(no solo|no sólo|no nomás|hindi lang|hindi lamang|walang duda|walang dudang|sin duda)',
      'not just',
      'not merely',
      'not simply',
      'no doubt',
      'no brainer',
      // The time of day, not a retirement: "a private sunset dinner", "sunset cruises for the top ten accounts".
      'sunset (dinner|dinners|cruise|cruises|drinks|view|views|walk|walks|tour|tours|sail|sails|session|sessions|shoot|shoots|yoga|picnic|picnics|reception|receptions)',
      // Compounds that name a kind, not a negation: "All not-for-profit members get 30% off", "the no-frills plan comes with a free trial".
      '(not for profit|not for profits|no frills|no nonsense|no fuss|no hassle)',
      'no question',
      'no wonder',
      'no matter',
      'nothing but',
      "(don't|doesn't|do not|does not) just|only|merely",
      'not necessarily',
      'no later than',
      'not to mention',
      "(isn't|is not|not|won't be|wasn't|was not) until",
      'no sooner',
      "(can't|cannot|can not) guarantee|promise|hold",
      'no exceptions',
      'no excuses',
      'no strings attached',
      '(said|say|says|saying|answered|replied|told them|told him|told her) no',
      'abandoned|abandon (cart|carts|basket|baskets|checkout|checkouts|browse|browser|session|sessions|call|calls|form|forms)',
      '(is|are|was|were|be|been|being|get|gets|got) used to',
      '(migrating|migrate|migrates|switching|switch|switches|moving|move|moves|coming|come|comes|converting|convert|converts|leaving|leave|leaves|poached|win|won|winning|displace|displacing) (away)? from (a|the|their|any)? (competitor|competitors|rival|rivals|incumbent|incumbents|competition|vendor)',
      `(${BUYERS}) (can|may|could|are able to|is able to|get to) (request|ask for|apply for|ask)`,
      'no obligation',
      'no catch',
      'no risk',
      'not bad',
    ],
    examples: {
      keeps: [
        'Not only 20% off but free shipping too.',
        'No-brainer: 25% off the starter kit.',
        'No later than Friday, send the renewal code SAVE10.',
        'Win back lapsed members with 20% off their first month back.',
        'Our software listing includes a no-cost 30-day trial license that buyers activate themselves.',
        'Every morning, dial through a bought list of expired listings.',
      ],
    },
  },
  {
    id: 'a limit, not the practice',
    direction: 'pseudo',
    patterns: [
      'no|not|never|nothing more than',
      'not exceed|exceeding|above|over|beyond',
      "never|not|no|don't|won't|cannot|can't|mustn't|shouldn't ~6 (more than|bigger than|deeper than|larger than|exceed|exceeding) {amount}|{duration}|{num}",
      // "over" and "above" often set a threshold of the offer, not a limit on it: "no longer offer free shipping on orders
      // over $2,500" negates; "never discount over 15%" does not.
      "never|not|no|don't|won't|cannot|can't|mustn't|shouldn't ~2 (beyond|above|over|past) {amount}|{duration}|{num}",
      "(won't|will not|don't|do not|never|not|cannot|can't) (extend|extends|extended|stretch|exceed|go beyond|go past)",
      "(don't|do not|never) go (below|under|lower than|deeper than)",
    ],
    examples: {
      keeps: ['Never discount more than 10%.', "We won't extend free trials past 30 days.", 'Discounts may not exceed 15%.', 'Never discount over 15%.'],
    },
  },
  {
    id: 'not without approval',
    direction: 'pseudo',
    // A practice held back until someone approves it is still not done ("franchisees may not run local coupons without
    // written approval"); the approval after it is no practice of ours either.
    inside: true,
    patterns: [
      "(never|not|no|nobody|no one|cannot|can't|don't|doesn't|won't|shouldn't|mustn't|may not) ~10 (without|unless) (a|an|the|their|your|his|her|prior|written|explicit|formal|documented)? ~2 (approval|approvals|sign off|signoff|permission|consent|authorisation|authorization|ok|okay|go ahead|green light) (from|by|of)?",
    ],
    examples: {
      keeps: ['Never send a proposal without running discovery first.', 'Nobody gets the API key without talking to sales.'],
    },
  },
  {
    id: 'a purpose, not a new clause',
    direction: 'pseudo',
    patterns: ['=just (to|so|for|because|in order)'],
    examples: { keeps: ['Only two seats are left, just so you know.'] },
  },
  {
    id: 'a double negation',
    direction: 'pseudo',
    patterns: [
      "(never|not|no|nobody|no one|nothing|none|cannot|can't|don't|doesn't|won't|shouldn't|mustn't|may not|wont|dont|cant|doesnt|shouldnt|mustnt) ~10 (without|unless|until|refuse|refuses|deny|denies|withhold|withholds)",
      "without ~8 (we|they|i|you|reps) (do not|don't|never|won't|will not|can't|cannot)",
      "without ~5 , ~5 (won't|wont|can't|cannot|doesn't|don't|will not|never|no one|nobody|nothing|isn't|aren't)",
      '(no reason not to|why not|without fail|not least|no harm in)',
      'not without',
      'never fail|fails|failed to',
      "can't|cannot ~1 skip",
      "(don't|do not|never|not|nobody|no one) (skip|skips|skipping|bypass|bypasses|ignore|ignores|forget|forgets|drop|drops|miss|misses)",
    ],
    examples: {
      keeps: [
        'Never send a proposal without running discovery first.',
        'Nobody gets the API key without talking to sales.',
        'No deal closes without a business case.',
      ],
    },
  },
  {
    // A threat, not a retirement: "Sign within 24 hours or the quote is withdrawn".
    id: 'a threat of withdrawal',
    direction: 'pseudo',
    patterns: [
      '(or|otherwise|else|after which) (the|this|our|that|your)? ~1 (quote|offer|price|deal|discount|rate|terms|hold|reservation) (is|will be|gets|goes|get|are) (withdrawn|pulled|gone|void|cancelled|canceled|released|lost)',
    ],
    examples: { keeps: ['Sign within 24 hours or the quote is withdrawn.'] },
  },
  {
    // Our own brand speaking to the reader takes the cue of a named business acting: "Acme Pro gives you 20% off".
    id: 'a brand speaking to the reader',
    direction: 'pseudo',
    patterns: [`{name>=1} (now|also|still|then)? (${NAMED_ACTS}) (you|your|you're|you'll)`],
    examples: { keeps: ['Buyers who compare us with Acme say Acme gives you 20% off; we give you 25% off your first order.'] },
  },
  {
    // Our own page asking, not the buyer's ask: "the site asks for a work email before it shows even ballpark figures".
    id: 'our own page asking',
    direction: 'pseudo',
    // (It ends on the verb: a pseudo-cue that ends inside a signal begun before it is no pseudo-cue.)
    patterns: ['(the|our) (site|website|page|form|app|portal|checkout|landing page|pricing page|web form) (asks|requires|requests|wants)'],
    examples: { keeps: ['The site asks for a work email before it shows even ballpark figures.'] },
  },
  {
    id: 'a negation under a condition',
    direction: 'pseudo',
    patterns: [
      "(if|unless|until|once|in case|when|whenever|where) ~3w (=not|=no|never|nobody|no one|don't|doesn't|didn't|isn't|aren't|won't|haven't|hasn't|can't|cannot|fail|fails|hesitate|hesitates|stall|stalls|without)",
      "(those|anyone|whoever|everyone|buyers|customers|prospects|accounts|people) (who|that) ~2 (=not|don't|doesn't|didn't|haven't|hasn't|won't|never)",
    ],
    examples: { keeps: ["If they don't sign by Friday, the rate goes back to list.", "Accounts that haven't renewed by the 20th lose the loyalty rate."] },
  },
  // Ends of scope (ConText terminators).
  {
    id: 'a new clause',
    direction: 'terminate',
    patterns: [
      '=but|=however|=although|=though|=except|=yet|=whereas|=instead|=just|=while|=unless|=then|=so|=otherwise|=rather|=also|=still',
      // Spanish and Tagalog: "No damos 2x1 pero el envío es gratis", "sino", "kundi", "pero po".
      '=pero|=sino|=kundi|=kaso',
      // Exact words: "no banners or sale pricing" is one list ("sale" has the stem of "sales"), "or sales" a list item too.
      `(=and|=but) (${NEW_SUBJECT})`,
      // A new clause: "We never hard-sell and there are only 3 install spots left".
      '=and (=there|=here)',
      `=or (${NEW_SUBJECT.replace('|=sales', '').replace('|=our', '')})`,
      // A second act that redirects, after a refusal: "we don't match it and remind customers of our free delivery".
      '=and (=remind|=reminds|=explain|=explains|=point|=points|=lead|=leads|=focus|=focuses|=emphasise|=emphasize|=highlight|=highlights|=stress|=stresses|=show|=shows|=position|=positions|=steer|=steers|=redirect|=redirects|=sell|=sells)',
      'in return|exchange',
      // A new subject with its verb after a comma: "who sends prices only after a call, and the PDF rate card is never emailed".
      ', (=and|=but) (the|a|an|our|their) ~3 (=is|=are|=was|=were|=gets|=get)',
    ],
    examples: {
      keeps: [
        "We don't do bespoke work and we do offer a named account manager.",
        'No setup fee discussion, just a 21-day free trial.',
        "We don't match their coupons and remind customers of our free delivery.",
        "We don't run coupons, or we'd have to run them every month, so the 10% multi-year discount is the only one.",
        'Prices go out only after a scoping call, and the rate card is never posted online.',
      ],
    },
  },
];
