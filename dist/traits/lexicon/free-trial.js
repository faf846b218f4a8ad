/** A stretch of time with the product, as a duration or said loosely ("a couple of weeks"). */
const A_SPAN = '{duration}|a couple of weeks|a couple of days|a few weeks|a few days|a week or two';
export const freeTrial = {
    triggers: [
        // A pass to try it: "Every wellness membership comes with a free seven-day pass, so bring a friend to try it out".
        '(free|complimentary) ({duration}|day|week|trial|guest|taster) (pass|passes)',
        // Nothing to pay until they choose: "nothing is billed unless they upgrade".
        '(nothing|no one|nobody) (is)? (billed|charged|invoiced) (unless|until) ~3 (upgrade|upgrades|opt|opts|choose|chooses|pick|picks|convert|converts|decide|decides)',
        '(trial|try|evaluate|test) ~8 without (paying|payment|being charged|a charge|paying a penny|paying anything)',
        '(extend|extends|extending|extended) ~3 (trial|trials|evaluation)',
        '(at zero cost|at no cost|free of charge|for free) before (they|you|the customer|the buyer)? (pick|choose|select|commit to|decide on|pay for) ~2 (a|the|any)? (plan|tier|package|subscription)',
        '({num}|seven|fourteen|thirty) (days|weeks|day|week) ~6 before any (charge|payment|billing|bill|fee)',
        '({num}|seven|fourteen|thirty|a fortnight|a week|a month) (days|weeks|months)? to try ~4 (free|for free|at no cost|without paying)',
        'free trial|trials',
        'free tier|tiers',
        'free plan|plans|edition|version|account|workspace|forever',
        'free ~1 tier|plan|edition|version|account|sandbox|sandboxes|environment|level',
        '(basic|starter|lite|light|community) (plan|version|tier|edition|package|level) ~2 (is|are|stays|remains)? free',
        'free (for always|forever|for life|for ever|for good)',
        'freemium',
        'forever free',
        'free forever',
        'try ~2 free',
        'try ~2 for free',
        'try before you buy',
        // "Schools can pilot the reading platform free for the spring term".
        '(pilot|trial|try|test|evaluate) ~4 (free|at no cost|at no charge|free of charge) for (the|a|one|their|your)? ~1 (term|semester|month|quarter|season|week|weeks|months)',
        '(trial|trials) (extension|extensions)',
        // A plan free for good: "Hobby plan: free for up to 3 users, forever".
        '(plan|tier|edition|version|level) :? ~1 free (for up to|up to|forever|for ever|for individuals|for teams of|for one|for 1|for small)',
        // Some of it free before paying anything: "take the first module free before paying anything".
        '(free|at no cost|on us|without charge|without paying) ~4 before (paying|you pay|they pay|buying|you buy|they buy|committing|you commit|they commit|subscribing|enrolling|you enrol|they enrol|deciding|you decide|they decide|choosing|you choose|they choose|picking|signing up|upgrading)',
        // A test drive alone is a step of the sale, as a car's is, not a free trial; one with its own time is a trial: "test-drive
        // the platform for 14 days", "a two-week test drive".
        '(test drive|test drives) (the|our|it|your)? ~3 for {duration}',
        '{duration} test drive',
        'kick the tyres|tires',
        'no (credit|debit|bank|payment)? card',
        'no ~1 (credit|debit) card',
        '=no =cc',
        "card (not|isn't) ~1 required|needed",
        'without a ~1 credit? card',
        'no ~1 (payment details|payment info|payment information|billing details|payment method|card details)',
        '(self serve|self service) trial|trials',
        'reverse trial',
        '(pay only|only pay) ~2 if|when|after ~3 stay|continue|keep|convert|upgrade|decide',
        '{duration} evaluation|eval|pilot ~3 (at no cost|no charge|free|free of charge)',
        // Tried for nothing for a while, with what is tried between: "Try our remote monitoring agent free on up to 10 endpoints for
        // 30 days", "owners can try the new electric tender free for a weekend".
        '(=try|=tries|=trying) ~5 (free|for free|free of charge|at no charge|at no cost) ~6 (for|over) (a|one|the|up to)? ({duration}|weekend|week|fortnight|month|day|night)',
        // A pilot we run for nothing, said without its length: "We'd be glad to run a pilot in two schools this spring at no cost".
        '(run|runs|running|offer|offers|offering|set up|sets up) (a|an) (pilot|evaluation) ~6 (at no cost|at no charge|free of charge|without charge|on us|for free)',
        'free ~2 evaluation|eval',
        '(evaluation|eval) (licence|license|copy|account|version|period|tier)',
        '(get started|start|sign up|join|begin|signup) ~1 free',
        '(get started|start|sign up|join|begin|signup) for free',
        'free to ~1 (start|use|signup|try|sign up|get started)',
        '(is|are) free for (public|open source|personal|individual|hobby|hobbyist|non commercial|noncommercial|community|students|educators|small teams|solo|indie|side) ~1 (repos|repositories|projects|use|developers|users|teams)?',
        // A tier list ("Free, Pro, Business"), not "ships free, plus 20% off".
        '(free|hobby|community) , (pro|team|teams|business|premium|standard|growth|scale|enterprise)',
        '(free|hobby|community) , plus (,|and|or)',
        '(first|1st|one|trial|intro|introductory|taster|test|sample) ~2 (class|lesson|lessons|training|session|workout|visit|ride|day|week|drive|consultation|treatment|module|chapter|episode) ~8 (free|gratis|costs nothing|cost nothing|pays nothing|pay nothing|at no cost|at zero cost|without paying|without payment|no charge|on us|complimentary|on the house)',
        '(free|complimentary|gratis) (yoga|gym|dance|trial|taster|intro|introductory|first|test|sample)? (class|lesson|training|session|workout|week|day pass|pass|ride|drive)',
        '(test|tests|testing|try|tries|trying|trial|use|uses|evaluate|play with|drive|explore|explores) ~12 (without paying|without payment|without to pay|without charge|at no cost|at zero cost|for free|free of charge|costs nothing|for nothing|no payment)',
        '{duration} (test|trial|evaluation|pilot|test drive) ~5 (at no cost|free|without payment|without paying|at zero cost|no charge|free of charge)',
        '(for|over) {duration} (before|then) (deciding|choosing|committing|paying|they pay|you pay|buying|picking)',
        '{duration} of ~1 (full|unlimited|complete|free) access',
        '{duration} of (the)? (full|whole|complete|entire) (product|platform|suite|app|version) ~4 (before|free|at no cost)',
        'without (entering|giving|providing|adding|sharing) ~2 (payment|card|credit card|billing)',
        '(plan|tier|version|edition|account) (costs|cost) nothing',
        '(try|tries|trying) ~4 for {duration}',
        '(try|tries|trying) ~6 without (talking|speaking|a call|a demo|sales|anyone)',
        '{duration} (evaluation|eval)',
        '(end|start|rest|length|remainder|last day|first day) of (the|their|your) (trial|pilot|evaluation)',
        '(extend|extends|extended|extending) ~2 (the|their|your)? (trial|trials)',
        '{duration} of (full|free|unlimited|complete)? access (at no charge|free|at no cost|on us|for free|free of charge)',
        '(trial|try|test|pilot|evaluate) ~4 for {duration} (at no cost|at no charge|free|for free|free of charge|without charge|on us)',
        'is|are free ~1 forever',
        'free for {duration}',
        '(community|open source|starter|developer) ~1 edition|plan|tier ~1 is|are free',
    ],
    constructions: [
        {
            // Switched on to use for a while at no charge, before any purchase: "new accounts can switch on the reporting add-on for 30 days free"
            // (a reward for renewing is a discount: "Renew for two years and we'll switch on premium support for 6 months free").
            id: 'switched on to try',
            patterns: ['(switch on|switches on|turn on|turns on|activate|activates|unlock|unlocks) ~5 for {duration} (free|for free|free of charge|at no cost)'],
            unless: ['decision'],
            examples: {
                signal: [
                    'New accounts can switch on the reporting add-on for 30 days free.',
                    'Turn on the forecasting add-on for 14 days free from the settings page.',
                    'Clinics can activate the reminders module for a month free of charge.',
                ],
                not: ["Renew for two years and we'll switch on premium support for 6 months free."],
            },
        },
        {
            // Used before paying, without the word "trial": "mock up a sign in our design tool for free and only pay when they order",
            // "use the app for 14 days without putting in card details", "take a week's supply home to try before they buy", "the chair
            // can sit in their office for two weeks before they commit", "costs nothing for practices with one vet; bigger ones pay".
            id: 'used before paying',
            patterns: [
                '(for free|free of charge|at no cost) ~4 (only)? (pay|pays) (when|once|if)',
                'without (putting in|entering|giving|adding|providing|sharing|handing over|keying in|typing in|filling in) (any|their|your|a)? ~1 (card|card details|credit card|payment details|bank details)',
                // Taken home to try: "take a digital piano home for 14 days without paying anything".
                '(take|takes|taking) ~4 home (for|on)? ~2 {duration} ~3 (without paying|for free|free of charge|at no cost|at no charge|on trial|to try|on approval)',
                // Nobody asks for a card: "nobody asks for a card during the first thirty days".
                "(nobody|no one|we don't|we do not|we never) (asks|ask) for (a|your|their|any) (card|credit card|payment details|card details) (during|for|in|until) (the)? (first)? ~1 {duration}",
                'try (it|them)? before (they|you|the customer|the client|the patient) (buy|buys|commit|commits)',
                '(take|takes|taking) ~5 home to try',
                'for {duration} before (they|you|the customer|the client|the school|the practice|the office) (commit|commits|buy|buys|decide|decides|sign|signs|pay|pays)',
                '(for|over) ~2 (weekends|weekend|weeks|days|sessions|lessons|visits|nights) before (joining|signing up|buying|committing|subscribing|paying|you join|they join|you buy|they buy)',
                '(costs|cost|is|are) (nothing|free|free of charge) (for|to) ~4 (with|under|up to|below|fewer than|less than) ~1 ({num}|one|a single|two|three|five|ten) ~2 (user|users|vet|vets|seat|seats|site|sites|location|locations|desk|desks|member|members|employee|employees|staff|truck|trucks|van|vans|chair|chairs|room|rooms|practitioner|practitioners|clinician|clinicians|dentist|dentists|doctor|doctors|therapist|therapists|agent|agents|teacher|teachers|student|students|bed|beds|branch|branches|store|stores|shop|shops)',
                '(days|day|week|weeks) (on|with|of|using) (the|our) ~3 (app|platform|software|tool|portal|system) free',
            ],
            examples: {
                signal: [
                    'Anyone can mock up a sign in our online design tool for free and only pays when they order a print.',
                    'Parents can use the practice-question app for 14 days without putting in card details.',
                    'Anyone can open an account and run payroll for up to five staff for 30 days without keying in a card.',
                    "Families who aren't sure can take a digital piano home for 14 days without paying anything.",
                    "Contact lens patients take a week's supply of the dailies home to try before they buy.",
                    'The ergonomic chair can sit in their office for two weeks before they commit, at no charge.',
                    'The booking portal costs nothing for practices with one vet; bigger practices move to a paid plan.',
                    'Give them seven days on the fleet-tracking app free.',
                    'REP: Go ahead and spin up an account yourself; nobody asks for a card during the first thirty days.',
                ],
                not: ['Delivery is free for orders over £50; customers only pay when they order.', 'Take the brochure home to read.'],
            },
        },
        {
            // Using it for a time, then paying or deciding: "the full editing suite for thirty days before we ask for card details", "run
            // their real routes through the planner for two weeks, then decide whether to subscribe", "billing only starts if they stay".
            id: 'a time with it before the bill',
            patterns: [
                '(get|gets|have|has|use|uses|run|runs|try|tries|test|tests|keep|keeps|access|accesses|explore|explores|trial|trials) ~8 (for|through|over) ({duration}|a full month|a full week|a whole month|a whole week|a full fortnight|a full season|a full term|the first month|the first week|their first month) ~5 (before|until) (we|they|you|anyone|the first)? ~1 (ask for|asks for|asking for|take|takes|invoice|invoices|invoiced|bill|bills|billing|billed|charge|charges|charged|pay|pays|paying|payment|card|card details|subscribe|subscribes|subscribing|deciding|decide|decides|commit|commits|committing|invoice)',
                '{duration} ~4 (,|;|and)? (then|and then|after that|afterwards) (they|you|we)? (decide|decides|choose|chooses|pick|picks) (whether|if) (to)? ~1 (subscribe|buy|keep|pay|sign|continue|upgrade|stay|order)',
                '(billing|charging|payment|invoicing|the subscription|the first invoice|the bill) (only)? (starts|start|begins|begin|kicks in|comes|arrives) (if|when|once|after) (they|you|the customer|the team) (stay|stays|keep|keeps|continue|continues|decide|decides|commit|commits|convert|converts)',
                '{duration} ~6 (;|,) (the)? (subscription|pricing|price|contract|paid plan|commercial) (conversation|talk|discussion|chat|question) (comes|come|happens|starts) (after|afterwards|later)',
                '{duration} of ~2 (access|use|usage) ~4 before (paying|payment|they pay|you pay|any payment|billing|any charge)',
            ],
            examples: {
                signal: [
                    'New studios get the full editing suite for thirty days before we ask for card details.',
                    'Let the dispatcher run their real routes through the planner for two weeks, then decide whether to subscribe.',
                    'Agencies get every feature of the proofing tool for two weeks from sign-up; billing only starts if they stay.',
                    "Let the insurer's claims team process real files in the tool for a fortnight; the subscription conversation comes after.",
                    'Two weeks of full access to the platform before paying.',
                    'Restaurants run the ordering tablets through a full month of service before the first invoice.',
                ],
                not: ['The installer works on site for two weeks before we invoice the balance.', 'We pay suppliers 30 days after the invoice.'],
            },
        },
        {
            // Free up to a limit, paid beyond it: "pay nothing until they pass 50 appointments a month", "nothing is charged until they
            // add a fourth project", "their first ten shipments without paying anything", "for as long as they like without paying".
            id: 'free up to a limit',
            patterns: [
                '(pay|pays|paying|charged|charge|billed|invoiced) (nothing|zero|no fee|not a cent|not a penny|a thing) (until|till|unless|before) (they|you|it|the account|the practice|the clinic|the team) ~2 (pass|passes|reach|reaches|add|adds|exceed|exceeds|go over|goes over|hit|hits|want|wants|need|needs|upgrade|upgrades|grow|grows|outgrow|outgrows|cross|crosses)',
                '(nothing|no charge|no fee|no bill) (is|gets|will be)? (charged|billed|due|applied) (until|till|unless|before) (they|you|the account|the team) ~2 (pass|passes|reach|reaches|add|adds|exceed|exceeds|go over|goes over|hit|hits|want|wants|need|needs|upgrade|upgrades|grow|grows|cross|crosses)',
                '(up to|their first|the first|your first) {num} (shipments|projects|users|seats|learners|students|listings|products|appointments|invoices|documents|files|forms|reports|courses|pages|workflows|contacts|records|boards|sites|repos|devices|sensors|trucks|vehicles|classes|jobs|quotes|surveys|campaigns|emails|patients|clients|employees|locations|items|units|tasks|transactions|orders|bookings|members|labels|assets|scans|messages|minutes|calls|staff) ~4 (without paying|for nothing|for free|free of charge|at no charge|without a charge|without paying a cent|without paying a penny|without paying anything)',
                // A plan that stays free: "can stay on the Solo plan at no cost for as long as they like".
                '(plan|tier|version|edition|account) ~2 (at no cost|for free|free of charge|at no charge|without paying) (for as long as|as long as|forever|indefinitely|for life)',
                '(for nothing|for free|without paying|free of charge) ~3 (and|,|;) (only)? (pay|pays|upgrade|upgrades) (when|if|once) (they|you) (want|wants|need|needs|go|goes|grow|grows|outgrow|outgrows)',
                '(for as long as|as long as) (they|you) (like|want|wish|need) ~2 without (paying|payment|a charge|charge)',
            ],
            examples: {
                signal: [
                    'Clinics can book patients through the app straight away and pay nothing until they pass 50 appointments a month.',
                    'Anyone can spin up a workspace and invite their team; nothing is charged until they add a fourth project.',
                    'Carriers sign themselves up and track their first ten shipments through the dashboard without paying anything.',
                    'Shops can list up to 25 products on the storefront for nothing and only pay when they want more.',
                    'Teachers can use the quiz builder with up to three classes for as long as they like without paying.',
                    'Anyone can sign up for the hosted workspace and label up to 1,000 items a month without paying.',
                    'Sole proprietors can stay on the Solo plan at no cost for as long as they like.',
                    'Hobby users keep the starter edition free of charge forever.',
                ],
                not: ['Members pay nothing until the course starts, then the full fee.', 'Customers get their first 3 coffees for free with the loyalty app.'],
            },
        },
        {
            // Kit left to try, paid for only if kept: "Leave a laser level with the contractor for a week; if they keep it, we invoice it".
            id: 'left with them, paid if kept',
            patterns: [
                '(if|when|once) (they|you|the customer|the client|the contractor|the grower|the practice) (keep|keeps|want to keep|wants to keep|decide to keep|decides to keep|hold on to|holds on to) (it|them|one|the unit|the kit|the machine|the device|the tool|the sample|the demo|the level|the scanner|the chair|the sensor|the sensors) ,? (we|they|then)? (invoice|invoices|bill|bills|charge|charges|pay|pays|buy|buys) (it|them|for it|for them)',
                '(pay|pays) only (if|when|once) (they|you) (go on to|decide to|choose to|then) (order|orders|buy|buys|subscribe|subscribes|keep|keeps|sign|signs)',
            ],
            examples: {
                signal: [
                    'Leave a laser level with the contractor to use on site for a week; if they keep it, we invoice it.',
                    'Growers plant one test strip with the new seed and pay only if they go on to order for the full acreage.',
                ],
                not: ['If they keep the delivery note, we invoice at month end.', 'If they keep the unit longer, we charge per day.'],
            },
        },
        {
            // A go at it for nothing: "anyone with a lift pass can have a go on a snowboard for free", "a free 45-minute taster".
            id: 'a free go',
            patterns: [
                '(have|has|having|take|takes|taking|get|gets|getting) a (go|try|spin|turn|test drive|test ride|taster) (on|in|with|at|of) ~4 (for free|free of charge|at no cost|at no charge|on us|on the house)',
                '(free|complimentary|no charge) ~2 (taster|tasters|tryout|tryouts|try out|try outs|have a go|come and try) (session|sessions|class|classes|lesson|lessons|afternoon|afternoons|morning|mornings|evening|evenings|day|days|week|ride|rides|drive|drives|,|:|at|on|in|for)',
                // Free before they decide: "Walk-ins can use a hot desk for a full day at no charge before deciding on a membership",
                // "drop into any beginners' class once without paying, just to see if it suits them".
                '(at no charge|for free|free of charge|without paying|on us|on the house) (before|ahead of) (deciding|they decide|committing|they commit|signing up|joining|they join|buying|choosing|enrolling)',
                '(without paying|for free|free of charge|at no charge|on us) ~3 (just)? to see (if|whether) (it|they|the class|the service|the space|it all) (suits|suit|fits|fit|works|work|is right|are right)',
                '(taster|tryout|try out|come and try|have a go) (session|sessions|class|classes|lesson|lessons|afternoon|morning|evening|day|days|week) ~5 (free|for free|at no cost|at no charge|on us|on the house|costs nothing)',
                // A free spell of it to try: "customers get a free 30-day SIM to test coverage at home", "a complimentary two-week pass to
                // try the classes".
                // (Not a course or training of ours: "new account managers get a complimentary two-week course to try every product".)
                `(free|complimentary) (${A_SPAN}) (pass|passes|sim|sims|licence|licences|license|licenses|account|accounts|membership|memberships|login|logins|plan|subscription|access|rental|hire|loan|unit|units|sample|samples|kit|kits|box|boxes|supply|pack|packs|set|sets) (to|so they can|so you can|and) (test|try|trial|check|see|find out)`,
            ],
            examples: {
                signal: [
                    'Anyone with a valid lift pass can have a go on a snowboard for free.',
                    'A free 45-minute taster at 2pm on the nursery slope, board and boots included.',
                    'Come-and-try sessions on Saturday mornings are free for under-12s.',
                    'Take a spin on the e-bike for free before you order.',
                    'Walk-ins can use a hot desk for a full day at no charge before deciding on a membership.',
                    "Newcomers can drop into any beginners' class once without paying, just to see if it suits them.",
                    'Guests can borrow the kayak for an afternoon free of charge before committing to the club.',
                    'Every caller gets a free 30-day SIM to test coverage at home.',
                    'Offer a complimentary two-week pass so they can try the evening classes.',
                ],
                not: [
                    'Free tasters of the new cheddar at the counter all weekend.',
                    'Have a go at the quiz on our stand.',
                    'Staff get a free 30-day gym pass and can see the physio on Tuesdays.',
                    'New account managers get a complimentary two-week course to try every product in the range.',
                ],
            },
        },
        {
            // Their own go with the product for a time, with nothing to pay said anywhere in the sentence: "they can use the full product
            // for 21 days and nobody asks for a card", "poke around for a couple of weeks, they don't need to … put a card in", "keep using
            // it from home for three weeks at no charge", "can use the software alone during 30 days and pays nothing".
            id: 'a time with it, nothing to pay',
            patterns: [
                `(use|uses|using|run|runs|running|try|tries|trying|test|tests|testing|poke around|pokes around|play with|plays with|play around|explore|explores|exploring|keep using|keeps using|evaluate|evaluates|monitor|monitors) ~8 (${A_SPAN})`,
            ],
            when: ['nocharge'],
            // Not what is left to them after they leave ("use the portal for 30 days after cancelling, with no charge for exports").
            unless: ['refund'],
            examples: {
                signal: [
                    'Clinics can use the scheduling app for a month, and nobody asks for a card.',
                    'Let the foreman try the moisture meter on his own jobs for a couple of weeks; no invoice unless he keeps it.',
                    'Schools keep using the reading portal for six weeks and pay nothing.',
                    'Growers can test the soil probes across two fields for 10 days at no charge.',
                ],
                not: [
                    'Members use the gym for a month, then the fee is taken.',
                    'We tested the new dialler for two weeks; it costs nothing extra on our plan.',
                    'Customers can use the portal for 30 days after cancelling, with no charge for exporting their data.',
                ],
            },
        },
        {
            // The product in their hands for a time, on their own or with nothing to pay: "a sandbox for thirty days without anyone from
            // our team", "their own account with everything switched on for 14 days", "a one-week guest pass to use the club on their
            // own".
            id: 'their own access for a time',
            patterns: [
                '(sandbox|sandboxes|login|logins|own account|an account|a login|their login|full platform|full product|full version|full software|full suite|everything switched on|everything turned on|every feature|all features|guest pass|guest passes|demo unit|demo units) ~6 ({duration}|a couple of weeks|a few weeks)',
                '({duration}|one week|two week|a week) ~1 (guest pass|guest passes|sandbox|sandboxes|login|logins)',
                // A demonstrator left with them: "Left the demo mower with Kelly for the week, no charge".
                '(demo|demonstrator) ~1 (with|at) ~3 ({duration}|the week|a week|the weekend|a weekend|a few days|a couple of days|a couple of weeks|a few weeks|the month)',
            ],
            when: ['nocharge', 'alone'],
            examples: {
                signal: [
                    "The council's assessors may run the full platform in a sandbox for thirty days without anyone from our team.",
                    'The QR code sets up their own account with everything switched on for 14 days, no payment needed.',
                    'Every enquirer gets a one-week guest pass to use the pool on their own before any membership talk.',
                    'Leave the demo baler with the contractor for a fortnight, no charge, and let him see how it copes.',
                ],
                not: [
                    'Each new starter gets a login for two weeks of shadowing on their own.',
                    'Guest passes for a week cost £25.',
                    'While the truck is repaired, the customer keeps a loan van with them for the week at no charge.',
                ],
            },
        },
        {
            id: 'more days on the trial',
            patterns: [
                '(add|adds|adding|extend|extends|extending|give|gives|giving) (another|an extra|extra|an additional|additional)? {duration} (to|on|onto) (your|their|his|her) trial',
                'try (the|your)? (first|1st) ~3 (free|for free|at no cost|on us)',
                '(extend|extends|extending|extended) (your|their|his|her) trial by {duration}',
                // Whoever's trial it is, more days on it: "the extra 30 days on Pinecrest's trial", "an additional fortnight on the pilot".
                '(extra|additional|another|further) {duration} (on|to|onto|for) (the|your|their|his|her|its|{poss}|the {poss}) ~1 (trial|pilot|evaluation)',
                // The trial named, then stretched: "your CRM trial just ended. Want me to extend it by two weeks".
                '(trial|pilot|evaluation) ~12 (extend|extends|extending) (it|that|this) (by|for) (another|an extra|a further)? {duration}',
            ],
            examples: {
                signal: [
                    'Macro - extension request: happy to add another 7 days to your trial so your team can finish testing.',
                    'Digital download: try the first three patterns free, then upgrade for the full 40-pattern library.',
                    'Sales can extend their trial by 14 days for schools.',
                    "Is the extra 30 days on Pinecrest's trial approved?",
                    'Your trial ends tomorrow, but we can extend it by a week if your team needs it.',
                ],
                not: ['Add two days to the trial timeline in the court calendar.'],
            },
        },
        {
            id: 'a trial of the product',
            patterns: [
                '{duration} trial|trials',
                // The plan's name between: "Your 14-day Pro trial ends on Tuesday".
                '{duration} (pro|premium|plus|business|team|teams|enterprise|platinum|gold|max|ultra|growth|starter|advanced) (trial|trials)',
                '=cancel|=cancels|=start|=starts|=begin|=begins|=activate|=activates ~2 trial',
                'trial period|account|accounts|user|users|workspace|workspaces|version|licence|license|environment|environments|signup|signups|days|day|start|starts|conversion|conversions|activation|activations|funnel|cohort|cohorts',
                'trial sign up|ups',
                '(day|week) {num} of (the|their|your) (trial|pilot|evaluation)',
            ],
            unless: ['hiring', 'trait:gated'],
            examples: {
                signal: ['A 10-day trial of the analytics add-on.', 'Trial accounts get a welcome email on day one.'],
                not: ['New hires are on a 90-day trial period.', 'Trial environments are switched on only after sales approval.'],
            },
        },
    ],
    senses: [
        // A trial of something free of a substance, not a free trial: "Copper-free trial pens", "a lead-free trial batch".
        '(copper|sugar|gluten|fat|lead|mercury|plastic|chemical|chemicals|dairy|nut|alcohol|cruelty|carbon|paraben|pfas|latex|bpa|chlorine|phosphate|salt|fossil|antibiotic|pesticide|solvent|halogen|oil|water) free (trial|trials)',
        // A trial order paid for at the usual price: "a two-week trial standing order at normal trade prices".
        // Not "a 14-day trial, then get billed at standard rates".
        '{duration} trial ~2 at (normal|full|standard|regular|usual|list|the usual|our usual|the normal|our normal) ~1 (price|prices|rate|rates|fee|fees|pricing|terms)',
        // No card as a way to pay, not no card needed: "no credit-card sign-up; everything goes through a signed order form".
        '(no|not) (credit|debit)? card (sign up|signup|signups|checkout|payment|payments|purchase|purchases|option|options|orders|billing)',
        // A free plan we use ourselves: "We're still on the booking software's free tier, which caps us at 200 bookings a year".
        "(we're|we are|we|our team is|our office is) (still|currently|only)? (on|using|use) (the|a|its|their)? ~3 free (tier|plan|version|edition|account)",
        // Their first months run by us, a price: "Move your payroll to us before 5 April and we'll run your first three months free".
        "(we'll|we will|we can|we|i'll) (run|do|handle|process|manage|cover|host) (your|their|the) (first|1st) ~2 ({duration}|months|weeks|days|month|week|year)",
        // Our own try of a tool, not the buyer's: "We tested the new dialler for two weeks; it costs nothing extra on our plan".
        `(we|i|we've|i've|our team|our reps|our sdrs|our aes|our staff|the team|the sales team|our engineers) (tested|trialled|trialed|tried|ran|used|piloted|evaluated|have been testing|are testing|were testing|have been using|are using|were using|are trialling|have trialled) ~8 (${A_SPAN})`,
        // A study, not a trial of ours: "a university sleep-medicine clinical trial", "each participant's 12-week trial period".
        '(clinical|drug|research|randomised|randomized|medical|efficacy|safety|field|vaccine|placebo|controlled) ~2 (trial|trials)',
        "(participant|participants|participant's|patient's|subject's|volunteer's) ~2 (trial|trial period)",
        // A free period on a paid plan, not a free plan: "first month free for plans started in September".
        '(month|months|week|weeks|year|quarter) free for (plans|plan|accounts|subscriptions|memberships|members|policies|contracts)',
        // Those whose trial is over, as an audience, not a trial offered: "every lapsed trial user who never converted".
        '(lapsed|expired|former|past|old|churned|ended|dormant|abandoned|inactive) (trial|trials|free trial) (user|users|account|accounts|signup|signups|sign up|sign ups|customer|customers|cohort|cohorts|lead|leads)',
        // Something free to attend or to read, not a trial of the product: "join our free webinar". A free class, session or
        // tasting stays a trial: it is how a gym or a studio lets buyers try it.
        '(get started|start|sign up|join|begin|signup|register) ~1 free (webinar|webinars|event|events|workshop|workshops|talk|talks|seminar|seminars|masterclass|masterclasses|community|newsletter|guide|guides|ebook|ebooks|report|reports|meetup|meetups)',
        'trial close|closes|closing',
        // Those on the free plan as the audience of an upgrade offer: "Free-tier users who upgrade to Pro before April 10 pay $79".
        '(free tier|free plan|freemium) (user|users|account|accounts|customer|customers|member|members|subscriber|subscribers) (who|that) (upgrade|upgrades|move|moves|convert|converts|switch|switches)',
        // A car's test drive booked for someone: "Is the Tuesday slot free for Mrs Okoye's test drive?"
        "(mrs|mr|ms|miss|dr|his|her|their|customer's|client's|buyer's) ~2 test drive",
        'test drive (slot|slots|booking|bookings|appointment|appointments|route|routes|car|cars|vehicle|vehicles|fleet)',
        '(clinical|drug|jury|court|field|a b|ab|split|randomised|randomized|controlled|pilot) trial|trials',
        {
            // People enrolled in a study, with what marks it a study: "Patients in the 12-week trial of the inhaler get their spacer
            // from the study nurse", "volunteers enrolled in our six-month trial keep a sleep diary for the investigators". Not
            // "participants in the 14-day trial of our course platform" (red team 51: ours, without a study's words), nor our own
            // trial that names a dose or a study (red team 52: "see every dose", "run it on a live study").
            id: 'those enrolled in a study',
            patterns: [
                '(patients|participants|subjects|volunteers|enrollees) (in|on|enrolled in|recruited to|recruited for|recruited into|taking part in|randomised in|randomized in|randomised to|randomized to) (the|a|our|this|each|that)? ~2 (trial|trials) ~10 (study nurse|study nurses|study team|study site|study sites|placebo|=dosing|investigator|investigators|protocol|ethics|consent form|clinic visit|clinic visits|blood tests|sleep diary|symptom diary)',
            ],
            examples: {
                not: [
                    'Patients in the 12-week trial of the inhaler get their spacer from the study nurse.',
                    'Volunteers enrolled in our six-month trial keep a sleep diary for the investigators.',
                    'Participants taking part in the 8-week trial are paid for each clinic visit.',
                ],
            },
        },
        'trial (balance|and error|run|runs|lawyer|attorney|date|court)',
    ],
};
