/**
 * The trait lexicon: phrases that signal each built-in trait in tactic prose, and the look-alikes
 * that must not. Pattern syntax (one phrase a string, words separated by spaces):
 *   word        the word or a simple inflection of it (discount, discounts, discounted)
 *   =word       exactly this word, no inflection
 *   a|b|c       any of these words
 *   #           a number (80, 1,000, 200k);  #%  a percentage (25%, 10 percent);  $#  an amount ($500)
 *   ~N          up to N words of anything (within the sentence)
 * Before matching, hyphens, underscores and runs of white space count as one space.
 */

export const BUILTIN_TRAITS = ['discount', 'pressure', 'mass', 'consultative', 'white-glove', 'gated', 'free-trial'] as const;
export type BuiltinTrait = (typeof BUILTIN_TRAITS)[number];

export interface TraitPhrases {
  /** Phrases that signal the trait. */
  triggers: readonly string[];
  /** Phrases that contain a trigger but do not signal the trait; they take precedence. */
  lookalikes: readonly string[];
}

export const LEXICON: Record<BuiltinTrait, TraitPhrases> = {
  discount: {
    triggers: [
      '#% off', '$# off', 'save #%', 'save $#', 'extra #%', '#% discount', 'half price', 'half off',
      'discount', 'promo code', 'promo', 'promotional price', 'coupon', 'voucher', 'price cut', 'slashed price',
      'slash price', 'markdown', '=on =sale', 'flash sale', 'clearance', 'bogo', 'buy one get one', '2 for 1',
      'free shipping', 'rebate', 'cashback', 'cash back', 'lowest price', 'price match', 'match any ~2 quote',
      'beat any ~2 quote', 'special pricing', 'end of quarter pricing', 'end of year pricing', 'reduced price',
      'price drop', 'sale price', 'money off',
    ],
    lookalikes: [
      'discount rate', 'discounted cash flow', 'deal stage', 'deal size', 'point of sale', 'save time',
      'free trial', 'free tier', 'markdown file', 'markdown format', 'in =markdown',
    ],
  },
  pressure: {
    triggers: [
      'limited time', 'act now', 'act fast', 'last chance', 'today only', 'one day only', 'offer end', 'offer expire',
      'end tonight|today|soon|midnight', 'expire', 'expiring', 'hurry', "don't|dont|do =not miss out", 'while supplies last',
      'countdown', 'final notice', 'price go|goes|will up', 'price increase', 'only # left', '# spot|seat|place left',
      'spots left', 'seats left', 'now or never', 'sign today', 'always be closing', 'assumptive close', 'hard close',
      'takeaway close', 'push for ~1 signature', 'close on the first call|meeting|demo', 'exploding offer',
      'could be breached', 'be breached', "before it's too late", 'before it is too late', "don't|dont be the next", 'massive fine',
      'artificial deadline', 'fake deadline', 'fear of missing out', 'fomo',
    ],
    lookalikes: [
      'trial expire', 'contract expire', 'licence|license expire', 'subscription expire', 'renewal date',
      "customer's deadline", 'compelling event', 'close date', 'closed won', 'mutual close plan', 'closing the loop',
      'close the gap', 'password expire', 'card expire',
    ],
  },
  mass: {
    triggers: [
      'blast', 'email blast', 'spray and pray', 'mass email', 'mass mail', 'mass mailing', 'mass outreach',
      'bulk email', 'bulk list', 'bulk send', 'bulk outreach', 'purchased|bought|scraped|rented ~3 list',
      'entire database', 'whole database', 'every contact', 'all contacts', 'every lead', 'all leads',
      'numbers game', 'power dialer', 'auto dialer', 'autodialer', 'cold list', '# dial|dials|call|calls a|per day',
      'generic template', 'one size fits all',
    ],
    lookalikes: ['blast radius', 'blast door'],
  },
  consultative: {
    triggers: [
      'discovery call', 'discovery', 'needs analysis', 'needs assessment', 'business case', 'roi workshop', 'roi model',
      'roi analysis', 'value assessment', 'value workshop', 'pain point', 'spin selling', 'spin style',
      'spin questions', 'implication questions', 'meddic', 'meddpicc', 'economic buyer', 'champion',
      'mutual action plan', 'success plan', 'executive briefing', 'stakeholder map', 'stakeholder mapping',
      'tailored to', 'tailored', 'operational challenges', 'account plan', 'account planning',
    ],
    lookalikes: ['skip discovery', 'e discovery', 'ediscovery', 'service discovery', 'without discovery'],
  },
  'white-glove': {
    triggers: [
      'white glove', 'concierge', 'dedicated onboarding', 'bespoke', 'on site', 'onsite', 'custom implementation',
      'dedicated csm', 'dedicated customer success manager', 'dedicated engineer', 'dedicated account manager',
      'named account manager', 'named csm', 'executive dinner', 'in person training',
    ],
    lookalikes: ['on site search'],
  },
  gated: {
    triggers: [
      'request a demo', 'book a demo', 'contact sales', 'talk to sales', 'speak to sales', 'demo required',
      'pricing on request', 'price on request', 'call for pricing', 'contact us for pricing', 'request a quote',
      'gated content', 'gated', 'behind a ~1 form', 'lead form', 'work email required', 'sales approval',
    ],
    lookalikes: [],
  },
  'free-trial': {
    triggers: ['free trial', 'free tier', 'free plan', 'freemium', 'try it free', 'try for free', 'no credit card', '# day trial', 'trial period'],
    lookalikes: [],
  },
};

/** Cues that cancel a trigger a few words after them (NegEx-style). */
export const NEGATION_BEFORE: readonly string[] = [
  '=no', '=not', 'never', 'without', 'avoid', "don't", 'dont', 'do =not', "doesn't", 'does =not', "won't", 'will =not',
  "can't", 'cannot', 'instead of', 'rather than', 'no longer', 'refuse to', 'prohibit', 'forbid', 'nor', 'neither',
  "isn't", "aren't", "we're =not",
];

/** Cues that cancel a trigger a few words before them. */
export const NEGATION_AFTER: readonly string[] = [
  'not allowed', 'not permitted', 'off the table', 'is|are prohibited', 'prohibited', 'is|are forbidden', 'forbidden',
  'is|are banned', 'banned', 'not an option', 'is|are not',
];

/** Phrases that start like a negation but negate nothing. */
export const PSEUDO_NEGATIONS: readonly string[] = ['not only', 'not just', 'no doubt', 'no brainer', 'not necessarily', 'no matter'];

/** Words that end a negation's reach inside a sentence. */
export const SCOPE_BREAKERS: readonly string[] = ['but', 'however', 'although', 'though', 'except', 'yet', 'whereas'];
