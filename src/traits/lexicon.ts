/**
 * The trait lexicon as data: per built-in trait, plain trigger phrases, constructions (families
 * of wording with the context they need), and look-alikes (other senses of the same words).
 * Patterns use the syntax documented in pattern.ts. Every construction carries examples that
 * must signal and traps that must not; the tests run both.
 */

export const BUILTIN_TRAITS = ['discount', 'pressure', 'mass', 'consultative', 'white-glove', 'gated', 'free-trial'] as const;
export type BuiltinTrait = (typeof BUILTIN_TRAITS)[number];

/** Named word sets a construction can require (`when`) or be cancelled by (`unless`) in its sentence. */
export const CONTEXTS = {
  offer: ['offer', 'deal', 'price', 'pricing', 'rate', 'discount', 'promo', 'code', 'coupon', 'quote', 'terms', '=sale', 'bonus', 'bundle', '{pct}', '{money}'],
  buyer: ['customer', 'buyer', 'client', 'prospect', 'their', "they're", '=they', 'account', 'stakeholder', 'champion', 'cfo', 'cio', 'ceo', 'cto', 'ciso'],
  decision: [
    'sign', 'signature', 'countersign', 'commit', 'decide', 'decision', 'order', '=po', '=pos', 'purchase', 'buy', 'register', 'registration',
    'rsvp', 'enrol', 'enroll', 'enrolment', 'enrollment', 'apply', 'reserve', 'reservation', 'claim', 'lock in', 'intake', 'cohort', 'doors',
    'cart', 'checkout', 'waitlist', 'seat', 'spot', 'slot', 'pass', 'ticket',
  ],
  capacity: [
    'seat', 'spot', 'place', 'slot', 'ticket', 'pass', 'licence', 'license', 'unit', 'capacity', 'inventory', 'stock', 'cohort', 'intake',
    'table', 'invitation', 'allocation', 'room', 'space', 'appointment',
  ],
  outreach: [
    'email', 'blast', 'send', '=sent', 'sequence', 'cadence', 'reminder', 'dial', 'dialer', 'dialler', 'call', 'cold', 'message', 'sms',
    '=text', '=texts', 'mail', 'mailer', 'mailing', 'enrol', 'enroll', 'nurture', 'campaign', 'newsletter', 'inmail', 'outreach', 'drip',
    'announcement', 'invite', 'pitch', 'hit', 'spam', 'target',
  ],
  hospitality: [
    'dinner', 'lunch', 'breakfast', 'drinks', 'chef', 'retreat', 'reception', 'tasting', 'golf', 'suite', 'trip', 'evening', 'cocktail',
    'wine', 'hotel', 'flight', 'spa', 'concert', 'yacht', 'meal', 'coffee',
  ],
  finance: ['bond', 'cash flow', '=npv', 'yield', 'treasury', 'interest rate', 'present value', 'valuation', 'maturity', 'wacc'],
  legal: ['litigation', 'lawsuit', 'law firm', 'lawyer', 'counsel', 'court', 'attorney', 'legal', 'subpoena'],
  tech: ['kubernetes', 'network', 'device', 'endpoint', '=api', 'playlist', 'listener', 'dns', 'microservice', 'cluster', 'scan'],
  award: ['olympic', 'medal', 'athlete', 'tournament', 'league', 'crown', 'award', 'trophy', 'prize', 'contest', 'competition', '=won'],
  hiring: ['new ~1 sdrs|aes|hires|reps|starters|recruits|joiners|employees', 'probation', 'probationary', 'new hire', 'employment', 'hiring'],
  trial: ['trial', 'freemium', 'free plan', 'free tier'],
} as const satisfies Record<string, readonly string[]>;

export type ContextName = keyof typeof CONTEXTS | `trait:${BuiltinTrait}`;

/** A family of wording that signals a trait. */
export interface Construction {
  /** Names the family in `align traits` output. */
  id: string;
  patterns: readonly string[];
  /** The sentence (or, for a short sentence, the one before it) must hold one of these. */
  when?: readonly ContextName[];
  /** Any of these in the sentence cancels the signal (another sense of the words). */
  unless?: readonly ContextName[];
  /** Where `when` and `unless` look: the sentence (default) or only the clause of the phrase. */
  scope?: 'sentence' | 'clause';
  /** Sentences that must signal the trait, and traps that must not (both are tested). */
  examples: { signal: readonly string[]; not?: readonly string[] };
}

export interface TraitLexicon {
  /** Plain phrases that signal the trait wherever they stand (negation and look-alikes still apply). */
  triggers: readonly string[];
  constructions: readonly Construction[];
  /** Phrases in which a trigger means something else; a signal overlapping one is dropped. */
  lookalikes: readonly string[];
}

/** What the config's `lexicon:` and the `phrase` condition give: phrases per trait. */
export interface TraitPhrases {
  triggers: readonly string[];
  constructions?: readonly Construction[];
  lookalikes?: readonly string[];
}

