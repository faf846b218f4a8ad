import { OUR_PAPERWORK, OUR_PEOPLE, WENT_BADLY_NOT_AGAIN } from './words.js';
/** Days and seasons a buyer picks ("couples who book a Friday wedding", "anybody who signs a winter storage contract"): a day chosen, no deadline. */
const DAYS_CHOSEN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|midweek|weekend|winter|summer|spring|autumn|fall|off season|off peak|peak season';
const ONE_OF = 'a|an|any|every|each|one|their|your';
const CHOOSES = 'book|books|reserve|reserves|choose|chooses|pick|picks|take|takes|hire|hires|sign|signs';
/**
 * Kinds whose dates are our own: a quota tactic's dates close our people's count ("whoever moves the most units by 30
 * September"), a CRM workflow's schedule our records and tasks ("the task's close date is set to the filing due date"), not a
 * buyer's offer. None of the 159 labelled CRM workflows in the playbook sets has pressure.
 */
const KINDS_WITH_OUR_OWN_DATES = ['quota', 'crm-workflow'];
/** The buyer, as the one who acts in time. */
const ACTORS = 'who|that|if they|if you|if he|if she|if the customer|if the client|if the buyer|anyone who|anybody who|those who|whoever';
/** What the buyer does by a date to keep an offer. */
const ACTS_IN_TIME = 'join|joins|sign|signs|buy|buys|order|orders|book|books|reserve|reserves|enrol|enrols|register|registers|subscribe|subscribes|confirm|confirms|settle|settles|commit|commits|take|takes|place|places|renew|renews|upgrade|upgrades|switch|switches|put down|puts down|lock in|locks in';
export const pressure = {
    triggers: [
        '(honoured|honored|valid|held|holds) only if (signed|booked|ordered|confirmed|paid|accepted) (before|by) (then|that date|that day|the deadline|{date})',
        // Until the event ends: "£200 cashback on every display bought before the show ends".
        '(bought|buy|buys|order|orders|ordered|sign|signs|signed|book|books|booked|commit|commits) ~4 before the ~2 (show|fair|expo|event|conference|exhibition|summit|festival|open day|webinar) (closes|ends|is over|finishes|wraps up|shuts)',
        // Few left: "only two of the six sponsorship slots are still unsold".
        '{num} of the {num} ~4 (slots|places|seats|spots|stands|packages|units|tables|rooms|dates) ~2 (unsold|available|left|open|remaining|unclaimed|free)',
        '(still|only) (unsold|unclaimed)',
        'ticking (clock|timer|countdown)',
        '(minutes|hours|seconds) (remain|remaining|left) (on|before)',
        // A rival offer used as leverage: "the candidate is weighing two other offers".
        '(weighing|considering|juggling|holding) ~2 (other|competing|rival) (offers|bids|quotes)',
        'unless (they|you|the client|the buyer) ~3 (today|tonight|by tomorrow|right now|on this call)',
        // Asking again and again: "keep asking for the close until the buyer says yes".
        '(keep|keeps|kept|continue|continues) (asking|pushing|pressing|going) for (the|a)? (close|signature|order|commitment|sale|yes)',
        // Fear: "they could face a seven-figure fine", "don't be the business that gets burgled".
        '(could|might|may|will|would|risk) (face|get|incur|be hit with|be fined|be shut down|be closed down) ~4 (fine|fines|penalty|penalties|shut down|closed down|shutdown|prosecution)',
        '(face|faces|facing) (massive|huge|heavy|big|hefty|steep|six figure|seven figure)? ~2 (fine|fines|penalty|penalties|prosecution)',
        "(don't|do not) be the (business|company|shop|firm|one|practice|restaurant|store|owner|team) (that|who)",
        // Filling up: "spring install dates fill within days", "their slot is released on Wednesday".
        '(fill|fills|filling|book up|books up|booking up|sell out|sells out|go|goes) ~2 within (days|hours|a week|the week|a day)',
        '(slot|slots|spot|place|places|booking|reservation|date|dates) ~3 (is|are|will be|gets|get)? released ~2 {date}',
        '(dies|expires|ends|goes|lapses|disappears|vanishes) with the (quarter|month|year|period|week|weekend)',
        'limited time',
        'act now|fast|quickly|today',
        'last chance',
        'last call',
        'one day only',
        "(don't|dont|do not) miss out|it",
        'miss out',
        'while supplies|stocks last',
        'while (the)? (stock|stocks|supplies|supply|inventory) (lasts|last|does|do|holds|hold)',
        '(while|till|until) (the)? (stock|stocks|supplies|supply|inventory) (lasts|last)',
        '(last|final) {num} ~2 (units|apartments|flats|penthouses|villas|houses|homes|seats|spots|places|cars|bikes|rooms|tables|tickets|pieces|items|plots|slots)',
        "(don't|do not|never) let (the|a)? ~1 (customer|buyer|prospect|client|them|him|her|patient|visitor) ~2 (walk out|leave|go|hang up|get off the phone) without",
        'while it lasts',
        'while you can',
        'countdown',
        'final notice',
        'now or never',
        'always be closing',
        '(offer|deal|price|pricing|quote|discount|code|coupon|promo|=sale|rate) (=ends|=ending|=expire|=expires|=expiring)',
        // "Code stops working Monday 1 December 23:59", "the voucher stops being valid at midnight".
        '(offer|deal|discount|promo code|promo codes|discount code|discount codes|coupon code|coupon|coupons|voucher|vouchers|promo|{code}) (=stops|=stop) (working|being valid) ~2 ({date}|midnight|tonight|tomorrow)',
        '(end|ends|ending|close|closes|closing|shut|shuts|expire|expires|expiring) (tonight|today|soon|midnight)',
        'sign|commit|decide ~2 (today|now|tonight|this week)',
        '(upgrade|upgrades|upgrading) (today|now|tonight|this week)',
        'sign|commit|decide (the|your|their|a|an|our|this|that) ~3 (today|now|tonight|this week)',
        '(signature|signatures|paperwork|countersignature|go ahead|green light|purchase order) ~1 (today|tonight|this week|before friday|by friday)',
        'buy|order (now|today|tonight)',
        'assumptive close|closes|closing',
        'hard close|closes|closing|sell',
        '(takeaway|take away) close|closes|closing',
        'close|closing on the first call|meeting|demo',
        'exploding ~1 offer|offers|quote|quotes|deal|deals|proposal|terms',
        "before it's too late",
        'before it is too late',
        "(don't|dont|do not) be the next",
        // The last business left behind: "Don't be the last dental practice still booking on paper", "don't be the only clinic
        // without it" (not "don't be the only team without a demo on Friday").
        "(don't|dont|do not) be the (last|only) ~1w (company|firm|business|practice|clinic|shop|store|school|dealer|dealership|farm|agency|brand|hospital|restaurant|salon|garage|pharmacy|hotel|bakery|workshop|office) ~3 (still|left|without)",
        "(don't|dont|do not) let ~3 be the next",
        '=fines|=penalties',
        'fine|fines|fined|penalty|penalties|penalise|penalize|sue ~3 (up to|as much as|of up to|can reach)',
        'could|can|will|might be breached|hacked|sued|compromised|fined|next',
        // One lapse is enough: "one unpatched laptop is all it takes", "a single missed filing could be all that's needed".
        "(one|a single|just one|only one) ~4 (is|was|could be|may be) all (it|that) (takes|needs|needed|'s needed|is needed)",
        '(can|could) (you|they|your business|their business|your team|your firm) (really|honestly|actually)? afford ~2 (to)? (wait|lose|risk|ignore|delay|miss|another|not|be offline|be down|go dark|shut down|stop)',
        // "Don't leave it too late: … one missed dose could put your dog at risk."
        "(don't|do not) leave it (too late|till it's too late|until it's too late|any longer)",
        // "They could be the next company on the front page".
        '(could|might|will|would|may) be the next (company|firm|business|school|hospital|practice|victim|headline|name) (on|in|hit)',
        // "Tell them the shortlist expires in a week".
        // (Not "our average deal closes in 45 days", a sales cycle.)
        '(offer|quote|proposal|hold|reservation|price|rate|discount) (expires|expire|lapses|lapse|ends) (in|within) {duration}',
        '(could|can|might|will|would) put (your|their) ~3 at risk',
        // Someone else is about to take it: "two other occupiers are looking at the fourth floor, so the space won't be around for long".
        "(won't|will not|isn't going to|is not going to|wouldn't) (be around|be available|stay available|stay on the market) (for)? long",
        "(offer|deal|price|stock|space|slot|slots|unit|units|inventory|discount) ~1 (won't|will not) last (long)?",
        // A thing for sale that will be gone: "this one won't last", "that car won't last the weekend".
        // (Not how long a thing lasts in use: "that colour won't last in direct sun".)
        "(this|that|these|those) (one|ones|car|truck|van|house|home|flat|unit|listing|property|room|suite|plot|lot|batch|pallet) (won't|will not|isn't going to|is not going to|aren't going to) last (long|the weekend|the week|the day|till|until|past|beyond)?",
        // "reply now to hold it".
        '(reply|respond|call|book|confirm|sign|text back|email back) (now|today|tonight) to (hold|secure|lock|lock in|keep|reserve|grab|claim) (it|them|this|your|the|a)',
        '=attacker|=attackers|=hacker|=hackers|=criminals|=cybercriminals|=ransomware ~3 could|can|will|hits|strike|strikes|walk|target|targets|targeting',
        'every day|week|month|hour|minute without',
        'every (unpatched|unprotected|uninsured|extra|unsecured) ~1 (day|week|month|hour) (is a gamble|is a risk|costs|you wait|you delay)',
        // The cost of waiting: "Every week you wait adds more", "every month they put it off costs them another £400".
        '(every|each) (extra)? (day|week|month|hour|minute|year|season) (you|they|he|she) (wait|delay|put it off|leave it|hold off|hesitate) (adds|add|costs|cost|means|loses|lose|is)',
        'fear of (missing out|loss|losing)',
        'fomo',
        '(final hours|final days|final week|final weekend|last hours|hours left|days left)',
        '=fud',
        'fear ,? uncertainty ,? and doubt',
        'fear based|driven|mongering ~1 messaging|selling|copy|marketing|campaign|angle|approach',
        'fear mongering',
        'urgency',
        'scarcity',
        'pressure tactic|tactics|selling|close',
        // Of selling, not of a washer or a pump: "high-pressure jet washing".
        'high pressure (close|closes|closing|closer|closers|sale|sales|selling|pitch|pitches|tactic|tactics|technique|techniques|approach|script|scripts)',
        // Said of how we sell: "Outbound is deliberately high-pressure".
        '(outbound|team|teams|approach|pitch|selling|sales|style|close|closing|calls|reps|floor|script|scripts|tone|we|culture) ~3 (deliberately|intentionally|unapologetically|unashamedly|proudly|openly) high pressure',
        '(going|selling|filling) (fast|quickly)',
        '=filling =up',
        '=fills =up',
        "(good|valid|available|on the table|live) (while|as long as) (we're|we are|you're|you are|i'm|i am|they're|they are) (on|here|talking) (the)? (phone|call|line)?",
        'spoken for',
        'booked solid|up',
        'almost|nearly gone',
        '(time|the clock) (is|is fast|=is) running out',
        '(almost|nearly|all but|practically|virtually) out of',
        "(when|once) (it's|it is|they're|they are|these are|this is) gone",
        // "when our allocation's gone, it's gone".
        "(when|once) (our|the|this|that|your)? ~1 gone ,? (it's|they're|it is|they are) gone",
        "(no|never|won't) (restock|restocks|restocking|restocked|reprint|reprints|second run|rerun)",
        // "there won't be a second edition".
        "(won't|will not|will never|there'll be no|there will be no) (be)? (a)? (second|another|new) (edition|batch|printing|run|release|drop)",
        // Said of how it sells: "the kayaks are selling out fast".
        '(selling|sell|sells|going) out (fast|quickly|in hours|in minutes|in days)',
        'limited stock|seats|spots|places|availability|capacity|slots|supply|quantities|edition|spaces',
        'waitlist|waiting list',
        'push|press|pressure for ~2 signature|yes|commitment|decision|close|verbal|order',
        // On the same call: "push for the registration fee payment on the same call".
        '(push|pushes|pushing|press|presses|pressing|insist|insists|insisting) (for|on) ~4 (payment|deposit|fee|signature|commitment|decision|order|booking) (on|during|before the end of) (the same|the first|this|that|one) (call|visit|meeting|conversation|appointment)',
        '(force|forces|forcing) (a|the)? (decision|signature|commitment|close|yes)',
        "(don't|do not|never) let (them|him|her|the buyer|the prospect|the customer) (sleep on it|think it over|think about it|wait)",
        '(assume|assumes|assuming) the (sale|close|order|deal)',
        "(will not|won't|never) be (offered|available|repeated) again",
        '(held|reserved|saved|kept) (for)? ~2 {duration} ~6 (then|after which|after that)',
        // "Your seat is held for 24 hours; after that it goes to the waitlist."
        '(held|reserved|saved|kept) (for)? ~2 {duration} ; (then|after which|after that)',
        '(go|goes|going) back (on the shelf|to stock|on sale|to the pool)',
        'ask for the order|signature',
        "(don't|dont|do not) let (them|the buyer|the prospect) off the (phone|call|hook)",
        'breakup email',
        '(left behind|fall behind|falling behind)',
        'steal|stealing ~1 your ~1 customers|business|deals|market|share',
        'your competitors|rivals ~2 already',
        'gone for good',
    ],
    constructions: [
        {
            // "Hurry" pushes a buyer only where something sold, its price or their decision is spoken of: "Hurry, fares to Bali go up at
            // 9 pm", "said only to hurry a decision"; not our own people hurried ("Hurry up and log your visits before the regional
            // manager checks", "can everyone hurry and get the van rota in today").
            id: 'hurry with what is sold',
            patterns: ['hurry|hurries|hurried|hurrying'],
            when: ['offer', 'decision', 'capacity'],
            unless: ['internal'],
            examples: {
                signal: [
                    'Hurry, the early-bird fare goes up at midnight.',
                    'Tell them stock is short to hurry the order along.',
                    'Hurry - only three places left on the March intake.',
                ],
                not: [
                    'Hurry up and log your visits, the regional manager is checking the CRM tomorrow.',
                    'Can everyone hurry and get the van rota in today?',
                    'The apprentices hurried to finish the kitchen before the inspector arrived.',
                ],
            },
        },
        {
            // "Hurry!" at the head of copy calls the reader to act: "Hurry: the window shuts in 3 days", "Hurry! Last few left".
            id: 'hurry, heading the copy',
            patterns: ['^ hurry (:|!|,)'],
            unless: ['internal'],
            examples: {
                signal: ['Hurry: the window shuts in 3 days.', 'Hurry! Last few left in navy.', 'Hurry, doors close when the hall is full.'],
                not: ['Hurry up and log your visits before the regional manager checks them.'],
            },
        },
        {
            // Said shortly, or in other Englishes: "the wee reduction only stands if they sign afore the weekend", "Q-end only", "within
            // seven days of the visit", "before the doors open", "the 15% only until Sunday, after that cannot already".
            id: 'a limit said shortly',
            patterns: [
                '(=afore|=before|=b4) the (weekend|week is out|month is out|end of the month|end of the week)',
                '(q end|quarter end|month end|year end|eom|eoq|eoy|eofy|end of quarter|end of month) only',
                '(join|joins|book|books|sign|signs|sign up|buy|buys|order|orders|reserve|reserves|register|registers) (before|until) the doors (open|close)',
                '{pct} only (until|till|til|up to) {date}',
                '(after that|after which) (cannot|can not|no more|no longer|not possible|finish|finished|over)',
            ],
            when: ['offer', 'decision', 'urge', 'lockin', 'trait:discount'],
            examples: {
                signal: [
                    'Tell them the wee reduction only stands if they sign afore the weekend.',
                    'Fleet cust >20 vans: wvd delivery, 5% off list, Q-end only.',
                    'Join before the doors open on the new site and your founding rate stays locked for life.',
                    'Boss say the 15% only until Sunday, after that cannot already.',
                ],
                not: ['Engineers must file the report within seven days of the visit.', 'Staff arrive before the doors open to set up the bar.'],
            },
        },
        {
            // A date and what the buyer loses after it: "Confirm by 31 October or risk going without", "volumes must be confirmed by
            // 31 October; after that we can't promise a truck", "book by Friday, otherwise the slot goes".
            id: 'a deadline and what is lost after it',
            patterns: [
                '{date} (or|otherwise) (you|they|we)? (risk|risks|lose|loses|miss|misses|forfeit|forfeits|go without|goes without|give up)',
                "{date} ; (after that|after which|past that|beyond that|after then) ~3 (cannot|can not|can't|won't|will not|no longer|not) (promise|guarantee|hold|keep|offer|get|secure|reserve|fit|squeeze)",
                '{date} , (or|otherwise) ~3 (is|are|gets|get|will be)? (gone|lost|released|goes|go|given)',
            ],
            when: ['offer', 'decision', 'capacity', 'lockin', 'trait:discount'],
            // Or beside what is left: "We have roughly 40 trucks still unallocated. Volumes must be confirmed by 31 October; …".
            near: ['capacity'],
            examples: {
                signal: [
                    'Book your pallet slots by 15 November or risk going without.',
                    "We have about 30 trucks still unallocated for December. Volumes must be confirmed by 31 October; after that we can't promise one.",
                    'Book the install by Friday, otherwise the slot goes to the next customer.',
                ],
                not: ['Submit timesheets by Friday or payroll slips a week.', "Estimates must reach finance by the 5th; after that we can't close the month on time."],
            },
        },
        {
            // Going, going: "it won't be there next week", "down to the final handful and the factory isn't rerunning that finish",
            // "will not be topped up once it's gone", "install slots for this month are nearly all gone".
            id: 'nearly gone',
            patterns: [
                '(down to|only|just) the (final|last) (handful|few|couple|pair|dozen)',
                '(slots|places|spots|dates|units|seats|tickets|rooms|stock|tables|appointments) ~5 (nearly|almost|mostly|practically|virtually) (all)? (gone|taken|booked|sold|full)',
            ],
            examples: {
                signal: [
                    "Walnut desk stock is down to the final handful and the factory isn't rerunning that finish.",
                    "The en primeur allocation is first come, first served and will not be topped up once it's gone.",
                    'Remind them the install slots for this month are nearly all gone.',
                ],
                not: ['The delivery van is booked for the whole week.'],
            },
        },
        {
            // Gone soon, said of what is scarce: "that tutor's Tuesday slot ... won't be there next week" (not "the old server will
            // not be there next week").
            id: 'gone soon',
            patterns: [
                "(won't|will not|may not|might not) be (there|here|available|around|left) (next week|tomorrow|for long|much longer|by {date}|at the weekend|next month)",
                "(won't|will not|may not|might not) be (there|here|available|around|left) (after|past|beyond) {date}",
                "(isn't|is not|aren't|are not|won't be|will not be|not) (rerunning|reproducing|remaking|restocking|reordering|making more|producing more|repeating|reissuing)",
                "(won't|will not|not) be (topped up|restocked|replenished|repeated|rerun|reordered|available again) (once|when|after)",
            ],
            when: ['capacity', 'offer', 'urge', 'trait:discount'],
            examples: {
                signal: [
                    "Just tell him two other families are after that tutor's Tuesday slot and it won't be there next week.",
                    "Tell her the last two seats on the course won't be available for long.",
                    'The 15% launch price will not be around much longer.',
                    "Tell her the 10% early-bird rate won't be around after Friday.",
                ],
                not: ['The old server will not be there next week; IT is moving it.', 'We are not reordering the blue mugs for the office.'],
            },
        },
        {
            // A hold let go at a time unless they pay: "The ballroom hold drops at five o'clock today unless the deposit clears".
            id: 'a hold released unless',
            patterns: [
                '(hold|holds|reservation|reservations|option|provisional booking|pencil) ~4 (drops|drop|lapses|lapse|expires|expire|is released|are released|releases|release|goes|go|ends|end) ~5 unless ~4 (deposit|payment|contract|signed|confirm|confirms|confirmed|pay|pays|paid|sign|signs|book|books|booking|order|orders)',
            ],
            examples: {
                signal: [
                    "The ballroom hold drops at five o'clock today unless the deposit clears.",
                    'The provisional booking is released on Friday unless the contract comes back signed.',
                    'Our option on the marquee lapses tomorrow unless they confirm.',
                ],
                not: ['The hold music drops out unless the line is busy.'],
            },
        },
        {
            // The close assumed, not asked: "Don't ask whether they want the mattress; ask which delivery day suits them".
            id: 'the sale assumed',
            patterns: [
                "(don't|do not|never) ask (whether|if) (they|the customer|the client|the buyer|she|he|the couple|the family|them) (want|wants|would like|are ready|is ready|need|needs|are going ahead|will buy|want to buy) ~6 (ask|offer|give) (which|what|when)",
                '(make|let|get|have) (she|he|them|dem|am|her|him|the customer|the client) (pay|sign|book|buy|order|commit|decide|confirm) (today|now|tonight|right now)',
                '(book|order|pay|sign|confirm|decide|buy|booking|ordering) (today|now|tonight) itself',
                // "Get the signed form before the surveyor backs out of the driveway".
                '(get|gets|take|takes|collect|collects|secure|secures) (the|a)? ~2 (signed|signature|deposit|order|form|paperwork|contract) ~2 before (the|our) (rep|consultant|salesperson|surveyor|designer|estimator|adviser|advisor|agent) (backs out of|drives off|drives away|pulls away|pulls out of|leaves)',
            ],
            examples: {
                signal: [
                    "Don't ask whether they want the mattress, ask which delivery day suits them.",
                    'Tell madam say the price go change on Monday, make she pay today.',
                    'Sir, making charges are waived on all necklaces, kindly book today itself.',
                    'Get the signed form before the surveyor backs out of the driveway.',
                ],
                not: [
                    "Don't ask whether they want a receipt by email; it is automatic.",
                    'Customers can pay today or on account.',
                    'Lock the compound gate before the surveyor drives off the site.',
                ],
            },
        },
        {
            // A fear put as a question: "ask whether they want to be next".
            id: 'do you want to be next',
            patterns: [
                '(ask|asks|asking) ~3 (whether|if) (they|you|he|she|the owner|the client|the practice|the clinic|the business|the firm) (really)? (want|wants|wanna) to be next (.|?|!|,|;)',
                '(ask|asks|asking) ~3 (whether|if) (they|you|he|she|the owner|the client|the practice|the clinic|the business|the firm) (really)? (want|wants|wanna) to be the next (business|firm|practice|victim|casualty|statistic|headline|case|one|name|clinic|company|school|farm|site|fleet)',
                '(do|does) (they|you|he|she) (really)? (want|wants) to be the next (business|firm|practice|victim|casualty|statistic|headline|case|one|name|clinic|company|school|farm|site|fleet)',
            ],
            examples: {
                signal: [
                    'Remind fleet owners how many uninsured firms went under after six-figure claims last winter, and ask whether they want to be next.',
                    'Ask the clinic if they want to be the next practice in the papers after a data breach.',
                    'Do you really want to be the next headline?',
                ],
                not: [
                    'Ask who wants to be next in the rota.',
                    'They want to be next in line for the upgrade programme.',
                    'At stand-up, ask if they want to be next to present their pipeline.',
                ],
            },
        },
        {
            id: 'while the stock lasts',
            patterns: [
                'while (dealer|dealers|current|existing|our|the|store|shop|warehouse|remaining|limited) ~1 (supplies|supply|stocks|stock|inventory) (last|lasts)',
                // "Sat & Sun only, while the stock's in".
                "while (the)? (stock's|stock is|stocks are|supplies are|supply is|stock) (in|there|available|left|holds|hold)",
                // The goods themselves, named or not: "bearings at half price while they last", "at 40% off until they're gone",
                // "£99 while the ex-demo units last", "at cost till gone".
                // Only the goods: not a benefit's own term ("15% off while the membership lasts", "until the scaffolding is gone").
                '(=while|=whilst|for as long as|as long as) (they|these|those|quantities) (=last|=lasts)',
                '(=while|=whilst|for as long as) (the|our|remaining|current|existing) ~2w (units|unit|items|pieces|models|sets|cases|bottles|boxes|pairs|quantities|seats|places|spots|tickets|copies|ones|lots|kits|bundles) (=last|=lasts)',
                "(=until|=till) (they're|they are|they've|they have|it's|it is)? (all)? (=gone|=sold|=snapped up|=cleared)",
                '(=until|=till) (the|our|all)? ~2w (units|unit|items|pieces|models|sets|cases|bottles|boxes|pairs|seats|places|spots|tickets|copies|ones|lots|kits|bundles|stock) (is|are)? (all)? (=gone|=sold|=snapped up|=cleared)',
            ],
            when: ['offer', 'trait:discount'],
            examples: {
                signal: [
                    '0% financing on compact tractors while dealer stock lasts.',
                    'The bundle price holds while current inventory lasts.',
                    '20% off winter tyres while store stock lasts.',
                    'Ex-demo mixers at half price while they last.',
                    'Last season’s jackets at 40% off until they’re gone.',
                    'Showroom sofas at £299 each until they are sold.',
                    'The bundle price is good while the remaining units last.',
                ],
                not: [
                    'Use the old brochures while existing stock lasts, then switch to the new branding.',
                    'Members keep 15% off every order while the membership lasts.',
                    'Ten per cent off the cafe menu for residents until the scaffolding is gone.',
                    'Hand out the branded pens at the stand while they last.',
                    'Keep the 2025 catalogues in reception until they are gone.',
                    'Leave the samples on the counter until they are all gone.',
                ],
            },
        },
        {
            id: 'the last one left',
            patterns: [
                'last (one|unit|car|model|piece|handset|phone|tractor|truck|machine|pair|bike|sofa|plot|apartment) ~2 (on the lot|in stock|left|available|in the showroom|at this price|at that price|in the warehouse)',
            ],
            examples: {
                signal: [
                    "Tell them it's the last unit in stock at this price.",
                    'This is the last one on the lot in that colour.',
                    'It is the last bike in the warehouse in that size.',
                ],
                not: [
                    'The last unit we shipped went to Leeds.',
                    'The last two quarters left us short on pipeline.',
                    'Write off the last unit we have of the discontinued model in the stock count.',
                ],
            },
        },
        {
            id: 'a price held for a decision now',
            patterns: [
                "(sign|signs|order|orders|commit|commits|book|books|buy|buys) ~6 (and|to) (we'll|we will|i'll|i will|we|i|you)? (hold|keep|lock|honour|honor|freeze|get) (this year's|today's|the current|current|the old|this|that|your current|the existing|last year's) (rate|rates|price|prices|pricing)",
                "(wait|delay|hold off|leave it) ~3 (and|then|,) (the)? (new|higher|next year's|updated|increased) (price|prices|price list|rate|rates|pricing|rate card) (applies|apply|kicks in|kick in|takes effect|take effect|comes in)",
            ],
            examples: {
                signal: [
                    "Sign before you leave the showroom and we'll hold today's price.",
                    "Order during the visit and we freeze this year's rates.",
                    'Wait, and the new rate card applies.',
                ],
                not: ["We hold last year's rates for customers on multi-year terms."],
            },
        },
        {
            // Once what there is has gone, no more: "Once this batch of heirloom seed is sold, we can't promise the variety", "The yard
            // won't be restocked with the 2024 model once these units are gone".
            id: 'once this lot is gone',
            patterns: [
                "(once|when|after) (this|these|the|those|that|our) ~3 (batch|batches|lot|lots|stock|units|unit|run|allocation|shipment|container|pallet|pallets|consignment|load|intake|release|edition|vintage|harvest|crop|supply|cases|bottles|models|cars|trucks|tractors|boats) ~4 (sold|gone|sold out|taken|spoken for|snapped up|allocated) ,? ~6 (can't|cannot|won't|will not) (promise|guarantee|get|restock|reorder|source|supply|repeat|offer|match|hold|be restocked|be repeated)",
                '(once|when|after) (this|these|the|those|that|our) ~3 (batch|batches|lot|lots|stock|units|unit|run|allocation|shipment|container|pallet|pallets|consignment|load|intake|release|edition|vintage|harvest|crop|supply|cases|bottles|models|cars|trucks|tractors|boats|mowers) ~4 (sold|gone|sold out|taken|spoken for|snapped up|allocated) ,? ~6 (no more|nothing more|none left|gone for good|not be restocked)',
                "(won't|will not|can't|cannot|never) (be)? (restocked|replaced|repeated|reordered|restock|reorder|get more|get any more) ~6 (once|when|after) (this|these|the|those|that|our) ~3 (is|are|has been|have been)? (sold|gone|sold out|taken)",
                // Whatever is gone, a dearer price after it: "once those six are gone they're on the 2025 price list, which went up".
                '(once|when|after) (this|these|those|that|our|the last) ~3 (is|are|have|has)? (gone|sold|sold out|snapped up|taken|spoken for) ,? ~8 (dearer|more expensive|goes up|go up|went up|new price|new prices|price list|price rise|price increase|full price|higher price)',
                // The first to pay takes it: "one only, first deposit takes it", "first to sign gets the slot", "it goes to whichever farmer
                // puts money down first" (not "the first to book gets it" of two reps and a lead).
                '(first|the first|whoever) (deposit|deposits|to pay|to put down a deposit|to put money down|cheque|payment|money down) (takes|take|gets|get|wins|win|secures|secure|has|have) (it|them|the lot|the slot|the piece|the unit|the date)',
                '(first|the first|whoever) (to book|to sign|to order|to commit|buyer|caller|one in|through the door|offer) (takes|take|gets|get|wins|win|secures|secure|has|have) (the lot|the slot|the piece|the unit|the date|the room|the table|the berth|the stand|the pitch)',
                '(goes|go|will go) to (whoever|whichever) ~3 (pays|pay|puts|put|signs|sign|commits|commit) ~3 first',
            ],
            examples: {
                signal: [
                    "Once this batch of heirloom seed is sold, we can't promise the variety for spring planting.",
                    "Once those six are gone they're on the new price list, which went up about 7%.",
                    'When the last ten trailers are sold, buyers pay the higher price from the new build.',
                    'One only: first deposit takes it.',
                    'Tell callers it is the first to book gets the date.',
                    'There is one demo tractor at this price, and it goes to whichever farmer puts money down first.',
                    'The yard will not be restocked with the 2024 model once these units are gone.',
                    'When this shipment is sold out there is no more of the vintage until next year.',
                ],
                not: [
                    'Once the pallets are gone from bay four, sweep the floor.',
                    "Once these pallets are gone from the loading dock, we can't take more deliveries until Monday.",
                ],
            },
        },
        {
            // Others asking after the same one: "Mention that three other builders in the county have asked about the same trailer".
            id: 'others asking after the same one',
            patterns: [
                '(other|another|more|others) ~6 (asked|enquired|inquired|called|rung|rang|been asking|are asking|been looking|are looking|were asking|have been in) (about|after|at|for) (the)? (same|this|that) (one|unit|trailer|car|truck|boat|house|plot|slot|date|room|property|piece|model|space|stand|berth|puppy|lot|flat|apartment|venue|van|tractor|bike|horse|pitch|stall|unit)',
            ],
            examples: {
                signal: [
                    'Mention that three other builders in the county have asked about the same trailer this week.',
                    'Let them know two other couples rang about the same date.',
                    'Say another couple called about this one yesterday.',
                ],
                not: ['Other reps have asked about the same training module.'],
            },
        },
        {
            // Waiting past a date costs the buyer: "if they wait past Friday they drop to the back of the queue".
            id: 'waiting past the date costs them',
            patterns: [
                '(if|when|once|should) (they|you|the customer|the client|the buyer|the family|the policyholder|the patient|he|she) (wait|waits|delay|delays|hold off|holds off|leave it|leaves it|sit on it|sits on it|hang on|hangs on) (past|beyond|after|until|till) {date} ~8 (lose|loses|drop|drops|miss|misses|pay|pays|go|goes|forfeit|forfeits|end up|ends up)',
            ],
            examples: {
                signal: [
                    'Script: tell the policyholder that if they wait past Friday they drop to the back of the underwriting queue.',
                    'Remind them that if they hold off until March they lose the install slot.',
                    'If the family waits beyond the 15th, the room goes to the next booking.',
                ],
                not: [
                    'If the courier waits past 5pm, ring the depot.',
                    "If the customer waits past Friday to report a damaged parcel, the courier's claim window has closed.",
                ],
            },
        },
        {
            // Close to selling out, or selling out fast, is said of what we have left to sell: "the blue colourway is all but sold out",
            // "our hampers sell out quickly every December", "the 2 pm slots are nearly sold out".
            id: 'nearly sold out',
            patterns: [
                '(almost|nearly|practically|virtually|all but|close to|about to) (sold|sell) out',
                '(selling|sells|sell) out (fast|quickly|early|every year|each year|every season)',
            ],
            unless: ['internal'],
            examples: {
                signal: ['The blue colourway is all but sold out.', 'Our Christmas hampers sell out quickly every December.', 'The 2 pm slots are nearly sold out.'],
                not: ['The blue colourway sold out in 2023 and was never restocked.'],
            },
        },
        {
            // Selling out, of what we sell: "sizes 7-8 are almost sold out", "the bundle is gone once today's stock sells out" (not
            // "washrooms running out of consumables", "the lease runs out next spring", "when a show sells out at one venue").
            id: 'selling out',
            patterns: ['sold out', 'sell|sells|selling out', '(running|runs|run) out'],
            when: ['capacity', 'offer', 'push'],
            scope: 'clause',
            examples: {
                signal: [
                    'Hurry - sizes 7-8 in bottle-green cardigans are almost sold out for September!',
                    "Tell walk-ins the phone-and-plan bundle is gone once today's stock sells out.",
                    'Seats for the March cohort are running out.',
                ],
                not: [
                    "We go through the client's pain points: missed bins, washrooms running out of consumables by mid-afternoon.",
                    "It looks like Brightline's lease on the two copiers runs out next spring.",
                    'What happens today when a show sells out at one venue and you want to open a second date?',
                ],
            },
        },
        {
            // An offer's life counted from its sending: "The voucher expires 30 days after the email is sent", "use it within 30 days
            // before it expires".
            id: 'an offer that expires after a time',
            patterns: [
                '(voucher|vouchers|coupon|coupons|code|codes|offer|offers|discount|discounts|credit|credits|deal|deals|promo|promos|gift card|cashback|rebate|rebates) (expires|expire|lapses|lapse|runs out|run out|is void|are void) ~3 {duration} (after|from|of)',
                '(use|redeem|spend|claim|activate) (it|them|this|the voucher|the credit|the code|your voucher|your credit|your code|the coupon) ~2 within {duration} ~3 (before|or) (it|they|the voucher|the credit|the code) (expires|expire|lapses|runs out|goes|is gone)',
                // "After 14 days the credit lapses and the contract is priced at the standard rate."
                'after {duration} ,? (the|this|that|your|our)? (voucher|credit|offer|discount|code|deal|rate|price|promo|saving|savings) (lapses|expires|ends|is withdrawn|goes|disappears|reverts|falls away|drops away)',
            ],
            examples: {
                signal: [
                    'The voucher expires 30 days after the email is sent.',
                    "Here's $50 toward your next visit - use it within 30 days before it expires.",
                    'Promo codes lapse 14 days from issue.',
                    'After 14 days the credit lapses and the contract is priced at the standard rate.',
                ],
                not: ['The contract expires 12 months after signing.', 'The trial expires 14 days after sign-up.'],
            },
        },
        {
            // What the buyer loses after the date, said to push: "Christmas pre-orders must be in by 20 November, or the venue goes without
            // the seasonal ale" (a cut-off alone is a standing one, a sense).
            id: 'in by the date, or they go without',
            patterns: [
                '(by|before) {date} ,? (or|otherwise) (they|the venue|you|the customer|the client|the store|the shop|the pub|the school|the family|the practice|the bar|the restaurant) ~1 (go|goes|will go|miss|misses|will miss|lose|loses|will lose|end up|ends up) (without|out)',
            ],
            examples: {
                signal: [
                    'Christmas pre-orders must be in by 20 November, or the venue goes without the seasonal ale.',
                    'Get the order in before Friday, otherwise the shop misses out on the launch allocation.',
                    'Uniform orders must reach us by 1 August, or the school will go without for the first week of term.',
                ],
                not: ['Returns must reach us by the 30th, or the refund goes to store credit.'],
            },
        },
        {
            // No one goes without committing: "Nobody leaves the counter without initialling the damage waiver", "Nobody walks without a
            // manager turnover", "Don't leave without a signature". (Not "no one leaves without a copy of their plan".)
            id: 'nobody leaves without committing',
            patterns: [
                '(nobody|no one|no customer|no buyer|no family|no guest|no client|no prospect|no couple|no patient) (leaves|walks|walks out|goes|goes home|drives off|gets out|gets up|gets off the phone|hangs up) ~5 without (signing|initialling|initialing|a signature|being asked|a manager|a turnover|committing|booking|a deposit|putting down|buying|a decision|an order|agreeing to|agreeing on)',
                "(don't|do not|never) (leave|let them leave|walk out|go) (the)? ~2 without (a signature|signing up|signing the order|signing the contract|the order|an order|a deposit|a commitment|a yes|the contract|a signed)",
                // Not leaving until it is signed: "don't leave the site office until it's signed".
                "(don't|do not|never) (leave|walk out of|get up from) (the|their)? ~2 (office|site office|house|home|table|room|showroom|kitchen|premises|meeting|appointment|dealership|lot|store|shop|farm|yard) (until|till|before) (it's|it is|they've|they have|the order is|the form is|the contract is|the paperwork is|the deal is|you have|you've|you've got|there's) (signed|got a signature|got the signature|paid|a deposit|a signature|a signed)",
            ],
            examples: {
                signal: [
                    'Nobody leaves the counter without initialling the damage waiver; keep steering back to it until they sign.',
                    'Nobody walks without a manager turnover.',
                    "Don't leave without a signature; if they say they need to think, offer to wait while they talk it over.",
                    "Keep the order form in front of them and don't leave the site office until it's signed.",
                    'No couple leaves the tasting without being asked twice about the club.',
                ],
                not: [
                    'No customer leaves without an answer to their question.',
                    'No one leaves without a printed copy of their care plan.',
                    "Don't leave the site without signing out at the gate.",
                ],
            },
        },
        {
            // An offer or a signature bound to the meeting itself: "the 20% only holds until we hang up", "get the signature before
            // they leave" (not "covers each point before they leave").
            id: 'an offer or a signature bound to the meeting',
            patterns: [
                '(until|till|before) (we|you|they|i|he|she|the call|this call|the meeting|the visit|the prospect|the buyer|the customer|the client) (hang up|hangs up|leave|leaves|ends|end|walk out|walks out|log off|logs off|close the doors|close up|shut the doors|lock up)',
                '(until|till|before) the end of (the|this) (call|meeting|visit|tour)',
                // Until we shut: "say it only holds until the branch shuts at six", "good until the showroom closes tonight".
                '(holds|hold|stands|is good|good|valid|lasts|runs) (only)? (until|till) (the|our|we) ~2 (shuts|shut|closes|close|lock up|locks up)',
                // Offered on the condition that it is settled here: "12 pct off the add-on provided it goes in at this QBR".
                "(provided|as long as|so long as|on condition that) ~4 (at|in|during) (this|today's|the same) (qbr|meeting|call|visit|appointment|session|review|sitting)",
                '(before|until) (they|you|he|she|the customer|the patient|the buyer|the client) ~1 (leave|leaves|left|walk out|walks out|go home|goes home|hang up|hangs up|gets up|get up)',
                // Gone the moment they leave: "the fee waiver ends when they walk out the door", "the price is gone once you hang up".
                '(ends|end|expires|expire|goes|go|is gone|are gone|disappears|disappear|lapses|lapse|stops|stop) (when|once|as soon as|the moment|the minute|the second|the instant) (they|you|he|she|the customer|the patient|the buyer|the client) (walk out|walks out|leave|leaves|go home|goes home|hang up|hangs up|step out|steps out|get up|gets up|put the phone down|puts the phone down)',
                // Only while the call lasts: "the premium quoted is only guaranteed while they're on the line".
                "(holds|hold|stands|is good|good|guaranteed) (only)? (while|as long as|so long as) (they're|you're|they are|you are|we're|we are|he's|she's|the customer is|the buyer is|the client is) (still)? (on the line|on the call|on the phone|in the room|in the showroom|here|with us|talking)",
                "(holds|hold|stands|is good|good|guaranteed) (only)? for (as long as|so long as|the duration of|the length of|the rest of) (we're|we are|you're|you are|they're|they are)? (talking|this call|the call|this meeting|the meeting|the visit|this visit|this conversation)",
                // What is held named between: "I can only hold this rate while we're on the phone".
                // Not "here" or "with us", nor their own rate: "We keep your rate as long as you're with us" is a loyalty promise.
                "(hold|holds|keep|keeps|honour|honours|honor|honors) (this|the|that|our)? ~2 (rate|rates|price|prices|offer|deal|quote|discount|saving|terms) (only)? (while|as long as|so long as) (they're|you're|they are|you are|we're|we are|he's|she's|the customer is|the buyer is|the client is) (still)? (on the line|on the call|on the phone|in the room|in the showroom|talking)",
            ],
            when: ['offer', 'urge', 'capacity'],
            examples: {
                signal: [
                    'The 20% only holds until we hang up.',
                    'Get the signature before they leave the showroom.',
                    'The bundle price is good until the end of the visit.',
                    'Offer ten dollars off the weekend rate and say it only holds until the branch shuts at six.',
                    'Offered 12 pct off the managed-print add-on provided it goes in at this QBR.',
                    'The upgrade price is good until we close tonight.',
                    "Tell them the quoted rate is only guaranteed while they're on the phone.",
                    'The bundle price stands only as long as you are in the showroom.',
                    'Tell them the 8% holds for the duration of this call.',
                    "I can only keep this price while you're on the line.",
                    'We honour the quoted terms only as long as we are talking.',
                ],
                not: ['The sales executive notes what the family is worried about and covers each point before they leave.'],
            },
        },
        {
            // The buyer not let go without a yes: "never let the homeowner walk away without a booked install date".
            id: 'not let go without a yes',
            patterns: [
                "(never|don't|do not|no) (let|letting) (them|him|her|anyone|the customer|the buyer|the prospect|the caller|the homeowner|the client|the family|the couple|the patient|the guest) (hang up|leave|walk out|walk away|go|get off|gets off) ~2 (to think|to 'think|to sleep on it|to 'sleep on it|until they)",
                "(never|don't|do not|no) (let|letting) (them|him|her|anyone|the customer|the buyer|the prospect|the caller|the homeowner|the client|the family|the couple|the patient|the guest) (hang up|leave|walk out|walk away|go|get off|gets off) ~2 without ~3 (signature|signing|signed|deposit|decision|yes|commitment|booking|booked|order|contract|agreement|paperwork|date|commit|committing)",
            ],
            examples: {
                signal: [
                    "Never let the homeowner hang up to 'think about it'.",
                    'Never let the homeowner walk away without a booked install date.',
                    "Don't let the couple leave without a deposit on the date.",
                ],
                not: ["Don't let the couple leave the venue without their parking voucher."],
            },
        },
        {
            // No leaving without a yes: "Insist on a signature before the rep leaves the kitchen table", "keep the customer on the
            // line until they commit", "never let them hang up to 'think about it'".
            id: 'no leaving without a yes',
            patterns: [
                '(before|until) (the|our|your) (rep|consultant|salesperson|salesman|adviser|advisor|agent|surveyor|designer|estimator) (leaves|leave|goes|walks out|hangs up|gets off the phone|is out the door)',
                '(keep|keeps|keeping|hold|holds|holding) (the|them|him|her|each|every)? ~2 on the (line|phone|call) until ~3 (commit|commits|sign|signs|agree|agrees|buy|buys|book|books|pay|pays|say yes|says yes|decide|decides)',
                // "Don't let anyone leave the showroom floor without a signed deposit".
                "(don't|do not|never) let (anyone|anybody|them|him|her|people) (leave|walk out|walk|go|hang up|get off the phone) ~6 without (a|an|the)? ~2 (signature|deposit|commitment|order|booking|yes|decision|contract|agreement)",
                "(don't|do not|never) let (a|the|any) ~1 (customer|buyer|family|couple|prospect|client|homeowner|guest|patient|visitor|shopper|caller|lead|member|parent|owner|farmer|bride|student) (leave|walk out|walk|go|hang up|get off the phone) ~6 without (a|an|the)? ~2 (signature|deposit|commitment|order|booking|yes|decision|contract|agreement)",
            ],
            when: ['urge', 'offer'],
            examples: {
                signal: [
                    "Insist on a signature before the rep leaves the kitchen table - a 'think it over' is a lost sale.",
                    'Agents keep the customer on the line until they commit.',
                    'Before the rep leaves the kitchen table, get the paperwork done and the deposit taken.',
                    "Don't let anyone leave the showroom floor without a signed deposit; if they walk, they won't come back.",
                    'Never let a couple walk out of the bridal suite without a deposit on the dress.',
                ],
                not: [
                    'Check the meter readings before the engineer leaves the site.',
                    'Keep the caller on the line until the ambulance arrives.',
                    'Orders taken on the call are keyed into the portal before the rep leaves the venue.',
                ],
            },
        },
        {
            // Held at the table, or the call not ended, until there is a yes: "keep the customer at the desk until the sales manager has
            // had a go at them", "The closer doesn't end the call without a yes". What they are kept for is the yes itself, so no offer
            // need be named.
            id: 'held until a yes',
            patterns: [
                '(keep|keeps|keeping|hold|holds|holding) (the|them|him|her|each|every)? ~1 (customer|customers|buyer|buyers|prospect|prospects|couple|couples|family|families|client|clients|them|him|her|shopper|shoppers) (at the desk|at the table|in the room|in the showroom|in the office) until',
                "(never|don't|doesn't|do not|does not|won't|will not) (end|ends|finish|finishes|wrap up|wraps up|leave|leaves|hang up|hangs up) (the|a|any)? (call|meeting|visit|demo|appointment|tour|consultation|viewing) without (a|an|the)? ~2 (yes|signature|deposit|commitment|order|decision|agreement|contract)",
            ],
            examples: {
                signal: [
                    'Keep the couple at the table until the finance manager has talked them through the numbers.',
                    "Our closers don't end a viewing without a deposit.",
                    'The closer never hangs up the call without a yes.',
                ],
                not: ['Keep the patient in the chair until the anaesthetic wears off.', "Engineers don't end a visit without a signed job sheet."],
            },
        },
        {
            // In a closing tactic, a time set on their decision is the push itself, whatever it is said of: "Get the order in this
            // week", "asks for the opening order before leaving the shop", "only two territories are still open".
            id: "a closing tactic's time",
            onlyIn: ['closing'],
            quiet: true,
            patterns: [
                // Not "this month", as often the buyer's own timetable ("before their board meets this month").
                '(this week|today|tonight|right now|on the spot|before leaving)',
                '=before (they|he|she|you) (leave|leaves|go|goes|hang up|hangs up|drive off|drives off|drive out|drives out)',
                // Not any date ("before their fiscal year closes", "if someone needs a boat before Christmas" are the buyer's own), nor a
                // count left of our own ("only three deals are left on the forecast sheet").
            ],
            examples: {
                signal: ['Ask for the opening order before leaving the shop.', 'Get the order in this week.'],
                not: ['Log the signed order in the CRM with the delivery address.'],
            },
        },
        {
            id: 'asking for the decision today',
            patterns: [
                '(are we|can we|shall we) (doing|do|signing|sign|getting|get|wrapping|wrap|finalizing|finalising|finalize|finalise) (this|it|the paperwork|the deal|that|the order) ~2 (today|tonight|right now|now)',
            ],
            examples: {
                signal: [
                    "Every test drive ends with: 'Are we doing this today?'",
                    "Ask 'Can we get the paperwork done today?'",
                    "Close the demo with 'Shall we sign it right now?'",
                ],
                not: ['Do we close the office today for the holiday?', 'Stand-up question for ops: do we close the order desk today?'],
            },
        },
        {
            id: 'an offer good only for now',
            patterns: [
                '(only|just) (good|valid|approved|held|available|open|guaranteed|holds|stands|lasts|applies) (for|until|till|through|on) ~2 ({date}|today|tonight)',
                '(good|valid|approved|held|available|open|guaranteed|reserved|locked) only (for|until|till|through|on) ~2 ({date}|today|tonight)',
                '(good|valid|approved|held|available|open|guaranteed|reserved|locked) only ({date}|today|tonight)',
                // Whatever ends it: "only holds until our call ends", "valid only through the end of the federal fiscal year".
                '(only|just) (good|valid|holds|hold|stands|stand|lasts|last|applies|apply|there|on offer) (until|till|through|thru|while|as long as)',
                '(good|valid|holds|hold|stands|stand|lasts|last|applies|apply) only (until|till|through|thru|while|as long as)',
                // Only on a condition met in time: "this fee holds only if you confirm within 30 days".
                '(only|just) (good|valid|holds|hold|stands|stand|lasts|last|applies|apply) (if|provided|when) ~6 (today|tonight|this week|this month|within {duration}|within the week|within the month|{date})',
                '(good|valid|holds|hold|stands|stand|lasts|last|applies|apply) only (if|provided|when) ~6 (today|tonight|this week|this month|within {duration}|within the week|within the month|{date})',
                // Only at the event: "valid on the show floor only".
                '(valid|good|available|redeemable|honoured|honored) ~3 (show|show floor|booth|stand|event|expo|fair|trade show|conference|open day|open house|launch night|gala) only',
            ],
            when: ['offer'],
            examples: {
                signal: [
                    'If the client hesitates, remind them this premium is held only until 5pm today.',
                    'This rate is only approved for today; the bank pulls it at close of business.',
                    'The bundle price is only good through Sunday.',
                    'Our 2026 day rate stands only until the steering group signs off, so get it in front of them.',
                    'The loyalty price holds only if the renewal is confirmed within two weeks.',
                    'That quote is valid only through the end of the state budget year.',
                ],
                not: [
                    'The showroom is open only until 6pm today.',
                    'Parking passes are valid only for today.',
                    'The discount applies only if the order is over 40 cases.',
                    'The guest wifi password is valid only until the end of the event.',
                ],
            },
        },
        {
            // The word order turned, or to the end of the call, of an offer: "The enrolment price stands only while we're on this call",
            // "the 10 pct concession holds until the end of our call" (not "the screen-share link is valid until the end of the call").
            id: 'an offer that ends with the call',
            patterns: [
                "(stands|holds|lasts|applies|exists|is good|is valid|is there) only (while|as long as) (we're|we are|you're|you are|i'm|i am|they're|they are) ~2 (on|here|in|at|talking|still)",
                '(holds|stands|lasts|applies|is good|is valid|good|valid|available|open) (only)? (until|till|to|through) the end of (the|our|this|your) (call|meeting|visit|conversation|demo|appointment|tour|viewing|consultation)',
            ],
            when: ['offer', 'trait:discount'],
            examples: {
                signal: [
                    "The enrolment price stands only while we're on this call.",
                    'CRM: told them the 10 pct concession holds until the end of our call.',
                    "The fee waiver stands only as long as you're here.",
                ],
                not: ['The screen share link is valid only until the end of the call, so send the recording afterwards.'],
            },
        },
        {
            id: 'an offer good only while we talk',
            patterns: [
                "(only|just) (holds|stands|lasts|applies) while (we're|we are|you're|you are|they're|they are|you|they|we) ~3 (here|in|on|at|still)",
                "(only|just) (good|valid|holds|stands|lasts|on the table) ~1 (while|until|till|as long as) (we're|we are|you're|you are|i'm|i am|they're|they are|we|you|they|i) ~3 (on the phone|on the call|on the line|here|in the room|in the store|at the table|drive off|drives off|walk out|walks out|leave|leaves|hang up|hangs up|log off|logs off)",
            ],
            examples: {
                signal: [
                    "REP: This number only holds while we're on the phone.",
                    'Tell every customer the trade-in number is only good until they drive off the lot.',
                    "The bundle is only on the table as long as you're in the room.",
                ],
                not: ['Stay on the line while we look up your account.', "Remote access is only open while we're on the call."],
            },
        },
        {
            id: 'another buyer waiting',
            patterns: [
                '(another|other|a second) (couple|buyer|buyers|family|client|clients|customer|customers|bidder|bidders|party|parties|offer|offers|company|dealer) ~4 (coming back|coming in|coming to see|looking at|interested in|viewing|waiting|lined up|in the wings|keen on) ~4 (this one|it|the unit|the property|the house|the car|the slot|the space|the stand|the plot|today|at {num}|tomorrow)',
                '(best and final|final) (offers|offer|bids|bid) ~2 (are|is)? (due|by|close|closes|in by) ~2 {date}',
            ],
            examples: {
                signal: [
                    "Floor script: 'I've got another couple coming back at four to see this one, so if you love it, let's write it up now.'",
                    "Listing agent script: 'The sellers have had strong interest, so best and final offers are due Monday at noon.'",
                    'Tell them another dealer is looking at the same unit this afternoon.',
                ],
                not: ['Another couple came to the open day last week and bought a different plot.'],
            },
        },
        {
            id: 'bidding about to close',
            patterns: [
                '(auction|bidding|bids|bid) ~2 (closes|ends|finishes) in {duration}',
                // A sales cycle is no deadline: "our average deal closes in 45 days".
                '(sale|offer|deal|promo|promotion|discount|voucher|code) ~2 (ends|expires|runs out) in {duration}',
            ],
            examples: {
                signal: ['Bid now! Auction closes in 2 hours and 14 minutes.', 'Your voucher expires in 48 hours.', 'Flash deal ends in 3 hours, grab it.'],
                not: ['The support ticket closes in 48 hours if nobody replies.', 'Our average enterprise deal closes in 45 days.'],
            },
        },
        {
            // Offers pulled when unsigned: "Reps withdraw any quote not signed within 48 hours".
            id: 'an offer pulled when unsigned',
            patterns: [
                "(withdraw|withdraws|pull|pulls|void|voids|cancel|cancels|expire|expires|kill|kills|retract|retracts) (any|the|every|a|each|our)? ~2 (quote|quotes|offer|offers|proposal|proposals|price|prices|estimate|estimates) (not|that isn't|that is not|that aren't|that are not|that hasn't been|left) (signed|accepted|returned|countersigned|approved) (within|in|after) {duration}",
            ],
            examples: {
                signal: [
                    'Reps currently withdraw any quote not signed within 48 hours.',
                    'We void every estimate not accepted within seven days.',
                    'Pull any offer not countersigned within 72 hours.',
                ],
                not: ['Archive any quote not signed within 90 days so the pipeline stays clean.'],
            },
        },
        {
            id: 'an assumptive close',
            patterns: [
                '(pencil|pencils|pencilled|penciled) (you|them|him|her) in',
                "(let's|let us|i'll|i will|we'll) write (it|this|that) up (now|today|tonight|right now)",
                // The choice taken as made: "I'll go ahead and assume it's the annual plan, so I'm sending the paperwork".
                "(i'll|we'll|i will|we will|let's|let me) (just)? (go ahead and)? (assume|take it) (it's|it is|that's|you're|you'll|you want|they want|we're going with)",
                '(initial|sign) here and (here|there)',
            ],
            examples: {
                signal: [
                    "REP: I'll pencil you in for Tuesday's install, so if you could just initial here and here.",
                    "REP: I'll go ahead and assume it's the annual plan, so I'm sending the paperwork to you and Mark right now.",
                    "If you love it, let's write it up now.",
                    'Slide the form across and say: just sign here and here.',
                ],
                not: ['Let us write up the meeting notes for the client.'],
            },
        },
        {
            id: "you don't want to be next",
            patterns: [
                "(you don't want|you do not want|don't be|do not be|no one wants|nobody wants) (to be)? (next|the next one|the next headline|the next victim|the next case|caught out|left exposed)",
                // "Don't let yours be next", "don't let your site be the next one".
                "(don't let|do not let|never let) (yours|it|your|you) ~2 be (next|the next)",
            ],
            examples: {
                signal: [
                    "REP: Most of the families I work with felt the same way right up until the pipe burst. You don't want to be next.",
                    'Remind them that nobody wants to be the next headline.',
                    "Don't be the next case study in a breach report.",
                    "Thousands of freelancers open a penalty notice every spring. Don't let yours be next.",
                ],
                not: ['Next, book the kickoff call with the project lead.'],
            },
        },
        {
            // What we hold for them, and only until a moment: "the chef can only hold that date until noon tomorrow", "We're holding that
            // trade-in number only till close of business Saturday", "the date is held for them only until the end of the site visit".
            id: 'held for them until a moment',
            notIn: KINDS_WITH_OUR_OWN_DATES,
            patterns: [
                '(hold|holds|holding|held|keep|keeps|keeping|kept) (that|the|this|your|their|them|it|these|those) ~3 (only|just) (until|till|for) {date}',
                '(can|could|will|would) (only|just) (hold|keep|reserve) ~4 (until|till|for) {date}',
                '(held|kept|reserved|holding|keeping) (for them|for you|for him|for her)? (only|just) (until|till) ({date}|the end of the visit|the end of the site visit|the end of the call|the end of the meeting|the end of the tour|the end of the viewing|the end of the show|the end of the day|close of business)',
            ],
            examples: {
                signal: [
                    'Tell the client the chef can only hold that date until noon tomorrow.',
                    "We're holding that trade-in number only till close of business Saturday.",
                    'Tell clients the date is held for them only until the end of the site visit.',
                ],
                not: ['Hold the pallets in bay four until Friday.', 'Keep the quote in draft until Monday so legal can review the indemnity clause.'],
            },
        },
        {
            // Money off for this week alone, whichever comes first: "Pay in full this month and save 200 pounds", "Book your roof inspection
            // this month and we'll knock $250 off", "Showroom weekend only: 25% off".
            id: 'money off for now',
            notIn: KINDS_WITH_OUR_OWN_DATES,
            patterns: ['(=this|=coming) (=weekend|=week|=month|=fortnight|=wknd)', '(=weekend|=weekends|=today|=tonight|=wknd) =only'],
            when: ['trait:discount'],
            unless: ['internal', 'hiring'],
            scope: 'clause',
            quiet: true,
            examples: {
                signal: [
                    'Pay in full this month and save 200 pounds on any Silver or Gold plan.',
                    "Book your roof inspection this month and we'll knock $250 off any repair over $2,000.",
                    'Showroom weekend only: 25% off all handleless kitchens.',
                ],
                not: [
                    'This month we review every pricing request above $10,000.',
                    'Our rates went up this month.',
                    'The Q3 price book, with the new 12% volume discount, goes live this month.',
                ],
            },
        },
        {
            id: 'time limit',
            notIn: KINDS_WITH_OUR_OWN_DATES,
            patterns: [
                // A sale or an amount off bounded to now: "Flash sale this weekend", "extra 15% this Presidents' Day weekend".
                '(sale|sales|offer|deal|deals|promo|promotion|special|specials|markdown|markdowns|doorbuster|doorbusters|{pct}) ~3 (=this|=coming) ~3 (=weekend|=week|=wknd|=month)',
                'only until|till|through|thru {date}',
                '{date}|{duration} only',
                // A span of days that bounds an offer: "$1,500 off every SUV. Saturday through Monday only." (a schedule alone is a sense).
                '(thursday|friday|saturday|sunday|thu|thur|thurs|fri|sat|sun|today|tonight|tomorrow) (through|thru|to|till|until) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun) only',
                '(only|valid|good) for {duration}',
                // For a span from now: "This offer is exclusive for the next 48 hours", "the rate is open for another week".
                '(valid|good|open|available|exclusive|live|on the table|held|yours) (for you|for them|for him|for her)? (for|over|through|throughout) (the next|the coming|another|one more|just|only) {duration}',
                // Held for them (not "meeting rooms are reserved for the next 2 hours").
                '(reserved|held|saved|kept) (for you|for them|for him|for her) (for|over|through|throughout) (the next|the coming|another|one more|just|only) {duration}',
                // An offer that runs for hours: "a 48-hour flash sale", "a 72-hour offer for lapsed members" (not "a 48-hour induction").
                // Not a service's own price or desk ("a 24-hour price for call-outs", "our 24-hour sales desk").
                '{num} (hour|hours|hr|hrs|h) (flash sale|flash sales|sale|offer|offers|deal|deals|promo|promos|promotion|promotions|discount|discounts)',
                // A price gone after hours or days: "the story price vanishes after 24 hours" (not a voucher's term of months, nor "the
                // price goes into the CPQ after 24 hours").
                '(price|prices|rate|rates|offer|deal|discount|code) (disappears|vanishes|expires|lapses|goes away|goes up|is gone|dies) ~4 after ({num}|a|an|one|two|three|four|five|six|seven) (hour|hours|hr|hrs|day|days|minutes|mins)',
                // The price after the date: "after that it's the spring list", "book later and they are re-quoted at the new tariff".
                "(after that|after then|afterwards|from then on) ,? (it's|it is|it goes to|it goes back to|it reverts to|back to|they pay) (the)? ~1 (list|list price|full price|standard rate|full rate|normal price|regular price|rack rate)",
                // The day after, at full price: "tomorrow it's a separate job at full price", "from Monday they pay the list rate".
                // (Not "On Monday it's the standard rate again for the crew": our crew's pay.)
                "(tomorrow|from tomorrow|after today|after tonight) ,? (it's|it is|it'll be|it will be|they pay|you pay|that's|that is) ~4 (at)? (the)? (list|list price|full price|normal price|regular price|full whack)",
                '(book|books|order|orders|sign|signs|wait|waits|leave it) (any)? (later|after that|after then) ~3 (re quoted|requoted|pay more|new price|new prices|new rate|new rates|new tariff|new tariffs|higher price|higher prices|higher rate|higher rates)',
                // Only if before an event: "locked for life, but only if they join before the launch party".
                '(only if|but only if|only when|provided|as long as) (they|you|the buyer|the client|the family|members) (join|joins|sign|signs|book|books|order|orders|commit|commits|buy|buys|enrol|enrols|register|registers) (before|by|ahead of) (the)? ~2 (party|launch|opening|event|show|fair|open day|open house|deadline|end|close|cut off)',
                // Signed today: "Installation is free if they sign the 36-month monitoring contract today".
                '(if|when|once|provided) (they|you|the customer|the client|the homeowner|the buyer) (sign|signs|commit|commits|book|books|order|orders|buy|buys|join|joins) ~5 (today|tonight|now|on the spot|this visit|at the door|before we leave)',
                // Their yes, in other words: "If you OK the bumper scuff today we'll knock 20% off", "if they approve it tonight".
                "(if|when|once|provided) (they|you|the customer|the client|the homeowner|the buyer|he|she) (ok|okay|ok's|okays|approve|approves|authorise|authorises|authorize|authorizes|say yes|says yes|go ahead|goes ahead|sign off|signs off) ~5 (today|tonight|now|on the spot|this visit|at the door|before we leave|before i leave)",
                // Gone after now: "the reduction is gone the next morning", "the rate is off the table tomorrow".
                "(it|offer|price|discount|reduction|rate|deal|saving|bonus|upgrade|special) (is|are|will be|'s) (gone|off the table|withdrawn) (the next|by|tomorrow|the following|first thing) ~1 (morning|day|evening|tomorrow)?",
                "(and|,|;) (it|the list|registration|the offer|the price|the rate|the deal) (won't|will not|doesn't|does not) (reopen|re open|come back|be back|run again|be repeated)",
                'valid|good|available for {duration} only',
                'hold|holds|valid|good|stands|available ~1 only? until|till|through {date}',
                '(only|just) (good|valid|available|live|on|open|guaranteed|held|locked) (until|till|through|thru)? {date}',
                // Only until an event on a date: "today's rebar price holds only until the mill's increase lands on the 15th".
                '(available|valid|good|holds|stands|guaranteed) only (until|till) ~6 (on|by)? {date}',
                '(good|valid|available|live) (today|tonight|{date}) only',
                '(midnight|{date}) (deadline|cutoff|cut off)',
                '(proposal|quote|offer|terms|pricing|price) (is|are|stays|remains)? (only)? (good|valid|open|on the table) (until|till|through|thru) {date}',
                '(lapses|expires|ends|goes away|disappears) (when|once|as soon as|after) (the)? ~2 (evening|call|meeting|dinner|event|visit|day|session|studio|shop|store|office|showroom|gym|salon|doors|stand|booth|fair|show|we) (ends|is over|finishes|closes|close|shut|shuts|pack up|packs up)',
                'only (guaranteed|locked|held|honoured|honored) (until|till|through|thru) {date}',
                // A lock that ends: "price-lock guarantee through 31 Dec only" (a lock alone is protection, a sense).
                '(lock|locked|guarantee|guaranteed|held|fixed|frozen|protected) ~2 (until|till|through|thru) {date} only',
                // Gone when the buyer leaves: "the 15% loyalty rate disappears if you leave without booking".
                "(disappears|disappear|goes away|go away|is gone|are gone|expires|expire|lapses|vanishes|is off the table|no longer applies|won't be there) (if|when|once|the moment|as soon as) (you|they|the customer|the buyer|the client|he|she) (leave|leaves|walk out|walks out|hang up|hangs up|go home|goes home|walk away|walks away|drive off|drives off|log off|logs off|step out|steps out)",
                '(holds|hold|valid|good|stands|available|guaranteed) ~1 only? (until|till|through|thru) (that date|that day|then|the deadline|that deadline|that point)',
            ],
            when: ['offer', 'decision', 'capacity', 'trait:discount'],
            examples: {
                signal: [
                    'Lapsed members get a 36-hour deal on their favourite roast.',
                    'The member price vanishes after 48 hours.',
                    'Open a 48-hour flash sale on the remaining rooms.',
                    'Flash sale this weekend: all safety boots marked down 30%.',
                    'The bundle price is good until Thursday only.',
                    'This weekend only: double points on renewals.',
                    '72 hours only for the founder rate.',
                    'Seminar guests who sign that evening get $250 off the plan, and the reduction is gone the next morning.',
                    "The intensive's early fee ends at midnight tonight, and it won't come back.",
                    'The show price is off the table tomorrow.',
                    "Pre-season pricing on planters runs to January 31; after that it's the spring list.",
                    'Tell callers the package is held for 14 days; book later and they are re-quoted at the new tariff.',
                    'Founding members pay GBP 180 instead of GBP 240 a month, locked for life, but only if they join before the launch party.',
                    'Installation is free if they sign the 36-month monitoring contract today.',
                    '$1,500 off every certified SUV on the lot. Saturday through Monday only.',
                    // A brief sentence that opens with it leans on the headline before it.
                    'Spring AC check-up, $69. This week only in Oakwood and Kettering.',
                    'Half-price glazing on every order. Thursday to Sunday only.',
                    'The quote stands only until the 15th.',
                    "Remind the builder that today's rebar price holds only until the mill's increase lands on the 15th.",
                ],
                not: [
                    'Every new starter gets a 48-hour induction.',
                    'The webinar is on 3 May.',
                    'Support hours run until 6pm.',
                    'The plant tour is Tuesday only.',
                    'Tours run Monday through Friday only.',
                ],
            },
        },
        {
            // Gone when the call or the visit ends: "This price is for today; once I hang up it's gone" (not "Text us when you leave the house").
            id: 'gone when the call or the visit ends',
            patterns: ['(once|when|after|the moment|as soon as) (i|we|you) (hang up|leave|walk out|end the call|get off the phone|drive off|step out)'],
            when: ['lapse'],
            examples: {
                signal: [
                    'This price is for today; once I hang up, it goes back to list.',
                    'The show discount is gone the moment we leave the hall.',
                    'The 10% is yours while we talk; when I end the call it goes back to list.',
                ],
                not: [
                    'Text us when you leave the house and the boat will be in the water when you park.',
                    'Lock the gate when you leave.',
                    'Send the discount code by email once we hang up so they have it in writing.',
                ],
            },
        },
        {
            id: 'a deadline said without its subject',
            notIn: KINDS_WITH_OUR_OWN_DATES,
            patterns: ['^ (=expires|=ends|=ending|=closes|=closing|=expiring|=finishes|=last =day|=offer =ends) ~1 {date}'],
            examples: {
                signal: ['Expires Friday.', 'Ends Sunday at midnight!', 'Closing tonight.'],
                not: ['The staging credentials expire Friday.', 'Ended the Q4 flash-sale program.'],
            },
        },
        {
            id: 'deadline on an offer or a decision',
            notIn: KINDS_WITH_OUR_OWN_DATES,
            patterns: [
                // A price that rises or changes on a date is a price rise, pressure only when it pushes (below).
                '=until|=till|=before|=ends|=ending|=end|=closes|=closing|=close|=expires|=expiring|=expire|=shuts|=shut|=disappears|=disappear|=vanishes|=lapses|=lapse|=reverts|=withdrawn|=drops|=falls|=shrinks ~2 {date}',
                '(if|when|provided|as long as) (they|you|the customer|the buyer|the client|customers|the homeowner|the homeowners|the patient|the couple|the family|the owner|the guest) ~3 (sign|signs|add|adds|buy|buys|order|orders|commit|commits|upgrade|upgrades|renew|renews|book|books|confirm|confirms) ~4 ({date}|this quarter|this month|this week|by month end|by quarter end)',
                '(=sign|=signs|=signed|=join|=joins|=joined|=buy|=buys|=bought|=order|=orders|=ordered|=book|=books|=booked|=reserve|=reserves|=reserved|=commit|=commits|=committed) ~4 (on the day|on the spot|the same day|same day|at the first visit|on the first visit|during the visit|during the tour|before leaving)',
                // Decided at the show, on the stand: "Sign the order form at the booth today and installation is on us", "20% off any
                // annual licence signed here at the show".
                '(=sign|=signs|=signing) ~3 (order|orders|order form|contract|contracts|agreement|agreements|deal|lease|paperwork|up) ~4 (at|on) the (show|booth|stand|stall|expo|fair|event|open day|field day|demo day|exhibition|trade show)',
                '(licence|licences|license|licenses|contract|contracts|order|orders|agreement|agreements|deal|deals|lease|leases|plan|plans|subscription|subscriptions) ~2 (=signed|=placed|=booked) ~2 (at|on) the (show|booth|stand|stall|expo|fair|event|open day|field day|demo day|exhibition|trade show)',
                '(=buy|=buys|=order|=orders|=reserve|=reserves|=commit|=commits|=deposit|=deposits) ~4 (at|on) the (show|booth|stand|stall|expo|fair|event|open day|field day|demo day|exhibition|trade show) (today|tonight|itself|only)',
                // Those who act in time, with what they settle or book between: "Growers who settle their seed order before the first of
                // February get …", "Visitors who book a slot at the booth today get …", "if he takes the full solar package this week".
                // Not the past: "people who booked one load in 2021 and never again".
                '(who|that|if they|if you|anyone who|anybody who) (=join|=joins|=sign|=signs|=buy|=buys|=order|=orders|=book|=books|=reserve|=reserves|=enrol|=enrols|=enroll|=enrolls|=register|=registers|=subscribe|=subscribes) ~3 {date}',
                `(${ACTORS}) (${ACTS_IN_TIME}) ~6 (before|by|until|till|no later than) {date}`,
                `(${ACTORS}) (${ACTS_IN_TIME}) ~6 (today|tonight|this week|this weekend|this month|this quarter)`,
                // An event as the day: "do the whole lot at 5% under list if he signs before the Ploughing", "book by the show".
                `(${ACTORS}) (${ACTS_IN_TIME}) ~6 (before|by|ahead of) the ~2 (show|shows|fair|fairs|expo|exhibition|ploughing|conference|summit|open day|launch|auction|trade show|festival|congress|convention|field day|field days)`,
                // Told to act within a period, with what they get: "Sign your franchise agreement this quarter and we'll waive the fee".
                `^ (${ACTS_IN_TIME}) ~4 (this|by|before) (quarter|month|week|weekend|{date}) (and|,) ~2 (we'll|we will|you'll|you will|get|receive|save|lock|pay|keep)`,
                `(${ACTORS}) (${ACTS_IN_TIME}) ~4 during (the|our|this)? ~3 (week|weekend|fortnight|month|sale|event|show|launch|open day|open house|opening)`,
                // What is done in the time, as a noun: "fee waived for all bookings made during the Cityscape exhibition".
                '(bookings|orders|purchases|reservations|sign ups|signups|contracts|deals|leases|enrolments|enrollments) (made|placed|signed|booked|confirmed) during (the|our|this)? ~2 (exhibition|show|expo|fair|event|weekend|launch|open day|open house|sale|roadshow)',
                // Back up on a day: "the bundle price finishes at close and goes back up Monday".
                '(price|prices|rate|rates|offer|deal|bundle|bundle price|pricing) ~4 (goes|go|going|will go|is going) back (up|to full price|to list|to the full price) ~2 {date}',
                '(lease|leases|contract|contracts|order|orders|booking|bookings|agreement|agreements) (signed|placed|booked|made|confirmed) (in|during) {date}',
                '=before|=until|=by ~5 (opens|open|launches|launch|starts|start|begins|begin) (on)? {date}',
                '(valid|good|available|on the table) ~1 (during|for) (this|the) (call|meeting|visit|conversation|appointment|tour)',
                '=through|=thru (the)? {date}',
                '=by (this|next|the|coming)? {date}',
                // A festival or a holiday as the day: "Book your rooftop system by Dhanteras and get ₹10,000 off installation".
                "(=by|=before|=until|=till|=ahead of) (christmas|xmas|easter|diwali|dhanteras|eid|thanksgiving|hanukkah|new year|new year's|chinese new year|lunar new year|black friday|cyber monday|boxing day|valentine's|valentines|mother's day|mothers day|father's day|fathers day|halloween|bonfire night|half term|the holidays|the festive season|labour day|labor day|memorial day|july 4th|independence day|ramadan|holi|onam|pongal|navratri|hogmanay|australia day|canada day|waitangi day|anzac day|st patrick's day|bank holiday|the bank holiday)",
                // Shorthand: "offered 5pct off if signs b4 EOM".
                '(=b4|=bfr|=bef) (the)? {date}',
                '(goes away|go away|is withdrawn|is gone) ~2 {date}',
                '=before|=until|=till|=by ~3 (waitlist|window|offer|registration|doors|cart|sale|enrolment|enrollment|intake|deadline|pricing|promotion|trial|quarter|month|year|period|cohort|contract|term|renewal|subscription|season|cycle|semester) (=closes|=close|=ends|=end|=shuts|=expires|=expire|=runs|=lapses)',
                '(wraps up|wrap up|winds up|runs out|is over|comes down|goes away) ~2 {date}',
                // An offer that stops being usable, as a voucher or its code does: "The voucher stops working at midnight on the Monday"
                // (not "who you'll ring when something stops working in February", nor a door code or a download link).
                "(voucher|vouchers|promo code|promo codes|discount code|discount codes|voucher code|voucher codes|coupon|coupons|coupon code|coupon codes|offer|offers|deal|deals|discount|discounts|promo|promos|promotion|credit|credits|gift card|gift cards|bonus|saving|savings|rebate|rebates) (stops working|stop working|no longer works|stops being valid|is no longer valid|becomes invalid|becomes void|is void|goes dead|dies|die|is switched off|gets switched off|is turned off|gets turned off|won't work|will not work|wont work) ~2 {date}",
                // An offer that finishes, not artwork that does: "the $2,500 loyalty cash on the Tucson finishes Sunday".
                '(offer|offers|deal|deals|sale|promo|promotion|price|pricing|rate|discount|cash|bonus|bundle|special|saving|savings|rebate|waiver) ~3 (=finishes|=finish) ~2 {date}',
                '=runs|=run|=lasts|=last|=live|=open|=valid|=good ~1 until|till|through {date}',
                '(=closes|=close|=ends|=end|=shuts) (once|when) ~5 taken|gone|filled|full|reach|reached|sold|booked',
                // "any contract signed this month", "orders placed by the 30th", "before the trade-fair deadline".
                '(contract|contracts|order|orders|booking|bookings|deal|deals|agreement|agreements|application|applications|purchase|purchases|enrolment|enrolments|enrollment|enrollments|signups|renewal|renewals) (signed|placed|booked|made|closed|submitted|completed|received) (today|tonight|this week|this month|this quarter|this weekend)',
                // A date after "by", not a person: "an order signed by the registrant" sets no deadline.
                '(contract|contracts|order|orders|booking|bookings|deal|deals|agreement|agreements|application|applications|purchase|purchases|enrolment|enrolments|enrollment|enrollments|signups|renewal|renewals) (signed|placed|booked|made|closed|submitted|completed|received) (by|before|until|on or before) ~2 {date}',
                '(before|by) (the)? ~3 =deadline',
            ],
            when: ['offer', 'decision', 'urge', 'trait:discount'],
            // A date for our own people: "Action for Aisha: get a mutual action plan signed off by Friday".
            unless: ['internal'],
            scope: 'clause',
            examples: {
                signal: [
                    'Registration fee waived on all contracts signed during the spring roadshow.',
                    'The two-for-one bundle price goes back up on Monday, so tell them today.',
                    'The £25 voucher stops working at midnight on Monday.',
                    '15% off for orders placed by 30 June.',
                    'Book your rooftop system by Dhanteras and get ₹10,000 off installation.',
                    'The AE gives the buyer until Friday, and the 15% early-signing rate lapses after that.',
                    'Annual plans at 25% off — ends Friday.',
                    'Register before Friday to keep your seat.',
                    'Growers who settle their fertiliser account before the first of March get 4% off the new list.',
                    'Couples who book a tasting at the fair today get the venue at last year’s rate.',
                    'Members who join during open-house week pay no joining fee.',
                    'Sign the order form at the booth today and installation is on us.',
                    'You get 20% off any annual licence signed here at the show.',
                    'The offer is void unless countersigned within 48 hours.',
                    'Two months free on annual plans. Ends Sunday.',
                    // Our people's own date gives way to the offer in it.
                    'Our team holds the 10% rate until Friday.',
                ],
                not: [
                    'Submit expense reports by Friday.',
                    'Book a demo at the stand to get the full price sheet.',
                    'Every visitor signs the safety waiver at the stand before the forklift demo.',
                    'We ordered the banners at the show last year and they never arrived.',
                    'Flag accounts whose contract expires in the next 120 days.',
                    'Quarter-end close: finance locks the books on the fifth business day.',
                    'Schedule II orders need an electronic order signed by the registrant.',
                    'Until 2024 the booking page said "request pricing".',
                ],
            },
        },
        {
            // A price rise is pressure when it is announced to push a decision ("prices go up on 1 March, so lock in your order
            // now"), not as a notice ("front-line prices on those SKUs rise 9% on 1 September"; "the hourly rate rises 4.1% under
            // clause 7.2"). The push may stand anywhere in the sentence.
            id: 'a price rise that pushes',
            patterns: [
                // Prices rise on a date: "the new price list adds 7% on 1 March".
                '(price list|prices|rates|pricing|price) ~6 (adds|add|rise|rises|go up|goes up|increase|increases|jump|jumps) ~2 (on|from) {date}',
                // A price that changes on a date: "the price file changes on July 1", "the plan goes from $390 to $420 from 1 July".
                '=rises|=increases|=doubles|=jumps|=changes ~2 {date}',
                '(goes|go|going|rises|rise|moves|move|jumps|jump|increases|increase) from {money} to {money} ~4 (on|from|after|in) {date}',
                'price|prices|pricing|rate|rates (go|goes|going|will go) up',
                'price|prices|pricing|rate|rates ~1 rise|rises|rising|increase|increases|jump|jumps|hike|hikes',
                // With what it is the price of between: "the price of the grain dryer jumps when the new model year starts".
                '(price|prices|cost) of (the|a|an|our|this|that|these|every)? ~3 (rise|rises|increase|increases|jump|jumps|goes up|go up|climbs|climb)',
                '(price|pricing) (increase|rise|hike)',
                '(next|new|upcoming) (price|prices|pricing|rates) ~8 (higher|increase|increases|goes up|go up)',
                // The price as "it", with the rise and its date: "It'll go up £400 in January, so sign before Christmas", "it goes up 6% from
                // the first of March".
                "(it|it'll|that|that'll|they|they'll) (will|is going to|are going to)? (go|goes|going) up ({money}|{pct})? (in|on|from|after|at) {date}",
            ],
            when: ['push', 'decision', 'lockin', 'trait:discount'],
            near: ['lockin'],
            examples: {
                signal: [
                    'Our day rates go up in September. Contracts countersigned in August stay on the current rate card.',
                    'Warn every open prospect that list prices rise 12% on 1 July.',
                    'Prices go up on 1 March, so lock in your order this week.',
                    'Our rates rise 8% in January: book the spring programme before Christmas.',
                    'Tell them the price increase lands next month and get the order signed now.',
                    'Hurry, prices go up at midnight!',
                    'Tell the farmer the price of the grain dryer jumps when the new model year starts in six weeks, so now is the moment to buy.',
                    "It'll go up 6% on 1 March when the mill reprices, so get your order in this week.",
                    "That quote's good now; it goes up £400 from January, so if you're keen, sign before Christmas.",
                ],
                not: [
                    'Front-line prices on the Spanish wines rise 9% on 1 September because of the new tariff.',
                    'The water level goes up in March when the snow melts; book the survey for April.',
                    'Under clause 7.2 the hourly rate rises 4.1% in line with the living wage.',
                    'Price increases at renewal are capped at 4% by contract.',
                    'Year-end price increase notice',
                    'Heads up: our consumables price file changes on July 1, following manufacturer increases.',
                    'The service plan is going from $390 to $420 per site from 1 July.',
                ],
            },
        },
        {
            id: 'price reverts after the deadline',
            patterns: [
                '(after that|after which|then|afterwards) ~4 list|full|standard|regular|normal|brochure|rack|published|card ~1 price|rate|pricing|fee',
                '(after that|after which|then|afterwards|from then) ~3 new ~1 (price list|prices|price|rates|rate card|pricing|tariff) (kicks in|kick in|applies|apply|takes effect|take effect|starts|start)',
                '(from|after) {date} (it is|it will be|the fee is|the price is) {money} more',
                'then ~2 (back to|reverts to) ~2 list|full|standard|regular ~1 price|rate',
                'before ~2 (increase|increases|rise|rises|hike|hikes|goes up|go up)',
                '(before|ahead of) ~2 (price|prices|rate|rates|pricing|fee|fees) (increase|increases|rise|rises|hike|hikes|change|changes|goes up|go up)',
                '(lock|locks|locking) in ~3 (price|prices|rate|rates|pricing|fee|fees) ~4 (before|ahead of)',
                // Today's price kept against a rise: "tell the buyer to lock in this month's price on the full year's volume now" (not "reply
                // YES to lock in this year's price", a renewal's usual terms).
                "(lock|locks|locking) in (this month's|this week's|today's|tonight's|the old) (price|prices|rate|rates|pricing|fee|fees|tariff)",
                // Acting now keeps this year's: "my prices are going up for 2028 from 1 January, so booking now locks in this year's rates".
                "(booking|book|books|signing|sign|signs|ordering|order|orders|paying|pay|committing|commit) now (locks|lock|will lock|keeps|keep|secures|secure|holds|hold) (in)? (this year's|this season's|last year's|current|the current|existing|the existing) (price|prices|rate|rates|pricing|fee|fees)",
                '(who|that|if you|if they) (wait|waits|delay|delays|hold off) ~3 (will|would)? (pay|lose|miss|forfeit)',
                '(after that|after which|afterwards|from then on) ~3 {pct} (more|higher|up|extra)?',
                // The usual price back on a date: "Normal rate card is back from 4 November", "after Friday it's back to tariff".
                '(normal|standard|full|usual|regular|list) (rate card|price|prices|pricing|rate|rates|tariff) (is|are) back (from|on|after) {date}',
                "(after|from) {date} ,? (it's|it is|they're|they are|prices are|the price is) back to (the)? (tariff|list|full price|rack rate|rrp|msrp|sticker|standard rate|normal rate|full rate)",
                // After a date, the full price: "After the 30th the onboarding bundle goes back to full list", "Registrations after 31
                // August pay the full fee".
                '(after|from|past) {date} ~6 (goes|go|going|is|are|will be|reverts|revert|returns|return) (back)? to (the)? (full|list|standard|regular|normal|usual) ~1 (list|price|rate|pricing|fee|fees)?',
                '(after|from|past) {date} (pay|pays|paying|are charged|is charged|will pay) (the)? (full|standard|regular|normal|usual|list) ~1 (fee|fees|price|rate|list)',
                // The charge back on a date: "On 1 November the fee comes back for everyone".
                '(on|from|after) {date} (the|our)? ~1 (fee|fees|charge|charges) (comes back|come back|returns|return|applies again|apply again)',
                // Any moment after, then the price going back: "after the Sunday it reverts to the normal package price", "From the 1st,
                // new contracts go back to 18%".
                // A price named as one, not a topic ("after that, the conversation usually goes back to price").
                '(after|from|past) ~6 (reverts|revert|reverting|goes back|go back|going back|returns|return|is back|are back|snaps back|jumps back) to (the|its|our|their)? (full|list|standard|normal|usual|regular|old|original|rack|published|sticker) ~2 (price|prices|rate|rates|pricing|list|tariff|rate card|{pct}|{money})',
                '(after|from|past) ~6 (reverts|revert|reverting|goes back|go back|going back|returns|return|is back|are back|snaps back|jumps back) to (rrp|msrp|sticker|list|tariff|{pct}|{money})',
                // After the moment that ends it, not a month of their term ("from month two the account moves to the standard price"):
                // "after that the work moves to our 2027 rates", "tomorrow the number goes back to MSRP".
                '(after that|after which|afterwards|tomorrow) ~4 (moves|move|moving|goes|go|going|reverts|revert|returns|return|snaps|jumps) (back)? (to|onto|on to|into) ~3 (full|list|standard|normal|usual|regular|old|new|{year}) ~1 (price|prices|rate|rates|pricing|list|tariff|rate card)',
                // What was offered back on the usual terms: "after that, rentals go through the store on the regular terms" (not our
                // invoices or staff pay: "after that, invoices go out monthly on the standard terms").
                '(after that|after which|afterwards|from then on) ,? (rentals|rental|bookings|orders|prices|the price|the offer|the deal|new orders|renewals|tickets|places|seats|memberships|the bundle|the package) ~4 (on|at) (the|our)? (regular|standard|normal|usual|full|list) (terms|price|prices|rates|rate|pricing)',
                // What is left by the day goes back: "anything left on 31 March goes back to full price".
                '(left|remaining|unsold|still here|still in stock) (on|after|by|at) {date} ~2 (goes|go|reverts|revert|returns|return) (back)? to (the|its)? (full|list|standard|regular|normal|usual|original|ticket|ticketed) ~1 (price|prices|rate|rates|pricing)',
                '(after that|after which|afterwards|tomorrow) ~4 (moves|move|moving|goes|go|going|reverts|revert|returns|return|snaps|jumps) (back)? to (rrp|msrp|sticker|list|tariff|{money})',
                // Any moment after, then another price in force: "after September 30 the standard rate card applies".
                '(after|from|past) ({date}|that|then|which) ~4 (standard|list|full|regular|normal|usual|new|published|rack|brochure|catalogue|catalog|{year}) ~1 (price|prices|rate|rates|rate card|pricing|fee|fees|tariff|tariffs) (applies|apply|kicks in|kick in|takes effect|take effect|is back|are back|comes back|come back|returns|return)',
            ],
            // Our own rota or payroll going up is no price: "talk to Siobhán before the rota goes up".
            unless: ['internal'],
            examples: {
                signal: [
                    'After that, the standard rate kicks in.',
                    'Launch cases are €4 under trade on orders placed before 28 February; after that it goes onto the standard price list.',
                    'Rental nights run for the first two weeks of school only; after that, rentals go through the store on the regular terms.',
                    'Half off the ticketed price in the last fortnight of March; anything left on 31 March goes back to full price.',
                    'Then it goes back to full price.',
                    'After the Sunday it reverts to the normal package price.',
                    'From the 1st, new contracts go back to 18%.',
                    'Past the show weekend the bundle snaps back to its usual $1,200.',
                    'Sign by the 12th; after that the job moves to our 2027 day rates.',
                    'Tell them plainly: tomorrow the figure goes back to sticker.',
                    'After 30 June the new tariff applies to every renewal.',
                    'After the 30th the onboarding bundle goes back to full list, so get the signature before then.',
                    'Registrations after 31 August pay the full fee, so get the form in this week.',
                    'Normal rate card is back from 4 November.',
                    "Tell them straight: after Friday it's back to tariff.",
                ],
                not: ['After that, send the onboarding guide.', 'Anyone wanting days off in August, see the manager before the rota goes up.'],
            },
        },
        {
            id: 'an offer that lapses',
            patterns: [
                'offer|offers|discount|discounts|price|pricing|rate|deal|promo|code|coupon|quote|credit|bonus ~4 (that|which) (expires|expire|ends|end|lapses|lapse|runs out|goes away|disappears|is withdrawn|self destructs|self destruct)',
                '(expires|ends|lapses|goes away|disappears) (with|at|on) the ~1 (quarter|month|year|renewal|renewal date|period|event|show)',
                '=the {pct} (is|was|will be)? (only|still|just)? (goes away|go away|expires|expire|lapses|disappears|withdrawn|pulled|gone|drops off|comes off|valid|good)',
                'self destruct|destructs|destructing ~2 {duration}|{date}',
                // "it is withdrawn at 5pm Friday if unsigned".
                '(is|are|will be|gets|get) (withdrawn|pulled|void|voided|cancelled|canceled|rescinded) (at|on|by|after|from) ~2 {date} ~3 (if|unless) ~2 (unsigned|not signed|not accepted|unaccepted|unpaid|no signature|nobody signs)',
            ],
            when: ['offer', 'trait:discount'],
            examples: {
                signal: [
                    'Offer a 10% loyalty discount that expires on the renewal date.',
                    'Tell them the 15% lapses with the quarter.',
                    'The promo codes self-destruct 48 hours after the email lands.',
                ],
                not: ['Passwords that expire on the first are reset by IT.', 'The 3% churn goes away with better onboarding.'],
            },
        },
        {
            id: 'act now',
            patterns: [
                // The verb as said to the buyer, not a noun ("renewal reps may now …", "upgrade paths are now documented").
                '(=upgrade|=renew|=claim|=grab|=lock in|=secure|=reserve|=switch|=subscribe|=convert|=enrol|=enroll) (now|today|tonight|right away|immediately|before it ends|before it goes|while you can)',
                '(=upgrade|=renew|=claim|=grab|=lock in|=secure|=reserve|=switch|=subscribe|=convert|=enrol|=enroll) (your|the|their|my|our|it|them|this|that|a) ~2 (now|today|tonight|right away|immediately|before it ends|before it goes|while you can)',
            ],
            when: ['offer', 'trait:discount'],
            scope: 'clause',
            examples: {
                signal: ['Upgrade now and keep 20% off for a year.', 'Lock in your rate today.'],
                not: ['Renew the SSL certificate today.', 'Renewal reps may now give 10% off the second year.', 'Upgrade paths are now documented in the wiki.'],
            },
        },
        {
            id: 'scarcity as it happens',
            patterns: [
                '(sell|sells|selling|sold) out ~2 (within|in|by) ~2 ({duration}|the hour|hours|minutes|a day|days)',
                '{pct} (sold|gone|taken|booked|claimed) (already|so far|in the first)',
            ],
            examples: { signal: ['Most sizes sell out within the hour.', '80% sold already, book now.'], not: ['The Q3 report covers sell-through by region.'] },
        },
        {
            id: 'fear of the next incident',
            patterns: [
                '(when|once|before) the (breach|attack|hack|ransomware|outage|fine|lawsuit|storm|flood|fire|recall) (hits|comes|lands|strikes)',
                '(your|their) (board|boss|ceo|regulator|auditor|insurer) will (ask|want to know|blame|hold)',
            ],
            examples: {
                signal: ['Ask who they will call when the breach hits.', 'Their board will ask why nobody acted.'],
                not: ['Once the audit happens, share the report with finance.'],
            },
        },
        {
            // A harm put to the buyer as theirs to suffer: "Warn them that a cracked heat exchanger can leak carbon monoxide", "Tell
            // skippers an unserviced EPIRB can mean a hefty fine", "ransomware crews target firms exactly like theirs".
            id: 'a harm put to them',
            patterns: [
                '(warn|warns|warning|remind|reminds|reminding|tell|tells|telling|point out|points out|mention|mentions|let them know) ~8 (could|can|might|may|will|would) ~4 (lose|losing|fail|be fined|face a fine|face fines|be shut|be shut down|shut down|be closed|be hacked|be breached|be sued|go under|burn|leak|leaks|refuse|be prosecuted|be struck off|be refused|go bust|be wiped out|die|kill|injure|hurt)',
                '(can|could|might|may|will) (mean|cost|bring|trigger|result in|lead to|land) (you|them|him|her|the owner|the business|the practice)? (a|an)? ~3 (fine|fines|penalty|penalties|prosecution|closure|shutdown|lawsuit|claim)',
                '(crews|gangs|hackers|attackers|criminals|thieves|scammers|fraudsters|ransomware|burglars|pests|termites|inspectors|auditors|regulators|fraud|phishing) ~3 (target|targets|targeting|go after|goes after|going after|hit|hits) (firms|businesses|practices|clinics|companies|people|homes|houses|sites|farms|shops|stores|schools|charities) (exactly|just)? like (theirs|yours|them|you|his|hers)',
            ],
            // Our own people warned, in a briefing or a policy: "warn installers that a damaged flue can leak".
            unless: ['internal', 'hiring', 'briefing'],
            examples: {
                signal: [
                    'If the homeowner hesitates, warn them that a cracked heat exchanger can leak carbon monoxide while the family sleeps.',
                    'Tell skippers that an unserviced EPIRB can mean a hefty fine at the next inspection.',
                    'Warn them that ransomware crews target firms exactly like theirs.',
                    'Remind landlords they could be fined if the certificate lapses.',
                ],
                not: [
                    'Warn the team that the van could be late on Friday.',
                    'The new filing rules can mean a longer form for us.',
                    'We go after companies exactly like them: regional 3PLs with 20 to 100 trucks.',
                    'In the pre-job safety briefing, warn installers that a damaged flue can leak carbon monoxide into the loft.',
                ],
            },
        },
        {
            id: 'fear of ruin',
            patterns: [
                'could|can|might|will|would ~3 (bankrupt|ruin|wipe out|sink|destroy|cripple|put them out of business|put you out of business|close their doors|close your doors|shut them down|shut you down|cost them everything|cost you everything|end their business|end your business)',
                '(out of business|lose everything|lose their licence|lose their license|lose your licence|lose your license) ~3 (within|in|by) ~1 {duration}|{date}|months|weeks',
            ],
            examples: {
                signal: ['Remind owners that one uninsured fire could close their doors for good.', 'A single audit failure can put you out of business.'],
                not: ['A late shipment could delay the install by a week.'],
            },
        },
        {
            // A hold we will not extend: "En primeur allocation closes Friday 5pm and we won't hold cases past that".
            id: 'a hold that ends',
            patterns: [
                // Not promised past today: "If you don't take this cover today, I can't promise the rate will still be there tomorrow".
                "(can't|cannot|won't|can not) (promise|guarantee) (that)? (the|this|that|your|our)? (rate|price|prices|offer|discount|quote|slot|place|deal|premium|terms|stock) (will|would) (still)? (be)? (there|available|here|around|the same|on offer|open)",
                // Offers called in by a time: "Multiple offers already received – best and final by 5 pm Monday".
                '(best and final|final offers|sealed bids|best offers) ~2 (by|before|due|at) {date}',
                // Past a moment, or the end of a period: "we won't hold cases past that", "we can't hold it past the end of the month".
                "(won't|will not|can't|cannot|can not|don't|do not|not) (hold|keep|reserve|save|honour|honor) (it|them|the|your|their|any|these|those|this|that)? ~1 (cases|stock|price|prices|rate|rates|quote|place|places|slot|slots|room|rooms|booking|bookings|allocation|unit|units|car|date|dates|spot|spots|table|tables|seat|seats|offer|deal|discount|it|them|order|orders|pallet|pallets) (for them|for you|for him|for her|for the buyer|for the customer)? (past|after|beyond|longer than|any longer than) (that|then|{date}|the deadline|this|it|the weekend|today|tomorrow|tonight|the end of the month|the end of this month|the end of the week|the end of the quarter|the end of the year|the end of the season)",
                // Said of the price: "the current price cannot be held beyond the quarter", "the rate can't be kept past Friday".
                "(price|prices|rate|rates|quote|quotes|offer|discount|pricing|allocation|booking|slot|place) (cannot|can't|won't|will not|can not) be (held|kept|honoured|honored|guaranteed|reserved|extended) (past|after|beyond|longer than) ~2 ({date}|quarter|month|week|weekend|today|tomorrow|tonight|that|then|the end)",
            ],
            examples: {
                signal: [
                    "The showroom manager won't hold the demo car for them after the weekend.",
                    "En primeur allocation closes Friday 5pm and we won't hold cases past that.",
                    "If you don't take this cover today, I can't promise the rate will still be there tomorrow.",
                    "This is our sharpest price, and we can't hold it past the end of the month.",
                    'Multiple offers already received: best and final by 5 pm Monday.',
                    "I can't hold this rate past Friday.",
                    'Warn prospects that the current price cannot be held beyond the quarter.',
                    "The quote can't be honoured after 30 June.",
                    'We do not reserve slots beyond the 14th.',
                ],
                not: ["We don't keep records past seven years.", "We can't hold meetings after 6pm."],
            },
        },
        {
            // It may go to someone else: "say the allocation may go to the next practice on the waitlist if they hesitate".
            id: 'it goes to the next in line',
            patterns: [
                '(allocation|slot|slots|spot|spots|place|places|unit|units|stock|room|rooms|date|dates|table|booking|seat|seats|appointment|car|puppy|plot|plots|pallet|pallets|it|them) (may|might|could|will|would|can) (go|pass|be released|be offered|be given|be sold) to (the next|someone else|another|other) ~3 (on the waitlist|on the waiting list|in line|in the queue|on the list|buyer|buyers|customer|customers|practice|practices|couple|couples|family|families|person|people|interested party|party)?',
                // Said as happening: "say the slot is going to the next school on the waitlist".
                '(allocation|slot|slots|spot|spots|place|places|unit|units|room|rooms|date|dates|table|booking|seat|seats|appointment|plot|plots|berth|berths|it) (is|are) (going|being released|being offered|being given|about to go) to (the next|someone else|another) (school|family|couple|buyer|customer|client|practice|person|party|booking|one|name|household|team|company|business|group) (on the waitlist|on the waiting list|in line|in the queue|on the list)',
                // Said as what happens: "the install crew's slot goes to someone else tomorrow", "it goes to the next account on the list".
                '(slot|slots|date|dates|spot|spots|place|places|booking|unit|units|frames|stock|room|rooms|table|tables|allocation|crew|berth|berths|seat|seats|pitch|stand|plot|hold|holds|it|them) ~2 (goes|go|will go|gets given|get given|is released|are released|is offered|are offered|is passed|are passed) to (someone else|somebody else|another buyer|another customer|another client|another family|another couple)',
                '(slot|slots|date|dates|spot|spots|place|places|booking|unit|units|frames|stock|room|rooms|table|tables|allocation|crew|berth|berths|seat|seats|pitch|stand|plot|hold|holds|it|them) ~2 (goes|go|will go|gets given|get given|is released|are released|is offered|are offered|is passed|are passed) to the next (account|accounts|store|stores|site|sites|venue|venues|pub|pubs|shop|shops|clinic|clinics|practice|practices|buyer|buyers|customer|customers|client|clients|family|families|couple|couples|organiser|organisers|organizer|organizers|person|caller|callers|name|names|one|booking|bookings|enquiry|enquiries|school|practice|grower|farmer|business|company|firm|guest|guests|party|in line|on the list|on the waiting list)',
            ],
            examples: {
                signal: [
                    'Use the takeaway: say the allocation may go to the next practice on the waitlist if they hesitate.',
                    'Tell them the unit could go to someone else if they sleep on it.',
                    'The Saturday slot will be offered to the next couple on the list unless they confirm today.',
                    'If they hesitate, say the slot is going to the next school on the waitlist.',
                    "If they say they need to think, tell them the install crew's slot goes to someone else tomorrow.",
                    'If it is not signed by then, the frames go to the next organiser on the waiting list.',
                    'Unpaid holds are released to the next couple after seven days.',
                ],
                not: [
                    'Unused leads go to the next rep in the rotation.',
                    'Returned stock may be sold to another retailer at cost.',
                    'Unclaimed lost property goes to the charity shop.',
                    'The training slot goes to the next rep on the rota.',
                ],
            },
        },
        {
            // Others bidding, told to the buyer: "tell them two other offers are already in".
            id: 'others are bidding',
            patterns: [
                // Said to the buyer, not a tender we are in ("Three other bids are already in, according to the procurement portal").
                '(tell|tells|telling|say|says|mention|mentions|remind|reminds|let) ~3 (other|another|two|three|several|multiple|{num}|a second|a third) ~1 (offer|offers|bid|bids|buyer|buyers|couple|couples|family|families|party|parties) (is|are|has|have)? ~2 (interested|looking|keen|circling|coming back|on the table|viewing|booked in|in|lodged|submitted|received|made an offer|put in an offer|made a bid|put in a bid)',
            ],
            examples: {
                signal: [
                    'Send the open-home invite to the whole buyer database and tell them two other offers are already in.',
                    'Mention that another couple is interested in the same Saturday.',
                    'Let buyers know three other bids have already been lodged.',
                ],
                not: [
                    'Two other offers are already in our pipeline for Q3 planning.',
                    'Compare the two other bids the council received.',
                    'Three other bids are already in, according to the procurement portal.',
                ],
            },
        },
        {
            id: 'scarcity',
            patterns: [
                // We are nearby for a while only: "the crew is only in their neighborhood until Thursday".
                '(only|just) (in|around|near|working in) (your|their|the) (neighborhood|neighbourhood|area|town|city|region|street|district|postcode) (until|till|through|thru|this|for) ({date}|week|month|{duration})',
                // Booked out: "the next opening is six weeks out".
                "(next|earliest) (opening|openings|slot|slots|availability|appointment|install date|install slot|date|start date|intake) (is|isn't|is not|won't be)? (until)? ~2 {duration} (out|away|from now)",
                // "Only about 40 reefers left for the December peak".
                '(only|just) (about|around|roughly|some|approximately|maybe|perhaps) {num} ~3 (left|unallocated|unbooked|unsold) (for|in|on|at|this|before|until|,|.)',
                "(not|never|don't|do not) (let|allow) (the)? ~1 (customer|customers|buyer|buyers|client|clients|them|him|her|prospect|prospects) (go home|leave|walk away|sleep on it|think it over|think about it|shop around)",
                '(=close|=closes|=sign|=signs) ~2 (in|at|on|during) (the)? (first|one|same) (meeting|visit|call|appointment|sitting)',
                // Then and there, wherever that is: "Close on the doorstep if you can", "get it signed there and then".
                // (Not a proof of work: "Installers: get the signature before you leave — no signed job sheet, no invoice".)
                '(=close|=closes|=sign|=signs|=signed) (them|it|the deal|the sale|the job|the order|the contract)? (on the doorstep|on the spot|at the door|there and then|then and there|at the kitchen table)',
                'only {num} ~3 left|remain|remaining|available|seats|spots|places|slots|licences|licenses|units|=passes|tickets|spaces',
                // "Only two of the 26-foot pontoons left", "just two of the lakeside cabins are still open" (not "only 4 of the 30 modules are available").
                'only|just {num} of (the|our|these|those|this|that)? ~3w left',
                // What is left named at length, with where or when: "Only 40 boxes of insulin pens left in cold chain", "just 6 pallets
                // of the winter blend left this week".
                '(only|just) {num} ~2w of ~3w (=left|=remaining|=remains) (in|at|on|for|this|until|till|before|.|!|,|—)',
                // "There's only the one 7R left in the yard". ("Only 4 of our 60 reps remain in the Leeds office" is no scarcity: "remain"
                // is left out.)
                'only|just the {num} ~2 (left|unsold)',
                'only|just {num} of (the|our|these|those|this|that)? ~3w (are|is) still (open|available|free|unbooked|unsold|up for grabs)',
                // A race: "whoever returns the signed order form first gets the January install slot".
                '(the first|first) {num} to (reply|respond|book|call|claim|text|sign|pay|confirm) ~4 (get|gets|win|wins|take|takes|secure|secures|have|has)',
                '(whoever|the first to|first to|the first one to|the first buyer to|the first customer to|the first family to|the first person to) (sign|signs|return|returns|order|orders|book|books|commit|commits|pay|pays|confirm|confirms|put|puts|reply|replies|respond|responds|answer|answers|text|texts|call|calls|ring|rings|claim|claims|grab|grabs|message|messages) ~4 (first)? (gets|get|wins|win|takes|take|secures|secure|keeps|keep|has|have)',
                // The place passes on: "At 5pm we text the next family on the list", "then it goes to the next name on the waitlist".
                '(text|texts|offer it to|offers it to|pass it to|passes it to|goes to|go to|is offered to|is released to) the next ~1 (family|parent|guest|couple|student|name|customer|buyer) (on|in) (the|our)? (waitlist|waiting list|list|queue)',
                '{num} ~2 seats|spots|places|slots|tickets|passes|licences|licenses|units|spaces|left ~1 left|remain|remaining|available',
                // More of what runs out: "Six plots remain in the garden section", "only 40 casks of the stout exist", "room for four more".
                '{num} ~2 (plots|pitches|rooms|cabins|casks|kegs|cars|vehicles|berths|beds|tables|homes|apartments|flats|tractors|bottles|boats|vans|trucks) (remain|remaining|left|unsold|unbooked|still available)',
                '(only|just) {num} ~6 (exist|were made|were brewed|were built|were produced|are being made|will be made|were bottled|baked|were baked|are baked|roasted|distilled|were distilled|minted|cast|were released|released)',
                // Few allotted to us by the maker: "Only one Pelagos FXD allocated to us this quarter".
                '(only|just) ({num}|one|two|three|a handful) ~4 (allocated|allotted|coming) to (us|our store|our boutique|our branch|our dealership|the boutique|the store)',
                '(room|space|places) for (only|just)? {num} more',
                'only {num} are|is ~1 left|available|remaining',
                // Limited, said of what is sold: "Stocks limited!", "places are strictly limited".
                '(stock|stocks|supplies|supply|places|seats|spots|numbers|quantities|units|tickets|spaces) (are|is)? (strictly|very|extremely)? limited',
                // Mostly gone, in figures: "the Panama Canal sailing is 92% sold", "the show floor is now 85% booked".
                // (Not "the warehouse is now 80% full": our own space.)
                '(is|are|now|already) (now|already)? {pct>=70} (sold|booked|taken|reserved|subscribed)',
                // No promise it will last: "I can't promise the category will still be there next week".
                // What is sold, not our own people ("we can't guarantee the dock crew will still be there by then").
                "(can't|cannot|can not|won't|couldn't) (promise|guarantee) ~4 (rate|price|offer|deal|slot|slots|room|rooms|category|cabin|cabins|unit|units|stock|seat|seats|place|places|spot|spots|date|dates|berth|berths|plot|plots|it|they|them|that|this|these|those) (will still be|still be|will be|is still|stays) (there|available|left|open|free|yours) ~2 ({date}|next week|next month|for long|much longer|by then)",
                // The last units at this price: "Attention: last units of the kit with this price!"
                '(last|final) (units|few units|pieces|remaining units|few pieces) (of|at|with|in)',
                // The first so many who sign: "fees are waived for the first 25 local businesses that sign up".
                'first {num} ~3 (that|who|to) (sign|signs|book|books|register|registers|join|joins|order|orders|buy|buys|enrol|enrols|enroll|enrolls|apply|applies)',
                // Others already holding the date: "two other groups have already pencilled in those dates".
                // (From the verb: the other party's words stay a cue for what follows.)
                '(have|has) (already)? (pencilled|penciled|put a hold on|provisionally booked) (in)? (those|the|these|that|your|their) (date|dates|slot|slots|week|weekend|room|rooms|venue)',
                // A programme closing to newcomers on a date: "The programme closes to new enrolments on 30 June".
                '(closes|close|closing|shuts|shut) to new ~1 (enrolments|enrollments|members|applicants|customers|sign ups|signups|entries|bookings|partners|resellers) ~2 {date}',
                // Ours, the last few: "we have one 47-meter boom left for that day", "we're down to two trucks left this week".
                "(we have|we've got|we have got|there's|there is|there are|we're down to|we are down to) (only|just)? (one|two|three|a couple|a few|{num}) ~4 left (for|this|that|at|until|before)",
                // Few of what is sold, in this run or season: "Only 8 pallets this shipment, first come first served", "we only have
                // 20 barrels this vintage".
                '(only|just) (have|got|has)? {num} ~2w (crates|pallets|lots|bags|sacks|cases|bottles|casks|kegs|units|pieces|sets|tonnes|tons|boxes|cartons|plots|slots|places|seats|spots|tickets|cabins|rooms|machines|trucks|tractors|cars|vans|boats|bikes|barrels|hives|lambs|calves|puppies|kittens) (this|per|each|in this|from this) (run|batch|season|year|harvest|crop|vintage|shipment|container|load|allocation|release|drop|edition|quarter|month|week|intake|litter)',
                // The adverb before the verb: "we've only got two kiln slots left in March", "we only have a couple of vans left".
                "(we've|we have|we|i've|i have|i) (only|just) (got|have) (one|two|three|a couple|a few|{num}) ~4 left (for|this|that|at|until|before|in|on|,|.|!|—)",
                // The buyer's paper needed by a time to keep it: "need the PO by 3 p.m. to hold it".
                '(need|needs|want|wants|require|requires) (the|a|their|your) (po|purchase order|deposit|signature|signed order|order|confirmation|go ahead) (by|before) {date} to (hold|keep|secure|lock|reserve)',
                // What is left said with its place between: "Only 12 bags of the certified lucerne seed are left at the Dubbo store".
                '(only|just) {num} ~6w (are|is) (left|remaining|still left)',
                // As said in translation: "only remain two units in stock".
                '(only|just) (remain|remains) {num}',
                '{pct} ~4 already claimed|taken|gone|booked|sold|reserved',
                'already claimed|taken|booked|sold|reserved',
                'slot|slots|seat|seats|spot|spots|place|places|capacity|allocation ~4 gone|taken|released|given away',
                'go|goes|going|given|released|offered to (another|the next) ~1 customer|buyer|company|client|bidder|team|waitlist|person|firm',
                '(released|given|offered|passed) to (the waitlist|the waiting list|other shoppers|someone else|other buyers|the next in line)',
                'only (take on|accept|onboard) {num}',
                // "June is nearly full", "the spring intake is almost full".
                '({date}|diary|calendar|schedule|intake|cohort|class|course|event|session|room|venue|slots|spots|places|seats|capacity|order book|waitlist) ~2 (is|are) (nearly|almost|practically|virtually) (full|booked|booked up|sold out|gone|taken)',
                // The first few only: "give the first 50 sign-ups lifetime access at half price".
                'first {num} ~1 (sign ups|signups|customers|buyers|subscribers|members|registrants|callers|people|companies|schools|clinics|users|firms|teams|practices|stores|shops|districts|hotels|families|accounts)',
                // Homes and businesses, when they get something: "the first 20 homes in the neighborhood get $1,000 off" (not "the first 200
                // homes in last year's pilot saw bills fall").
                'first {num} (homes|households|houses|homeowners|farms|venues|restaurants|bars|garages|salons|dealers|installers) ~4 (get|gets|receive|receives|who|that|to sign|to book|to order)',
                'next ~1 cohort|intake|window|round|batch|opening|slot ~3 until|till {date}',
                'remaining inventory|stock|seats|spots|capacity',
            ],
            examples: {
                signal: [
                    "Tell him there's only the one 7R left in the yard and two other lads asking about it.",
                    'Sign them on the spot if you can; once they sleep on it, they shop around.',
                    'Try to sign them at the kitchen table, before they talk to anyone else.',
                    "We've only got two kiln slots left in March, so let me know this week.",
                    'Only 8 pallets this shipment, first come first served.',
                    'We only have 20 barrels this vintage; ring to reserve yours.',
                    'We only have a couple of the demo mowers left at that price.',
                    'Book your kickoff now; June is nearly full.',
                    'The first 50 sign-ups get lifetime access at half price.',
                    'Six plots remain in the garden section; make sure families hear that before they leave the showroom.',
                    'Only 40 casks of the barrel-aged stout exist, and allocation closes when the last one is claimed.',
                    'Thursday heels has room for four more, then the list closes.',
                    'Only 12 bags of the certified lucerne seed are left at the Dubbo store.',
                    'Festive offer: buy one kurta, get the second one free. Stocks limited!',
                    'Attention: last units of the kit at this price.',
                    'Sponsorship fees are waived for the first 25 local businesses that sign up.',
                    'We have one 47-meter boom left for that day.',
                    'Two other groups have already pencilled in those dates.',
                    'The programme closes to new enrolments on 30 June, so resellers should sign the addendum before then.',
                    'Just three of the reconditioned forklifts are left.',
                    'If the client hesitates, tell him that only remain two units in stock.',
                    'First three to reply YES get the last seats.',
                    "Two spots just opened in Saturday's group. First to reply YES gets them.",
                    'The first family to text back has the cabin; at noon we text the next family on the list.',
                    'If they pass, the slot goes to the next name on the waitlist.',
                    'Remind them our crew is only in their area until Friday.',
                    'Our fitters are only in your town for two days, so book now.',
                    'The next install slot is eight weeks out, so book now.',
                    "Close on the first visit; don't let the customer go home to think it over.",
                    'Just 6 places remain for the autumn bootcamp.',
                    'Only two licences are left at this price.',
                    'Only two of the 26-foot pontoons left, say it on every call this week.',
                    'Whoever signs the order form first gets the January install slot.',
                    'Most seats are already taken.',
                    'Your hold is released to the next customer on Monday.',
                ],
                not: [
                    'Only the one person left in payroll can run the old report.',
                    'Just the one sticking point left in the contract: the indemnity cap.',
                    'Only admins can export reports.',
                    'The room holds 40 people.',
                    'Only 4 of the 30 modules are available on the free tier, which is what makes the upgrade easy.',
                    'Only 12 of the 200 named accounts remain unassigned after the territory carve-up.',
                ],
            },
        },
        {
            id: 'a decision within a set time',
            notIn: KINDS_WITH_OUR_OWN_DATES,
            // The buyer's act within the time, not our own service ("every booking is entered in CRM within 24 hours", "the first
            // backup runs within an hour", "the consultant calls within two days").
            patterns: [
                // A time given to decide: "the first client is given 48 hours to confirm with a deposit or release the hold".
                '(given|gets|get|has|have|giving|give) {duration} to (confirm|decide|sign|commit|pay|book|accept|respond|reply|make up their mind)',
                // Exact words where a noun shares the stem ("every table booking", "purchases ship within 24 hours").
                '(sign|signs|signed|countersign|countersigns|countersigned|=book|decide|decides|commit|commits|register|registers|redeem|redeems|enrol|enrols|enroll|enrolls|=buy|=purchase|upgrade|upgrades|=reserve|=confirm|=accept|=switch|=switches|=join|=joins|check out|checks out) ~3 (within|in the next) {duration}',
                // The hour said without a number: "Check out in the next hour and we'll take 10% off".
                // Not "orders are dispatched within the hour" (our service).
                '(sign|signs|=book|=buy|=purchase|=reserve|=confirm|=order|check out|checks out|=join|=joins|=switch) ~3 (within the hour|in the next hour|within the next hour|in the next half hour|within the next half hour|by the end of the hour)',
                // Valid only for those who act in time: "The rate is only valid for bookings confirmed within 72 hours of the email".
                '(only|just) (good|valid|available|held|open|honoured|honored) (for|to) ~4 (confirmed|signed|placed|booked|made|received|accepted|paid) (within|in the next) {duration}',
                // Finishing the purchase: "Complete your order in the next 2 hrs and get 10% off".
                '(complete|completes|finish|finishes|place|places|confirm|confirms|submit|submits) (your|their) ~1 (order|booking|purchase|checkout|application|enrolment|enrollment|registration|reservation) ~2 (within|in the next) {duration}',
            ],
            when: ['decision', 'trait:discount'],
            examples: {
                signal: [
                    'The offer is void unless countersigned within 48 hours.',
                    'Sign within 24 hours or the quote is withdrawn.',
                    'They need to book in the next 48 hours to keep the rate.',
                    'Complete your order in the next 2 hrs and get 10% off.',
                    'Switch within 30 days and the first bill is on us.',
                    'The rate is only valid for bookings confirmed within 72 hours of the email.',
                ],
                not: [
                    'Our team will reach out within 24 hours with a quote.',
                    'Every seed booking is entered in CRM within 24 hours.',
                    'The admin signs up on the website and the first backup runs within an hour.',
                    'The front desk confirms every table booking within two hours by text.',
                    'Invoices: pay within 30 days.',
                ],
            },
        },
        {
            id: 'the offer gone when the buyer leaves',
            patterns: [
                "(deal|offer|price|discount|rate|terms) (is|'s|will be) gone (the minute|the moment|the second|once|when|as soon as) ~2 (walk|walks|leave|leaves|hang up|hangs up|go|goes|log off|logs off)",
                "(deal|offer|price|discount|rate|terms) (doesn't|does not|won't|will not|can't|cannot) (survive|last|outlive|outlast) (past|beyond)? (the|this|that|today|tonight) ~1 (door|front door|call|visit|meeting|showroom|tour|conversation|day)?",
            ],
            examples: {
                signal: [
                    'Tell him the deal is gone the minute he walks out of the showroom.',
                    "Say plainly that the offer doesn't survive past the front door.",
                    "Make clear the price won't last beyond this call.",
                ],
                not: ['The rep is gone the minute the meeting ends.', "The offer letter won't survive a legal review as drafted."],
            },
        },
        {
            id: 'or the offer is withdrawn',
            patterns: [
                '(or|otherwise|else|after which) (the|this|our|that|your)? ~1 (quote|offer|price|deal|discount|rate|terms|hold|reservation) (is|will be|gets|goes|get|are) (withdrawn|pulled|gone|void|cancelled|canceled|released|lost)',
            ],
            examples: {
                signal: [
                    'Sign within 24 hours or the quote is withdrawn.',
                    'Confirm by Thursday, otherwise the hold is released to the next couple.',
                    'They have until noon to accept, after which the offer is void.',
                ],
                not: ['The spring flash sale was withdrawn after two weeks.'],
            },
        },
        {
            id: 'an offer before a day the buyer knows',
            // "20% off any package ordered before picture day", "book before launch day".
            patterns: [
                '(ordered|order|orders|booked|book|books|placed|signed|sign|signs|purchased|bought|buy|paid|pay|registered|register) (before|by|ahead of) (the)? ~1 (day|deadline|cutoff|cut off|launch|opening)',
            ],
            when: ['offer', 'trait:discount'],
            examples: {
                signal: ['Parents get 20% off any package ordered before picture day.', 'Early-bird tickets are $99 if you book before launch day.'],
                not: ['Orders placed before the cutoff ship the same day.'],
            },
        },
        {
            // Others after the same thing, named: "two more families have asked for this date", "other couples have also enquired
            // about the June weekend".
            id: 'others after the same date or unit',
            patterns: [
                '(other|another|{num} other|{num} more|two more|three more|several other|a few other|some other) (buyers|occupiers|tenants|couples|families|companies|firms|bidders|groups|parties|clients|schools|people|guests|brides|dealers|customers) (have|has|had)? (also|already)? (asked about|asked for|enquired about|enquired for|inquired about|inquired for|enquired after|put a hold on|called about|shown interest in|asked after|booked viewings of) (this|that|the same|your|the) ~1 (date|dates|day|weekend|slot|slots|room|unit|property|plot|car|space|venue|suite|stand|house|flat|apartment)',
            ],
            examples: {
                signal: [
                    'Sir, two more families have asked for this date.',
                    'Tell them other couples have also enquired about the same weekend.',
                    'Three other buyers have shown interest in this plot.',
                ],
                not: ['Two more families have asked about the menu, so print it.'],
            },
        },
        {
            id: 'other buyers looking',
            patterns: [
                '(other|another|{num} other|two other|three other|several other) (buyers|occupiers|tenants|couples|families|companies|firms|bidders|groups|parties|clients|schools) (are|is) (looking at|viewing|interested in|asking about|considering|circling)',
            ],
            // At what we sell, not at a case study: "three other schools are interested in the pilot results".
            when: ['offer', 'decision', 'capacity'],
            examples: {
                signal: [
                    'Mention that two other occupiers are looking at the space on the fourth floor.',
                    'Another couple is viewing the June date tomorrow, so a deposit holds it.',
                ],
                not: ['Three other schools are interested in the pilot results, so turn them into a case study.'],
            },
        },
        {
            id: 'an offer that ends with the show',
            patterns: ['(end|ends|expire|expires) when (the)? ~2 (show|event|expo|fair|doors|floor|stand|booth|tour) (closes|close|ends|end|shuts)'],
            when: ['offer', 'trait:discount'],
            examples: {
                signal: ['Show specials are 15% off, and they end when the show floor closes.'],
                not: ['Badge scanning stops when the expo floor closes, so upload the leads that night.'],
            },
        },
        {
            id: 'first come, first served',
            patterns: [
                'first come ,? first (served|serve)',
                // "allocation is on a first-come basis".
                'first come (basis|first served basis)',
                '(gone|sold|taken) by (noon|midday|lunch|lunchtime|tonight|the weekend|close of business|the end of the day)',
            ],
            when: ['offer', 'decision'],
            examples: {
                signal: [
                    'Bluefin allocation is tiny: orders are first come, first served, and it will be gone by noon.',
                    'Book now: workshop seats are first come first served.',
                    'Short-dated stock goes to orders first come, first served until it is gone.',
                    'Demo units are allocated on a first-come basis, so orders placed today ship first.',
                ],
                not: [
                    'Support tickets are answered first come, first served.',
                    'Support requests are handled on a first-come basis.',
                    'The van is gone by noon on Fridays.',
                    'Parking spaces at the summit venue are first come, first served, so point guests to the shuttle.',
                ],
            },
        },
        {
            id: "the decision asked for today, in the rep's words",
            patterns: [
                "(let's|let us) (get|have) (you|them|it|this) (booked|signed|locked|started|on the books) (in|up|on)? ~1 (today|tonight|right now|before you go|before you leave|this afternoon)",
                "(we can|i can|we'll|i'll) (get|have) (you|them) (signed|locked) (in|up)? ~1 (today|tonight|right now|before you go|before you leave)",
            ],
            examples: {
                signal: [
                    "If that compressor dies mid-July you're without cooling for a week, so let's get you booked in today.",
                    'We can have you signed up before you leave, and the fee is waived.',
                    "Let's get it on the books today so the crew can start Monday.",
                ],
                not: [
                    "Let's get you booked in for a site survey next month.",
                    'The report is due Friday; send it by then.',
                    'On an emergency breakdown call, say the technician is nearby, so we can have it sorted this afternoon.',
                ],
            },
        },
        {
            id: 'a decision by a date said before',
            notIn: KINDS_WITH_OUR_OWN_DATES,
            patterns: [
                '(sign|signs|enrol|enrols|enroll|enrolls|register|registers|order|orders|book|books|commit|commits|decide|decides|confirm|confirms|reserve|reserves) (by|before) then',
            ],
            when: ['offer', 'trait:discount'],
            examples: {
                signal: [
                    'Your free trial week ends Sunday; enrol by then and keep 20% off your first term.',
                    'The early rate runs to the 15th, so book by then.',
                    'Founding-member pricing closes at the end of June; sign by then to keep it.',
                ],
                not: [
                    'The venue needs numbers by Friday, so confirm by then.',
                    'Every practice gets a 14-day free trial and the onboarding call has to happen inside it, so ask them to book by then.',
                ],
            },
        },
        {
            id: 'capped supply',
            patterns: ['(capped|limited) (at|to) (the first)? {num}'],
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
            id: 'nearly full',
            patterns: ['(almost|nearly|all but|practically|virtually) (full|booked|taken|allocated|spoken for|booked up|fully booked|sold)'],
            when: ['capacity', 'offer'],
            examples: { signal: ['Only two install crews are free this quarter and both are nearly booked.'], not: ['The tank is almost full.'] },
        },
        {
            id: 'scarcity by count',
            patterns: [
                '{num} left|remain|remaining',
                // A few, in words: "Only a handful of seats remain in the Saturday masterclass".
                '(only|just) (a handful|a few|a couple|a small number|a couple of) (of)? ~2 (seats|places|spots|slots|tickets|units|rooms|tables|berths|pitches|plots|dates|spaces|pallets|cases|bottles|boxes) ~3 (remain|remaining|left|available|to go|still free)',
            ],
            when: ['capacity'],
            examples: {
                signal: [
                    'Roundtable: 10 chairs, 3 left for the Boston table.',
                    'Only a handful of seats remain in the Saturday masterclass; tell them to lock one in today.',
                ],
                not: ['Two steps left in the onboarding checklist.', 'Only a few of the old leads remain in the queue.'],
            },
        },
        {
            id: 'competition for the same thing',
            patterns: [
                'other|another|competitor|competitors|rival|rivals|others ~5 look|looking|eye|eyeing|consider|considering|evaluate|evaluating|bid|bidding|want|interested ~3 same',
                '(someone else|another buyer|another customer) ~3 could|might|may|will ~1 take|grab|get|snap',
            ],
            examples: { signal: ['Remind them another buyer is eyeing the same slot.'], not: ['Other teams use the same template.'] },
        },
    ],
    // Named once in a long text: a countdown taken down, a countdown to our own launch. Not "urgency", "scarcity" or "hurry": they
    // are what a tactic makes or leans on ("build urgency on every test drive"), seldom a thing only named.
    bare: ['countdown', 'countdowns'],
    senses: [
        // Our own printed matter running low, not stock for sale: "Only 3 boxes of brochures left in the van - reorder from the printer".
        '(only|just) {num} ~2 of (brochures|flyers|leaflets|samples|business cards|catalogues|catalogs|stationery|forms|labels|swag|giveaways|banners|order forms|price lists) ~3 (=left|=remaining|=remains) (in|at|on|for|this|until|till|before|.|!|,|—)?',
        // Our own numbers filled, not stock that runs out: "our pipeline is 80% booked for Q3", "the quota is 90% sold".
        '(pipeline|quota|quotas|target|targets|forecast|commit|number|numbers|plan|budget) (is|are) (now|already)? {pct} (sold|booked|full|taken|reserved|allocated|subscribed|gone)',
        // What someone buys at present, asked or told, not a call to buy: "ask which blends they buy now", "whatever you buy
        // now from the co-op".
        {
            // A cadence's last step named as such, not a push: "Day 21: last call, then close the record", "Touch 6 is the breakup email",
            // "Touch 6 (final email): …" (unless an offer hangs on it: "Step 6 breakup email: the 20% intro rate expires tonight").
            id: "a cadence's last step",
            patterns: [
                '(day|step|touch) {num} ,? (is|=:|—|email|call)? ~2 (last call|final call|breakup email|break up email|final email|last email|final touch|last touch)',
            ],
            unless: ['offer', 'trait:discount'],
            examples: {
                not: ['Day 21: last call, then close the record in the CRM.', 'Touch 6 is the breakup email; after it they go to nurture.'],
            },
        },
        {
            // (Unless a price hangs on it: "whatever they buy now ships at this year's prices" is the push.)
            id: 'what someone buys at present',
            patterns: ['(what|whatever|which|where|how much|how many|who) ~3 (they|you|we|he|she|customers|buyers|clients|farmers|roasters|shops) (=buy|=buys) now'],
            unless: ['offer', 'pricechange'],
            examples: { not: ['Ask which blends they buy now and from which importer.'] },
        },
        {
            // Time we have left, not stock that runs out: "we only have two weeks left in the quarter", "I've only got three minutes left on
            // this call" (unless an offer hangs on it: "only two days left to claim 20% off").
            id: 'our own time left',
            patterns: [
                "(we've|we have|we|i've|i have|i) (only|just) (got|have) (one|two|three|four|five|a couple of|a few|{num}) (minutes|minute|hours|hour|days|day|weeks|week|months|month|mins) left (in|on|of|before|until|to|for|this|that|at|,|.|!|—)",
            ],
            unless: ['offer', 'trait:discount'],
            examples: {
                not: ['We only have two weeks left in the quarter to hit the number.', "I've only got three minutes left on this call, so let's book Tuesday."],
            },
        },
        // A closure, not a time limit: "Until May 2 the showroom is closed", "our Eastgate bay is closed until 30 November".
        'until {date} ~4 (=closed|=shut|unavailable|out of action|under repair|for repairs|being refurbished|being refitted)',
        '(=closed|=shut|unavailable|out of action) (for repairs|for refurbishment|for a refit|for stocktake|for stocktaking)? (until|till) {date}',
        // People assigned to us, not stock allotted: "Just one solutions engineer is assigned to us for the Nordics".
        '(only|just) ({num}|one|two|three) (solutions|sales|field|service|support|account)? (engineer|engineers|rep|reps|person|people|consultant|consultants|specialist|specialists|manager|managers|trainer|trainers|technician|technicians|csm|csms|se|ses|ae|aes) (is|are)? (allocated|allotted|assigned|coming)',
        // The buyer's own balance running down, not stock: "Credit running-out reminders", "an SMS when their airtime runs out".
        '(credit|balance|airtime|data|tokens|units|minutes|allowance|prepaid) ~2 (running out|runs out|run out|ran out|running low|runs low)',
        {
            // Goods or freight held in a warehouse or a port, not a booking held for a buyer: "The pallet hold in bay four is released at
            // 6pm unless the haulier confirms collection", "the customs hold lapses unless the broker pays the duty". Not a berth or a
            // crane held for a buyer (red team 51): that is a booking.
            id: 'goods held, not a booking',
            patterns: [
                '(customs|quality|qa|qc|quarantine|credit|payment|engineering|compliance|safety|port|warehouse) (hold|holds) ~4 (drops|drop|lapses|lapse|expires|expire|is released|are released|releases|release|goes|go|ends|end) ~5 unless ~6 (confirm|confirms|confirmed|collect|collects|collected|collection|pay|pays|paid|clear|clears|cleared|find|finds|found|sign|signs|signed|book|books|booked|deposit|payment|contract|order|orders|duty|fault|paperwork)',
                // Or let go when the carrier or the lab acts: "The pallet hold in bay four is released at 6pm unless the haulier confirms
                // collection". Stock held for a buyer who must sign is a booking (red team 52: "the stock hold on his 12 tractors lapses
                // at noon Friday unless he signs the order").
                '(hold|holds) ~4 (drops|drop|lapses|lapse|expires|expire|is released|are released|releases|release|goes|go|ends|end) ~5 unless (the)? (haulier|hauliers|carrier|carriers|courier|couriers|driver|drivers|forwarder|forwarders|broker|brokers|lab|labs|agent|agents|surveyor|inspector|inspectors|port|customs) ~4 (confirm|confirms|confirmed|collect|collects|collected|collection|pay|pays|paid|clear|clears|cleared|find|finds|found|sign|signs|signed|book|books|booked|deposit|payment|duty|fault|paperwork)',
            ],
            examples: {
                not: [
                    'The pallet hold in bay four is released at 6pm unless the haulier confirms collection.',
                    'The customs hold lapses tomorrow unless the broker pays the duty.',
                    'The container hold at the port is released on Friday unless the agent confirms the booking.',
                ],
            },
        },
        // A dispatch cut-off, not a push: "orders in by 10:30 or it goes tomorrow", "placed before 2pm and it ships the same day".
        '(in|placed|received|booked) (by|before) {date} (or|otherwise|and) (it|the order|orders|your order) (ships|ship|arrives|arrive|is delivered|are delivered|is dispatched|are dispatched|goes out|go out|goes|go) (out)? (tomorrow|next day|the next day|same day|the same day|on the next run|next morning|the next morning)',
        // A base, not stock running out: "how many trucks do you run out of the Leeds depot", "our crews work out of two yards" (not a
        // warehouse, which stock runs out of: "the vans are running out of the warehouse stock of chargers").
        '(truck|trucks|van|vans|vehicle|vehicles|rig|rigs|crew|crews|fleet|fleets|team|teams|driver|drivers|engineer|engineers|technician|technicians|contractor|contractors|installer|installers|business|company|firm) ~2 (run|runs|running|ran|operate|operates|operating|work|works|working) out of (the|our|their|your|a|an|two|three|four|several) ~2 (depot|depots|yard|yards|office|offices|base|bases|garage|garages|hub|hubs|branch|branches|port|ports|premises|building|buildings)',
        // Our own promise to deliver by a day, not their deadline: "I'll come back with a shortlist of three by Thursday", "we'll
        // have the revised drawings to you before Friday" (not "we can get you 12% off if you sign by Friday").
        "(i'll|we'll|i will|we will|he'll|she'll|they'll) ~3 (come back|get back|revert|send|deliver|turn around|share|email|circulate|return) ~5w (by|before) {date}",
        "(i'll|we'll|he'll|she'll|will|going to) (have|get|send) ~4w (with you|to you|back to you|over to you|across to you) (by|before) {date}",
        // Our own loss, said as a reason: "that is against the law for us, and it would ruin the trust anyway".
        '(could|can|might|will|would) ~3 (ruin|destroy|damage|sink|wreck) (the|our|their)? (trust|reputation|relationship|relationships|brand|name|goodwill|credibility)',
        // A market, not a moment: "lanes where they buy trucks on the spot market every week", "booked on the spot rate".
        '(=buy|=buys|=bought|=buying|=book|=books|=booked|=booking|=order|=orders|=ordered) ~4 on the spot (market|markets|exchange|exchanges)',
        // One season after another, not a deadline: "what each pricing structure would have cost them winter by winter".
        '(winter|summer|spring|autumn|fall|season|month|week|year|day|quarter|night|shift) by (winter|summer|spring|autumn|fall|season|month|week|year|day|quarter|night|shift)',
        // Our own call on the day, not theirs: "the marquee goes up or not: we decide by 10 am on the day, together with the couple".
        // (On the day only: "we decide by Friday whether it stays" is a price's deadline.)
        "(we|we'll|i|i'll|our team|the team|our staff|staff|the office|the venue|our crew|the crew) (decide|decides|will decide|confirm|confirms|will confirm|make the call|makes the call|call it) (by|before) {date} on the day",
        // Our own number to reach, not an offer's date: "attach rate is at 18%, we need 25% by end of quarter".
        '(need|needs|needed|hit|hits|reach|reaches|get to|gets to|target|targets|aim for|aims for|aiming for) {pct} (by|before) ~2 {date}',
        // Their word that they will act, not our push: "even when the owner says he will sign today if we do".
        // (The buyer's side only: "when a rep tells us she'll have them sign today for another 5% off" is our own close.)
        "(if|when|once|and|but|,) (the|a|an|our)? (owner|owners|customer|customers|client|clients|buyer|buyers|prospect|prospects|he|she|they|farmer|grower|patient|family|couple|caller|member|guest|dealer|account|school|practice|clinic) (says|say|said|tells us|told us|claims|claimed|insists|insisted|promises|promised) (he|she|they|he'll|she'll|they'll|he'd|she'd|they'd) ~2 (sign|signs|buy|buys|order|orders|commit|commits|book|books) ~3 (today|tonight|now|this week|this month|on the spot)",
        // Our own diary, not scarcity: "Sadly I'm already booked that day, but I've copied two photographer friends".
        "(i'm|i am|we're|we are|i've been|we've been) (already|fully)? booked (that day|on that day|that date|on that date|that weekend|then|for that date|up|solid|out)",
        // Another's process with its own date, not our offer's: "whose RFP for interpretation services closes March 12 at 2 p.m.",
        // "UCAT bookings close in mid-September", "tender submissions are due 4 June" (not applications: "Early-bird applications for
        // the MBA close 31 January" may be our own window).
        '(rfp|rfps|rfq|rfqs|rfi|rfis|tender|tenders|itt|itts|ucas|ucat) ~4 (close|closes|closed|closing|is due|are due|due) ~3 {date}',
        // A question about who does it now: "2. Who books in-person interpreters today, and where there have been incidents" (not
        // "who signs today?", a close, nor "clinics who order today").
        '(who|which team|which teams) (=books|=buys|=orders|=handles|=manages|=owns|=uses|=runs|=does) ~4 today (,|and|?|.)',
        // A span we keep something for them, not a deadline: "hold reserve beds for them through the winter" (not "free delivery runs
        // through the winter only").
        '(hold|holds|held|holding|reserve|reserves|reserving|keep|keeps|keeping|store|stores|storing|house|houses|look after|care for) ~4 (through|throughout|over) the (winter|summer|spring|autumn|fall|season|holidays|holiday season)',
        // A notice period opening the sentence: "Sixty days before the annual contract expires, billing emails the renewal date" (not
        // "available until 60 days before the subscription ends").
        '^ {duration} before (the|their|your|its|each|every)? ~2 (contract|contracts|term|terms|subscription|subscriptions|policy|policies|lease|leases|licence|licences|license|licenses|agreement|agreements) (expires|expire|ends|end|renews|renew|lapses|lapse|runs out|run out)',
        // What is left to settle, not stock: "just the one sticking point left in the contract".
        '(only|just) (the)? {num} (issue|issues|point|points|thing|things|question|questions|item|items|step|steps|sticking point|sticking points|blocker|blockers|task|tasks|signature|signatures|detail|details|clause|clauses) (left|remaining|to go|outstanding)',
        // Boxes to tick, not boxes of stock: "only two boxes left to tick on the form" (not "only 40 boxes left").
        '(only|just) (the)? {num} (box|boxes) (left|remaining|still) (to tick|to check|to fill|ticked|unticked|unchecked|blank|empty)',
        // People left in a team, not stock: "only the one person left in payroll can run the old report".
        '(only|just) (the)? {num} ~3w (person|people|man|woman|guy|fella|rep|reps|engineer|engineers|member|members|staff|colleague|colleagues|employee|employees|manager|managers|of us|of them|drivers|technicians|techs|nurses|teachers|agents) (left|remaining) (in|on|at|who|that|from|with|since|.|,)',
        // The cash register, not "until": "the loyalty coupon runs through the till in March", "cash at the till by Friday".
        // (Only a date straight after it, or after in or on: "at the till by Sunday" keeps its deadline.)
        '(the|a|our|their|your|each|every|its|one) =till (in|on|during|from)? {date}',
        // A service level, not an offer that runs for hours: "a 48-hour offer turnaround", "our 24-hour deal desk".
        '{num} (hour|hours|hr|hrs|h) (offer|offers|deal|deals|sale|discount) (turnaround|turnarounds|desk|desks|line|lines|team|teams|training|response|responses|decision|decisions|approval|approvals|review|reviews)',
        // Our own target for a date, not the buyer's: "aim to have all 4,000 contacts enrolled by the end of day one", "the goal is
        // to get every rep certified before the kickoff"; our own work, not their signature ("aim to get their signature by Friday"
        // is still a decision's date).
        '(aim|aims|aiming|goal is|target is|our target is|the target is|the aim is|the goal is) to (have|get) ~6 (enrolled|loaded|added|imported|uploaded|sent|called|contacted|trained|certified|done|finished|completed|logged|entered|updated|tagged|cleaned) (by|before) ~4 {date}',
        '(aim|aims|aiming|goal is|target is|our target is|the target is|the aim is|the goal is) to (finish|complete|load|enrol|enroll|send|call|contact|train|certify|log|enter|update|upload|import|tag|clean) ~8 (by|before) ~4 {date}',
        {
            // A job turned round, not an offer's deadline: "Repairs booked in by Thursday are promised back by the following Thursday"
            // (not "Bikes booked in before 1 May are serviced at 20% off", a price with a date).
            id: 'a job turned round by a date',
            patterns: [
                '(booked|booked in|dropped off|dropped in|handed in|brought in|received|logged) (by|before) {date} ~4 (back|ready|returned|delivered|shipped|dispatched|done|fixed|repaired|serviced|collected|turned round|turned around)',
            ],
            unless: ['trait:discount'],
            examples: {
                not: ['Repairs booked in by Thursday are promised back by the following Thursday.'],
            },
        },
        // A start, not a limit: "From today, Hannah is your project manager".
        '(from|as of|starting|since) (today|tonight|this week|this month)',
        // Hours we answer in, not a deadline: "a pharmacist on the phone until 7pm".
        '(on the phone|on call|on the line|answering|staffed|manned|on hand|at the counter|on duty) (until|till) {date}',
        // A cap, not scarcity: "seats are limited to two per workspace".
        '(stock|stocks|supplies|places|seats|spots|numbers|quantities|units|tickets|spaces) (are|is)? (strictly)? limited to',
        // A forecast field, not a deadline: "three deals have a close date in March".
        // Not "closing date 14 June" of an offer.
        '(=close|=closed) (date|dates) ~2 {date}',
        // A quantity that earns a price, not stock left: "Volume pricing for 500+ units is available on request".
        '(for|over|above|beyond|from|of) {num} ~2 (seats|spots|places|slots|tickets|passes|licences|licenses|units|spaces|users) ~2 (is|are)? available',
        // An agreement that ends, not stock that sells out: "while their old license runs out", "the lease runs out in spring".
        // Theirs, one agreement (not "the launch allocation of licences runs out at 500 seats").
        '(their|the|his|her|your|its|a|current|old|existing|previous) (licence|license|contract|lease|subscription|warranty|agreement|visa|permit) (runs|run|running|ran) out',
        // Deals closed in a quarter, our own work: "discounts of up to 30% to close Q3 deals".
        "(close|closing|closes|closed) (q1|q2|q3|q4|h1|h2|quarter|month end|year end|this quarter's|last quarter's) (deals|deal|business|pipeline|opportunities|opps|bookings|numbers)",
        // Someone's haste, not ours put on them: "Customers in a hurry can book online", "for the buyer who is in a hurry".
        "(is|are|was|were|who are|who're|if you're|if they're|when you're|when they're|people|customers|buyers|guests|visitors|callers|anyone|someone|those|drivers|patients) (in a|in such a|in no|in any) hurry",
        '(in no|in any) hurry',
        // A launch, not a limit: "The Q3 price book, with the new 12% volume discount, goes live this month".
        '(goes|go|going|went|launches|launch|launching|comes|come|rolls|roll) (live|out|into effect|into force) (this|next) (week|month|weekend|fortnight|quarter)',
        // A stretch of months, not a deadline: "June through August the boats sit at the mooring" (a span of days can bound an offer:
        // "Tuesday to Thursday only").
        '(january|february|march|april|may|june|july|august|september|october|november|december) (through|thru|to|till|until) {date}',
        // A long validity, no push: "Gift vouchers are good for three years".
        '(good|valid|usable|redeemable) for ({num}|one|two|three|four|five|a|twelve|a full) (year|years)',
        {
            // What we ourselves issued or took before a change keeps its terms: "Quotes issued before February 1 stay valid for 30
            // days", "Orders taken before 1 June are charged at the price on the order". A notice, not a push (not "orders placed
            // before 1 June keep today's price", the buyer's act).
            id: 'what we issued before the change',
            // Not where an amount off rides on it: "Orders taken before 1 June lock in 10% off, so tell every stockist to order now".
            unless: ['trait:discount'],
            patterns: [
                '(quotes|quote|quotations|orders|order|jobs|contracts|invoices|estimates|proposals|confirmations) (already)? (issued|taken|sent|raised|written|processed|logged|entered|keyed|in hand|on the books) (before|prior to|ahead of) {date}',
            ],
            examples: {
                not: [
                    "Haldane's new price book takes effect February 1, with list prices up 6%. Quotes issued before February 1 stay valid for 30 days.",
                    'List prices go up by £15 a pair from 1 June. Orders taken before 1 June are charged at the price on the order.',
                    'The rate card changes on 1 April; estimates already sent before 1 April are honoured as written.',
                ],
            },
        },
        // A measure that rose, not bookings running out: "recall bookings up 22% in one quarter".
        '(recall bookings|bookings|sales|revenue|enquiries|inquiries|leads|conversions|attendance|signups|footfall|visits|orders|renewals) (up|down) (by)? {pct}',
        // Those already booked, not places running out: "Couples already booked keep their contracted rate".
        '(couples|customers|clients|guests|members|families|those|anyone|people|parents|students|groups|tenants|patients) (who are|who have)? already (booked|signed|contracted|enrolled|registered|confirmed)',
        // Those who buy from us already: "Operators who already book adult groups with us are offered the kids' club".
        '(who|that) already (book|books|buy|buys|order|orders|use|uses|hire|hires|rent|rents) ~3 (with|from|through) (us|our)',
        {
            // What a supplier charges us going up, not our push: "Buy next season's chemistry before the supplier's March 1 price increase".
            id: "a supplier's price rise",
            patterns: [
                "(before|ahead of|until|till|after) the (=supplier's|=suppliers'|=manufacturer's|=mill's|=vendor's|=wholesaler's|=grower's|=growers'|=factory's|=roaster's|=importer's|=maker's|=merchant's|=landlord's|=printer's|=carrier's|=courier's|=bank's|=insurer's|=utility's|=telco's|=provider's|=wholesalers'|=printers'|=mills'|=haulier's|=shipper's) ~3 (price|prices|pricing|rate|rates|list|tariff|cost|costs) (increase|increases|rise|rises|hike|hikes|change|changes|goes up|go up|uplift)",
            ],
            examples: {
                not: [
                    "Buy next season's seed treatment before the supplier's March 1 price increase.",
                    "Restock the glassware ahead of the manufacturer's April price rise.",
                ],
            },
        },
        // The books closed, not a deadline of the buyer's: "Finance books the quarter-end close for 3 April".
        '(quarter|month|year|period|fiscal|financial|q1|q2|q3|q4) end close ~2 {date}',
        // A day chosen, not a day by which: "Couples who book a Friday or Sunday wedding get 15% off", "anyone who books a weekday slot".
        {
            id: 'a day that is booked',
            patterns: [
                `(book|books|booking|booked|reserve|reserves|choose|chooses|pick|picks|take|takes|want|wants|prefer|prefers|hire|hires|sign|signs|signing|signed) (${ONE_OF}) (${DAYS_CHOSEN}|saturday night|friday night|sunday afternoon)`,
                // With whoever does it: "Anybody who signs a winter storage contract gets the spring wash on us".
                `(anyone|anybody|everyone|everybody|couples|families|groups|those|customers|clients|members|owners|people|guests|parents|boaters|tenants|couple|family|group|customer|client|member|owner) (who|that) (${CHOOSES}) (${ONE_OF}) (${DAYS_CHOSEN})`,
                `(if|when) (they|you|the customer|the client|the couple|the family) (${CHOOSES}) (${ONE_OF}) (${DAYS_CHOSEN})`,
            ],
            examples: {
                not: [
                    'Couples who book a Friday or Sunday wedding get 15% off the venue fee.',
                    'Anybody who signs a winter storage contract gets the spring wash on us.',
                    'Families who book a Sunday party get 10% off the garden room.',
                ],
            },
        },
        // A supply delay, not a deadline: "Cleaning products for the veterinary range are on back-order until the 20th".
        {
            id: 'a supply delay',
            patterns: [
                '(on back order|on backorder|backordered|back ordered|out of stock|awaiting stock|delayed|unavailable|held up|stuck in customs) (until|till) {date}',
            ],
            examples: { not: ['Cleaning products for the veterinary range are on back-order until the 20th, so offer the nearest equivalent.'] },
        },
        // School tests, not the last units in stock: "Last two unit test and term marks, subject-wise".
        {
            id: 'a unit test',
            patterns: [
                '(last|final|next|first|past|previous) ({num}|two|three|few|couple of)? (unit|units|class|weekly|monthly|term|mock|practice) (test|tests|exam|exams|assessment|assessments|quiz|quizzes)',
            ],
            examples: { not: ['Ask for the last two unit test and term marks, subject-wise.'] },
        },
        {
            // A standing cut-off of the service, not a push: "Orders placed by 2pm are delivered next working day", "grab lorry slots
            // must be booked by noon"; unless it bounds an offer ("orders placed by Friday get 10% off").
            id: 'a standing cut-off',
            patterns: [
                '(orders|order|slots|slot|bookings|booking|deliveries|delivery|collections|collection|pickups|pickup|requests|request|installations|installs|fittings|jobs|repairs) ~4 (placed|booked|made|received|confirmed|submitted|in) by {date} ~4 (delivered|dispatched|shipped|despatched|sent|collected|installed|fitted|served|picked|ship|ships|go out|goes out|arrive|arrives|go on|goes on|make|makes|catch|catches)',
                // In time for the van: "booked on the courier system by 3pm to make next-day delivery".
                '(by|before) {date} (to|so they|so it|so we) (make|makes|catch|catches|get|hit|reach|go on|go out on|ship on|ship with|make it onto|get onto|get on) (the|a|our)? ~2 (next day|next-day|same day|same-day|overnight|courier|post|collection|truck|van|lorry|delivery|dispatch|pickup|pick up|run|cut off|cutoff|shipment|despatch)',
                // A carrier's or a maker's cut-off for our orders: "a signed PO by the 3rd to make the charter flight", "PO must be confirmed
                // by 15th for September shipment", "deliveries go Tues and Fri only, so orders in by 2pm Monday".
                'by {date} (to make|to catch|to get on|for) (the|a|our|your)? ~3 (shipment|shipments|flight|flights|sailing|vessel|container|loading|consolidation)',
                '(deliveries|delivery|dispatch|trucks|vans|runs|collections) ~8 (so|and|,) (orders|order|pos|po) ~3 by {date}',
                '(orders|order|slots|slot|bookings|booking|deliveries|delivery|collections|collection|pickups|pickup|requests|request) ~4 (must|need to|have to|has to|should) be (placed|booked|made|confirmed|submitted|in) by (noon|midday|lunchtime|close of business|cob|{date}) ~4 (the day before|the previous day|the working day before|the day prior|for next day|for next working day|for same day|for delivery|for dispatch)?',
            ],
            unless: ['offer', 'trait:discount', 'urge', 'push'],
            examples: {
                not: [
                    'Mobilisation from Kalgoorlie requires a signed PO by the 3rd to make the charter flight on the 8th.',
                    'Please note registration needs 6 to 8 weeks, so PO must be confirmed by 15th for September shipment.',
                    'Deliveries to Kerry go Tues and Fri only, so orders in by 2pm Monday.',
                    'Crane offload and grab lorry slots must be booked by noon the day before.',
                    'Deliveries must be booked by 3pm for next working day.',
                    'Installations booked by the 20th are fitted the following week.',
                    'Finished cases must be bagged and booked on the courier system by 3pm to make next-day delivery.',
                ],
            },
        },
        {
            // Any cut-off followed by the run it is for: artwork approved by 3pm is on the van the next morning, changes until 8pm
            // the night before delivery. The run named after the time, so that a time without one is still read for what else it is
            // (a sense hides the contexts it covers, bound or not: "Today only: same-day activation for anyone who signs before 5pm"
            // keeps its decision). Not with a place held or released, a price, an offer or a push: "The last van slot is held until
            // 3pm, then goes to the next customer the following morning", "Couples who book the tasting by 6pm get the next-morning
            // slot".
            id: 'a cut-off for the next run',
            patterns: [
                '(by|before|until|till) ~1 {date} ~8 (same day|next day|next morning|following day|following morning|night before|day before|tomorrow morning)',
            ],
            unless: ['offer', 'trait:discount', 'urge', 'push', 'capacity', 'lockin', 'limiting'],
            examples: {
                not: [
                    'Instruments dropped off by noon are ready the next day, and we text when they are.',
                    'Artwork approved by 3pm is printed and on the van the next morning.',
                    'Changes to the delivery address are accepted until 8pm the day before.',
                ],
            },
        },
        {
            // A weekly schedule, not a deadline: "shadow days run Tuesday through Thursday"; unless it bounds an offer ("20% off,
            // Monday through Wednesday only", "the sale runs Friday to Sunday").
            id: 'a weekly schedule',
            patterns: [
                '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun) (through|thru|to|till|until|and) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)',
                '(run|runs|ran|running|open|opens|held|are|is|operate|operates|available|staffed|on) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun) (through|thru|to|till|until|and) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)',
            ],
            unless: ['offer', 'trait:discount'],
            examples: {
                not: ['Shadow days run Tuesday through Thursday from November to February.', 'Tours run Monday through Friday from March to May.'],
            },
        },
        // A day's edition or service named by its day: "the agencies that book the Saturday property lift-out".
        '(book|books|booked|booking|buy|buys|bought|run|runs|ran|take|takes|took) the (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend) ~2 (paper|papers|edition|editions|issue|issues|lift out|liftout|section|supplement|magazine|insert|feature|page|pages|slot|slots|run|show|programme|program|bulletin|newsletter)',
        {
            // A print cut-off, as production sets it: "bookings for the Saturday paper close at 12 pm Wednesday for built ads"; unless
            // it bounds an offer ("bookings at 25% off close on 30 June") or scarce space.
            id: 'a print cut-off',
            patterns: [
                '(bookings|booking|copy|material|materials|artwork|ads|insertions|space) ~6 (close|closes|closing|due) (at|by|on)? ~2 {date} ~2 for (built|supplied|finished|print|display|classified|digital|print ready|camera ready) (ads|ad|material|artwork|copy)?',
            ],
            unless: ['offer', 'capacity', 'trait:discount'],
            examples: { not: ['Bookings for the Saturday paper close at 12 pm Wednesday for built ads.'] },
        },
        // The buyer's own deadline, which we work to: "submit the bid before the buyer's deadline".
        "(before|by|ahead of|until|till|prior to|within) (the buyer's|the client's|the customer's|the prospect's|their|the tender's|the council's|the board's|the authority's|the association's) (own)? (deadline|deadlines|due date|submission date|submission deadline|closing date|cut off|cutoff)",
        // What an auditor will ask for, as information, not a threat: "what documentation your auditor will ask for".
        '(what|which) ~3 (your|their|the) (auditor|auditors|inspector|inspectors|regulator|regulators|assessor|assessors|examiner|examiners) (will|would|may|might|is going to) (ask|want|look|expect|need|request)',
        '(beans|coffee|paper|toner|ink|filters|milk|pods|capsules|consumables|batteries|gloves|cartridges|labels|refills) ~2 (will|would|could|might|may|is about to|are about to|is going to|are going to|should) (run out|run low|runs out) (within|in|by|before) ~1 {duration}',
        // Supplies about to run out, as a reorder reminder: "a text when their usage says beans will run out within a week".
        '(beans|coffee|paper|toner|ink|filters|milk|pods|capsules|consumables|batteries|gloves|cartridges|labels|refills) ~2 (will|would|could|might|may|is about to|are about to|is going to|are going to|should) (run out|run low|runs out)',
        // The buyer's own year end: "45 days before their fiscal year end, the AE confirms the PO path".
        "(their|the customer's|the client's|the buyer's|its|the district's|the agency's) (fiscal|financial|budget|tax|academic|school|accounting) (year end|year|year's end|deadline|cycle)",
        "(before|by|ahead of|until|till|prior to) (their|the customer's|the client's|the buyer's|its|the district's|the agency's) (fiscal|financial|budget|tax|academic|school|accounting) (year end|year|year's end|deadline|cycle)",
        // A cut-off for dispatch, not for a decision: "orders placed by 2pm are delivered next working day", "ship the same day if ordered by 3pm".
        '(orders|order) (placed|received|made|booked) (by|before) ~2 {date} (are|is|will be)? (delivered|shipped|dispatched|processed|fulfilled|sent|ship|ships|go out|goes out|arrive|arrives)',
        '(ship|ships|shipped|dispatch|dispatched|delivered|go out|goes out|arrive|arrives) (the)? (same day|next day|next working day|overnight) if (ordered|placed|received|booked) (by|before) ~2 {date}',
        // Dunning, not a push to buy: "final notice letters go out at 45 days, before referral to our collections agency".
        'final notice|notices ~12 (collections|collection|overdue|past due|arrears|debt|debts|invoice|invoices|statement|statements|credit control|on stop|days past)',
        '(collections|overdue|past due|arrears|credit control|unpaid|on stop) ~12 final notice|notices',
        // A tender's own deadline, which we work to: "needs pricing inputs five working days before any tender deadline".
        '(before|by|ahead of) (any|the|a|each|every)? (tender|bid|rfp|rfq|rfi|submission|framework) (deadline|deadlines|closing date|closing dates|close)',
        // A cap for the room's sake, not scarcity: "capped at 24 guests so everyone gets to talk".
        '(capped|limited|kept) (at|to) {num} ~3 (so|so that) (everyone|every|each|all|guests|attendees|people|we)',
        // A contract's notice of a change, not a push: "price increases for beans are passed through at renewal with 30 days' written notice".
        '(price|prices|rate|rates|fee|fees) (increase|increases|rise|rises|change|changes) ~10 {duration} ~2 notice',
        {
            id: 'notice before a price change',
            patterns: [
                '{duration} ~3 notice (before|ahead of) ~3 (price|prices|rate|rates|fee|fees|pricing) ~1 (increase|increases|rise|rises|change|changes|go up|goes up|take effect|takes effect)',
            ],
            // Unless it holds the old price for those who act: "… so they close at the current rate".
            unless: ['lockin'],
            examples: { not: ["Trade accounts get 30 days' written notice before our sell prices change."] },
        },
        // A term of the freight trade, announced by carriers: "general rate increases (GRIs) and peak season surcharges".
        '(general|carrier|carriers|fuel|peak season) (rate|price) (increase|increases|rise|rises|adjustment|adjustments)',
        // A support queue, not an event's tickets: "closing the loop on support tickets within 48 hours".
        '(support|helpdesk|help desk|service|jira|zendesk|bug|it|internal|cs|incident|trouble|maintenance|engineering) (ticket|tickets|queue|queues)',
        // "Until then" looks back at a date already said: "deferred to July; until then, list prices go out by email".
        '(until|till|til|since) then ~4 (list|full|standard|regular|normal) ~1 (price|prices|rate|rates|pricing|fee|fees)',
        // A balance, not scarcity: "You have 6 room hours left this month".
        '{num} ~2 (hours|hour|minutes|credits|credit|uses|downloads|gb|tokens|points) left (this|per|each|for the|in the|of the|on your|on the|in your) ~1 (month|week|year|quarter|cycle|period|plan|billing period|allowance|balance|account|membership)',
        // How fast we answer, not a deadline on the buyer: "support tickets marked urgent are answered within one hour".
        '(answered|responded|resolved|replied|acknowledged|fixed|shipped|delivered|dispatched|processed|refunded|installed|repaired|called back) (to)? within {duration}',
        // Today as nowadays: "we'd like to see how each of your clinics orders today".
        '(how|where|what) ~5 (=today|currently|nowadays|these days)',
        // Closing the books or a year is accounting, not a deadline: "how their team closes the books today".
        '(close|closes|closing|closed) (the|their|our|its|his|her)? (books|ledger|ledgers|period|month end|year end|accounts)',
        '(fiscal|financial|tax|budget|academic|school|accounting) year ~1 (closes|ends|end|close|closing|ending|starts|begins|runs out)',
        // A renewal notice ahead of a contract's end, not a push: "ninety days before the contract expires, the CSM sends …".
        '(reminder|reminders|notice|notices|email|emails|letter|letters|message|heads up|call|go out|goes out|sent|issued|mailed|send|sends|quote|quotes|proposal|proposals|invoice|invoices) ~4 {duration} (before|ahead of|prior to) (the|their|your|its|each)? ~2 (contract|contracts|agreement|agreements|deal|term|subscription|licence|license|policy|plan|lease|tariff|warranty|membership|renewal) (expires|ends|end|lapses|renews|runs out|is due|date)',
        '{duration} (before|ahead of|prior to) (the|their|your|its|each|a|an)? ~3 (contract|contracts|agreement|agreements|deal|term|subscription|licence|license|policy|plan|lease|tariff|warranty|membership|renewal) (expires|ends|lapses|renews|runs out|is due) , (the|our|a|an|each)? ~3 (csm|csms|team|manager|rep|reps|we|system|crm|owner|desk|service|support|office|accounts|admin|finance) (sends|send|emails|email|calls|call|reminds|remind|mails|posts|shares)',
        // A question about supplies: "what they keep running out of".
        '(what|which|whatever|where|when|how often|how quickly|how fast) ~2 (they|you|the kitchen|the team|the site|the store|customers|staff|clinics|the clinic|the practice|the vets|the truck|the clinic) ~3 (run|runs|running|ran) (out|short|low)',
        // Our own margin at risk, not a fear appeal to the buyer: "currency swings can wipe out the margin".
        '(can|could|might|will|would) ~3 (wipe out|eat|erase|sink) (the|our) (margin|margins|profit|profits|contribution)',
        // Our own last chance at our own work: "5 May is the last chance to fix them before the audit".
        '(last|final) chance (to|for) (fix|close|submit|update|file|correct|complete|finish|review|clean|log|enter|upload|approve|sign off|amend)',
        // A technique named in a syllabus or a warning, not used: "steer reps away from the assumptive close".
        '(steer|steers|steering|move|moves|moving|keep|keeps|wean|weans|coach|coaches|train|trains) ~2 away from (the|any|a|an)? ~2 (close|closes|closing|urgency|pressure)',
        // Service speed, not a push to decide: "each clinic reserves two same-day emergency slots", "same-day delivery".
        '(sign|signs|join|joins|buy|buys|order|orders|book|books|reserve|reserves|commit|commits|keep|keeps|hold|holds|offer|offers) ~4 (same day|next day) (slot|slots|appointment|appointments|emergency|emergencies|delivery|deliveries|dispatch|shipping|service|repair|repairs|response|turnaround|visit|visits|callout|callouts|install|installs)',
        // A policy's window, not a deadline on an offer: "refunds are available until 1 August".
        // Exact words: "book their hose change-outs before the 30th" is no change to a booking.
        '(=refund|=refunds|=cancellation|=cancellations|=returns|=exchanges|=amendments|=changes|=transfers|=withdrawals) ~3 (available|allowed|accepted|possible|permitted|free|open)? (until|till|before|by|through) {date}',
        // A contract's penalty for our own late work, not a deadline on the buyer: "Liquidated damages of £2,000 per day apply if
        // practical completion is not achieved by 30 September".
        '(liquidated damages|delay damages|late completion penalty|late completion penalties|penalty clause|lads) ~12 (by|before|until) {date}',
        // A name that judges a practice, said of what is banned or criticised, never of what we do: "fake urgency", "false
        // scarcity", "artificial deadlines".
        '(fake|false|artificial|manufactured|invented|made up|phoney|phony|bogus) (urgency|scarcity|deadline|deadlines|countdown|countdowns)',
        // Another body's letter that the buyer brings us, not our push: "if a client forwards a final notice or penalty letter from HMRC".
        '(forwards|forward|forwarded|brings|bring|brought|shows us|show us|showed us|sends us|send us|sent us|passes on|pass on|passed on) (a|an|the|their|any)? (final notice|final notices|final demand|final demands|final reminder|final reminders)',
        '(final notice|final notices|final demand|final demands|final reminder) ~4 from (hmrc|the irs|the ato|the council|the court|the tax office|their bank|the bank|the landlord|the regulator|a creditor|the utility|the lender)',
        // A use cap, not scarcity: "a test slot capped at 2,000 impressions", "limited to 100 API calls a minute".
        '(capped|limited) (at|to) {num} (users|seats|devices|members|locations|projects|workspaces) (per|a|each|in each|on each) (workspace|account|licence|license|team|organisation|organization|org|tenant|customer|plan|subscription|user)',
        '(capped|limited) (at|to) {num} (impressions|clicks|views|requests|api calls|messages|sends|emails|minutes|hours|gb|credits|uses|downloads|scans|queries|texts|pages|documents|files|projects|exports)',
        // An opening period, then the usual fee, with no date to act by: "their first three months of bookkeeping at no charge and then
        // move onto the normal monthly fee".
        {
            id: 'an opening period, then the usual fee',
            // A free opening only: "the first three months are half price if you sign before 30 June, then the standard rate applies"
            // keeps its date.
            patterns: [
                // An opening price, then the usual one: "units rent for $1 for the first month, then the regular web rate".
                '{money} (for|in) (the|your|their)? (first|1st|opening) ~1 (month|months|week|weeks|term|quarter|year|visit|class|lesson|session) ,? (then|after that|afterwards|thereafter) (the|our|your)? (regular|normal|standard|full|usual|list) ~2 (rate|rates|price|pricing|fee|fees|tariff)',
                '(first|opening|initial) ~8 (free|at no charge|without charge|free of charge|on us|on the house|for nothing) ~4 (then|after that|after which|afterwards) ~4 (normal|standard|regular|full|usual|list|published) (monthly|annual|yearly|weekly|hourly|subscription|membership)? (price|prices|rate|rates|fee|fees|pricing)',
            ],
            examples: { not: ['New members get their first two months of coaching at no charge and then move onto the normal monthly fee.'] },
        },
        // Our own work timed from their year end or filing date: "sixty days before a client company's year end, the system creates a
        // task".
        '{duration} (before|ahead of|after|prior to) (the|their|a|an|each|its|every)? ~3 (year end|financial year end|accounting date|filing date|filing deadline|tax deadline|vat deadline|vat return|tax return|audit|accounts deadline)',
        // A past episode that will not come back, not a promise to the buyer ("This offer will not be repeated" is one): "we ran a flash
        // sale in May, it lost money and it will not be repeated".
        WENT_BADLY_NOT_AGAIN,
        // Pressure the buyer or our people face, as a skill: "a lesson on handling high-pressure negotiations", "how to stand up to
        // pressure from procurement", "coping with high-pressure buyers".
        '(handle|handles|handling|handled|manage|manages|managing|cope with|copes with|coping with|deal with|deals with|dealing with|withstand|withstands|withstanding|resist|resists|resisting|stand up to|stands up to|standing up to|navigate|navigates|navigating|survive|survives|surviving) (high pressure|pressure)',
        // A retirement dated, not a deadline: "the 'expiring offer' email was withdrawn in 2024".
        '(was|were|has been|have been|had been|got) (withdrawn|pulled|gone|dropped) ~2 {date}',
        // Another body's window, not our offer's: "The E-Rate filing window closes March 26. That's the federal deadline", "the grant
        // round shuts on 30 June".
        '(filing|tax|federal|state|regulatory|statutory|government|grant|funding|e rate|erate|tender|bid) ~1 (window|deadline|deadlines|cutoff|cut off|round|portal) ~2 (closes|close|ends|end|shuts|shut|is|falls) ~1 {date}',
        // How it is sent, then when: "sending it by email tomorrow".
        'by (email|e mail|post|mail|phone|courier|text|sms|whatsapp|letter|fax|hand|dm) ~1 {date}',
        // How it is paid, then when: "we pay the referring agronomist a $300 finder's fee by EFT at month end".
        'by (eft|bank transfer|direct debit|cheque|bacs|wire transfer|bpay|ach|standing order) ~2 {date}',
        // An operational cut-off for tomorrow's run, not a push: "Orders for next-morning delivery must be in the portal by 2pm".
        {
            id: "tomorrow's order cut-off",
            // Not with an offer on it: "Orders for next-day delivery placed before 5pm Friday get the 15% launch discount".
            patterns: [
                '(orders|order) for (next|same|tomorrow|the next|next day|next morning|same day) ~2 (delivery|deliveries|dispatch|despatch|day|morning|run|collection) ~6 (by|before|until) ~1 {date}',
            ],
            unless: ['offer', 'trait:discount'],
            examples: { not: ['Orders for next-morning delivery must be in the portal by 2pm.'] },
        },
        // Supplies in a discovery question: "what happens when the catheters run out on a Friday night?"
        '(what happens|what do you do|what do they do|how do you cope|how often|who notices|who decides|what if) ~6 (run|runs|ran) out',
        '(before|by|until) (the)? ~2 (commit|forecast|pipeline|deal review|qbr|board|staff|team|standup|stand up|weekly|monthly) (call|meeting|review)',
        {
            // A date our own side works to, not a limit on the buyer: "every decision is entered by the 5th", "product and finance
            // owe the channel team a decision by the end of Q3", "Eddie's team sends renewal proposals by March 31".
            id: 'our own work due by a date',
            patterns: [
                // As done, not as an order ("Log closed-won deals by Friday" is an internal task of another kind): exact words.
                '(=entered|=logged|=loaded|=recorded|=keyed|=reconciled|=uploaded|=flagged|=archived) (in|into|on)? ~8 (by|before) ~2 {date}',
                // A review of our own work: "Declan wants a review of the list quality at the end of Q3".
                '(review|retro|retrospective|readout|debrief|post mortem|postmortem) (of|on) (the|our) ~2 (list|lists|pipeline|data|quality|results|numbers|campaign|campaigns|forecast|process|programme|program|scheme|territory|territories|quota|quotas|targets|script|scripts|sequence|sequences|cadence|cadences) ~3 (at|by) ~1 {date}',
                '(owe|owes|owed|owing) ~5 (decision|answer|update|reply|response|recommendation|verdict) ~4 (by|before) ~2 {date}',
                // Done by one of us at a date: "moved to Nurture by RevOps at month end".
                '=by (revops|salesops|sales ops|ops|finance|marketing|legal|the deal desk|the ae|the rep|the owner|the csm|the team|the manager|management|the supervisor|the office|the depot) (at|on|by|before) ~1 {date}',
                // Back to one of us to do: "deals without a next step go back to the AE to fix by Thursday".
                '(back|over|sent|returned|passed) to (the|their|our)? (ae|aes|rep|reps|owner|owners|am|csm|sdr|bdr|manager|team|account manager|deal owner) to (fix|update|review|correct|complete|chase|clean up|tidy) ~3 (by|before) ~2 {date}',
            ],
            // Unless the date holds a price for the buyer ("POs entered in the portal by the 25th are invoiced at the current rate") or
            // an offer ("signed order forms uploaded to the portal by Friday keep the launch discount").
            unless: ['lockin', 'trait:discount'],
            examples: {
                not: [
                    'Every approved order is entered in the ledger by the 5th of the following month.',
                    'Finance owes the channel team a decision on loaner stock by the end of Q3.',
                    'Missed cleans are flagged by 7am on the client dashboard.',
                    'Deals with no next step go back to the AE to fix by Thursday.',
                ],
            },
        },
        {
            // Our own people, or our own paperwork, at work by a date or within a time, with no offer, price or push in the clause:
            // "Sales Ops decides within two weeks", "all expense claims for the roadshow are submitted by the 5th", "Distributors
            // receive the new book by 1 November so they can load it", "the quality team has until 5 May to close the findings".
            id: "our people's own date",
            patterns: [
                `(${OUR_PEOPLE}) ~8 (by|before|until|till|within|no later than|ahead of) ~2 ({date}|{duration})`,
                `(${OUR_PAPERWORK}) ~6 (by|before|until|till|within|no later than|ahead of) ~2 ({date}|{duration})`,
            ],
            unless: ['offer', 'lockin', 'urge', 'capacity', 'trait:discount'],
            scope: 'clause',
            wide: true,
            examples: {
                not: [
                    'Reps file the relief request by the 10th and Sales Ops decides within two weeks.',
                    'Please ensure all expense claims for the Nairobi roadshow are submitted by the 5th.',
                    'Distributors receive the new book by 1 November so they can load it into their systems.',
                    'Scripts reach hosts by Wednesday noon, and our counsel reviews every claim before it goes to the host.',
                    "The quality team has until 5 May to close last year's two minor nonconformities.",
                ],
            },
        },
        // Leave booked by staff, not a purchase: "Please book leave for the festive period by 1 November".
        '(book|books|booking|request|requests|take|takes|submit|submits) (your|their|his|her|any|annual|all|the)? ~1 (leave|annual leave|time off|pto|days off|holiday requests|vacation days|holiday leave) ~6 (by|before|until) ~2 {date}',
        {
            // A date that names a figure or an edition, not a deadline: "licence fees are indexed by the September CPI figure".
            id: 'a date that names a figure',
            patterns: [
                '(by|from|on|in) (the)? {date} (cpi|cpih|rpi|index|indices|figure|figures|numbers|results|report|reports|edition|issue|print|intake|cohort|print run|price index|inflation figure)',
            ],
            examples: { not: ['Licence fees are indexed by the September CPI figure on each anniversary.'] },
        },
        {
            // A stretch of time before a day, not a deadline: "even when stock runs low in the week before Christmas".
            id: 'the days before a date',
            patterns: ['(the|in the|during the|over the) (week|weeks|days|day|fortnight|month|run up|run in|lead up|nights|weekend) (before|ahead of) (the)? {date}'],
            examples: { not: ['Even when stock runs low in the week before Christmas we put up no signs.'] },
        },
        {
            // The hours of a service, not a limit: "late checkout until 1 pm", "the bar is open until midnight".
            id: 'the hours of a service',
            patterns: [
                '(late checkout|checkout|check out|check in|breakfast|lunch|dinner|brunch|the bar|bar|kitchen|reception|pool|gym|spa|the shop|showroom|helpline|support line|phone lines) (is|are|runs|run|served|open|opens)? (until|till|from) {date}',
            ],
            examples: { not: ['Guests get breakfast, late checkout until 1 pm and proper desks.'] },
        },
        {
            // Held back until our own people have done their part: "Keep the quote in draft until Monday so legal can review the clause".
            id: 'time for our own people',
            patterns: [`(until|till|by|before) ~2 {date} so (that)? (the|our)? (${OUR_PEOPLE}) (can|could|has|have|gets|get)`],
            examples: { not: ['Keep the quote in draft until Monday so legal can review the indemnity clause.'] },
        },
        {
            // A quote's standard life, not a push: "all quotes are valid for 30 days"; a short one is a push ("valid for 72 hours").
            id: "a quote's standard validity",
            patterns: [
                '(quote|quotes|quotation|quotations|estimate|estimates|proposal|proposals|tender|tenders) (are|is|stay|stays|remain|remains|will be)? (valid|good|open|held) (for|within) {duration>=30}',
            ],
            unless: ['push', 'limiting'],
            scope: 'clause',
            examples: { not: ["Reps may not say 'this price is only valid today' - all quotes are valid for 30 days.", 'Estimates stay valid for 60 days.'] },
        },
        // A quota's own cut-off, not the buyer's: "Contracts must be signed and marked definite by 5pm on the last day of the quarter
        // to count".
        '(by|before) ~2 {date} ~8 (to count|to be counted|to qualify for commission|to count toward|to count towards|for commission|for quota|to be paid out)',
        // Letters we send by a date: "By October 1 each corporate account gets a letter from Natalie with its 2025 rate".
        '(by|before) {date} ~3 (each|every|all) ~3 (gets|get|receives|receive) (a|an|the|their|its) ~2 (letter|letters|notice|notices|email|emails|statement|statements|pack|renewal notice|rate letter|copy)',
        // A notice to our own people: "Luis sends a final notice to the yard crews a week before each load".
        `(final notice|final notices|final reminder|final reminders|last call|last chance) ~2 (to|for) (the|our|all|each|every)? ~2 (${OUR_PEOPLE})`,
        {
            // A payment we make by a date, a rebate among them: "a 4% rebate, paid as account credit by the 20th of the following month".
            id: 'our payment by a date',
            patterns: [
                '(paid|credited|refunded|issued|posted) (as|to|into|onto) (an|the|their)? ~1 (credit|credits|account|accounts|statement|invoice|note|notes) (by|before|on) ~2 {date}',
            ],
            unless: ['lockin'],
            examples: { not: ['Yards that hit the threshold earn a 3% rebate, paid as account credit by the 20th of the next month.'] },
        },
        {
            // One of our teams at work by a date: "Eddie's team sends renewal proposals by March 31", "the depot supervisor enters
            // each order in Salesforce by Friday"; unless the team is the buyer's ("the client's procurement team submits the PO
            // by 15 December, or the allocation goes to the next account").
            id: 'our team at work by a date',
            patterns: [
                // Records kept: "the depot supervisor enters it in Salesforce as a referral lead by the end of the week".
                '({poss}|our|the) ~1 (team|desk|ops|finance|csm|csms|ams|account managers|reps|sdrs|bdrs|aes|marketing|legal|procurement|office|planners|coordinators|supervisor|supervisors|depot|dispatcher|dispatchers|admin|admins|coordinator|account manager|manager) (=enters|=logs|=updates|=records|=fixes|=reviews|=approves|=credits|=processes) ~10 (by|before) ~2 {date}',
                // Something sent or written, close to its date: "Eddie's team sends renewal proposals by March 31" (not "the AEs send every
                // stalled prospect a 15% discount that lapses before the end of the month").
                '({poss}|our|the) ~1 (team|desk|ops|finance|csm|csms|ams|account managers|reps|sdrs|bdrs|aes|marketing|legal|procurement|office|planners|coordinators|supervisor|supervisors|depot|dispatcher|dispatchers|admin|admins|coordinator|account manager|manager) (send|sends|issue|issues|prepare|prepares|draft|drafts|write|writes|load|loads|file|files|submit|submits|finish|finishes|deliver|delivers|publish|publishes) ~4 (by|before) ~2 {date}',
            ],
            unless: ['buyer', 'lockin'],
            // In its own clause: "Drivers pass the name to their depot supervisor, and the supervisor enters it … by Friday".
            scope: 'clause',
            examples: {
                not: [
                    "Mara's team sends the renewal proposals by March 31 with new rates by lane.",
                    'Drivers pass the name to their depot supervisor, and the supervisor enters it in Salesforce by the end of the week.',
                    'The depot supervisor enters each signed order in Salesforce by the end of the week.',
                ],
            },
        },
        {
            id: 'a window after the purchase',
            patterns: [
                'within {duration} of|after ~2 (booking|purchase|purchasing|buying|delivery|signing|ordering|install|installation|arrival|go live|golive|onboarding|the call|the order|the visit|the incident|the outage|receipt|end|close|campaign|event|promotion|invoice|invoicing|quarter end|month end|payment|payment clearing|the deposit|deposit)',
                // A package's life, not a push: "packages are valid for six months from purchase".
                // A month or more: a quote valid for 72 hours from issue is a push.
                '(valid|good|usable|redeemable|open) (for|within) {duration>=30} (from|of|after) ~2 (booking|purchase|purchasing|buying|delivery|signing|ordering|activation|issue|the date of purchase|first use)',
                // With the act before it, as the decision-within-a-time construction reads it: "Register within 30 days of purchase".
                '(sign|signs|signed|countersign|countersigns|countersigned|=book|decide|decides|commit|commits|register|registers|redeem|redeems|enrol|enrols|enroll|enrolls|=buy|=purchase|upgrade|upgrades|=reserve) ~3 within {duration} of|after ~2 (booking|purchase|purchasing|buying|delivery|signing|ordering|install|installation|arrival|go live|golive|onboarding|the call|the order|the visit|the incident|the outage|receipt|end|close|campaign|event|promotion|invoice|invoicing|quarter end|month end|payment|payment clearing|the deposit|deposit)',
            ],
            examples: {
                not: [
                    'Register within 30 days of purchase to activate the warranty.',
                    'Book a review within 14 days of go-live.',
                    'Customers sign the delivery note within two days of delivery.',
                ],
            },
        },
        {
            id: 'enrolment in research',
            patterns: [
                '(clinical|drug|vaccine|research|phase|patient|study|studies) ~4 (enrollment|enrolment|recruitment|registration|intake) ~1 (closes|close|ends|end|opens|starts) ~2 {date}',
            ],
            examples: { not: ['Phase III study enrolment closes in October.'] },
        },
        {
            id: 'a countdown to an event',
            patterns: [
                'countdown ~6 (livestream|live stream|stream|keynote|broadcast|start time|kickoff|kick off|event start|doors open|new year|launch event|liftoff)',
            ],
            examples: { not: ['The countdown on the homepage is for the keynote broadcast.'] },
        },
        'trial|contract|licence|license|subscription|password|card|token|tokens|certificate|warranty|visa|term ~1 expire|expires|expiring|ends|end',
        '(trial|contract|licence|license|subscription|password|certificate|warranty|visa|term|semester|season|lease) ~1 (expire|expires|expiring|ends|end) ~2 {date}',
        {
            // The same notice with what it is a trial of between: "Paddy's free trial of the herd app runs out on the 14th" (not "the 20%
            // launch discount on the annual licence for new schools ends on 30 September": an offer's end).
            id: 'a trial of something runs out',
            patterns: ['(trial|licence|license|subscription|warranty|lease) (of|for|on) ~4 (runs out|run out|expires|expire|ends|end|lapses|lapse) ~2 {date}'],
            unless: ['offer', 'trait:discount'],
            examples: { not: ["Paddy's 30-day free trial of the herd health app runs out on the 14th, I'll ring him the week before."] },
        },
        "(i|we|i've|we've|i have|we have|i'd|we'd|you've|you have) (already|just)? (booked|reserved|claimed)",
        'expiring ~1 token|tokens|password|passwords|certificate|certificates|card|cards|key|keys|domain|domains|contract|contracts',
        'renewal date',
        "customer's deadline",
        'close date',
        'closed won',
        'mutual close plan',
        'closing the loop',
        'close the gap|loop|books|month|quarter|year',
        'month|quarter|year end close',
        'end close',
        'month|quarter|year|period end ~1 today|tonight|soon',
        'limited liability|partnership|company|warranty',
        'last (chance|call) (saloon|bar|pub|hotel|cafe|inn|motel|diner|theatre|theater)',
        'final invoice',
        'urgent care',
        '(chip|supply|component|parts|talent|labour|labor|water) (scarcity|shortage)',
        'fear of (change|failure|the unknown)',
        // A price protected for a long while, not held for a few days: "locked until 2027", "fixed to the renewal" (not "those rates are
        // locked until Friday COB, after that the new wage rise goes into the quote").
        '(locked|guaranteed|protected|fixed|frozen|held) (in|firm|for you|for them|for a year)? (until|till|through) (2025|2026|2027|2028|2029|2030|2031|2032|next year|year end|the end of the year|renewal|the renewal|the end of the term|the end of the contract|the contract end|contract end|{duration})',
        'last call of the day',
        '{num} ~2 =left (the|our|their|his|her|its|to join) (team|company|business|firm|org|organisation|organization|group|department|industry|building|office|role|job|a|an|the|another|rival|competitors)',
        '(council|customer|client|buyer|account|they|he|she|company|hospital|school|bank|team|firm|practice|clinic|district|trust|city|county|university|agency|partner|board) (signed|renewed|committed|bought) (today|yesterday|this morning|this week|last week)',
        'last chance ~2 (submit|file|log|enter|hand in|complete|update) ~3 (expense|expenses|timesheet|timesheets|report|reports|forecast|forecasts|survey|surveys|nominations|self review|reviews|claims|mileage)',
        'last chance ~2 (have your say|give feedback|share feedback|share your feedback|vote|nominate|sign up for the kickoff)',
        "(new year|new year's|new years|nye|rocket|radio|chart|tv|music) ~3 countdown",
        'limited time (on|for|in) (the)? (agenda|call|meeting|slides|q&a|questions|stage|schedule)',
        'countdown ~8 (livestream|live stream|broadcast|keynote|start time|kick off time|webcast)',
        'countdown (segment|show|programme|program|special|party|concert|chart|episode|song|clock on air)',
        'rate limited|limit|limits|limiting (to|at)? {num}?',
    ],
};