const ROLES = 'csm|csms|tam|tams|engineer|engineers|specialist|specialists|manager|managers|team|architect|architects|consultant|consultants|trainer|trainers|rep|pm|lead|contact|expert|experts|advisor|advisors';
const OUTREACH_NOUNS = 'dials|calls|emails|connects|touches|messages|inmails|texts|activities|requests|voicemails|sends';
const AUDIENCE_NOUNS = 'contacts|emails|numbers|households|leads|records|prospects|people|companies|accounts|clinics|dentists|managers|owners|recipients|addresses|subscribers|names|businesses|doctors|practices|firms|stores|schools|users|buyers|makers|owners|founders|ctos|cfos|ceos|cios|developers|engineers|admins|marketers';
const EXECS = 'ceo|cro|cto|coo|cmo|cfo|founder|founders|president|chair|chairman|evp|svp|vp|partner|partners|md';
/** Words that point at the buyer's side; patterns put an optional "the" before them. */
const BUYER = "their|them|they|they're|you|your|buyer|buyer's|buyers'|customer|customer's|customers'|client|client's|prospect|prospect's|account's|company's|team's|each|every|cfo|cio|cto|coo|ceo|ciso|cmo|cro|vp|champion|sponsor|stakeholder|stakeholders";

export const LEXICON: Record<BuiltinTrait, TraitLexicon> = {
  discount: {
    triggers: [
      'discount', 'promo code', 'promo', '=code|=codes|=coupon|=voucher ~1 {code}', 'promotional price|pricing|rate|offer', 'coupon', 'voucher', 'price cut', 'slashed price',
      'markdown', 'marked down', '=on =sale', 'flash sale', 'clearance', 'bogo', 'buy one get one', '2 for 1', 'two for one',
      'rebate', 'cashback', 'cash back', 'lowest price', 'price match', 'special pricing|price|rate', 'reduced price|rate|pricing',
      'price drop', 'sale price', 'money off', 'half|½ price', 'double the difference', 'cheaper elsewhere', 'beat any ~2 price|quote|offer',
      '{date}|biggest|annual|holiday|seasonal|anniversary|flash|clearance|warehouse|christmas|cyber|blowout|mega =sale', 'black friday', 'cyber monday',
      '(intro|introductory|early bird|promotional|loyalty|launch|founder|founding|charter|early adopter|beta) rate|rates|price|pricing|discount', 'eoq|eoy|eom|eofy pricing|deal|deals|discount|special',
    ],
    constructions: [
      {
        id: 'amount off',
        patterns: [
          '{amount} off', 'save|saving|savings ~1 {amount}', '{amount} saving|savings', 'extra|additional {pct}', '{amount} ~2 discount|reduction|markdown',
          'knock|take|shave|chop|cut ~1 {amount} off', 'half|½ off', '{amount} back',
        ],
        examples: {
          signal: ['Knock 10 percent off for multi-year deals.', 'Offer thirty per cent off the starter kit.', 'Get €300 off when you bundle the scanner.', 'Members save $40 on every renewal.', 'Take £50 off any order this month.', 'An extra 5% for references.'],
          not: ['Win rate is 5% off target this quarter.', 'Model the NPV at a 7% discount rate.', 'Churn is 3% off its peak.'],
        },
      },
      {
        id: 'below list',
        patterns: ['{amount} (below|under|beneath|less than) ~1 (list|rrp|msrp|retail|sticker|rate card)', '(below|under) list ~1 price|pricing', 'half|½|{pct} the|of? ~1 list|full|normal|usual|regular|standard ~1 price|rate|fee|pricing'],
        examples: { signal: ['Quote eight per cent below list for the pilot region.', 'Resellers buy at 30% under RRP.'], not: ['Our list price is public.'] },
      },
      {
        id: 'free period or extras',
        patterns: [
          '{duration} free|complimentary', '{duration} ~1 (on us|on the house|at no charge|at no cost|free of charge)', 'first {duration} ~3 (free|on us|complimentary)', 'first|second|third|final|last ~1 year|month|months|quarter|week|weeks ~3 (free|on us|at no charge|at no cost|free of charge|complimentary|on the house)',
          '{num} free (month|months|seat|seats|licence|licences|license|licenses|user|users|add on|add ons)',
          '(pay nothing|pay zero|nothing to pay|no charge|no fees) ~2 for|until|during ~2 {duration}',
        ],
        unless: ['trial'],
        scope: 'clause',
        examples: {
          signal: ['Six weeks free on any two-year plan.', 'Not a free tier: the first month of Pro is free.', 'The first quarter is on the house for design partners.', 'Three free seats with every Team plan.', 'Free installation for orders placed in May.'],
          not: ['Free for 14 days, then pick a plan.', 'A 30-day free trial for new teams.'],
        },
      },
      {
        id: 'free extras',
        patterns: ['free|complimentary (shipping|delivery|postage|installation|setup|set up|upgrade|upgrades|seat|seats|licence|licences|license|licenses|add on|add ons|month|months|onboarding|training|implementation)', 'complimentary ~1 upgrade|seat|seats|licence|licences|month|months|setup|add on'],
        examples: { signal: ['Free delivery on every order this spring.', 'Free setup plus a free trial of the app.'], not: ['Feel free to forward the setup guide.'] },
      },
      {
        id: 'on us',
        patterns: ['=on =us', 'on the house'],
        unless: ['hospitality', 'trial'],
        examples: { signal: ['Shipping is on us for orders over $200.', 'Implementation is on the house this quarter.'], not: ['Dinner is on us after the summit.', 'Customers can rely on us for uptime.'] },
      },
      {
        id: 'waived fee',
        patterns: ['waive|waives|waived|waiving|absorb|absorbs|comp|comps|cover|covers ~3 fee|fees|charge|charges|minimum|minimums', 'at no extra|additional charge|cost', 'no extra|additional charge|cost', 'free of charge', 'fee|fees|charge|charges ~2 waived|removed', 'no|zero ~2 (setup|set up|installation|activation|onboarding|implementation|joining) fee|fees'],
        examples: { signal: ['We waive the implementation fee for nonprofits.', 'Activation fees are waived for referrals.', 'Zero setup fee on annual plans.'], not: ['Fees are listed on the pricing page.'] },
      },
      {
        id: 'price match',
        patterns: ['match|beat any|a|every|their ~2 competitor|competitors|competing|rival|written|lower|cheaper|better ~1 quote|quotes|price|prices|bid|bids|offer', 'match|beat competitor|competitors|competing|rival ~1 quote|quotes|price|prices|bid|bids', '(cheaper|lower price|better price) (anywhere|elsewhere)'],
        examples: { signal: ['We will beat a rival bid by 3%.', 'Match competitor prices on request.'], not: ['Match the quote format to the template.'] },
      },
      {
        id: 'price lowered',
        patterns: ['(slash|slashes|slashed|cut|cuts|cutting|lower|lowers|lowered|reduce|reduces|reduced|reducing|drop|drops|dropping|knock down|mark down) ~3 price|prices|pricing|rate|rates|fee|fees', '(down|reduced|cut) to {money}'],
        examples: { signal: ['Drop the per-seat rate for schools.', 'We cut prices on the legacy tier.', 'Was $99, down to $79 this month.'], not: ['Cut the sales cycle from 90 to 60 days.', 'The lower-priced tier is for startups.'] },
      },
      {
        id: 'discounting as a practice',
        patterns: ['end of ~2 quarter|year|month pricing|deal|deals|discount|discounts|special', 'quarter|year|month end pricing|deal|deals|discount|discounts|special'],
        examples: { signal: ['End-of-quarter deals for any rep who needs to close the gap.'], not: ['Quarter-end close: finance locks the books.'] },
      },
    ],
    lookalikes: [
      'discount rate|factor|curve|curves|broker|brokerage|column|columns|field|fields|tab|picklist', 'discounted cash flow|flows', 'deal stage', 'deal size', 'point of sale', 'save time|hours|minutes|effort|clicks|steps',
      'save the date|deck|file|draft|template', '{duration} free trial|tier|plan', 'free trial', 'free tier', 'free plan', 'markdown file|format|syntax|table|editor', 'in =markdown',
      'security|customs|export|credit|medical|height|ground|regulatory clearance', 'clearance level|rate|process', 'expense|travel|meal|lunch|parking|payroll voucher|vouchers',
      '{pct} off its|the|their|our ~1 peak|high|highs|low|lows|record|target|plan|pace|forecast|best|max|maximum|average|baseline|goal|budget|quota', '{pct} off target|pace|peak|forecast|budget|quota|goal|=plan',
      'lower|lowest|higher|highest priced|price ~1 tier|plan|edition|option|sku|model|package|product',
      '=on =sale in|across|throughout|worldwide|globally|since|from|through|at', 'go|goes|went|going =on =sale', '=sale of', 'coupon rate|payment|bond|bonds',
      'rely|depend|count|bet|lean|call|focus|bank ~1 =on =us', 'at cost',
      'error|status|exit|response|http|zip|postal|tax|sort|area|country|verification|auth|access|sic|naics|product|sku|item|part|tracking|reference|ref|booking|order|source|qr =code|=codes',
    ],
  },
  pressure: {
    triggers: [
      'limited time', 'act now|fast|quickly|today', 'last chance', 'last call', 'one day only', 'hurry', "(don't|dont|do not) miss out|it", 'miss out',
      'while supplies|stocks last', 'while it lasts', 'while you can', 'countdown', 'final notice', 'now or never', 'always be closing',
      'offer|deal|price|pricing|quote|discount|code|coupon|promo|=sale|rate end|ends|ending|expire|expires|expiring',
      'end|ends|ending|close|closes|closing|shut|shuts|expire|expires|expiring tonight|today|soon|midnight', '=expire|=expires|=expiring {date}',
      'price|prices|pricing|rate|rates (go|goes|going|will go) up', 'price|prices|pricing|rate|rates ~1 rise|rises|rising|increase|increases|jump|jumps|hike|hikes',
      'price|pricing increase|rise|hike', 'sign|commit|decide ~2 (today|now|tonight|this week)', 'buy|order (now|today|tonight)',
      'assumptive close|closes|closing', 'hard close|closes|closing|sell', '(takeaway|take away) close|closes|closing', 'close|closing on the first call|meeting|demo',
      'exploding ~1 offer|offers|quote|quotes|deal|deals|proposal|terms', "before it's too late", 'before it is too late', "(don't|dont|do not) be the next",
      '=fines|=penalties', 'fine|fines|fined|penalty|penalties|penalise|penalize|sue ~3 (up to|as much as|of up to|can reach)', 'could|can|will|might be breached|hacked|sued|compromised|fined|next', 'is all it takes', 'can you afford',
      'attacker|attackers|hacker|hackers|criminals|cybercriminals|ransomware ~3 could|can|will|hits|strike|strikes|walk|target|targets|targeting', 'every day|week|month|hour|minute without',
      'artificial|fake|false|manufactured deadline|deadlines|urgency|scarcity', 'fear of (missing out|loss|losing)', 'fomo', '=fud', 'fear ,? uncertainty ,? and doubt',
      'fear based|driven|mongering ~1 messaging|selling|copy|marketing|campaign|angle|approach', 'fear mongering', 'urgency', 'scarcity', 'pressure tactic|tactics|selling|close',
      'high pressure', 'going|selling|filling fast|quickly', 'filling up', 'spoken for', 'booked solid|up', 'sold out', 'almost|nearly gone', 'running out',
      'limited stock|seats|spots|places|availability|capacity|slots|supply|quantities|edition|spaces', 'waitlist|waiting list',
      'push for ~2 signature|yes|commitment|decision|close|verbal|order', 'ask for the order|signature', "(don't|dont|do not) let (them|the buyer|the prospect) off the phone|call|hook",
      'breakup email', 'gone for good',
    ],
    constructions: [
      {
        id: 'time limit',
        patterns: [
          'only until|till|through|thru {date}', '{date}|{duration} only', '(only|valid|good) for {duration}', 'valid|good|available for {duration} only',
          'hold|holds|valid|good|stands|available ~1 only? until|till|through {date}',
        ],
        examples: {
          signal: ['The bundle price is good until Thursday only.', 'This weekend only: double points on renewals.', '72 hours only for the founder rate.', 'The quote stands only until the 15th.'],
          not: ['The webinar is on 3 May.', 'Support hours run until 6pm.'],
        },
      },
      {
        id: 'deadline on an offer or a decision',
        patterns: [
          '=until|=till|=by|=before|=ends|=ending|=end|=closes|=closing|=close|=expires|=expiring|=expire|=shuts|=shut|=disappears|=disappear|=vanishes|=lapses|=lapse|=reverts|=withdrawn ~2 {date}', '(goes away|go away|is withdrawn|is gone) ~2 {date}',
          '=before|=until|=till|=by ~3 waitlist|window|offer|registration|doors|cart|sale|enrolment|enrollment|intake|deadline|pricing|promotion =closes|=close|=ends|=end|=shuts|=expires|=expire',
          '(wraps up|wrap up|winds up|runs out|is over|comes down|goes away) ~2 {date}', '=runs|=run|=lasts|=last|=live|=open|=valid|=good ~1 until|till|through {date}',
          '=closes|=close|=ends|=end|=shuts once|when ~5 taken|gone|filled|full|reach|reached|sold|booked',
        ],
        when: ['offer', 'decision', 'trait:discount'],
        examples: {
          signal: ['15% off for orders placed by 30 June.', 'Register before Friday to keep your seat.', 'The offer is void unless countersigned within 48 hours.', 'Two months free on annual plans. Ends Sunday.'],
          not: ['Submit expense reports by Friday.', 'Flag accounts whose contract expires in the next 120 days.', 'Quarter-end close: finance locks the books on the fifth business day.'],
        },
      },
      {
        id: 'price reverts after the deadline',
        patterns: ['(after that|after which|then|afterwards) ~4 list|full|standard|regular|normal ~1 price|rate|pricing|fee', 'then ~2 (back to|reverts to) ~2 list|full|standard|regular ~1 price|rate', 'before the ~1 {date}? increase|rise|hike'],
        examples: { signal: ['After that, the standard rate kicks in.', 'Then it goes back to full price.'], not: ['After that, send the onboarding guide.'] },
      },
      {
        id: 'scarcity',
        patterns: [
          'only {num} ~2 left|remain|remaining|available|seats|spots|places|slots|licences|licenses|units|passes|tickets|spaces',
          '{num} ~2 seats|spots|places|slots|tickets|passes|licences|licenses|units|spaces|left ~1 left|remain|remaining|available',
          'only {num} are|is ~1 left|available|remaining', '{pct} ~4 already claimed|taken|gone|booked|sold|reserved',
          'already claimed|taken|booked|sold|reserved', 'slot|slots|seat|seats|spot|spots|place|places|capacity|allocation ~4 gone|taken|released|given away',
          'go|goes|going|given|released|offered to (another|the next) ~1 customer|buyer|company|client|bidder|team|waitlist|person|firm',
          'only (take on|accept|onboard) {num}', 'next ~1 cohort|intake|window|round|batch|opening|slot ~3 until|till {date}',
          'remaining inventory|stock|seats|spots|capacity',
        ],
        examples: {
          signal: ['Just 6 places remain for the autumn bootcamp.', 'Only two licences are left at this price.', 'Most seats are already taken.', 'Your hold is released to the next customer on Monday.'],
          not: ['Only admins can export reports.', 'The room holds 40 people.'],
        },
      },
      {
        id: 'a decision within a set time',
        patterns: ['within {duration}', 'in the next {duration}'],
        when: ['decision'],
        examples: { signal: ['The offer is void unless countersigned within 48 hours.'], not: ['Our team will reach out within 24 hours with a quote.'] },
      },
      {
        id: 'capped supply',
        patterns: ['(capped|limited) (at|to) {num}'],
        when: ['capacity', 'offer'],
        examples: { signal: ['The founder pricing is capped at 50 customers.'], not: ['The free tier is rate-limited to 100 requests a minute.'] },
      },
      {
        id: 'the first few only',
        patterns: ['the first {num} ~1 customers|buyers|signups|teams|companies|clients|subscribers|registrants|people|users|accounts|logos'],
        when: ['offer', 'trait:discount'],
        examples: { signal: ['25% off for the first 40 teams that sign.'], not: ['The first 90 days include weekly check-ins.'] },
      },
      {
        id: 'scarcity by count',
        patterns: ['{num} left|remain|remaining'],
        when: ['capacity'],
        examples: { signal: ['Roundtable: 10 chairs, 3 left for the Boston table.'], not: ['Two steps left in the onboarding checklist.'] },
      },
      {
        id: 'competition for the same thing',
        patterns: ['other|another|competitor|competitors|rival|rivals|others ~5 look|looking|eye|eyeing|consider|considering|evaluate|evaluating|bid|bidding|want|interested ~3 same', '(someone else|another buyer|another customer) ~3 could|might|may|will ~1 take|grab|get|snap'],
        examples: { signal: ['Remind them another buyer is eyeing the same slot.'], not: ['Other teams use the same template.'] },
      },
    ],
    lookalikes: [
      'trial|contract|licence|license|subscription|password|card|token|tokens|certificate|warranty|visa|term ~1 expire|expires|expiring|ends|end',
      'expiring ~1 token|tokens|password|passwords|certificate|certificates|card|cards|key|keys|domain|domains|contract|contracts',
      'renewal date', "customer's deadline", 'close date', 'closed won', 'mutual close plan', 'closing the loop', 'close the gap|loop|books|month|quarter|year',
      'month|quarter|year end close', 'end close', 'month|quarter|year|period end ~1 today|tonight|soon', 'limited liability|partnership|company|warranty', 'last chance|call saloon|bar|pub|hotel|cafe|inn|motel|diner|theatre|theater',
      'final invoice', 'urgent care', 'chip|supply|component|parts|talent|labour|labor|water scarcity|shortage', 'fear of change|failure|the unknown',
      'locked|guaranteed|protected|fixed|frozen|held ~2 until|till|through {date}', 'last call of the day', 'rate limited|limit|limits|limiting',
    ],
  },
  mass: {
    triggers: [
      'blast', 'email|newsletter|inmail|sms|text|linkedin|database|list blast|blasts', 'spray and pray', 'batch and blast', 'mass email|emails|mail|mailing|mailings|outreach|message|messages|messaging|texting|sms|campaign|dm|dms|send',
      'bulk email|emails|mail|mailing|sms|text|texts|send|sends|outreach|message|messages|list|dm|dms|inmail', 'cold list', 'numbers game',
      'volume play|game|approach|outreach', 'shotgun approach|outreach|method', 'carpet bomb', 'power|auto|predictive dialer|dialers|dialler|diallers', 'autodialer|autodialler',
      'generic template|templates|email|emails|pitch|message|messages|copy|script', 'one size fits all',
      '(purchased|bought|scraped|rented|harvested|third party|bought in) ~3 list|lists|data|contacts|emails|addresses|database|leads|numbers',
      'list|lists|data|database|contacts|leads ~6 bought|purchased|scraped|rented|harvested', 'list|lists|data ~3 from a|the ~1 broker|brokers|vendor',
      'scrape|scraping|scraped ~4 email|emails|addresses|contacts|profiles|data|leads|numbers', 'buy|buying|bought a|an|the|some|more|our|their|contact|email|lead|prospect ~1 list|lists|data|database|contacts|leads',
      'everyone|everybody|anyone ~3 who|that ever', 'directory|list|database ~3 from (top to bottom|end to end|a to z)',
      '(email|blast|spam|cold call|cold email|dial|call) ~1 (everyone|everybody|every company|every contact|every lead|every account|every prospect|every business)',
    ],
    constructions: [
      {
        id: 'everyone in the database',
        patterns: [
          'every|all ~1 contact|contacts|lead|leads|customer|customers|company|companies|account|accounts|prospect|prospects|record|records|person|people ~3 in|on|from the|our|your? ~4 database|crm|list|system|file|directory|marketo|hubspot|salesforce|export|spreadsheet|sheet',
          'whole|entire|full ~2 database|crm|list|export|directory|file|thing|audience|territory',
        ],
        when: ['outreach'],
        examples: {
          signal: ['Drip every contact in HubSpot with the launch email.', 'Send the promo to the entire CRM.'],
          not: ['Every contact in the CRM needs a region field.', 'Review the whole list of renewals with your manager.'],
        },
      },
      {
        id: 'everyone gets the same message',
        patterns: [
          'same|identical ~3 email|emails|copy|intro|message|messages|pitch|cadence|sequence|template|script|content|text|mailer ~3 to|for (everyone|everybody|all|every|each|the whole|the entire|the full)',
          'every|all|each ~1 lead|leads|contact|contacts|prospect|prospects|account|accounts ~4 get|gets|receive|receives ~2 same|identical',
        ],
        examples: { signal: ['Identical copy for all 12 industries.', 'Every prospect receives the same opener.'], not: ['Use the same CRM field for every deal.'] },
      },
      {
        id: 'everyone gets the outreach',
        patterns: ['every|all ~1 lead|leads|contact|contacts|prospect|prospects|subscriber|subscribers|signup|signups ~1 get|gets|receive|receives ~4 email|emails|reminder|reminders|sequence|cadence|message|messages|newsletter|link|links|sms|texts|mailer|mailers|promo|promos|blast|blasts'],
        examples: { signal: ['All subscribers receive the promo email twice a week.'], not: ['Every lead gets scored on fit before an SDR calls.', 'Every lead gets a reply within five minutes.'] },
      },
      {
        id: 'audience in thousands',
        patterns: [`{num>=1000} ~2 ${AUDIENCE_NOUNS}`, 'list of {num>=1000}', 'all|every {num>=200} ~2 contacts|accounts|leads|emails|numbers|records|people|companies|prospects|customers'],
        when: ['outreach'],
        examples: { signal: ['Email 12,000 store managers the catalogue.', 'A list of 25k founders goes into the cold sequence.'], not: ['We serve 5,000 clinics nationwide.', 'Email the 40 accounts in your named list.'] },
      },
      {
        id: 'activity volume',
        patterns: [
          `{num>=40} ~1 ${OUTREACH_NOUNS} ~4 a|per|each ~1 day|daily|rep|sdr|person|head`, `{num>=200} ~1 ${OUTREACH_NOUNS} ~4 a|per|each ~1 week|weekly`,
          `{num>=600} ~1 ${OUTREACH_NOUNS} ~4 a|per|each ~1 month|monthly`, `{num>=40} ~1 ${OUTREACH_NOUNS} ~5 daily`, '{num>=40} a|per day ~2 per|each ~1 rep|sdr|person', 'dials|emails|calls|touches ~1 per rep per day',
        ],
        examples: { signal: ['Each BDR logs 60 calls a day.', '400 cold emails a week from the outbound pod.'], not: ['Twelve calls a week to named accounts.', 'The API allows 100 requests a minute.'] },
      },
    ],
    lookalikes: [
      'blast (radius|door|doors|chiller|chillers|freezer|freezers|furnace|cabinet|wave|zone|shield|off|from the past)', 'contact centre|center|centres|centers',
      'bulk import|upload|export|edit|update|action|pricing|order|orders|discount|buy|purchase|licensing', 'mass spectrometry|spectrometer|market|media|transit|production|customisation|customization|adoption|appeal|notification',
      'api|function|webhook|sdk|method|service|system|rpc calls', 'purchase history|order|orders', 'scraped ~1 knee|paint',
    ],
  },
  consultative: {
    triggers: [
      'discovery', 'needs analysis|assessment', 'business case|cases', 'roi workshop|model|analysis|review', 'value assessment|workshop|engineering|selling|hypothesis|map|case',
      'pain point|points', 'spin selling|style|questions|sequence|method|framework', 'implication question|questions', 'need payoff', 'meddic', 'meddpicc', 'economic buyer', 'champion',
      'mutual action plan|plans', 'success plan|plans|criteria', 'executive briefing|briefings', 'stakeholder map|maps|mapping', 'map|mapping ~1 (stakeholders|the buying committee|the org chart)',
      'account plan|plans|planning', 'multi thread|threaded|threading', 'multithread', 'solution selling', 'consultative', 'problem statement',
      'what happens if nothing changes', 'cost of inaction', 'open ended question|questions', 'stakeholder interview|interviews', 'who owns|holds|controls ~1 budget', '(decision criteria|decision process|buying committee|budget holder|budget owner|buying process)',
    ],
    constructions: [
      {
        id: 'tailored to the buyer',
        patterns: [
          'tailor|tailors|tailored|tailoring|=customise|=customize|=customised|=customized|=personalise|=personalize|=personalised|=personalized ~2 demo|deck|proposal|proposals|pitch|outreach|agenda|email|emails|message|messaging|presentation|qbr|roadmap|solution|offer|plan',
          `tailor|tailors|tailored|tailoring ~3 to|for|around the|each? ${BUYER}|priorities|needs|goals|pain|problems|challenges`,
          'tailor|tailors|tailored|tailoring|=customised|=customized|=personalised|=personalized ~3 to|for|around ~4 gaps|risks|question|questions|needs|situation|priorities|challenges|problems|goals|industry|environment|stack|requirements|concerns|objections|context|persona|issues|pains|workflow|workflows|regulations|regulator|case|cases',
          `${BUYER} ~1 operational challenges|challenge|problems|priorities`,
        ],
        examples: {
          signal: ['Customise the pitch for each hospital group.', 'Shape the proposal around their priorities, tailored to the CFO.', "Rework the demo around the prospect's operational challenges."],
          not: ['Tailored jackets for the booth staff.', 'The stand layout is tailored to the hall.', 'Operational challenges at our own plant slowed shipping.'],
        },
      },
      {
        id: 'tailored, with the buyer in view',
        patterns: ['tailor|tailors|tailored|tailoring ~3 to|for|around', '=customise|=customize|=customised|=customized|=personalise|=personalize|=personalised|=personalized ~3 to|for|around'],
        when: ['buyer'],
        examples: { signal: ['Tailor the pilot scope to the risks the client raised.'], not: ['The booth layout is tailored to the hall.', 'Tailored shirts for the sales kickoff.'] },
      },
      {
        id: 'learning the buyer\'s problem',
        patterns: [
          `understand|understanding|learn|learning|uncover|uncovering|diagnose|quantify|quantifying|size|sizes|sizing|explore|probe|surface|document|capture|map ~3 ${BUYER} ~3 problem|problems|pain|pains|process|processes|workflow|workflows|goals|priorities|kpis|challenges|needs|cost|costs|drivers|objectives|metrics|situation|requirements|criteria|constraints`,
          `(dig into|drill into|drill down into|get into) ~2 how|what|why|where|which ~3 ${BUYER}`,
          'in their own ~1 words|numbers|terms|language', `mirror|mirrors|reflect|reflects|echo|echoes ~2 ${BUYER} own`,
          `ask|asking|asks ~1 what|how|why|which ~4 ${BUYER}`, 'ask|asking|asks ~1 about ~2 their', 'ask|asking ~1 (what happens|what would|how would|what does|how does|what is)',
          'what ~3 problem|pain|issue|downtime|backlog|delay|it ~2 costs|cost|costing ~1 (them|you|the business)', 'hypothesis|hypotheses ~4 about|on ~1 their',
        ],
        examples: {
          signal: ["Uncover the buyer's real buying process before the demo.", 'Ask how they handle returns today and why it breaks.', 'Quantify what the backlog is costing them each month.'],
          not: ['Ask a customer for a logo.', 'Learn the new CRM fields before Monday.'],
        },
      },
    ],
    lookalikes: [
      '(legal|e|service|data|asset|product|network|device|api|content|music|drug|patent|electronic|litigation|document|vulnerability|endpoint|cloud|sensitive data|talent) discovery',
      'ediscovery', 'discovery (request|requests|feed|feeds|scan|scans|sprint|sprints|tool|tools|module|engine|protocol|service|obligations|platform|channel|page|phase of|process of|mode)',
      'pipeline|sales|olympic|world|national|reigning|defending|boxing|chess|tennis|golf|league|quiz|spelling|regional|district|sports|club ~1 champion|champions',
      'champion of', 'champion challenger', 'we|they|i|to|will|always|proudly|also champion', 'business case competition|competitions|study|studies|school|method', 'pain relief|killer|killers|medication|clinic|clinics|management',
    ],
  },
  'white-glove': {
    triggers: [
      'white glove', 'concierge', 'dedicated onboarding', 'bespoke', '=custom implementation|integration|integrations|build|builds|development|onboarding|configuration|deployment',
      'executive|private|vip|exclusive ~1 dinner|dinners|lunch|lunches|retreat|retreats|reception|tasting|suite|box|evening|trip|getaway|golf|chef|chef\'s',
      "chef's table", 'in person kickoff|training|trainings|workshop|workshops|visit|visits|onboarding|session|sessions|review|reviews', 'hand delivered|delivery',
      'done for you', 'do it for you', 'all expenses|expense ~1 covered|paid', 'expenses paid', 'direct line', 'a human answers',
      `named|dedicated|=personal|assigned ~1 onboarding|solutions|success|account|support|implementation|project|technical|customer ~1 ${ROLES}`, `named|dedicated|=personal|assigned ${ROLES}`,
      `dedicate|dedicates|assign|assigns ~1 a|an|our ~1 ${ROLES}`, '(on site|onsite) ~1 workshop|workshops|visit|visits|training|trainings|review|reviews|kickoff|support|session|sessions|install|installation|setup|presence|engineer|engineers|consultant|day|days|meeting|meetings|onboarding|implementation|rollout|audit|assessment|service',
      '(on site|onsite) for|during|every|each', 'is|are|be|goes|go|fly|flies|send|sends|come|comes|travel|travels|arrive|arrives (on site|onsite)',
      `engineer|engineers|lead|leads|team|architect|architects|trainer|trainers|consultant|consultants|specialist|specialists|${EXECS} ~6 (on site|onsite)`,
      `fly|flies|flying ~4 out|over|in`, 'send|sends|fly|flies|dispatch|dispatches ~2 engineer|engineers|technician|technicians|team|specialist|consultant|trainer|architect ~3 to ~3 site|sites|office|offices|plant|plants|hq|headquarters|premises|customer|customers|location|locations', 'host|hosts|hosting ~3 dinner|dinners|lunch|lunches|reception|drinks|retreat|breakfast|tasting', `visit|visits ~2 from ~1 our ~2 ${EXECS}|executive|executives|team|engineers`, `our|we ~1 engineers|team|experts|staff|people ~4 for you`,
    ],
    constructions: [
      {
        id: 'hospitality',
        patterns: [`hosted|host|hosts by ~1 our|the ~1 ${EXECS}|executive|executives|leadership`, 'dinner|lunch|drinks|meal|hotel|flights|travel|tickets ~2 (on us|on the house|covered|paid for)'],
        when: ['hospitality'],
        examples: { signal: ['Wine tasting for six CFOs, hosted by our CEO.', 'Flights and hotel covered for the customer council.'], not: ['Webinar hosted by our CEO on the new release.'] },
      },
    ],
    lookalikes: [
      'concierge medicine|medical|doctor|doctors|physician|physicians|practice|practices', 'executive summary|search|sponsor|assistant|team|committee',
      'glove box', '(on site|onsite|on premises) ~4 deployment|hosting|option|options|cloud|hybrid|search|parking', 'white label|labelled|labeled',
    ],
  },
  gated: {
    triggers: [
      '(contact|talk to|speak to|speak with|talk with|chat with|reach out to) (sales|an ae|an account executive|our sales team|the sales team|a sales rep|a salesperson|sales team)',
      '(speak|talk|chat) to|with an|our|a ~1 (account executive|ae|sales rep|rep|team|specialist|expert)', 'demo required|only|first', 'mandatory|required ~1 (demo|demos|call|sales call)',
      'pricing|price|prices|quote|quotes|rates ~3 (on|upon|by) request', 'available (on|upon) request', 'call for (pricing|a quote)',
      'contact us for ~1 pricing|price|prices|quote|quotes', '(request|get|ask for) a|your ~1 =custom? quote|quotes|demo', 'request pricing|demo|quote', 'rfq', '=gated', 'gate|gating ~2 content|pricing|price|asset|assets|report|reports|docs|page|ebook|whitepaper|webinar|download',
      'behind a|the ~1 (form|login|wall|registration|signup|sign up|email gate)', 'lead form', 'form fill', '(fill in|fill out|complete|submit) the|a ~3 form', 'work|business email required',
      'sales approval', 'approval from ~3 sales', 'no self serve|self service', '=custom pricing|quote|quotes', 'hide|hides|hidden|hiding ~2 price|prices|pricing',
      "price|pricing|prices ~1 (isn't|is not|not|aren't|are not) ~1 published|public|listed|shown|online|visible", 'unpublished pricing', 'pricing|price|prices : let\'s|lets talk',
      'registrants|members|subscribers only', 'for registrants', `book|schedule|request ~2 call|meeting|demo ~4 to ~2 get|access|see|unlock|view|download|receive`,
      'by booking|scheduling|requesting ~3 call|demo|meeting', 'only ~2 after ~5 (call|meeting|demo|conversation|qualification|approval|sign off|form)', 'unlock|unlocks|unlocked ~2 (only after|after) ~5 call|meeting|demo|conversation|approval',
      'sales ~2 issues|provisions|grants|approves|sends|unlocks ~3 after ~2 call|meeting|demo', 'without (meeting|talking to|speaking to|speaking with|a call with|a demo with) an|a|our? ~1 (ae|sales|rep|account executive)',
      'goes|go through ~3 qualification|sdr ~1 call', 'drop|enter|submit|leave|give|share|provide|trade|swap ~1 your|a work|business? email|details ~3 (form|first|to get|to download|to access|to watch|to read)',
      'register|registration ~5 to|before ~1 watch|download|read|view|access|get', 'ask|asks|require|requires|collect|collects for? ~6 before ~3 show|shows|see|sees|access|download|unlock|reveal|reveals',
      'replies|reply|responds|respond with ~1 pricing|quote|prices', 'pricing|price|prices|quote|quotes ~4 after ~3 (call|meeting|demo|conversation)', '(no|not) public ~1 price|prices|pricing', '(request|get|ask for) access ~3 through|via|from ~2 sales|rep|ae|manager|executive', '(only through|only via|only from|exclusively through) ~2 rep|reps|sales|ae|executive|manager|partner|reseller', 'book|schedule|request ~2 call|meeting|demo with ~1 sales|ae|executive', 'locked|hidden|unavailable|gated ~2 until|unless ~4 submit|submits|enter|enters|fill|fills|register|registers|book|books|talk|speak|share|shares|give|gives', 'to see|view|access|unlock|get|download ~5 , book|schedule|request|contact|talk|speak ~3 call|demo|meeting|sales', 'requires|require|needs|need ~2 (approval|sign off) ~3 (sales|channel|account executive)',
    ],
    constructions: [],
    lookalikes: [
      'stage gate', 'gate review|reviews|meeting|criteria|process', 'gate {num}', 'gated community|communities|estate|estates|entrance|parking|complex',
      'book|request|schedule ~1 a? demo|demos|meeting|meetings with every|each|all|qualified|inbound|{num}',
      '(contact|talk to|speak to|speak with|ask|email|ping) sales ops|operations|enablement|engineering|leadership|management|comp|compensation|finance|analytics|admin|admins|director|manager|managers|vp|desk|training',
    ],
  },
  'free-trial': {
    triggers: [
      'free trial|trials', 'free tier|tiers', 'free plan|plans|edition|version|account|workspace|forever', 'free ~1 tier|plan|edition|version|account', 'freemium', 'forever free', 'free forever',
      'try ~2 free', 'try ~2 for free', 'try before you buy', 'test drive', 'kick the tyres|tires', 'no ~1 credit? card', "card (not|isn't) ~1 required|needed",
      'without a ~1 credit? card', 'no ~1 (payment details|payment info|payment information|billing details|payment method|card details)', '(self serve|self service) trial|trials', 'reverse trial', '(pay only|only pay) ~2 if|when|after ~3 stay|continue|keep|convert|upgrade|decide', '{duration} evaluation|eval|pilot ~3 (at no cost|no charge|free|free of charge)', 'free ~2 evaluation|eval', 'evaluation|eval licence|license|copy|account|version|period|tier', '(get started|start|sign up|join|begin|signup) ~1 free', '(get started|start|sign up|join|begin|signup) for free', 'free to ~1 (start|use|signup|try|sign up|get started)',
      'is|are free ~1 forever', 'free for {duration}', '(community|open source|starter|developer) ~1 edition|plan|tier ~1 is|are free',
    ],
    constructions: [
      {
        id: 'a trial of the product',
        patterns: ['{duration} trial|trials', 'trial period|account|accounts|user|users|workspace|workspaces|version|licence|license|environment|environments|signup|signups|days|day', 'trial sign up|ups', 'day {num} of the trial'],
        unless: ['hiring', 'trait:gated'],
        examples: { signal: ['A 10-day trial of the analytics add-on.', 'Trial accounts get a welcome email on day one.'], not: ['New hires are on a 90-day trial period.', 'Trial environments are switched on only after sales approval.'] },
      },
    ],
    lookalikes: [
      'trial close|closes|closing', '(clinical|drug|jury|court|field|a b|ab|split|randomised|randomized|controlled|pilot) trial|trials', 'trial (balance|and error|run|runs|lawyer|attorney|date|court)',
    ],
  },
};

/** Organisation nouns: a trigger followed by one (directly or after one modifier) names an industry, not a practice. */
export const ORG_NOUNS: readonly string[] = [
  'clinic', 'practice', 'lab', 'laboratory', 'firm', 'maker', 'manufacturer', 'retailer', 'tailor', 'company', 'shop', 'store', 'hospital',
  'agency', 'provider', 'community', 'physician', 'doctor', 'supplier', 'vendor', 'brand', 'restaurant', 'bank', 'insurer', 'chain',
  'dealer', 'dealership', 'distributor', 'wholesaler', 'operator', 'business', 'startup', 'studio', 'school', 'university', 'charity', 'salon',
  'gym', 'hotel', 'outlet', 'airline', 'broker', 'brokerage',
];
