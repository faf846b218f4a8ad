/** What the buyer would pay besides the price, which we may carry for them. */
const COSTS_OF_THEIRS = 'freight|shipping|delivery|postage|carriage|transport|haulage|closing costs|moving costs|removal costs|stamp duty|legal fees|installation|setup|set up';
export const discount = {
    triggers: [
        // Slang money off: "Sure give him a few quid off the tyres".
        '(a few|a couple of|couple of|some) (quid|bucks|euro|euros|rand|dollars|pounds) off',
        // A fee waived, as a noun: "a complimentary 3-year service charge waiver".
        '(fee|fees|charge|charges|service charge|registration fee|admin fee|setup fee|set up fee|levy|commission) (waiver|waivers)',
        '(price|asking price|list price) (has|have)? (come|comes|came) down (by)? ({money}|{pct})',
        // Under the counter price, said as a price ("under the counter" alone is another matter): "fifteen per cent under the counter
        // price".
        '({money}|{pct}|a third|a quarter|half) (below|under|less than) (the|our) (counter|cash|trade counter|walk in) (price|prices|rate|rates|pricing)',
        // Free, with the price it usually carries: "their security risk assessment at no charge; it normally runs $450".
        '(at no charge|free of charge|free|on us|on the house|complimentary|included) ~4 (normally|usually|ordinarily|otherwise|typically) (runs|costs|is|are|priced at|sells for|sell for|billed at|charged at) {money}',
        // A period's fee taken off: "get one month's service fee taken off their next invoice".
        "(=month's|=week's|=year's|=quarter's) ~2 (fee|fees|subscription|service fee|hire|charge|charges|rental|membership) (taken off|knocked off|waived|credited|refunded|off|free|on us)",
        // A commitment that earns a share off: "make them earn it - a multi-year commitment gets eight per cent".
        '(commitment|commitments|contract|contracts|term|prepayment|prepay|upfront payment|annual plan|renewal|three year deal|multi year deal) (gets|get|earns|earn|is worth|qualifies for|qualify for) (you|them)? {pct} (off)?',
        // A share of what they spent, given back: "get 5% of that spend back as hire credit in January".
        '{pct} of (their|your|a|an|the|each|that|this|everything|what) ~4 (spend|spends|spending|spent|purchases|invoice|invoices|bill|bills|order value|fees|turnover|premium|premiums) ~4 (back|returned|refunded) ~3 (as|in|into) (credit|account credit|store credit|hire credit|trade credit|a credit|credits|vouchers|voucher|rebate|cash|credits|vouchers|voucher|rebate|cash|store credit|account credit|hire credit)',
        '(earn|earns|get|gets|receive|receives) back {pct} (of|on)',
        // The first months at no charge: "the first two months of the subscription free", "the first quarter free".
        '(first|1st|opening) ({num}|two|three|four|five|six)? ~1 (months|month|quarter|year|orders|lifts|deliveries) ~5 (free|at no charge|without charge|free of charge|on us|on the house|for nothing)',
        // "the first three months of per-employee fees for that location are free".
        // (A free first week is a trial.)
        '(first|1st|opening) ({num}|two|three|four|five|six)? ~1 (months|month|quarter|year) of ~6 (are|is|come|comes) (free|waived|on us|at no charge|on the house)',
        // A charge taken off: "we'll take the per-employee fees off for its first three months".
        '(take|takes|taking|took|knock|knocks|knocking|knocked) (the|their|your|its|that|this)? ~2 (fee|fees|charge|charges|surcharge|setup fee|set up fee|delivery charge|callout charge|callout fee) off',
        // Below our usual rate: "€2k below standard", "a third below our usual day rate".
        '({money}|{pct}|a third|a quarter|half) (below|under|off|less than) (our|the|its|their)? (usual|standard|normal|list|regular|published|full|advertised|asking|ticket|shelf|window|casual|card|walk in|base|headline|one off|retail|consumer) ~2 (rate|rates|price|prices|fee|fees|pricing|rate card|cost|costs)?',
        // Per unit: "€4 a bottle under the normal trade price", "$2 per case below list".
        '{money} (a|an|per|each) ~1 (below|under|off|less than) (our|the|its|their)? (usual|standard|normal|list|regular|published|full|advertised|asking|ticket|shelf|trade|wholesale|retail|rrp|msrp|catalogue|catalog) ~1 (price|prices|pricing|price list|list price|rate card)',
        // A bonus for moving to us: "a $300 cash bonus", "a switching bonus of £200".
        // (A referral or signing bonus is pay, not a price.)
        '{money} (cash|switching|switch|welcome) bonus',
        '(cash|switching|switch|welcome) bonus of {money}',
        // Basis points off a rate: "up to 25 basis points below our standard rate".
        '{num} (basis points|basis point|bps|bp) (below|under|off|less than|lower than) (our|the)? (standard|usual|list|normal|posted|published|board|rack|advertised) ~1 (rate|rates|price|pricing)?',
        // More for the same price: "10% extra hours added to the block", "we'll add 10% more hours".
        '{pct} (bonus|free) (hours|credits|minutes|data|units|sessions|time|volume|product|stock|days|seats|licences|licenses)',
        '{pct} (extra|additional) (hours|credits|minutes|data|units|sessions|time|volume|product|days|seats|licences|licenses) (added|free|on us|at no extra cost|at no charge|for free|thrown in)',
        '(add|adds|added|give|gives|throw in|throws in) {pct} (more|extra) (hours|credits|minutes|data|units|sessions|time|volume|product|days|seats|licences|licenses)',
        // A lower cut for us: "their first temp placement at a 10% reduced margin".
        // Exact words: "a 9% discount rate" shares the stem of "discounted".
        '{pct} (=reduced|=lower|=discounted|reduction in|cut in) (margin|fee|rate|markup|mark up|placement fee)',
        // A hotel's or a shop's reference price: "a negotiated rate 12% below BAR", "10% under RRP".
        '({money}|{pct}|a third|a quarter|half) (below|under|off|less than) (the)? (bar|rack|rack rate|rrp|msrp|sticker|retail|best available rate|recommended retail)',
        // Lowered to a figure: "reduce the retainer to 28% of first-year compensation".
        '(reduce|reduces|reduced|lower|lowers|lowered|cut|cuts) (the|their|our|your)? ~1 (retainer|fee|fees|rate|price|markup|premium) to {amount}',
        // A free first period: "a free first month of coffee and machine rental".
        // (A free first lesson or class is a trial, not a discount.)
        '(free|complimentary) (first|1st|opening) ({num}|two|three|four|five|six)? (month|months|quarter|year|order|delivery)',
        // Another seller's price matched: "match the supermarket price on Fairtrade milk".
        "(match|matches|matching|beat|beats) (the|any|a)? (supermarket|supermarket's|store|shop|online|amazon|internet|local|high street|retail|big box) (price|prices|rate|rates)",
        '({money}|{pct}|a third|a quarter|half) below standard|list|usual',
        // Prices come down for a commitment, or are cut by an amount: "skip-hire prices drop by £30 a lift", "price slashed by $40k for a
        // quick sale". A rate only when it is a price of ours, not an error rate or the bank's ("error rates dropped by 40%",
        // "interest rates cut by 0.25%").
        '(price|prices|fee|fees|cost|costs|asking price|list price) (drop|drops|dropped|fall|falls|come down|comes down|are reduced|is reduced|go down|goes down|slashed|cut|reduced|lowered|knocked down) by ({money}|{pct})',
        '(our|room|hourly|day|nightly|weekly|monthly|member|group|trade) (rate|rates) (drop|drops|dropped|fall|falls|come down|comes down|are reduced|is reduced|go down|goes down|slashed|cut|reduced|lowered|knocked down) by ({money}|{pct})',
        // Money off as a code: "a one-off code worth $50 against the first invoice".
        '(code|voucher|credit|coupon|gift card|card|certificate|gift certificate|token|cheque|check) worth {money} (toward|towards|off|against|on)?',
        // We pay the buyer's shipping: "Cover the shipping on every hardware order".
        '(cover|covers|absorb|absorbs) (the|all)? (shipping|delivery|postage|freight) (on|for) (every|all|each|any|orders|the first)',
        "(we|we'll|we will|our team) (cover|covers|absorb|pay for|pick up|waive) (the|all)? (shipping|delivery|postage|freight|shipping costs|delivery charges)",
        // What they spent credited to what they buy next: "offering their day-pass spend as a credit toward their first month".
        '(spend|spent|fee|fees|deposit|payment|payments|cost|costs|price|charge) ~2 (as|into) (a)? (credit|credits|discount) (toward|towards|against|off|on) (their|your|the) ~3 (first|next|membership|invoice|order|month|purchase|bill|contract|subscription)',
        '(put|puts|putting|count|counts|counting|apply|applies|applying) ~6 (toward|towards|against) (their|your|the) (first|next) (month|invoice|order|purchase|bill|year|term)',
        // Our own fee waived, as a rival does: "so waive ours too for first visits".
        '(waive|waives|waiving) (ours|our own|our fee|our fees|our consultation fee|our booking fee|our setup fee|our set up fee|our delivery fee|our admin fee) (too|as well|also)?',
        // Shipped at our cost: "Sample kits ship overnight at our expense".
        '(ship|ships|shipped|shipping|delivery|delivered|sent|posted|couriered) ~3 at our (expense|cost)',
        // Price matching: "match the lowest verified listing".
        "(match|matches|matching|beat|beats|beating) (the|any)? (lowest|cheapest|best|competitor's|competitors'|rival's|online) ~2 (listing|listings|price|prices|quote|quotes|offer|offers|rate|rates)",
        // A lower rate than usual: "12% of salary instead of the usual 18%".
        '{pct} ~4 (instead of|rather than|down from|not) (the|our)? (usual|standard|normal|regular) {pct}',
        '(waive|waives|waived|waiving) (the)? ~1 (commission|commissions|listing fee|listing fees|seller fee|seller fees)',
        'at (half|a third of|a quarter of) the (price|cost) of',
        // An amount off talked about: "the 20% we discussed holds until Friday".
        '{pct} (we|i) (discussed|agreed|offered|talked about|mentioned|quoted) ~4 (holds|stands|is valid|is good|expires|ends|applies)',
        'discount',
        'promo code',
        '=code|=codes|=coupon|=voucher ~1 {code}',
        'promotional price|pricing|rate|offer',
        'price cut',
        // A reduction of the price, however it is put: "a price reduction of 10 percent", "a reduction of 15% on the order".
        // Not a rate or a premium: "a rate reduction of 40% on their business rates", "a reduction in premiums from the insurer".
        '(price|fee|tariff|rent|tuition) (reduction|reductions)',
        '(reduction|reductions) (of|in) (the)? (price|prices|fee|fees|tariff|tariffs|rent|tuition)',
        'slashed price',
        'marked down',
        // A promotion by its vehicle's name: "Coupon drop for lapsed users", "the voucher mailer".
        '(coupon|coupons|voucher|vouchers|promo|promos|rebate|rebates|cashback) (drop|drops|mailer|mailers|book|books|booklet|booklets|blast|blasts|campaign|campaigns|offer|offers|deal|deals|event|events|weekend|weekends|day|days)',
        '=on =sale',
        'flash sale',
        'flash deal|deals|offer|offers|promo|promos|promotion|promotions',
        // Clearance as a sale, said as one (alone, "clearance" is as often room to pass, an approval or a job of clearing out).
        'clearance (sale|sales|price|prices|event|events|rack|racks|bin|bins|section|sections|stock|items|item|lines|line|deal|deals|offer|offers|outlet|outlets|shelf|shelves|table|tables|tag|tags|corner|aisle|special|specials|bargains|discount|discounts|bay|bays|area|zone)',
        '=on clearance',
        // A clearance named as a sale by its season or its stock: "the end-of-season clearance", "Warehouse clearance is live".
        '(season|seasons|seasonal|winter|summer|spring|autumn|weekend|stock|model year|year end|end of year|final|annual|january|boxing day|showroom|store|shop|ex display|end of line|inventory|{year}) clearance',
        'clearance (weekend|weekends|week|weeks|day|days|month|channel|channels|insert|inserts|flyer|flyers|campaign|campaigns|promotion|promotions|promo|promos|window|windows|ticket|tickets|pricing|markdown|markdowns)',
        '(the|our|this|a|big|annual|warehouse|stock|showroom|store|shop) clearance (is|goes|went|are|was) (live|on|now on)',
        'clearance (is|goes|went|was) (now on|now live)',
        '(the|our|this|a|big|annual) clearance (starts|started|runs|ran|opens|opened|kicks off|begins|began)',
        '(host|hosts|hosting|hosted|launch|launches|launched|announce|announces|announced) (the|a|an|our|this|next)? ~2 clearance',
        '(run|runs|running|ran) (the|a|an|our|this|next)? ~2 clearance (in|at|across) (every|each|all|our|the) ~1 (showroom|showrooms|store|stores|shop|shops|branch|branches|outlet|outlets)',
        '(first pick|early access|first dibs|first look|first choice|preview) (at|to|of) (the|our)? clearance',
        '(=at|=in|=into) clearance (prices|pricing|stock)?',
        'clearance {pct}',
        '{pct} off ~2 clearance',
        'bogo',
        'buy one get one',
        // With a comma between: "Buy one, get one on 5x7 sheets".
        'buy one , get one',
        '2 for 1',
        'two for one',
        'lowest price',
        // The practice, not prices that agree: "our pricing matches the standard rates" is no price match.
        '=price =match|=matching|=matched|=matches',
        'special pricing|price|rate',
        'reduced price|rate|pricing',
        'price drop',
        // A sale's price, not a sales price ("contact-sales pricing").
        '=sale price|prices|pricing',
        'money off',
        'half|½ price',
        // Half of a price named: "add a partner at half the consumer price".
        '(at|for|pay|pays|paying|costs|cost) half (the|our|its|their) ~2 (price|prices|rate|rates|fee|fees|cost|costs|tariff)',
        'double the difference',
        'cheaper elsewhere',
        'beat any ~2 price|quote|offer',
        '(match|matches|beat|beats) any (rate|price|quote|offer|deal|fare) (they|you|the guest|guests|customers|the customer|the buyer) (find|see|get|are offered|were offered|found|saw)',
        '{date}|biggest|annual|holiday|seasonal|anniversary|flash|clearance|warehouse|christmas|cyber|blowout|mega =sale',
        'black friday',
        'cyber monday',
        '(intro|introductory|early bird|promotional|loyalty|launch|founder|founding|early adopter|beta) rate|rates|price|pricing|discount',
        '(early bird|earlybird) (fare|fares|ticket|tickets)',
        '(offer|discount|voucher|promo|coupon|money off) (code|codes)',
        // A charter member's price, not a hired coach's or boat's: "charter rates for field trips are on the rate sheet".
        "(charter) (member|members|member's|members'|customer|customers|client|clients|subscriber|subscribers|school|schools|partner|partners) (rate|rates|price|prices|pricing|discount)",
        '(eoq|eoy|eom|eofy) (pricing|deal|deals|discount|special)',
    ],
    constructions: [
        {
            // A deal in the trade's shorthand: "10+2 free on all inhalers", "the buy-10-get-2 on Bravecto", "promo pricing on the
            // scanner", "clearance of old-model controllers at Ksh 1,500", "10bps off the mandate", "€15 a tonne cheaper this month",
            // "knock the corkage off", "six months rent-free", "1st 4 wks of mat service no charge".
            id: 'a deal in the trade shorthand',
            patterns: [
                // (The bonus below the number bought: "10+2 free", not "Rooms 10 12 free".)
                '{num} {num<} (free|bonus|extra|foc)',
                'buy {num} get {num}',
                '(promo|promotional|launch|introductory|intro|founder|founders|founding) (pricing|price|prices|rate|rates)',
                // The show's own price at its stand ("the boat show price"), not a page that shows prices nor a trade show's booth fees.
                '(the|our|this|at|boat|motor|home|farm|car|caravan|bridal|wedding) =show (price|prices|pricing|special|specials)',
                'early bird (pricing|price|prices|rate|rates)',
                'clearance (of|on) (old|last|discontinued|ex|end of line|surplus|remaining|our|all|the) ~4 (at|for) {money}',
                '{num} (bps|bp|basis points|basis point) (off|discount)',
                '{money} ~3 (cheaper|less) (this|next|for the|until|through|till) (week|weekend|month|season|quarter|fortnight|{date})',
                '(knock|knocks|knocked|knocking) (the|their|your|his|her) ~2 (fee|fees|charge|charges|corkage|delivery|vat|tax|deposit|rent|excess|postage|shipping|freight|labour|labor|call out|callout) (off|charge off)',
                '(knock|knocks|knocked|knocking) off (the|their|your|his|her) ~2 (fee|fees|charge|charges|corkage|delivery|vat|tax|deposit|rent|excess|postage|shipping|freight|labour|labor|call out|callout)',
                '(give|gives|giving|offer|offers|offering|get|gets|receive|receives|plus|include|includes|including|with) ~2 ({num}|a|one|two|three|four|six|twelve) (months|month|weeks|week) (rent free|fee free|interest free|free of rent|free of charge)',
                // (Not the first days of a trial: "the first two weeks of the trial are free of charge".)
                '(first|1st) {duration} (of)? ~3w (service|services|hire|rental|cleaning|delivery|deliveries|maintenance|membership|mat service|support|the contract|the plan) ~3 (no charge|at no charge|free of charge|on us|on the house)',
            ],
            unless: ['trial', 'trait:free-trial'],
            examples: {
                signal: [
                    '*BUMPER SCHEME* on the respiratory range: 10+2 free on all inhalers.',
                    'Told Dr. Kim the buy-10-get-2 on Bravecto ends Friday.',
                    'The promo pricing on the intraoral scanner ends Friday at 5.',
                    'Clearance of old-model 12V charge controllers at Ksh 1,500 each.',
                    "I've offered 10 bps off the discretionary mandate.",
                    'Sulphur compounds are €15 a tonne cheaper this month.',
                    'If you confirm by Friday I can knock the corkage off completely.',
                    "We'll give you six months rent-free on the second suite.",
                    'NEW ACCT: 1st 4 wks of mat service no charge per the Q3 route promo.',
                ],
                not: [
                    'Rooms 10 12 free on Tuesday for the team.',
                    'Customs clearance of the last container at the port takes a week.',
                    'The first two weeks of the trial are free of charge.',
                    'Knock the dust off the display units before the show.',
                    'Rain knocked the install off schedule twice last week.',
                    'The show deals with cold-chain compliance, so send the agenda to QA managers.',
                    "The Fed's 25 bps cut last week means every fixed-rate quote should be refreshed.",
                    'Auction clearance rates in the inner west are above 70%.',
                    'The product page shows prices only after login.',
                    'Trade show pricing for booth space went up 20% this year.',
                    'The fund returned 40 basis points below its benchmark last year.',
                    'We negotiated six months rent-free on our new warehouse.',
                ],
            },
        },
        {
            // A promotion's vehicle, put to use: a coupon, a voucher, a promo, a rebate, cashback or a markdown is money off when an
            // amount is given or the buyer gets, earns or redeems it; named alone it is as often another party's, our own purchasing or
            // an admin term ("The brake service coupon in the Sunday paper belongs to the service department", "Rebate period is 12
            // weeks", "Deel and Rippling both run switcher promos").
            id: 'a coupon, a rebate or cashback, used',
            patterns: ['promo|promos', 'coupon|coupons', 'voucher|vouchers', 'rebate|rebates', 'cashback', 'cash back', 'markdown|markdowns'],
            when: ['used'],
            examples: {
                signal: [
                    'Members paying by direct debit get 3% cashback on every invoice.',
                    'Hand every dealer the $500 trade-in coupon for their Saturday ads.',
                    'Growers earn a volume rebate once they pass 400 tonnes.',
                    'Lapsed members receive a win-back voucher by email.',
                    'Spring promo: 20% off every planter.',
                ],
                not: [
                    'The brake service coupon in the Sunday paper belongs to the service department.',
                    'Rebate period is 12 weeks: if a placed candidate leaves, we refund on a sliding scale.',
                    'Gift vouchers are sold at face value in all three schools.',
                    'Promo calendar note: the team focuses on renewals in January.',
                ],
            },
        },
        {
            // A fee or tax dropped, in everyday words: "the joining fee's gone", "we eat the permit fee", "knock the VAT off", "we throw
            // in the chemical wash for free", "both have the joining fee dropped".
            id: 'a fee dropped',
            patterns: [
                'the (joining|setup|set up|admin|booking|call out|callout|delivery|installation|survey|permit|registration|arrangement|exit|cancellation|activation|membership|enrolment|enrollment) (fee|charge|fees|charges) (is|are|gets|get)? (waived|dropped|scrapped|knocked off|written off)',
                "the (joining|setup|set up|admin|booking|call out|callout|delivery|installation|survey|permit|registration|arrangement|exit|cancellation|activation|membership|enrolment|enrollment) (fee's|charge's) (gone|off)",
                "(we|we'll|i'll|i|we'd) (eat|eats|swallow|swallows|absorb|absorbs) the ~2 (fee|fees|charge|charges|surcharge|surcharges|permit|vat|tax|stamp duty|survey fee|legal fees|closing costs|postage|freight)",
                '(knock|knocks|take|takes|strip|strips) the (vat|tax|gst) off',
                '(throw|throws|chuck|chucks|toss|tosses|bung|bungs) in (the|a|an) ~6 (for free|free|at no charge|for nothing|on the house|gratis)',
                '(have|has|get|gets|had|having) (the|their|your|his|her)? ~2 (fee|fees|charge|charges) (dropped|scrapped|written off|knocked off|waived)',
                '{money} ~4 (cheaper|less) than (buying|paying for|getting|booking) ~3 (separately|individually|on their own|one by one)',
                '(top up|tops up|topping up|add|adds|boost|boosts|bump|bumps) ~4 (trade in|part exchange|buyback|scrap value) ~4 by ~2 {money}',
                '(first|1st) ~1 (keg|box|bag|case|bottle|round|drink|coffee|tray|crate|pallet|sack|tin) (free|on us|on the house)',
            ],
            unless: ['internal', 'refund'],
            examples: {
                signal: [
                    "Text the whole list of lapsed members: rejoin by Sunday and the joining fee's gone.",
                    'Every roof estimate comes with a free gutter clean and we eat the permit fee.',
                    "We'll knock the VAT off if they pay the balance before Christmas.",
                    'Tell the customer they can take the aircon servicing package, we throw in the chemical wash for free.',
                    'Bring a friend and you both have the joining fee dropped.',
                    'Bookkeeping and payroll together come in £40 a month cheaper than buying them separately.',
                    "We'll top up any trade-in on an old forklift by £1,500 against a new lease.",
                    'Spray and pray across the county with the first keg free offer.',
                ],
                not: ['The admin fee is gone from the new contract template after legal review.', 'We cover the cost of staff uniforms.'],
            },
        },
        {
            // A charge left off, without the word "waive": "we'll leave the fitting charge off", "delivery without the usual £49
            // charge", "the bar staff hours aren't charged", "only charge for the lenses", "the weekend goes on the docket at zero".
            id: 'a charge left off',
            patterns: [
                '(leave|leaves|leaving|left|take|takes|knock|knocks|strip|strips) (the|our|any)? ~2 (charge|charges|fee|fees|surcharge|surcharges) (off|from)',
                '(if|when|for|with) ~12 (remove|removes|drop|drops|scrap|scraps|lose|loses) (the|our|any) ~2 (charge|charges|fee|fees|surcharge|surcharges)',
                'without the (usual|normal|standard|regular) ~2 (charge|charges|fee|fees|surcharge|cost)',
                "(if|when|sign|signs|book|books|buy|buys|take|takes|order|orders|choose|chooses|get|gets) ~12 (aren't|isn't|are not|is not|won't be|will not be) (charged|billed|invoiced|charged for|billed for)",
                'only (charge|charges|bill|bills|invoice|invoices) (for|them for) the',
                // Goods and chargeable work, not a free assessment or consultation offered to start a conversation.
                '(hire|rental|delivery|install|installation|fitting|servicing|setup|labour|labor|freight|postage|shipping|collection|engraving|resize|removal|disposal|weekend|lesson|pass|ticket|case|sack|box|bottle|unit|item|pair|night|nights) ~4 (at nil|at zero|for nothing|at no charge|at no cost|free of charge|gratis)',
            ],
            // A trial given at no charge is a trial: "try the proofing tool for 30 days at no charge".
            unless: ['trial', 'internal'],
            examples: {
                signal: [
                    "Sure we'll leave the fitting charge off if you're getting the two wardrobes, no bother.",
                    'Anyone buying a king gets delivery and removal of the old mattress without the usual £49 charge.',
                    "If they take the canapé package, the bar staff hours aren't charged.",
                    'Bundle the anti-reflective coating into any second pair of frames and only charge for the lenses.',
                    'Hire the 8-tonne excavator Monday to Friday and the weekend goes on the docket at zero.',
                ],
                not: ['VAT is not charged on exports outside the UK.', 'Remove the fee column from the weekly report.', 'The delivery charge is shown at checkout.'],
            },
        },
        {
            // Money handed back or taken off a bill: "£150 goes back onto the customer's card", "the cost of the eye test comes off
            // the frames", "we will adjust Rs 2,000 in the final bill", "hand back half of our commission as a credit".
            id: 'money handed back',
            patterns: [
                '{money} (goes|go|going|comes|come|is paid|are paid|is put|is credited|gets credited) back (onto|on|to|into) (the|their|your|his|her) ~2 (card|account|bill|invoice|statement)',
                '(cost|price|fee|charge) of (the|your|their)? ~3 (comes|come|is taken|are taken) off (the|your|their)',
                '(adjust|adjusts|deduct|deducts|knock|knocks|take|takes|minus|less) {money} (in|on|off|from) (the|your|their)? ~2 (bill|invoice|total|price|final bill|quote|balance)',
                '(hand|hands|give|gives|pay|pays) back ~6 (commission|fee|fees|margin|premium|deposit|cost) as (a|an)? ~1 (credit|discount|rebate|refund|price reduction)',
                // Paid for them out of ours: "Offer to cover the out-of-water survey from our commission", "absorb the first year's service
                // contract at our cost".
                // (Not our own spending: "we fund the reps' trade-show travel out of our own margin".)
                '(cover|covers|covering|absorb|absorbs|absorbing|waive|waives) ~6 (from|out of) (our|my) (own)? (commission|commissions|margin|fee|pocket)',
                '(cover|covers|covering|absorb|absorbs|absorbing|offer to absorb|offer to cover) (the|their|his|her)? ~4 (at|on) (our|my) (own)? cost',
            ],
            unless: ['refund', 'internal'],
            examples: {
                signal: [
                    "Once the sofa bed is delivered, £150 goes back onto the customer's card.",
                    'The cost of the eye test comes off the frames if they buy their glasses with us.',
                    'Sir, we will adjust Rs 2,000 in the final bill if you are taking both the split ACs together.',
                    'For fleets over twenty vehicles we hand back half of our first-year commission as a credit on the premium.',
                    'If the buyer hesitates on the two-bed, you can give back part of our commission as a price reduction, up to 2%.',
                    "Offer to cover the buyer's survey fee from our commission if they sign this week.",
                    "If their finance team objects to the capex, offer to absorb the first year's service contract at our cost.",
                ],
                not: ['Refunds go back onto the original card within five working days.', 'The cost of the survey is shown on the quote.'],
            },
        },
        {
            // A rebate in other words, money back for what they took: "over 6,000 tonnes: NOK 180 per tonne back", "£2 a case back at
            // year end", "customers who sign a volume agreement get money back after the last delivery of the season" (not a refund:
            // "your money back if it fails").
            id: 'money back per unit or for volume',
            patterns: [
                '{money} (per|a|an|each|for every) (tonne|ton|tonnes|case|cases|unit|pallet|litre|liter|kg|seat|order|bag|box|barrel|hive|load|car|vehicle|head|bottle|keg|cover|night) back',
                '(volume|annual|season|seasonal|loyalty|tiered) ~6 (money|cash) back (after|at|in|on|once) ~3 (year end|the end|the last|delivery|deliveries|season|december|january|the year)',
            ],
            examples: {
                signal: [
                    'Over 6,000 tonnes a year: NOK 180 per tonne back, paid as a credit note in January.',
                    'Pubs on the volume deal get £2 a keg back at the end of each quarter.',
                    'Growers who sign a season volume agreement get money back after the last delivery in December.',
                ],
                not: [
                    'Your money back if the seed fails to germinate.',
                    'We charge £2 a case to bring empties back.',
                    "Each keg carries a £30 deposit, and it's £30 a keg back when the empties are collected.",
                ],
            },
        },
        {
            // Billed at a fraction, or fewer counted than taken: "Siblings are billed at two-thirds of the standard hourly fee",
            // "the second pair costs half what the first did", "mixed cases of twelve are invoiced as ten", "take two points off our fee".
            id: 'a part of the price only',
            patterns: [
                '(billed|charged|priced|invoiced|sold) (at)? (half|two thirds|a third|three quarters|a quarter|{pct}) of (the|our)? ~2 (standard|usual|normal|full|list|regular|rrp|retail)',
                '(costs|cost) (half|a third|two thirds|a quarter|three quarters) (of)? what (the|their|his|her)? ~2 (first|last|original|previous|other) ~2 (did|does|cost|costs|was)',
                '{num} ~3 (invoiced|billed|charged|priced|paid for|counted|charged as) as {num<}',
                '(take|takes|taking|knock|knocks|knocking|shave|shaves|shaving|trim|trims) (up to)? ({num}|half a|a quarter of a|a quarter|a half|a few|a couple of|some|a bit|a little|something|a chunk) ~2 off (the|our|your|their)? ~2 (fee|fees|price|prices|rate|rates|bill|invoice|quote|total|cost|commission|margin|premium|brokerage|apr|interest)',
                // Dropped by us, not a rate that drops: "the business manager can drop half a point off the finance rate".
                '(can|will|to|we|i) (drop|drops) (up to)? ({num}|half a|a quarter of a|a quarter|a half|a few|a couple of|some|a bit|a little|something|a chunk) ~2 off (the|our|your|their)? ~2 (fee|fees|price|prices|rate|rates|bill|invoice|quote|total|cost|commission|margin|premium|brokerage|apr|interest)',
            ],
            unless: ['internal'],
            examples: {
                signal: [
                    'Siblings are billed at two-thirds of the standard hourly fee.',
                    "It's a no-brainer for regulars: the second pair of prescription sunglasses costs half what the first did.",
                    "Club members' mixed cases of twelve are invoiced as ten.",
                    'For a second permanent placement inside twelve months, take two points off our fee.',
                    'If their credit union is beating us, the business manager can drop half a point off the finance rate.',
                    'Where the loss record supports it, take up to two points off our brokerage.',
                ],
                not: [
                    'Deposits are charged at 30% of the project value.',
                    'Twelve units are invoiced as twelve separate lines.',
                    'Rates drop half a point off the base rate next month, the bank says.',
                ],
            },
        },
        {
            // Extras given with a purchase: "the eleventh on the same invoice at nil", "every twentieth sack is free", "a free lift
            // pass when a parent buys the six-day pass", "the bridal suite upgrade is complimentary for weddings over 100 guests".
            id: 'an extra given with a purchase',
            patterns: [
                '(get|gets|getting|receive|receives) the (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|twentieth|last) ~5 (free|at nil|at zero|for nothing|on the house|on us|at no charge)',
                '(every|each) (second|third|fourth|fifth|sixth|tenth|eleventh|twelfth|twentieth) ~5 (is|are|goes|go|comes|come)? (free|at nil|on the house|on us|at no charge)',
                'free ~2 (when|if|whenever|once) (a|the|any|every|each|their|they|you|he|she|someone|anyone) ~2 (buy|buys|book|books|purchase|purchases|order|orders|take|takes|spend|spends|sign|signs)',
                '(is|are) (complimentary|free|free of charge|at no charge) (on|with|for|when|if) ~4 (over|above|more than|orders|order|purchase|purchases|booking|bookings|contract|contracts|any|every|weddings)',
                '(chuck|chucks|throw|throws|toss|tosses|bung|bungs) (the|a|an) ~3 in (for nothing|for free|free|at no charge|on the house|gratis)',
                '(freight|delivery|shipping|carriage|postage) (paid|prepaid|covered) (to|for|on)',
                '(ship|ships|shipped|delivered|go|goes) (freight|carriage|postage|delivery|shipping) free',
                '(top up|tops up|topping up|add|adds|boost|boosts|bump|bumps) ~4 (trade in|scrap|part exchange|buyback) (value|price|allowance|valuation) (by|with) ~2 {money}',
            ],
            unless: ['internal', 'hiring'],
            examples: {
                signal: [
                    'Pet shops ordering ten sacks of senior kibble get the eleventh on the same invoice at nil.',
                    'Not only do pallet buyers get the freight paid, every twentieth sack on the order is free as well.',
                    'Kids under twelve ski on a free lift pass when a parent buys the six-day pass.',
                    'Engraving and the first resize are complimentary on any band over £500.',
                    "Book the full reno clean-up and we'll chuck the skip bin in for nothing.",
                    'Trade in the old lead-acid bank and we top up its scrap value by another $300 against the new lithium battery.',
                ],
                not: ['Parking is free when you visit the showroom.', 'The second visit is booked by the office.'],
            },
        },
        {
            // An old price kept for a customer: "told Mrs K we'd hold the 2023 rate on her hedge contract again".
            id: 'an old price kept',
            patterns: [
                "(hold|holds|held|keep|keeps|kept|freeze|freezes|froze|frozen|honour|honor|honours|honors) (the|her|his|their|your|our)? ({year}|last year's|last years|original|legacy|grandfathered) (rate|rates|price|prices|pricing|fee|fees|tariff)",
                // Whatever they were quoted, matched: "Whatever hourly rate the other guarding firm put in writing, match it".
                '(whatever|any) ~5 (rate|price|quote|offer|figure|number) ~8 (match|beat) (it|that|them)',
            ],
            unless: ['internal'],
            examples: {
                signal: [
                    "CRM: told Mrs K we'd hold the 2023 rate on her hedge contract again, 3rd yr running.",
                    "Loyal clients keep last year's fees for another season.",
                    'Whatever hourly rate the other guarding firm put in writing, match it and keep the mobile patrol in the price.',
                ],
                not: ['Hold the rate card review until Friday.', 'Any quote they send over, log it in the CRM.'],
            },
        },
        {
            // Free for a first stretch of a month or more (a free first 14 days is a trial): "the telematics subscription is free
            // for the first 12 months on every new lease".
            id: 'free for the first months',
            patterns: [
                '(is|are|comes|come) (free|at no charge|on us) for the first {duration>=30}',
                '(is|are|comes|come) (free|at no charge|on us) for the first {num} (months|month|years|year|quarters)',
                // "Sign a 12-month desk agreement and the first month costs nothing", "the first keg of the new IPA without charge".
                '(first|1st|opening) (month|months|quarter|keg|case|box|order|delivery|invoice|term) ~4 (costs nothing|cost nothing|without charge|free of charge|is on the house|at nil cost)',
            ],
            examples: {
                signal: [
                    'The telematics subscription is free for the first 12 months on every new full-service lease.',
                    'Hosting is free for the first 6 months on any three-year licence.',
                    'Sign a 12-month desk agreement and the first month costs nothing.',
                    'Pubs that give us a second tap line get the first keg of the new IPA without charge.',
                    'On a two-year lease the first quarter is free of charge.',
                ],
                not: ['The starter workspace is free for the first 14 days, then $29 a month unless they cancel.'],
            },
        },
        {
            id: 'months at no rent',
            patterns: ['({duration}|months|weeks) (rent|fee|interest|service charge) free', 'rent free (period|periods|months|weeks)'],
            // Offered, not won by us: "we negotiated six months rent-free on our new warehouse".
            when: ['offer'],
            examples: {
                signal: [
                    'For the Canary Wharf floors, offer up to six months rent-free on a ten-year term.',
                    'Offer tenants who sign this quarter a three-month rent-free period.',
                    'We offer 12 months interest free on any kitchen.',
                ],
                not: ['We negotiated six months rent-free on our new warehouse.'],
            },
        },
        {
            id: 'a lower price than the usual one, in figures',
            patterns: [
                // The lower amount first, the usual one after it: never an upsell ("$18,000 instead of the standard $12,000").
                // With what it buys between: "pay £45 for their first month instead of £90".
                '{amount} ~5 (instead of|in stead of|rather than|down from|reduced from|marked down from|against|versus|vs) (the|our|its)? (usual|standard|normal|regular|full|list)? ~1 {amount>}',
                '(was|were|usually|normally|regularly) {money} ,? (now|today|only|just) {money<}',
                // The usual price in brackets after it: "£95 (usually £140)", "$79 (was $99)"; `(=( )?` is an optional group that holds the bracket itself.
                '{money} (=( )? (usually|normally|regularly|was|reg|rrp|down from) {money>}',
                // A price of ours, not a metric ("reply rates dropped from 11% to 3%", "fuel charges came down").
                '(fee|fees|price|prices|commission|commissions|premium|premiums|markup|day rate|hourly rate|membership|tuition|rent|fare|fares|subscription|dues|levy) ~2 (cut|reduced|lowered|dropped|drops|falls|fall|comes down|brought down|goes down|down) from {amount} to {amount<}',
                // Against the list in the same breath: "Quote the annual plan at $1,990 against a list of $2,400", "pay $45k where the list says $50k".
                '(quote|quotes|quoted|price|prices|priced|pay|pays|offer|offers|sell|sells|charge|charges|at) {amount} ~3 (against|versus|vs|where|whereas) (a|the|our|its)? (list|list price|usual|standard|normal|regular|full|rrp|msrp|sticker|rack rate|rack|full fee|full price|rate card|price list|brochure|brochure price|tariff) ~4 {amount>}',
                // Against what the parts cost apart: "the pair comes to $2,100, where they'd run $2,500 booked separately".
                '{money} ,? (where|whereas|against|versus|vs|compared to|compared with|instead of|rather than|but|which is|when) ~4 {money>} ~3 (separately|individually|on its own|on their own|alone|a la carte|one at a time)',
                '{pct} (under|below|less than|cheaper than) what ~8 (separately|individually|on its own|on their own|alone|a la carte)',
                // Our side comes down, in figures: "come down from $24 to $18" (a present or an order; "deal size came down" is a measure).
                '(=come|=go|bring it|take it|drop it|knock it|=move|we come|we go|we move|we can come|we can go) down from {money} to {money<}',
            ],
            examples: {
                signal: [
                    'Spring tune-up for contract holders: $89 instead of the usual $129.',
                    'Tables booked before March are £1,800 rather than £2,200.',
                    'Was $249, now $179 for the first fifty orders.',
                    'Clients on a retainer see their placement fee cut from 20% to 15%.',
                    'Quote the two-year plan at $4,200 against a list of $4,800.',
                    'Partners pay €90k where the rate card says €110k.',
                    'Take the boat and the trailer together and it comes to $31,000, where they would run $34,500 bought separately.',
                    'Bundled, home and contents come in 12% under what the two policies cost on their own.',
                    'If they push back on the per-seat fee, come down from $30 to $24.',
                    'Summer school tuition drops from £1,200 to £950 for returning pupils.',
                ],
                not: [
                    'Churn came down from 8% to 5% after the onboarding change.',
                    'Average deal size grew from $12k to $18k.',
                    'Average ticket was $45, now $62 since counter staff started offering the service plan.',
                    'Position the Premier tier at $18,000 instead of the standard $12,000 package.',
                    'Reply rates dropped from 11% to 3% in the quarter we shortened the research step.',
                    'Ship in 3 days instead of the usual 5.',
                    'Our hosting costs came down from $40k to $25k after the move.',
                    'The basic kit is $400, where the pro kit with the extra lens runs $650.',
                ],
            },
        },
        {
            id: 'a rate for a group of buyers',
            patterns: [
                '{pct} (group|trade|bulk|alumni|student|senior|military|nonprofit|non profit|charity|education|teacher|teachers) (rate|rates|price|prices|pricing|discount|reduction|saving|savings)',
                '(employee|employees|friends and family|supplier) (pricing|price|prices) (event|events|sale|weekend|week|days|offer)?',
                '(everyone|everybody|anyone|anybody|customers|you|buyers) (pays|pay|gets|get) (what|the price) (our|the) (staff|employees|employee|team|dealers|dealer) (pay|pays|get|gets)',
            ],
            examples: {
                signal: [
                    'Delegates get a 15% group rate on every room booked through the block.',
                    'Friends and family pricing weekend: all sofas at cost plus ten.',
                    'For one week anybody pays what our employees pay.',
                ],
                not: [
                    'The group rate for the boardroom is listed on the booking page.',
                    'Staff pay is reviewed every April.',
                    'Lead with our 92% loyalty rate among dental practices.',
                    'Margin forecasts assume the 25% corporate rate on UK profits.',
                ],
            },
        },
        {
            id: 'credit at no interest',
            patterns: [
                '(=0%|=0 =%|zero percent|zero per cent|zero pct|interest free) (financing|finance|apr|credit|instalments|installments)',
                '(interest free|zero interest|no interest) (credit|financing|finance|over {duration})',
                "(we|we'll|we will) (cover|pay|absorb) the interest",
            ],
            examples: {
                signal: [
                    'Take it home today with 0% financing for 48 months.',
                    'Interest-free credit over 12 months on every sofa.',
                    'Zero percent APR on the 2026 models through March.',
                ],
                not: [
                    'The loan carries 6.9% APR over five years.',
                    'Invoices unpaid after 30 days accrue interest at 2% a month.',
                    'The procurement lead showed no interest for weeks, so move the deal to nurture.',
                    'The basic current account pays 0% interest; suggest the savings pot.',
                ],
            },
        },
        {
            id: 'a free extra with the purchase',
            patterns: [
                // With the purchase, free: "buy a spotting drone and the mapping software licence is free for the first year".
                // "free for the first year", not "free of added sulphites" or "free to download".
                '(buy|buys|order|orders|purchase|purchases|lease|leases) (a|an|the|any|two|three|{num}) ~4 (and|,) (the|a|an|your|their)? ~4 (is|are|comes|come) (free for|free with|free of charge|free on|on us|on the house|included free|thrown in free|at no charge)',
                // The next one free: "buy 10 cases, get the 11th free".
                '(buy|buys|order|orders) {num} ~6 (get|gets|and get) (the|one|a|an)? ~2 free',
                '(buy|buys|order|orders) {num} ~6 (and|,) the {num} ~1 (is|comes)? free',
                '(plus|and|with|throw in|throws in|threw in|get|gets|includes|including) (a|an|two|three|{num})? free (gift|gifts|bag|mug|case|kit|attachment|attachments|accessory|accessories|loader|bucket|tote|upgrade|upgrades|fitting|bonus|set|pack|headset|cover|battery|batteries|charger|tyre|tyres|tire|tires|service|servicing|oil change|mat|mats|helmet|lock|warranty|extended warranty|grass catcher|hitch|trailer|toolkit|tool kit|bottle|bottles|case of)',
            ],
            examples: {
                signal: [
                    'Every mower ships this month plus a free grass catcher.',
                    'Buy the bike and we throw in a free helmet and lock.',
                    'Buy 10 cases of the breaded cod, get the 11th free.',
                    'The starter bundle includes two free batteries.',
                ],
                not: ['The free toolkit was discontinued in 2024.', 'Is there a free tier? No.'],
            },
        },
        {
            id: 'cheaper than our own rate',
            patterns: [
                '({money}|{pct}|a third|a quarter|half) (cheaper|lower|less) than (our|the|its|their)? (usual|standard|normal|list|regular|published|full|hourly|day|retail|walk in|monthly|sticker)? (rate|rates|price|prices|fee|fees|pricing|billing)',
                // The usual rate named at more words: "R4,500 less than our usual Cape Town to Gauteng rate", "quotes those loads at
                // R4,500 under the standard lane rate".
                '{money} (cheaper|lower|less|under|below) (than)? (our|the) (usual|standard|normal|list|regular|published|full|posted|going) ~5 (=rate|=rates|=price|=prices|=fee|=fees|=tariff|=fare|=fares)',
                // Than the other way of paying us: "annual plans are 20% cheaper than paying monthly".
                '({money}|{pct}|a third|a quarter|half) (cheaper|lower|less) than (paying|buying|billing|renting|booking) (monthly|month to month|by the month|per session|by the session|quarterly|weekly|at the door|on the day|separately|individually|one at a time)',
            ],
            examples: {
                signal: [
                    'The fixed-fee package comes in 30% cheaper than our hourly rates.',
                    'Members pay €40 less than the walk-in price.',
                    'The annual plan works out a third cheaper than the monthly price.',
                    'Annual plans are 20% cheaper than paying monthly.',
                    'Empty return legs are quoted at R3,000 under the standard lane rate.',
                    "If you can load on Thursday, it's $400 less than our usual Denver to Phoenix rate.",
                ],
                not: ["Their quote came in 10% lower than last year's."],
            },
        },
        {
            id: 'we pay off their old contract',
            patterns: [
                "(we|we'll|we will|i'll|i will|our team|the dealer|the store|the shop) (pay|pay off|pays off|cover|covers|buy out|buys out|pick up|picks up|reimburse|reimburses|refund|refunds) ~3 (your|their|the customer's|the client's|the buyer's) (old|existing|current|previous|remaining)? ~1 (contract|lease|plan|etf|exit fee|exit fees|cancellation fee|cancellation fees|termination fee|termination fees|buyout)",
                "(we|we'll|we will|i'll|i will|our team|the dealer|the store|the shop) (pay|pays|cover|covers|pick up|picks up|reimburse|reimburses|refund|refunds|absorb|absorbs) (the|your|their|any)? (early termination|early exit|exit|cancellation|switching|leaving) (fee|fees|penalty|penalties|charge|charges)",
            ],
            examples: {
                signal: [
                    "Switch to us and we'll pay off your old contract, up to $500.",
                    'We cover the early termination fee when a business ports its lines.',
                    "We'll buy out the rest of their lease on the old copier.",
                ],
                not: [
                    'Customers who leave early pay the termination fee in their contract.',
                    'If we exit the office lease early, we pay the termination fee from the facilities budget.',
                    "We'll cover the contract terms in detail on the second call.",
                ],
            },
        },
        {
            id: 'free delivery, in other words',
            patterns: [
                'free (uk|us|eu|next day|standard|express|worldwide|local|nationwide|tracked|domestic|two day|2 day|same day|first class|ground) (shipping|delivery|postage|returns)',
                "(i'll|we'll|i will|we will|we|i) (cover|pay|pick up|absorb|foot) (the|your)? (postage|shipping|delivery|courier|carriage|freight) (on|for|cost|costs|bill)",
            ],
            examples: {
                signal: [
                    'Handmade oak chopping board. FREE UK shipping on orders over £35!',
                    "Order two throws and I'll cover the postage on both.",
                    'Free next-day delivery on every order this month.',
                ],
                not: ['Free returns are required by law for online orders in the EU, so they appear in the footer.'],
            },
        },
        {
            // One in a run given free: "Offer the fourth night free on conference blocks", "every sixth wash is on us".
            id: 'one in a run, free',
            patterns: [
                '(the|every|each|a|your|their) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th) (night|nights|seat|seats|month|lesson|lessons|class|classes|box|boxes|case|cases|bottle|bottles|visit|visits|session|sessions|week|coffee|coffees|wash|washes|ticket|tickets|item|items|pair|pairs|unit|units|room|rooms|bag|bags|tray|trays|pallet|pallets|service|treatment|treatments|round|haircut|cut|cleaning|delivery|deliveries|car|cars|licence|license|user|users|course|courses|meal|meals|drink|drinks|pass|passes) ~2 (free|on us|on the house|half price|half off|at no charge|free of charge|costs nothing|is complimentary)',
            ],
            examples: {
                signal: [
                    'Offer the fourth night free on conference blocks of 50 rooms or more.',
                    'Buy five washes with the loyalty card and every sixth wash is on us.',
                    'Buy two seats of the design suite and the third seat is free.',
                ],
                not: [
                    'The second floor is free for the pop-up until March.',
                    'During the trial the fourth lesson is free as well.',
                    'The second room is free on Tuesdays if the team needs it for role-play practice.',
                ],
            },
            when: ['offer', 'decision'],
            unless: ['trial'],
        },
        {
            // One given free for a group or a number bought: "Groups of 8+ cabins sail with a complimentary tour conductor berth", "for
            // every ten rooms booked, one room is complimentary"; or a number at one price beside the price of one: "$125 per wheel,
            // or all 4 for $399".
            id: 'one free for a group, or a number for less',
            patterns: [
                '(for every|every|for each|groups of|group of|parties of|bookings of|orders of|blocks of) {num} ~6 (a|an|one|the) (free|complimentary) ~3 (berth|berths|cabin|cabins|place|places|seat|seats|room|rooms|night|nights|ticket|tickets|pass|passes|space|spaces|spot|spots|unit|units|case|cases|bottle|bottles|meal|meals|box|boxes|item|items|lesson|lessons|session|sessions|tour|tours|registration|registrations)',
                '(for every|every|for each) {num} ~4 (booked|sold|ordered|bought|purchased|registered|enrolled) ,? (one|a|an|the next) ~3 (is|are|goes|go|comes|come)? (free|complimentary|on us|on the house)',
                // The free one first: "1 free teacher place for every 10 paying students", "2 free weeks for every 10 booked".
                '({num}|a|one|two|three) (free|complimentary) ~2 (place|places|seat|seats|ticket|tickets|berth|berths|cabin|cabins|room|rooms|night|nights|week|weeks|month|months|pass|passes|case|cases|bottle|bottles|box|boxes|unit|units|lesson|lessons|session|sessions|spot|spots|meal|meals|registration|registrations) for (every|each) {num}',
                // (The other choice, "or": not "$90 each, and all 4 for $360", a sum that saves nothing.)
                // (Each, apiece or per unit, and the number straight before "for": not "$40 a day, or 7 days for $280".)
                '{money} (per|each|apiece) ~3 ,? or (all|any|the|a set of|a pack of|a box of|a case of)? ({num}|two|three|four|five|six) for (just|only)? {money}',
            ],
            examples: {
                signal: [
                    'Groups of 8+ cabins sail with a complimentary tour conductor berth.',
                    'For every ten rooms booked, one is complimentary.',
                    '1 free teacher place for every 10 paying students, as standard on all our school groups.',
                    'Add-on: wheel curb rash repair $125 per wheel, or all 4 for $399.',
                    'Ties are £30 each or three for £75.',
                    'Mats are €40 apiece or a set of four for €130.',
                ],
                not: [
                    'Groups of 8 need a complimentary parking permit from reception.',
                    'Rooms are $180 a night, and parking is $20 a day.',
                    'Sessions are $90 each, and all 4 for $360 if you book them as a block.',
                    'Van hire is $40 a day, or 7 days for $280.',
                    'The council requires one free parking space for every 10 staff at the new showroom.',
                ],
            },
        },
        {
            // Nothing to pay, said of the buyer or of a part: "Delivery to the job site costs the contractor nothing on orders above
            // $800", "the second month costs nothing on any plan".
            id: 'costs them nothing',
            patterns: [
                '(delivery|shipping|freight|fitting|installation|install|setup|set up|carriage|postage|upgrade|servicing|survey|design|removal|disposal|callout|call out|assembly|connection|hook up|hire|rental|first service|first fill|first month|first year) ~4 =costs (the|your|their|our)? ~1 (contractor|contractors|customer|customers|client|clients|buyer|buyers|homeowner|homeowners|member|members|patient|patients|guest|guests|family|families|school|schools|them|you|him|her|couple|couples|tenant|tenants|practice|practices) (nothing|zero|not a penny|not a cent|nothing extra|nothing more)',
                '(second|third|next|last|final|2nd|3rd|fourth|4th) (month|months|week|weeks|year|lesson|lessons|session|sessions|visit|visits|box|boxes|delivery|night|nights|quarter|term|service|year) (costs|cost|is|are|comes|come) (nothing|zero|nil|free)',
            ],
            unless: ['trial'],
            examples: {
                signal: [
                    'Delivery to the job site costs the contractor nothing on orders above $800.',
                    'On any annual plan the second month costs nothing.',
                    'The fitting costs the homeowner nothing when they take the premium boiler.',
                ],
                not: [
                    'Reading the manual costs nothing but time.',
                    'During the trial the second week costs nothing either.',
                    'Safety mornings at the depot are run by our SHEQ manager and cost customers nothing.',
                    'A missed delivery might cost the customer nothing, but it costs us the renewal.',
                ],
            },
        },
        {
            // Part of the price paid back: "two months of the subscription credited back", "Refund $150 of the installation bill to any
            // homeowner once the system is commissioned".
            id: 'part of the price paid back',
            patterns: [
                '({duration}|{money}|{pct}) of (the|their|your|a)? ~2 (subscription|fee|fees|bill|invoice|price|premium|rent|membership|tuition|plan|licence|license) (credited|refunded|paid|handed|given) back',
                '(refund|refunds|credit|credits|rebate|rebates) {money} of (the|their|your|his|her) ~2 (bill|invoice|price|fee|fees|cost|premium|rent|deposit)',
            ],
            examples: {
                signal: [
                    'Customers who pay for the full year upfront get two months of the subscription credited back.',
                    'Refund $150 of the installation bill to any homeowner once the system is commissioned.',
                    'Members who renew early have 10% of the fee refunded back onto their card.',
                ],
                not: ['Refunds of the deposit are handled by the office.'],
            },
        },
        {
            // We pay a part of the buyer's costs: "Put the order in by Friday and I'll cover the freight myself", "get up to $3,000 of their
            // moving costs covered".
            id: 'we cover a cost of theirs',
            patterns: [
                "(i'll|we'll|i will|we will|i can|we can) (cover|pay|pick up|absorb|eat|foot) (the|their|your)? (freight|shipping|delivery|postage|carriage|closing costs|moving costs|removal costs|stamp duty|legal fees) (myself|ourselves|for them|for you|cost|costs|bill|fee|fees)?",
                '{money} (of|toward|towards) (their|your|the) ~2 (costs|fees|bill|closing costs|moving costs|removal costs|legal fees|install|installation) (covered|paid|picked up)',
                // Said by whoever sells, or after the cost it covers: "the seller has agreed to cover closing costs", "asks about freight again,
                // tell them we'll eat it", "Freight on the initial order covered by us", "The transport we take on our costs", "without any
                // freight charge".
                `(the seller|the vendor|the supplier|the builder|the developer|the dealer|the dealership|our company|the company|we|i) (has|have)? ~2 (agreed|agree|agrees|offered|offers|promised|promises) to (cover|pay|pick up|absorb|eat|foot) (the|their|your|all|any)? ~1 (${COSTS_OF_THEIRS})`,
                `(${COSTS_OF_THEIRS}) ~12 (we'll|we will|we|i'll|i will) (eat|absorb|swallow|wear|cover) (it|that|the cost|them)`,
                `(${COSTS_OF_THEIRS}) ~6 (covered by us|paid by us|at our cost|at our expense|on our costs|on our cost|on our dime|on our account)`,
                `(${COSTS_OF_THEIRS}) ~6 (we|we'll|we will) (take|takes|carry|carries|put|puts) ~1 on (our|my) (costs|cost|account|bill|dime|tab)`,
                'without (any|a)? (freight|shipping|delivery|transport|postage|carriage|setup|installation|haulage) (charge|charges|cost|costs|fee|fees)',
                // Given to a class of buyer: "Pallet-quantity buyers get freight included to the farm gate".
                `(get|gets|receive|receives) (${COSTS_OF_THEIRS}) (included|thrown in|for free|free|on us|on the house)`,
            ],
            examples: {
                signal: [
                    "REP: Put the order in by Friday and I'll cover the freight myself.",
                    'Sellers who list with me and buy their next home through me get up to $3,000 of their moving costs covered.',
                    "We'll pay the closing costs on any home bought through us this spring.",
                    'If the family hesitates, the builder has agreed to cover stamp duty up to £4,000.',
                    "If they grumble about the haulage again, tell them we'll swallow it on this load.",
                    'Pallet orders over ten ship to the yard without any haulage charge.',
                ],
                not: ['Buyers pay their own closing costs.', 'Freight on our inbound steel is paid by the mill.'],
            },
        },
        {
            id: 'we pay the first months',
            patterns: ["(we|we'll|we will|i|i'll|i will) (pay|cover|pick up|foot) (the|your)? (first|1st) ({num}|month|months|year|quarter|week) ~3 (of|on|for)"],
            examples: {
                signal: [
                    'We pay the first three months of your home cover when you move your car insurance to us.',
                    "We'll cover your first month of membership when you bring a friend.",
                    'I will pick up the first two months on the new lease.',
                ],
                not: ['We pay the first invoice on receipt.'],
            },
        },
        {
            id: 'buy some, get one free',
            patterns: [
                'buy {num} ~3 get (the|a|an|one|another|your)? ~1 (free|for free|on us|on the house|half price)',
                // A multi-buy price: "bedding plants 3 trays for £10, compost 4 bags for £12".
                '{num} (trays|bags|packs|bottles|tins|cans|boxes|pots|plants|bunches|loaves|pairs|shirts|bars|punnets|sacks|rolls|tubs|jars) (for|for just|for only) {money}',
                // "Stay three nights and the fourth is free", "order five cases, the sixth is on us".
                '(buy|buys|stay|stays|book|books|order|orders|take|takes|rent|rents|hire|hires|purchase|purchases) {num} ~6 (and|,) (the|your|a)? (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|{num}) ~2 (is|are|comes|come|goes|go)? (free|on us|on the house|half price|half off)',
                '{duration} ~4 free (when|with|if) (you)? (buy|purchase|order|take|choose|switch|pay|book)',
            ],
            examples: {
                signal: [
                    'Buy 2 candles, get the 3rd free.',
                    'Get 2 months of the pattern club free when you buy any annual membership.',
                    'Buy three bags of feed and get one on the house.',
                    'Stay three nights and the fourth is free.',
                    'Bedding plants 3 trays for £10, multi-purpose compost 4 bags for £12.',
                    'Order five cases, the sixth comes on us.',
                ],
                not: ['Buy two tickets to get access to the members lounge.'],
            },
        },
        {
            id: 'last year’s price',
            patterns: [
                "(pay|pays|keep|keeps|at|hold|holds|lock in|locks in|get|gets|on|honor|honors|honour|honours|honoring|honouring|extend|extends) last year's ~1 (price|prices|rate|rates|pricing|fee|fees|stand price|terms|rate card|price list)",
            ],
            examples: {
                signal: [
                    'Exhibitors who confirm by Friday pay last year’s stand price.',
                    "I'll give you the second year at last year's rate if we shake on it today.",
                    "Returning members keep last year's pricing for one more season.",
                ],
                not: ["Last year's price list is archived in the shared drive."],
            },
        },
        {
            // Their quote matched, said after it: "Hays have quoted you 12%? Send it over and we'll match it" (not "send us the paint chip
            // and we'll match it": no price or quote nearby).
            id: 'we match what they were quoted',
            patterns: [
                "(we'll|we will|we can|we could|i'll|i will|i can|we'd|we would|happy to|and we'll) (match|beat) (it|that|them|theirs)",
                // Or come in under it: "Bring us a written quote from any other roofer and we'll come in under it".
                "(we'll|we will|we can|we could|i'll|i will|i can|we'd|we would|happy to|and we'll) (come in|=better|=beat) (under|below)? (it|that|them|theirs)",
                "(we'll|we will|we can|we could|i'll|i will|i can|we'd|we would|happy to|and we'll) match or beat (it|that|them|theirs|their|the)",
            ],
            when: ['offer'],
            near: ['offer'],
            examples: {
                signal: [
                    "Hays have quoted you 12%? Send it over and we'll match it.",
                    'If the Leeds depot quoted less, we can match that.',
                    "Bring us a written quote from any other roofer and we'll come in under it.",
                ],
                not: ["Send us the paint chip and we'll match it.", "We'll match it to the purchase order before it ships."],
            },
        },
        {
            id: 'we match any price',
            patterns: [
                '(match|matches|beat|beats) any (advertised|competitor|lower|cheaper|local|rival|written|published|online) (price|prices|quote|quotes|offer|offers|deal|deals)',
                // Any rival's price by its trade's word: "We'll match any competing elevator's posted basis", "beat any rival mill's bid".
                '(match|matches|beat|beats) any (competing|competitor|rival|other) ~2 (posted)? (price|prices|quote|quotes|offer|offers|deal|deals|basis|bid|bids|rate|rates|tariff|tariffs|fare|fares)',
                '(match|matches|beat|beats) any (like for like|comparable|equivalent|genuine|written|competing) ~1 (price|prices|quote|quotes|offer|offers|bid|bids)',
                // Whatever they were quoted: "We'll match whatever Airwallex or Wise quoted you on FX margin".
                '(match|matches|beat|beats) (whatever|what) ~5 (=quoted|=quotes|=offered|=offers|=charges|=charged|=charging)',
            ],
            examples: {
                signal: [
                    "Our promise: we'll match any advertised price within 50 miles.",
                    'We beat any written quote from a local installer.',
                    'The store matches any lower price you find online.',
                    "We'll match any competing elevator's posted basis within 100 km.",
                    "We beat any rival mill's bid on the same grade.",
                    "We'll match whatever Airwallex or Wise quoted you on FX margin.",
                    'If you are comparing on price alone, we will beat any like-for-like quote by 3%.',
                ],
                not: ['Procurement must match any quote to a purchase order.'],
            },
        },
        {
            id: 'a sale to clear the stock',
            patterns: [
                '(closing down|closing|clearance|liquidation|stock clearance|moving|going out of business|end of line|end of season|warehouse) sale',
                'everything must go',
                '(goes|go|reverts|revert|returns|return|snaps) back to (list|list price|full price|the full price|full rate|the standard rate|standard pricing|rack rate)',
            ],
            examples: {
                signal: [
                    'Closing-down sale: everything must go, final week!',
                    'End of season sale across the showroom floor.',
                    'Once I hang up, it goes back to list.',
                ],
                not: ['Opening hours go back to normal after the holiday.'],
            },
        },
        {
            id: 'amount off',
            patterns: [
                '{amount} off',
                'save|saving|savings ~1 {amount}',
                'save|saving|savings (up to|as much as|over|more than|an extra|another|a further) {amount}',
                '{amount} ~1 (code|codes|coupon|coupons|voucher|vouchers|promo|promos|off code|credit|credits)',
                '(minus|less) {amount}',
                '(take|takes|taking|took|knock|knocks|shave|shaves|deduct|deducts|deducted) {amount} (from|off)',
                '{amount} (taken|knocked|shaved|deducted) (from|off)',
                '{amount} less (on|for|off|per|than list|than the list|than retail)',
                '(ship|ships|shipped|deliver|delivers|delivered|install|installs|installed) ~2 (at no charge|at no cost|free of charge|for free)',
                'save|saving {num>=10}',
                '(take|takes|took|deduct|deducts|deducted|remove|removes|subtract|subtracts) {amount} (from|of|off) (the)? ~1 (price|total|bill|invoice|cost|fee|list price|rate)',
                '(pay|pays|paid|sold|sell|sells|costs|cost|priced|at|with|for|give|gives|gets|get) ~2 {amount} (less|cheaper|lower|below|under)',
                // A price per unit, the unit between, against a price named after it: "$150/night under the normal rate", "£12 a tonne
                // less on committed volume", "Rs 15 per cylinder less than list". Not a weight band or a place ("ship at $2 each under
                // 5 kg", "€40 each under the balcony"), nor what we pay ("our tutors are paid $10 an hour under …": no "paid").
                '(pay|pays|sold|sell|sells|priced|at|for|gets|get|go|goes) ~2 {money} (per|a|an|each)? ~1 (below|under|beneath) (the|our|its|their|a)? ~2 (rate|rates|price|prices|pricing|fare|fares|list|list price|rrp|msrp|retail|fob|tariff|rate card|rack rate|card rate)',
                // Less or cheaper, said of what the buyer pays or gets ("come in at £0.06 a mile less than the diesels to run" is a cost).
                '(pay|pays|sold|sell|sells|priced|gets|get|go|goes|buy|buys) ~2 {money} (per|a|an|each)? ~1 (less|cheaper|lower) (than|on|for|off|and|,|.|;)',
                "(we|we'll|we will|i|i'll|the dealer|the developer) (pay|pays|cover|covers|absorb|absorbs|take care of|waive|waives) (the)? (vat|tax|taxes|delivery|shipping|fees|installation|registration|stamp duty|notary|closing costs|closing fees|transfer fee|transfer fees|legal fees|registration fee|insurance|first payment)",
                '(no|zero|without) (delivery|shipping|installation|setup|set up|joining|registration|booking|service|admin|membership) (costs|cost|fee|fees|charge|charges)',
                '(pay|pays) no ~2 (fee|fees|charge|charges)',
                // A word between only after a word that describes the price ("special launch price"); who it is for stands next to it
                // ("staff price", "members only rates"), so that "Staff answer price questions" is no staff price.
                '(=special|exceptional|preferential|promotional|introductory|=reduced|=discounted) ~1 (price|prices|pricing|rate|rates|conditions)',
                "(factory|member|members|member's|members'|friends and family|staff and family|family and friends) (only|exclusive)? (price|prices|pricing|rate|rates|conditions)",
                // Staff rates are as often their pay: a staff price or staff pricing only.
                '(staff|employee) (only|exclusive)? (price|prices|pricing)',
                // A staff rate on what we sell: "The staff rate on engagement rings can be extended to a client's parents".
                '(staff|employee) (rate|rates) (on|off)',
                '{num} (points|pts|percent)? (under|below) (list|rrp|msrp|retail|sticker|rate card|list price)',
                '=sale (ends|end|ending|starts|starting|runs|items|rack|event|weekend|week|day)',
                '{amount} saving|savings',
                'extra|additional {pct}',
                '{amount} ~2 (discount|reduction|markdown|concession|concessions|allowance|giveback|rebate|credit|price break)',
                '(discount|reduction|markdown|concession|rebate|price break) of {amount} (on|off|from|against|for) (the|our|your|their|all|every|each|any|a|an)? ~3 (order|orders|price|prices|list|fee|fees|rate|rates|bill|invoice|purchase|purchases|supply|total|subscription|licence|license|membership|rent|premium|contract|first|next|annual)',
                'knock|take|shave|chop|cut ~1 {amount} off',
                'knock|knocks|take|takes|shave|shaves ~1 {duration} off',
                '{num} ~2 for the price of {num}',
                'offer|offers|offering|give|gives|giving ~1 an? extra|additional|up? to? {pct}',
                'half|½ off',
                '{amount} back',
                '(get|gets|receive|receives) ~2 first|second|next|extra|additional ~2 free',
                '{amount} cheaper|less ~2 when|if ~1 bought|bundled|purchased|ordered|paired|combined',
                // Extra months or years given: "two extra months on top of the usual twelve, at no charge" (not days off, nor "extra weeks
                // on their free trial").
                '({num}|an|one|two|three|four|six) (extra|additional|bonus|more) (months|month|years|year) ~8 (at no charge|at no cost|at no extra cost|free of charge|for free|on us|on the house|for nothing)',
            ],
            examples: {
                signal: [
                    'Off-peak hires go at $90/day under the standard rate.',
                    'Contract growers get £8 a tonne less on committed volume.',
                    'Members pay Rs 20 per bag less than walk-in buyers.',
                    'Accounts that move to annual billing get two extra months on top of the usual twelve, at no charge.',
                    'Knock 10 percent off for multi-year deals.',
                    'Offer thirty per cent off the starter kit.',
                    'Get €300 off when you bundle the scanner.',
                    'Members save $40 on every renewal.',
                    'Take £50 off any order this month.',
                    'An extra 5% for references.',
                    'Within our partnership we propose a reduction of 15% on the whole order.',
                    'Members receive a price reduction of 10 percent on the first order.',
                    'Returning families get a reduction in the fees of one term a year.',
                ],
                not: [
                    'Win rate is 5% off target this quarter.',
                    'Model the NPV at a 7% discount rate.',
                    'Churn is 3% off its peak.',
                    'The new line gives a reduction of 40% in downtime on the first shift.',
                    'We do not offer price reductions to housing associations.',
                ],
            },
        },
        {
            id: 'below list',
            patterns: [
                '{amount} (below|under|beneath|less than) ~2 (list|rrp|msrp|retail|sticker|rate card)',
                // Under a price the buyer knows: "we go 10 pct under last year's invoice".
                "(go|goes|going|went|quote|quotes|quoting|price|prices|pricing|bill|bills|billing|charge|charges|charging|offer|offers|renew|renews|renewing|at|sell|sells|invoice|invoices) {amount} (below|under|beneath|less than|lower than) (last year's|the normal|the usual|our normal|our usual|the standard|our standard|their current|the current|the old|the regular|our regular) (price|prices|rate|rates|invoice|invoices|quote|fee|fees|figure|bill|pricing)",
                '(reduce|reduces|lower|lowers|cut|cuts|drop|drops) (the|their|our|his|her)? (invoice|bill|total|invoice total) (of|by) {amount}',
                '{money} (a|per|each|an) (bag|case|tonne|ton|unit|box|pallet|head|seat|kg|litre|liter|gallon|bottle|tray|carton|sack|bale|acre|hectare|tin|can|roll|pack|tub) (knocked|taken|shaved)? off',
                // A share of the price in words: "the partner rate, a tenth below list", "lower the threshold by a third".
                '(a|one) (tenth|fifth|quarter|third) (below|under|off|less than) ~1 (list|the list|rrp|msrp|retail|the usual|the normal|the standard|standard|our usual|our normal)',
                '(lower|lowers|reduce|reduces|cut|cuts|drop|drops|knock|knocks|bring|brings) (the|our|their|its|your)? ~2 (price|prices|rate|rates|fee|fees|deposit|deposits|threshold|thresholds|premium|premiums|rent|bill|invoice|minimum|minimums|charge|charges|tariff|tariffs) ~4 by (a|one) (tenth|fifth|quarter|third|half)',
                // A reduction given on a fee: "Give the client a wee reduction on the year-end accounts fee".
                '(give|gives|giving|offer|offers|offering|allow|allows) (the|a|an|our|each|every|them|him|her)? ~2 (a|an|some|small|little|wee) ~1 (reduction|concession|price break) (on|off|in|to) (the|their|your|our)? ~3 (fee|fees|price|prices|rate|rates|bill|invoice|rent|premium|subscription|licence|license|cost|costs)',
                '(below|under) list ~1 price|pricing',
                // A share of our fee given back: "get a third of our brokerage fee refunded on both policies", "half the setup fee credited".
                '(a third|a quarter|a fifth|a tenth|half|{pct}|{money}) of (our|the|their|your) ~2 (fee|fees|price|premium|premiums|bill|subscription|commission|rent|charge|charges|invoice) (refunded|back|credited|waived|returned|rebated)',
                '(half|½|{pct}) (the|of)? ~1 list|full|normal|usual|regular|standard ~1 price|rate|fee|pricing|charge|charges|cost',
                // We come in under a price, whatever it is: "we'll come in 5 cents a bottle under it", "we go R2 a case below their
                // invoice", "this season's tariff, which works out roughly 8% under next year's prices".
                "(we|we'll|we will|we'd|we can|reps|the rep|you can) ~1 (come in|comes in|go|goes|land|sit|quote|price|match and go) ~2 {amount} ~3 (under|below|beneath|less than|cheaper than) (it|them|theirs|that|their|the|last year's|its|his|her|your|whatever|what)",
                '(works out|work out|comes out|come out|comes to|come to|which is|that is) ~2 {amount} (under|below|beneath|less than|cheaper than) ~3 (price|prices|rate|rates|tariff|list|quote|quotes|fee|fees|theirs|it|them)',
            ],
            examples: {
                signal: [
                    'Quote eight per cent below list for the pilot region.',
                    'Resellers buy at 30% under RRP.',
                    "For the renewal we go 6% under last year's invoice if they sign this month.",
                    'If the clinic pays up front we can reduce the invoice by 3 percent.',
                    'Early orders get five dollars a sack off the spring price list.',
                    'Tell them the member rate, a fifth below list, ends with the month.',
                    'Branch managers may bring the deposit down by a third for repeat hirers.',
                    'Give the practice a small reduction on the annual licence fee if they sign this week.',
                    "If an owner shows us a rival's invoice, we'll come in 5 cents a bottle under it.",
                    "Early deposits keep this season's tariff, which works out roughly 8% under next year's prices.",
                    'Reps can go $2 a case below their current invoice.',
                    'Growers who move their farm pack to us get a third of our brokerage fee refunded on both policies.',
                ],
                not: [
                    'Our list price is public.',
                    "Freight came in 6% under last year's invoice.",
                    'The project came in 4% under budget.',
                    "We'll land 4% under plan this quarter unless the Henley order closes.",
                ],
            },
        },
        {
            // A price for more given on less: "Restaurant accounts pay the case-of-twelve per-bottle rate even on orders of six".
            id: 'a better price than the volume earns',
            patterns: [
                '(pay|pays|get|gets|charged|billed|receive|receives) the (case|pallet|volume|bulk|trade|wholesale|tier|dozen|box|carton|crate|container|truckload|annual|multi year|{num}) ~4 (rate|price|pricing|discount|tier) even (on|for|with|at|when) ~3 (order|orders|quantities|quantity|volumes|volume|one|a single|a few|smaller|small|fewer|half)',
                // Trade terms for anyone: "antifouling at trade rate for any owner who books a haul-out with us".
                '(offer|offers|give|gives|extend|extends) trade (rate|rates|price|prices|pricing|terms) (to|for) (any|every|all|our|retail|private|walk in|ordinary|regular) ~2 (owner|owners|customer|customers|member|members|buyer|buyers|homeowner|homeowners|shopper|shoppers|guest|guests|client|clients|visitor|visitors|who)',
                '(at|for) trade (rate|rates|price|prices|pricing|terms) (for|to) (any|every|all|our|retail|private|walk in|ordinary|regular) ~2 (owner|owners|customer|customers|member|members|buyer|buyers|homeowner|homeowners|shopper|shoppers|guest|guests|client|clients|visitor|visitors|who)',
                // A show's own prices: "Boat-show pricing: antifouling at trade rate".
                // A consumer show's own prices (not "trade show pricing for booth space", what we pay to exhibit).
                '(boat show|home show|car show|motor show|bridal show|wedding show|farm show|field day|field days|open day|caravan show|ideal home show) (pricing|special|specials|deal|deals|discount|discounts|prices|offer|offers)',
            ],
            examples: {
                signal: [
                    'Restaurant accounts pay the case-of-twelve per-bottle rate even on orders of six.',
                    'Loyal growers get the pallet price even on half-pallet orders.',
                    'Boat-show pricing: antifouling at trade rate for any owner who books a haul-out with us.',
                    'Field day specials on every baler in the yard.',
                ],
                not: [
                    'Trade customers pay the trade rate on every order.',
                    'Show pricing on the product page in both currencies.',
                    'Customers pay the standard rate even on small orders.',
                    'Trade show pricing for booth space went up 20% this year.',
                ],
            },
        },
        {
            id: 'free period or extras',
            patterns: [
                // A month's worth given: "Offered the café a month's free beans if they switch suppliers".
                "(a|one|two|three|{num}) (month's|months'|week's|weeks'|year's|years') (free|worth of free)",
                '{duration} free|complimentary',
                // What is free between: "three months' line rental free", "two months' membership free".
                '{duration} (line rental|rental|membership|service|support|subscription|hosting|licence|license|fees|tuition|access|data|cover|insurance|maintenance|servicing|parking|storage) (free|complimentary|on us|at no charge)',
                '{duration} ~1 (on us|on the house|at no charge|at no cost|free of charge)',
                // "You both get three months of monitoring free".
                '{duration} of ~3 (free|on us|on the house|at no charge|free of charge)',
                'first {duration} ~3 (free|on us|complimentary)',
                'first|second|third|final|last ~1 year|month|months|quarter ~6 (free|on us|at no charge|at no cost|free of charge|complimentary|on the house)',
                // A free first week is a trial ("Gym: first week free, no card needed"); a free last week is a price given away.
                'second|third|final|last ~1 week|weeks ~6 (free|on us|at no charge|at no cost|free of charge|complimentary|on the house)',
                '{num} free (month|months|seat|seats|licence|licences|license|licenses|user|users|add on|add ons)',
                '(pay nothing|pay zero|nothing to pay|no charge|no fees) ~2 for|until|during ~2 {duration}',
                // Not billed for the first months: "aren't billed for their first three months", "new members don't pay for their first month".
                "(not|aren't|isn't|won't be|don't|doesn't|do not|does not|never) (pay|pays|billed|charged|invoiced|be billed|be charged|be invoiced) (for|during|in) (the|their|your|its)? (first|opening|initial) ~1 (month|months|quarter|quarters|year|years|season)",
                // Nothing until a later month: "pay nothing until month four".
                "(first|opening) ({duration}|month|months|quarter|year) (won't|will not|don't|doesn't|do not|does not) cost (you|them)? (a penny|a cent|a thing|anything|a dime|a rupee|a pound|a dollar)",
                '(pay|pays|paying) nothing (until|till|before) (month|week) ({num}|two|three|four|five|six|seven|eight|nine|ten|twelve)',
            ],
            unless: ['trial', 'internal', 'hiring'],
            scope: 'clause',
            examples: {
                signal: [
                    "Retention agents may offer three months' line rental free on a 24-month renewal.",
                    'Six weeks free on any two-year plan.',
                    'Not a free tier: the first month of Pro is free.',
                    'The first quarter is on the house for design partners.',
                    'Three free seats with every Team plan.',
                    'Free installation for orders placed in May.',
                    "Practices moving over from a server aren't billed for their first three months.",
                    "Offered the café a month's free beans if they switch suppliers.",
                    "New members don't pay for their first month if they join before the open day.",
                    'Sponsors who commit for three years are not charged for the first season.',
                ],
                not: ['Free for 14 days, then pick a plan.', 'A 30-day free trial for new teams.'],
            },
        },
        {
            id: 'free extras',
            patterns: [
                'free|complimentary (shipping|delivery|postage|freight|carriage|installation|setup|set up|upgrade|upgrades|seat|seats|licence|licences|license|licenses|add on|add ons|month|months|onboarding|training|implementation)',
                // With the kind between: "Free home delivery for orders above ₹5000", "free next-day shipping".
                'free|complimentary (home|doorstep|local|next day|same day|express|standard|ground|uk|us|eu|nationwide|island wide|city) (shipping|delivery|postage|freight|carriage|installation)',
                // Nothing to pay at first: "pay nothing for the first quarter", "the premium tier at no charge for the first year".
                '(pay|pays|paying) (nothing|zero|no fees|no fee) (for|during|in) (the|their|your)? (first|1st|opening) ~1 (quarter|month|months|year|week|weeks|season|term)',
                '(at no charge|at no cost|free of charge|on us|on the house) for (the|their|your)? (first|1st|opening) ~1 (quarter|month|months|year|week|weeks|season|term)',
                // A gift with a purchase: "a free dessert with any entree".
                '(a|an|one|get|gets|plus) (free|complimentary) ~3 with (any|every|each)',
                // Someone along eats or stays free: "kids stay and eat free through April".
                '(kids|children|child|under 12s|under 5s|partners|spouses|a friend|your plus one|plus ones|the second guest|companions|seniors) (stay|stays|eat|eats|fly|flies|ride|rides|travel|travels|ski|skis|dine|dines|play|plays|go|goes|get in|gets in|enter|enters) (and stay|and eat|and fly|and ride|and travel|and ski|and dine|and play|and go)? (free|for free|free of charge|on us|on the house)',
                // No commission or fee on the first orders: "pays no commission on their first 100 orders".
                '(pay|pays|paying|charge|charges|charged) (no|zero) (commission|commissions|fee|fees|listing fee|listing fees|setup fee|booking fee|service fee|transaction fee|transaction fees) (on|for) (their|the|your|its)? (first|1st|opening) ~2 (orders|order|months|month|sales|sale|bookings|booking|listings|transactions)',
                '(shipping|delivery|postage|installation|setup|assembly|freight|fitting) (is|are|comes|goes|will be)? (always|completely|totally|entirely|also|still|now|absolutely|all)? (free|on us|on the house|complimentary)',
                '(delivered|shipped|posted|installed|fitted) (free|for free|free of charge)',
                'complimentary ~1 (upgrade|seat|seats|licence|licences|month|months|setup|add on)',
                // What is upgraded named between: "Free pleated-filter upgrade on every two-year service plan", "a complimentary suite upgrade".
                '(free|complimentary) ~2w (upgrade|upgrades) (for|on|with|when|if|this|until|,|.|!)',
            ],
            examples: {
                signal: [
                    'Free delivery on every order this spring.',
                    'Free pleated-filter upgrade on every two-year service plan.',
                    'Book two nights and get a complimentary suite upgrade for the second.',
                    'Free setup plus a free trial of the app.',
                    'Free freight on first orders from new independent stores.',
                    'Kids eat free all summer when a parent orders a main.',
                    'Sellers who join before June pay zero listing fees on their first 50 sales.',
                ],
                not: ['Feel free to forward the setup guide.'],
            },
        },
        {
            id: 'a price that goes back afterwards',
            unless: ['internal'],
            patterns: [
                // With what is priced between: "after the Sunday it reverts to the normal package price".
                '(back to|reverts to|revert to|returns to|return to|goes back to|go back to|rises to|jumps to) (the)? (standard|full|normal|regular|list|usual) ~1 (price|prices|pricing|rate|rates|fee|fees|terms)',
                // The list alone, or the full fee paid by those who come later: "the bundle goes back to full list", "Registrations after 31
                // August pay the full fee".
                '(goes|go|going|reverts|revert|returns|return) back to (full)? =list',
                '(after|from|past) {date} (pay|pays|paying|are charged|is charged|will pay) (the)? (full|standard|regular|normal|usual|list) ~1 (fee|fees|price|rate|list)',
            ],
            examples: {
                signal: [
                    "The pilot price holds until their board meets on the 14th, then it's back to standard rates.",
                    'After the first quarter the fee reverts to the usual rate.',
                    'Show pricing holds for deposits on the stand; after the Sunday it reverts to the normal package price.',
                    'Book before June; after that it goes back to full price.',
                    'After the 30th the onboarding bundle goes back to full list, so get the signature before then.',
                    'Registrations after 31 August pay the full fee, so get the form in this week.',
                ],
                not: ['Standard rates apply to all renewals.'],
            },
        },
        {
            // Something of ours given at no charge or at cost: "the eleventh keg comes at no charge", "we'll include the limousine at no
            // charge", "Planners who confirm get the AV package at cost", "Group bookings of six get one place free".
            id: 'at no charge, or at cost',
            patterns: [
                '(comes|come|included|include|includes|including|thrown in|throw in|throws in|supplied|provided|delivered|fitted|installed|added|add|adds|get|gets|receive|receives|is|are) ~4 (at no charge|at no cost|at no extra cost|at no extra charge|at no additional cost|for mahala)',
                '(get|gets|receive|receives|sold|sell|sells|supply|supplies|supplied|priced|offer|offers|comes|come|delivery|delivered|licences|licenses|package) ~4 =at =cost',
                '(get|gets|receive|receives|with|plus|and|earn|earns) (one|a|an|{num}) (place|places|seat|seats|night|nights|month|months|ticket|tickets|case|cases|carton|cartons|unit|units|lesson|lessons|class|classes|session|sessions|box|boxes|bag|bags|keg|kegs|delivery|deliveries|visit|visits|licence|licences|pass|passes|bottle|bottles) (free|free of charge)',
                '(book|books|buy|buys|take|takes|order|orders|get|gets) ~4 {num} ~6 (only|just) pay for {num}',
                // The one after a count, free: "the fifth goes free", "every sixth case is free".
                '(the|every) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) (case|keg|box|bottle|unit|item|night|month|class|lesson|pair|coffee|wash|one|bag|tin|carton|ticket|seat|pallet|order|delivery|service|visit)? (goes|go|comes|come|is|are|ships|ship) free',
            ],
            unless: ['hospitality', 'trial', 'internal'],
            examples: {
                signal: [
                    'Take ten kegs of the pale ale and the eleventh comes at no charge.',
                    "Sign today and we'll include the limousine at no charge.",
                    'Planners who confirm before the end of the month get the AV package at cost.',
                    'Group bookings of six or more delegates get one place free.',
                    'Block-book ten lessons and you only pay for nine.',
                ],
                not: ['Repairs under warranty are carried out at no cost to the customer by the manufacturer.', 'Lunch is provided at no charge for delegates.'],
            },
        },
        {
            id: 'on us',
            patterns: ['=on =us', 'on the house'],
            unless: ['hospitality', 'trial'],
            examples: {
                signal: ['Shipping is on us for orders over $200.', 'Implementation is on the house this quarter.'],
                not: ['Dinner is on us after the summit.', 'Customers can rely on us for uptime.'],
            },
        },
        {
            id: 'waived fee',
            patterns: [
                // "waive the $45 per-unit install fee".
                'waive|waives|waived|waiving|absorb|absorbs|comp|comps ~7 fee|fees|charge|charges|minimum|minimums',
                // The noun: "The fee waiver stands only as long as you're here".
                '(fee|fees|deposit|setup|set up|booking|admin|joining|enrolment|enrollment) waiver',
                // A surcharge waived by our order: "Waive the young-driver surcharge for anyone who switches to the weekly rate".
                "^ (waive|we waive|we will waive|we'll waive) (the|their|any)? ~2 (surcharge|surcharges)",
                // Cover as our act ("we'll cover the setup fee"), not insurance cover ("your policy covers vet fees", "cover resets your limit").
                "(we|we'll|we'd|i'll|will|can|may|to|and|then|also|reps|rep) (cover|covers) ~3 (fee|fees|charge|charges|minimum|minimums)",
                '^ (cover|covers) ~3 (fee|fees|charge|charges|minimum|minimums)',
                // A cost of theirs we take on: "waive the first month's rent", "comping the first month", "we'll cover the buyer's closing costs".
                '(waive|waives|waived|waiving) ~3 (rent|deposit|deposits|dues|tuition|premium|premiums|excess|shipping|freight|delivery)',
                '(comp|comps|comped|comping) (the|their|your|a|an|one|two|three|{num}|first|1st) ~2 (month|months|week|weeks|night|nights|year|seat|seats|licence|licences|license|licenses|room|rooms|meal|meals|upgrade|upgrades|ticket|tickets|session|sessions|visit|visits)',
                "(we'll|we will|we|we'd|i'll|i will) (cover|covers|pay|pays|pick up|absorb) ~3 (closing|moving|shipping|installation|setup|set up|relocation|legal|conveyancing|stamp duty|survey|transfer) (costs|cost|fees|fee|bill)",
                'at no (extra|additional) (charge|cost)',
                'no (extra|additional) (charge|cost)',
                'free of charge',
                'fee|fees|charge|charges|surcharge|surcharges|deposit|deposits|dues|tuition|rent|excess ~4w waived|removed',
                // With what it is charged on between: "Demurrage charges on the CO2 dewars to be waived for six months".
                '(fee|fees|charge|charges|surcharge|surcharges|rental|rentals) (on|for) (the|our|your|their|all|each|every) ~3 (to be|will be|are|is|get|gets) (=waived)',
                // A one-off charge by its trade's letters: "we will waive the NRC for installation".
                '(waive|waives|waived|waiving) (the|all|any|their|your)? (nrc|nrcs|otc|one off charge|one off charges|one time charge|one time charges|one time fee|one off fee)',
                'rental|rentals ~4w waived',
                // "pay no cylinder rental for six months".
                'pay no ~2 (rent|rental|fee|fees|charge|charges|subscription|interest|delivery|shipping) (for|on|until)',
                // A rise let go: "CSMs may waive the 5% uplift for customers who expand".
                '(waive|waives|waived|waiving) (the|this|that|their|your|any)? ({pct})? (uplift|increase|price increase|price rise|rise|escalator|indexation)',
                'no|zero ~2 (setup|set up|installation|activation|onboarding|implementation|joining) fee|fees',
            ],
            examples: {
                signal: [
                    'We waive the implementation fee for nonprofits.',
                    'Activation fees are waived for referrals.',
                    'Zero setup fee on annual plans.',
                    "Waive the first month's rent for any tenant who signs before June.",
                    "We're comping two nights for delegates who book the whole block.",
                    "We'll pick up the buyer's moving costs on any home that closes in May.",
                    "Reps can waive the first month's platform fee for charities.",
                    "We'll cover the installer's callout charge on the first visit.",
                    'Cover the delivery fee on any first order over £200.',
                ],
                not: [
                    'Fees are listed on the pricing page.',
                    'The comp plan for the month is in the shared drive.',
                    'The fee covers our costs.',
                    'Your policy covers vet fees up to $8,000 a year.',
                    'Full cover pays the repair charges in full.',
                ],
            },
        },
        {
            id: 'price match',
            patterns: [
                "match|matches|matching|beat|beats|beating ~2 any|a|every|their|the ~2 competitor|competitors|competitor's|competing|rival|rival's|rivals|incumbent's|challenger's|written|lower|cheaper|better ~2 quote|quotes|price|prices|pricing|bid|bids|offer|rate|rates",
                // Their quote beaten by a named margin: "beat it by a nickel apiece", "offer to beat their pre-approval by a quarter point"
                // (a money-like margin after a pronoun: not "let's beat it by a point").
                '(beat|beats|beating|undercut|undercuts|undercutting) (it|that|them|theirs) by ({money}|a nickel|a penny|a cent|a dime|a quarter point|a fiver|a tenner|a few cents|a few pence|a couple of cents|a quid)',
                '(beat|beats|beating|undercut|undercuts|undercutting) (their|the|any|a) ~1 (quote|quotes|price|prices|rate|rates|bid|bids|offer|offers|pre approval|preapproval|apr|tender) by ({num} basis points|{num} bps|{money}|{pct}|a nickel|a penny|a cent|a dime|a quarter point|a point|half a point|a fiver|a tenner|a few cents|a few pence|a couple of cents|a quid)',
                // The grey-market price, matched by us: "match the grey-market price on that SKU" (not invoices that match it).
                '^ (match|beat) (the|their|that) (grey market|gray market|parallel import|parallel|marketplace) (price|prices)',
                "(we|we'll|we will|reps|rep|then|and|,) (match|beat) (the|their|that) (grey market|gray market|parallel import|parallel|marketplace) (price|prices)",
                '(match|matches|matching|beat|beats) (competitor|competitors|competing|rival) ~1 quote|quotes|price|prices|bid|bids',
                '(match|matches|matching|beat|beats|beating) (any|a|every|their|the) ~1 (quote|quotes|price|prices|bid|bids|offer|offers) (from|by) ~3 (competitor|competitors|rival|rivals|incumbent|another vendor|other vendors)',
                '(cheaper|lower price|better price) (anywhere|elsewhere)',
                // Matched, said of the quote they bring: "Members who bring in a written quote from another merchant will have it matched".
                '(quote|quotes|price|prices|invoice|invoices) from (another|any other|a rival|a competing|a competitor|any|other|a local) ~6 (=matched|=beaten)',
                "(quote|quotes|price|prices|invoice|invoices) from (another|any other|a rival|a competing|a competitor|any|other|a local) ~6 (we'll|we will|and we'll|we) (equal|match|beat) (it|them)",
                // Any named rival's figure matched: "If the buyer mentions the Acme quote, match it line for line", "match the Ferris quote",
                // "We match the package price of any registered hospital within 30 miles".
                '(match|matches|matching|matched|beat|beats|beating) (the|their|any|a|that) ({name}|{poss}|other|rival|competing) ~2 (quote|quotes|price|prices|pricing|bid|bids|offer|rate|rates|package price)',
                '(match|matches|matching|matched|beat|beats) ~1 (package price|price|prices|quote|quotes) of (any|another|a|the) ~3 (hospital|hospitals|clinic|clinics|store|stores|shop|shops|dealer|dealers|supplier|suppliers|provider|providers|firm|firms|garage|garages|competitor|competitors|rival|rivals)',
                '(match|matches|matching) (it|them|that|theirs) (line for line|like for like|penny for penny|pound for pound|dollar for dollar|to the penny|to the cent)',
            ],
            examples: {
                signal: [
                    'Members who bring in a written quote from another merchant will have it matched, no questions asked.',
                    'Any price from a local dealer on the same model gets matched at the counter.',
                    'We will beat a rival bid by 3%.',
                    'If they can show an invoice, match the grey-market price on that SKU for their next order.',
                    'Asked if we would beat the Fastenal quote on anchors: yes, beat it by a nickel apiece.',
                    'Match competitor prices on request.',
                    'If the buyer mentions the Acme quote, match it line for line.',
                    'You could have matched the Ferris quote.',
                    'We match the package price of any registered hospital within 30 miles.',
                ],
                not: [
                    'Match the quote format to the template.',
                    'Match the invoice number to the PO before paying.',
                    'Match the Salesforce account number to the ERP record before raising the invoice.',
                ],
            },
        },
        {
            // Less to pay, told in plain words, with the figure or the charge named: "at £49 a unit instead of our list price of £79", "set
            // rental to zero for the first twelve months", "we absorb the first Rs 5,000 of handling", "the BD executive may come down by
            // up to seven per cent", "we allow up to £600 against the new unit for the old one", "works out at roughly a fifth less per
            // seat", "get 4 c/L back as a credit on their October statement".
            id: 'less to pay, in plain words',
            patterns: [
                '{money} ~4 instead of (our|the|their|its)? ~1 (list|usual|normal|standard|full|regular|rrp|catalogue|catalog|book) (price|prices|rate|rates|fee|fees)',
                '(set|sets|setting|put|puts|putting) (the)? ~2 (rental|rent|fee|fees|charge|charges|subscription|licence fee|license fee|service charge|standing charge) to (zero|nil|nothing|{money})',
                '(absorb|absorbs|absorbing|cover|covers|covering|eat|eats|swallow|swallows) the first {money}',
                // Our margin given up: "We've cut our margin to the bone to win the job".
                '(cut|cuts|cutting|shave|shaved|shaving|trim|trimmed|trimming|sharpen|sharpened) (our|my|the) (margin|margins|pencil)',
                // One in so many free: "one complimentary room for every twenty paid".
                '(one|a) (free|complimentary) ~2 (for|with) (every|each) ({num}|ten|twenty|fifteen|twelve|five|six) (paid|booked|sold|ordered|bought)',
                '(allow|allows|allowing|give|gives|giving|offer|offers) (up to|as much as)? {money} (against|towards|toward|off) (the|a|your|their|any)? ~2 (new|next|replacement|upgrade)',
                '(a fifth|a quarter|a third|half|{pct}|{money}) (less|cheaper) (per|a|each) (seat|head|person|unit|user|place|delegate|participant|night|head)',
                '(get|gets|getting) ~4 back as a (credit|rebate|refund) (on|against|off) (their|your|the|next) ~2 (statement|invoice|bill|account|order)',
            ],
            unless: ['rival', 'internal'],
            examples: {
                signal: [
                    'New practices get their first five crowns at £49 a unit instead of our list price of £79.',
                    'The territory manager can set rental to zero for the first twelve months on the account.',
                    'We absorb the first Rs 5,000 of handling on a new importer’s first shipment.',
                    'The BD executive may come down by up to seven per cent on the monthly value.',
                    'We allow up to £600 against the new unit for the old one.',
                    "This is our sharpest price: we've cut our margin to the bone to win the job.",
                    'Book your retreat with us and enjoy one complimentary room for every twenty paid.',
                    'Companies nominating five or more pay the group fee, which works out at roughly a fifth less per seat.',
                    'Growers who book before 15 September get 4 c/L back as a credit on their October statement.',
                ],
                not: ['The competitor sells at £49 a unit instead of the list price of £79.', 'Set the fee to zero in the test system before the payroll run.'],
            },
        },
        {
            id: 'price lowered',
            patterns: [
                '(slash|slashes|slashed|cut|cuts|cutting|=lowers|=lowered|=lowering|reduce|reduces|reduced|reducing|drop|drops|dropping|knock down|mark down) ~3 price|prices|pricing|rate|rates|fee|fees',
                // "Lower" as a verb, not as "a lower rate" (what another offers, or what a cheaper product costs): after its subject or
                // a modal, as an order, or before what it lowers.
                "(we|we'll|i|i'll|will|can|may|could|should|must|reps|they|and|then|please|always|also) =lower (the|our|their|its|your|all|every)? ~1w price|prices|pricing|rate|rates|fee|fees",
                // Offered lower: "Offer a lower rate to charities and schools".
                '(offer|offers|give|gives|quote|quotes|extend|extends|charge|charges) (a|the|them|him|her)? (a)? =lower (price|prices|rate|rates|fee|fees|day rate|hourly rate|tariff)',
                // Not "Responding to lower-priced roasters".
                'to =lower (the|our|their|its|your|every|all|each)? (=price|=prices|=pricing|=rate|=rates|=fee|=fees)',
                '^ =lower (the|our|their|its|your|all|every)? ~1w price|prices|pricing|rate|rates|fee|fees',
                '=lower (the|our|their|its|your|his|her|every|all|each) ~2 price|prices|pricing|rate|rates|fee|fees',
                '(down|reduced|cut) to {money}',
                // Our own commission or fee cut: "I'll drop my commission to 2% for any seller who lists before the end of the month".
                '(drop|drops|cut|cuts|lower|lowers|reduce|reduces|knock|knocks|trim|trims|halve|halves) (my|our|the) (commission|fee|fees|rate|price|margin|markup|day rate|listing fee) (to|by) {amount}',
                // Beaten by an amount: "If a contractor shows a competitor's written quote, beat it by 2%".
                '(beat|beats|undercut|undercuts|better|betters) (it|them|that|theirs|their price|the quote|their quote|that quote|that price) by {amount}',
                // An amount per unit off: "Knock $15 per cbm off the tariff rate".
                '(knock|knocks|take|takes|shave|shaves|give|gives|cut|cuts) {money} (per|a|an|each) ~2 off',
                // Brought down, with what between: "bring the per-tonne price of gravel down by $4", "knock the price of the demo tractors down to cost".
                '(bring|brings|knock|knocks|take|takes|mark|marks|get|gets|push|pushes|trim|trims|shave|shaves) (the|our|its|your)? ~3 (price|prices|rate|rates|fee|fees|quote|premium|rent|tuition|fare|fares|day rate) ~6 down (by|to|a bit|a little|a touch|a notch)',
                // Our floor in a negotiation: "if the account signs for 24 months, reps may go to $99 a month".
                "(reps|rep|we|we'll|you|the rep|managers|the branch|the ae|aes) (may|can|could) (go|come|drop|come down) (down)? (to|as low as) {money}",
                '(drop|drops|dropping|dropped|come down|comes down|go down|goes down|reduce|reduces|reduced|lower|lowers|lowered|fall|falls) (to|by) (up to|as much as)? {amount}',
            ],
            examples: {
                signal: [
                    'Drop the per-seat rate for schools.',
                    'We cut prices on the legacy tier.',
                    'Was $99, down to $79 this month.',
                    'Reps can lower the day rate for charities.',
                    'For orders over 20 tonnes, bring the per-tonne price of gravel down by $4.',
                    'Knock $15 per cbm off the tariff rate for LCL on any booking confirmed by Friday.',
                    'Knock the price of the ex-demo mowers down to what we paid for them.',
                    'If the site signs for two years, reps may go to $85 a visit, and no lower.',
                    'Offer a lower rate to charities and schools.',
                    'Lower prices on the whole spring range from Monday.',
                    'The branch is allowed to lower rates for hospice clients.',
                ],
                not: [
                    'Cut the sales cycle from 90 to 60 days.',
                    'The lower-priced tier is for startups.',
                    'If a client shows a lower rate on a booking site, send the screenshot to revenue management.',
                    'Responding to lower-priced importers: taste the two side by side.',
                    'The compact model has a lower list price and a smaller tank.',
                ],
            },
        },
        {
            id: 'discounting as a practice',
            patterns: [
                'end of ~2 (quarter|year|month) (pricing|deal|deals|discount|discounts|special)',
                'quarter|year|month end pricing|deal|deals|discount|discounts|special',
            ],
            examples: { signal: ['End-of-quarter deals for any rep who needs to close the gap.'], not: ['Quarter-end close: finance locks the books.'] },
        },
        {
            // A lower price for what the buyer does: "£20 cheaper if you book it alongside the certificate", "₹5,000 less if admission
            // is confirmed before May", "the bundle comes out £10 cheaper". (Not a price that merely differs: "diesel is 5p cheaper
            // in France"; not a figure that fell: "the bill came out £10 lower".)
            id: 'cheaper for what the buyer does',
            patterns: [
                '{amount} (cheaper|less) ~1 (if|when|once|for anyone who|for those who) ~3 (book|books|booked|booking|sign|signs|signed|buy|buys|bought|order|orders|ordered|pay|pays|paid|prepay|prepays|prepaid|confirm|confirms|confirmed|join|joins|joined|commit|commits|committed|add|adds|added|bundle|bundles|bundled|pair|pairs|paired|combine|combines|combined|switch|switches|switched|renew|renews|renewed|enrol|enrols|enrolled|enroll|enrolls|register|registers|registered|reserve|reserves|reserved|take|takes|taken|bring|brings|refer|refers|referred)',
                '(comes|come|coming|works|work|working) out (at)? {amount} (cheaper|less)',
                '(price|prices|rate|rates|fee|fees|hire|rent|rental|tuition|premium|premiums|subscription|membership) ~1 (=reduced|=cut|=lowered|=discounted|=knocked down) by (a third|a quarter|half|a fifth|a tenth|{amount})',
            ],
            examples: {
                signal: [
                    'The annual service is £20 cheaper if you book it alongside the safety certificate.',
                    'Course fee: ₹5,000 less if admission is confirmed before the 15th.',
                    'Take the kit with the full uniform and the bundle comes out £10 cheaper.',
                    "It's $40 less when you prepay the season.",
                    'Winter weddings: venue hire reduced by a third.',
                ],
                not: [
                    'Diesel is 5p cheaper in France.',
                    'The bill came out £10 lower after the meter was fixed.',
                    'Deal size was $40 less when reps skipped discovery.',
                    'Churn reduced by a third after onboarding changed.',
                    "The bakery's energy cost was cut by a third after our retrofit.",
                ],
            },
        },
        {
            // A low first period and the full price after it: "first month $1, then $29.99", "£5 for the first box, then £24".
            id: 'an introductory price, then the full one',
            patterns: [
                '(first|1st|opening|intro|introductory|trial) ~1 (month|months|week|weeks|box|boxes|lesson|lessons|session|sessions|visit|visits|quarter|year|term|class|classes|delivery|deliveries) ,? (is|are|for|at|costs|cost|only|just)? {money} ,? ~2 (then|thereafter|afterwards|after that|rising to|and then) ~2 {money>}',
                '{money} (for|on) (the|your|their)? (first|1st|opening) ~1 (month|months|week|weeks|box|boxes|order|orders|lesson|lessons|session|sessions|visit|visits|quarter|year|term|delivery) ,? ~2 (then|thereafter|afterwards|after that|rising to|and then) ~2 {money>}',
                '(second|2nd|another|extra|next) (box|pair|bottle|case|item|one|unit|ticket|night|room|pack|set|shirt|tyre|tire|lens|lenses) ~2 for (a penny|a cent|one cent|1p|a pound|a dollar|a quid|a rand|a rupee|one rupee|half price)',
                'for the price of (a|an|one) (quarter|half)',
                // The usual terms only from a later one: "First placement at a flat 10% fee; standard rates apply from the second hire",
                // "Your first order is at cost; normal pricing after that".
                '(first|1st|opening|intro|introductory) ~2 (month|months|week|weeks|order|orders|placement|placements|hire|hires|job|jobs|project|projects|booking|bookings|year|term|lesson|lessons|class|classes|visit|visits|delivery|deliveries|box|boxes) ~4 (at cost|free|at a flat|reduced|discounted|half price|at no charge|on us|waived|cheaper) ~4 ;? (standard|normal|full|regular|usual|list) (rate|rates|price|prices|pricing|fee|fees|terms) (apply|applies|kick in|kicks in|from|after|thereafter|afterwards|then|resume|resumes)',
                '(first|1st|opening|intro|introductory) ~1 (month|months|week|weeks|year|term|quarter|box|boxes|lesson|lessons|session|sessions|class|classes) (is|are|at|for|costs|cost) {money} ~2 ,? (then|thereafter|afterwards|after that) ~5 {money>}',
                '(first|1st|opening|intro|introductory) ~1 (year|month|term|season) (is|at|for) {money} ,? (then)? (renews|renew|renewing|rolls over|rolling over) (at|to) {money>}',
                // The usual price named after an opening one: "units rent for $1 for the first month, then the regular web rate".
                '{money} (for|in) (the|your|their)? (first|1st|opening) ~1 (month|months|week|weeks|term|quarter|year|visit|class|lesson|session) ,? (then|after that|afterwards|thereafter) (the|our|your)? (regular|normal|standard|full|usual|list) ~2 (rate|rates|price|pricing|fee|fees|tariff)',
                // The price once the few at this one are gone: "Only 20 founding memberships at this rate. Once they're gone it's $65 a
                // fortnight."
                "(once|when|after) (they're|they are|those are|these are|they've|those have|these have|it's|that's) ~1 (gone|sold|taken|filled|snapped up) ,? (it's|it is|the price is|the rate is|price goes to|prices go to|pricing goes to|it goes to|it goes up to) ~1 {money}",
            ],
            examples: {
                signal: [
                    'Wash club: first month $1, then $29.99.',
                    '£5 for the first box, then £24 a month.',
                    'Opening quarter at $150, rising to $400 after that.',
                    'Business cards: second box for a penny.',
                    "Half-page in Saturday's edition for the price of a quarter if booked before Thursday.",
                    'A full-day hire for the price of a half.',
                    'Your first skip hire is at cost; normal pricing after that.',
                    'The first three lessons are $20 each, then it goes to the regular $35.',
                    'First year at $99, renews at $199.',
                    'Only 40 charter seats at this price. Once they are gone, it is $120 a head.',
                ],
                not: [
                    'Onboarding took a month at first, then two weeks.',
                    'The first order was $400, then $1,200 the next quarter.',
                    'First order $5,000, then $20,000 once the pilot succeeds.',
                    'The second box ships for a small fee to rural addresses.',
                    'A week of lunches for the price of a coffee a day.',
                    'The first year was $400, then it renewed at $300.',
                    'The first order ships in a week; standard delivery times apply after that.',
                ],
            },
        },
        {
            // Half the price, paid: "Bring a friend along and you each pay half for the month", "Scholarship families pay half the
            // platform fee" (not "pay half upfront and half on completion", a schedule).
            id: 'paying half',
            patterns: [
                '(pay|pays|paying) (only|just)? half (the|their|your|its|for the|for their|for your|price|of the) ~2 (fee|fees|price|rate|month|year|term|course|plan|membership|platform fee|cost|subscription|tuition|bill)',
                '(each|both) (pay|get) half (price|off|for the)',
            ],
            examples: {
                signal: [
                    'Bring a friend along and you each pay half for the month.',
                    'Scholarship families pay half the platform fee.',
                    'Members who refer a colleague pay only half the course fee.',
                ],
                not: ['Patients pay half upfront and half on completion.', 'Clients pay half the deposit now and the rest on delivery.'],
            },
        },
        {
            // Money off from the maker, as dealers name it: "$1,500 dealer cash on skid steers", "R10,000 customer cash on the 4x4".
            id: 'cash on the unit',
            patterns: ['{money} (dealer|customer|consumer|conquest|loyalty|trade in|trade up|owner) (cash|cashback|allowance)'],
            examples: {
                signal: [
                    'Our $1,500 dealer cash on skid steers goes when this truckload ships.',
                    'There is R10,000 customer cash on the double cab until month end.',
                    'Add the $750 loyalty cash for anyone trading in one of ours.',
                ],
                not: ['Dealer cash flow was tight in March.', 'Reps earn a $250 bonus incentive for every demo booked.'],
            },
        },
        {
            // A price brought down for the buyer, in figures: "drop the upgrade from $18 to $9 a day before they walk away".
            id: 'brought down from one figure to a lower',
            patterns: [
                '(drop|drops|cut|cuts|lower|lowers|reduce|reduces|knock|knocks|bring|brings|take|takes) the ~1 (price|rate|day rate|fee|fees|upgrade|subscription|plan|package|membership|deposit|setup fee|set up fee|charge|surcharge|premium|retainer|rent|hire) (down)? from {money} to {money<}',
            ],
            examples: {
                signal: [
                    'If the customer hesitates over the SUV, drop the upgrade from $18 to $9 a day before they walk away.',
                    'For charities, bring the day rate down from £600 to £450.',
                    'Cut the setup fee from $500 to $200 for anyone signing this month.',
                ],
                not: ['We cut the hosting bill from $40k to $25k by moving regions.', 'Reduce the average deal size from $12k to $9k? No.'],
            },
        },
        {
            id: 'pay for fewer',
            patterns: [
                '(stay|stays|buy|buys|order|orders|get|gets|book|books|take|takes|rent|rents) {num} ~3 pay (for)? {num}',
                'pay for {num} ~2 (get|take|receive|stay|gets|takes) {num}',
            ],
            examples: { signal: ['Stay four nights, pay for three.', 'Pay for ten cases, get twelve.'], not: ['Buy 3 licences and pay monthly.'] },
        },
        {
            // Under the other quote the buyer shows us: "come in five dollars a day under it", "knock GBP 5 a month off it", "undercut the
            // big brewer's supply deal by a penny a pint", "credit the difference to their wallet".
            id: 'under the quote they bring',
            patterns: [
                '(come|comes|coming|go|goes|land|lands|price|prices|quote|quotes) (in|out)? {amount} ~3 (under|below|beneath) (it|that|their quote|their price|the quote|the other quote|the other price)',
                '(knock|knocks|take|takes|shave|shaves) {amount} (a|per|an) (month|week|day|year|night|pint|desk|seat|head|unit|litre|liter|kilo|tonne|visit|lesson|class) off (it|that|theirs|their quote|their price|the quote)',
                '(undercut|undercuts|underbid|underbids) (the|their|any|that) ~4 by (a penny|a cent|a pound|a dollar|{amount})',
                '(beat|beats) (the|their|any|that) ~2 (price|prices|quote|quotes|rate|rates|deal|bid|bids|offer|tender) by (a penny|a cent|a pound|a dollar|{amount})',
                // The difference paid back where a rival is cheaper: "If a parent says another site is cheaper, credit the difference to their
                // wallet" (not "credit the difference on the next invoice", a correction).
                '(cheaper|lower|less) ~6 (credit|credits|refund|refunds|give|gives) (them|the buyer|the customer|the client|the parent|the family)? the difference',
            ],
            examples: {
                signal: [
                    'When they wave a cheaper quote from the airport desk, come in five dollars a day under it.',
                    'If they already have a quote from another installer, knock GBP 5 a month off it.',
                    "Undercut the big brewer's supply deal by a penny a pint if that's what wins the tap.",
                    'If a parent says another site is cheaper, credit the difference to their wallet.',
                    "If they've priced the operator down the street, come in GBP 50 per desk under it.",
                ],
                not: [
                    'Delivery times come in two days under the quote we gave.',
                    'Split the difference on the delivery dates.',
                    'The rival came in $40 under us.',
                    "At today's grain prices the extra yield covers the difference several times over.",
                    'If the shipment arrives short, credit the difference on the next invoice.',
                    'Our SLA beats their uptime guarantee by 0.4%.',
                    'Our heat pump sits 30% below theirs on running cost.',
                ],
            },
        },
        {
            id: 'we match it',
            patterns: [
                // Words between that are no negation: "we'll happily match it", "you can then beat their quote" (not "We haven't matched it").
                "(we|we'll|we will|reps|rep|you) (will|can|could|may|might|should|must|always|then|just|simply|happily|gladly|also|usually|often|now|still|do)? (then|also|always|just|happily|gladly|usually|simply)? (match|beat|meet|undercut) (it|that|them|theirs|their price|the price|the quote|their quote)",
                // Whoever of ours is allowed to: "inside sales may match that price on in-stock units".
                '(may|can) (match|beat|undercut) (that|the|their|its|any|a|this) ~2 (=price|=prices|=bid|=bids|=rate|=rates)',
                // The price another quoted them, met: "Agreed to meet the per-seat price the other MSP quoted them", "We match the package
                // price of any registered hospital within 30 miles".
                '(=meet|=match|=matching|we =match|we =meet|we =matched|we =met) the ~2 (price|prices|rate|rates|quote|figure|fee|fees) (the|that|their|another|any|a) ~3 (quoted|offered|charges|charged|gave|gives|quotes)',
                '(match|matches|matching|beat|beats) the ~3 (price|prices|rate|rates|fee|fees) of any',
                // With the kind of seller named, which is no other party acting: "Match the price of any licensed dealer within fifty miles".
                '(match|matches|matching|beat|beats) the ~3 (price|prices|rate|rates|fee|fees) of any ~3 (dealer|dealers|store|stores|shop|shops|supplier|suppliers|retailer|retailers|competitor|competitors|rival|rivals|merchant|merchants|installer|installers|vendor|vendors|outlet|outlets|seller|sellers|garage|garages|agency|agencies|pharmacy|pharmacies|chemist|chemists|stockist|stockists)',
                // To the last unit: "match it to the dollar", "matched to the penny".
                '(match|matches|matched|matching) (it|that|them|theirs|their price|the price|the quote|their quote|any quote)? to the (dollar|penny|cent|pound|rand|rupee|euro|last dollar|last penny|last cent)',
                // An order to match, with its limit: "a rival is running 'buy one get one'; match it only on orders above two tonnes".
                '(match|beat) (it|that|theirs|the offer|their offer|the deal|their deal) (only)? (on|for|if|when|where|up to|as long as|provided) ~3 (orders|order|accounts|account|customers|customers|volumes|volume|deals|deal|contracts|contract|buyers|jobs|quotes|it|they|the|above|over)',
            ],
            when: ['offer', 'rival'],
            examples: {
                signal: [
                    'If the buyer shows a lower quote, we match it on the spot.',
                    'Bring us any written quote and we will match it to the penny.',
                    'When a dealer shows a cheaper online listing, inside sales may match that price on stocked units.',
                    "A rival distributor is running 'buy one get one' on bagged fertiliser; match it only on orders above two tonnes.",
                    'Agreed to meet the per-seat price the other MSP quoted them.',
                    'We match the price of any other store on the same model when the buyer brings the written quote.',
                ],
                not: [
                    "A rival gives schools a free tier. We haven't matched it and won't.",
                    'If the colours differ from the brand guide, we match them by hand.',
                    'Finance checks that the invoice matches the price the rep quoted.',
                    'A competing supplier offered them 20% off; meet them for the site walk with our engineer before they decide.',
                ],
            },
        },
        {
            // Their other quote met or beaten, said with whose it is: "If the client shows you a quote from the other guys for the same
            // pump, match it", "the Supplier will lower them to match it", "any customer who brings a written quote from a named competitor
            // gets our price set at or below it".
            id: 'their other quote met',
            patterns: [
                '(quote|quotes|price|prices|offer|offers) from (the|a|another|any)? ~2 (other guys|other lot|other mob|other crowd|other firm|competitor|competitors|rival|rivals|dealer|dealers|supplier|suppliers|installer|installers|shop|store) ~8 (match|beat|meet|undercut) (it|them|that|theirs) (,|.|;|!|and|on|for|if|no|to the)',
                '(lower|lowers|drop|drops|cut|cuts|reduce|reduces) (them|our prices|our price|the price|our rates|our quote|our schedule prices) (down)? to match',
                '(price|prices|rate|rates) (set|put|brought|pegged|fixed) at or below',
            ],
            examples: {
                signal: [
                    'If the farmer shows you a price from the other lot for the same trailer, beat it.',
                    'Should our tendered rates not be the lowest compliant bid, we will lower them to match it.',
                    'Any member who brings a written quote from a rival gym gets our price set at or below it.',
                ],
                not: ['Drop them into the shared folder to match the new format.', 'If the supplier sends a quote from the mill, check it against the order.'],
            },
        },
        {
            id: 'a percentage that lapses',
            patterns: [
                '=the {pct} (is|was|will be)? (only|still|just)? (goes away|go away|expires|expire|lapses|disappears|ends|holds|good|valid|stands|gone|withdrawn|pulled|drops off|comes off|applies)',
            ],
            examples: {
                signal: ['Remind them that the 12% goes away on the first.', 'The 7% holds for two more weeks.', 'Sign this month or the 5% is withdrawn.'],
                not: ['The 12% growth holds steady.', 'The 3% churn goes away with the new onboarding.'],
            },
        },
    ],
    // Named once in a long text, these are mostly in passing: staff paid partly in coupons, a deduction a payer takes.
    bare: [
        'discount',
        'discounts',
        'discounted',
        'discounting',
        'coupon',
        'coupons',
        'voucher',
        'vouchers',
        'rebate',
        'rebates',
        'cashback',
        'promo',
        'promos',
        'bogo',
        'markdown',
        'markdowns',
    ],
    senses: [
        // What a thing is made of, not an amount off: "we offer 100% merino base layers", "100% arabica", "100% agave".
        '(offer|offers|offering) {pct} (cotton|wool|silk|linen|polyester|nylon|cashmere|merino|organic|recycled|pure|natural|leather|arabica|robusta|agave|rye|malt|grain|cocoa|juice|renewable|biodegradable|compostable|hemp|bamboo|viscose|acrylic|spandex|elastane|lycra|beef|pork|chicken|fruit|whole grain|wholegrain|stainless)',
        '{pct} (cotton|wool|silk|linen|polyester|nylon|cashmere|merino|organic|recycled|pure|natural|leather|arabica|robusta|agave|rye|malt|grain|cocoa|juice|renewable|biodegradable|compostable|hemp|bamboo|viscose|acrylic|spandex|elastane|lycra|beef|pork|chicken|fruit|whole grain|wholegrain|stainless)',
        // Trade finance, not a price: "bill discounting can be arranged through our bank", "invoice discounting", "LC discounting".
        '(bill|bills|invoice|invoices|lc|l/c|letter of credit|receivables|export bill|export bills|trade bill|trade bills) (discounting|discounted|discount facility|discount facilities)',
        '(discounting|discounted) (of|on)? (bills|invoices|receivables|the bill|the bills|the lc|export bills)',
        {
            // Vouchers sold as a gift, as what a sentence is about or what is bought, not a price cut (not handed out: "Every booking this
            // month gets a free £20 gift voucher", "the team earns a £40 gift voucher").
            id: 'gift vouchers for sale',
            patterns: [
                '^ gift (voucher|vouchers|card|cards|certificate|certificates)',
                '(sell|sells|selling|sold|buy|buys|buying|order|orders|ordering) (our)? gift (voucher|vouchers|card|cards|certificate|certificates)',
            ],
            unless: ['given', 'nocharge'],
            examples: { not: ['Gift vouchers make brilliant leaving presents; order them at the front desk.'] },
        },
        {
            // Days to try a product not yet bought, which is a trial, not a price cut: "new accounts can switch on the reporting add-on for 30
            // days free", "turn on the add-on for 14 days free"; "Pruébalo un mes gratis". A paying plan's free months stay
            // discounts ("Renew for two years and we'll switch on premium support for 6 months free").
            id: 'days to try it',
            patterns: [
                '(switch on|switches on|turn on|turns on|activate|activates|try|tries|test|tests|test drive|trial) ~5 for {duration} (free|for free|free of charge|at no cost)',
                '(pruébalo|pruebalo|pruébala|pruebala|pruébanos|pruebanos|probar|prueba) ~2 (un|una|dos|tres|{num}) (mes|meses|semana|semanas|día|días|dias) (gratis|sin costo)',
            ],
            unless: ['decision'],
            examples: { not: ['New accounts can switch on the reporting add-on for 30 days free.', 'Pruébalo un mes gratis desde la app.'] },
        },
        // A tax withheld, not a price cut: "less 2% EWT on the invoice", "net of 10% TDS".
        '(less|minus|net of|after) {pct} (ewt|wht|tds|withholding|withholding tax|expanded withholding tax|vat|gst|tax)',
        // The days of a trial, free as a trial is, not money off: "The first two weeks of the trial are free of charge".
        '{duration} of (the|your|their|a|our) (free)? (trial|pilot|evaluation|test drive|trial period) (is|are) (free|at no charge|free of charge|on us|on the house|included)',
        // Free of a bother, not of a charge: "We promise hassle-free home delivery on every order".
        '(hassle|worry|stress|trouble|risk|care|pain|fuss|damage|contact|paper|carbon|plastic|emission|emissions|touch|mess|stair|tool|drama) free (home|doorstep|local|next day|same day|express|standard)? (shipping|delivery|deliveries|postage|freight|carriage|installation|installations|set up|setup|returns)',
        // Given away to a cause, not to the buyer: "For every 5 tickets sold, one free ticket goes to a local youth charity".
        '(for every|every|for each) {num} ~8 (goes|go|is donated|are donated|is given|are given|is gifted|are gifted) to (a|an|the|our|local)? ~3 (charity|charities|school|schools|food bank|foundation|shelter|hospital|cause|club|clubs)',
        // A price sheet filed, not a price matched: "Our intel bot matches any rival price sheet a rep uploads".
        '(match|matches|matching|matched) any ~2 (price|prices|quote|quotes|rate|rates) (sheet|sheets|file|files|document|documents|upload|uploads|record|records|profile|profiles|list|lists)',
        // Our own spend cut, not a price: "Budget $1,200 instead of the usual $1,800 for the booth".
        '(budget|budgets|budgeted|spend|spending|allocate|allocated|allocating) {amount} ~4 (instead of|in stead of|rather than|down from) ~3 {amount}',
        // A deduction for what a load grades at, not money off our price: "grade discounts for frost-damaged canola", "moisture
        // discounts above 14.5%", "the dockage discount on tough wheat".
        '(grade|grading|quality|moisture|dockage|protein|shrink|shrinkage|test weight|falling number) (discount|discounts|discounted)',
        // A share of something done, not an amount off: "186,400 packages offered, 81% sold", "places offered, 74% accepted".
        '=offered , {pct} (were|was)? (sold|sold through|filled|cleared|withdrawn|unsold|accepted|taken up)',
        // A recruiter's guarantee, not money off: "a 12-week rebate period should the candidate leave", "our rebate terms if the hire
        // does not stay".
        '(rebate|refund) (period|periods|terms|scale|scales|guarantee|clause) ~8 (candidate|candidates|hire|hires|placement|placements|leave|leaves|leaver|leavers)',
        // A deposit returned, not money off: "it's £30 a keg back when the empties are collected".
        '{money} ~3 back (when|once|after|on) (the|they|you)? ~2 (empties|empty|returned|return|collected|brought back|come back|comes back)',
        // A price list as a document, up or out: "Factory price list for 2027 is up 6%".
        '(factory|list|trade|retail|dealer|wholesale|export|ex works) (price|prices) (list|lists|book|books|file|sheet|sheets) ~3 (is|are|goes|go|went|was|comes|come) (up|out|higher|in)',
        {
            // Another's price measured against ours, not a cut of ours: "their reps go at roughly £2 a case cheaper than us".
            id: 'a price under ours, measured',
            patterns: ['(at|for|about|around|roughly) ~2 {money} (per|a|an|each)? ~1 (less than|cheaper than|below|under|beneath) (=us|=ours|what we)'],
            examples: {
                not: ['Their reps go at roughly £2 a case cheaper than us.', 'Rival yards sell at about £3 a tonne less than us.'],
            },
        },
        // What the market pays for an input, not our price: "when diesel prices drop, purchasing asks why the surcharge is still
        // on", "market prices dropped 8% this quarter" (not a product's own: "feed price drop: 10% off layers pellets").
        '(fuel|diesel|petrol|gasoline|oil|crude|commodity|commodities|market|spot|input|raw material|raw materials|house|housing|share) (price|prices) (drop|drops|dropped|dropping|fall|falls|fell|falling|decrease|decreases|decline|declines)',
        // A shift's pay, not a staff price: "the staff rate on weekdays is €14 an hour".
        '(staff|employee) (rate|rates) (on|for) (weekdays|weekday|weekends|weekend|nights|night|shifts|shift|public holidays|bank holidays|sundays|saturdays|overtime)',
        // A joiner's list of pieces to cut, priced: "the full cutting list with our prices comes through once they fill in the form".
        '(the|a|full|our|their|your|priced) (cutting|cut) (list|lists|sheet|sheets|schedule|schedules) ~6 (price|prices|pricing|priced|rate|rates|cost|costs)',
        // A bond's interest, in translation too: "The coupon of this obligation is paid annually at the rate of 3.5%".
        '(coupon|coupons) ~4 (paid|payable|pays) ~2 (annually|semi annually|quarterly|yearly|monthly|at the rate)',
        // A rate used to value something, in translation too: "calculated with a rate of discount of 7% a year".
        '(with|using|at|applying) (a|the) (rate|rates) of discount',
        // The cost of something, not a price at cost: "at cost of two weeks' delay", "at cost to us".
        '=at =cost (of|to)',
        // A repair the warranty pays for: "the repair is at no charge under warranty", "repairs under warranty are carried out at no cost".
        '(at no charge|at no cost|free of charge) ~6 (warranty|guarantee|manufacturer)',
        '(warranty|guarantee|consumer rights|statutory|by law) ~6 (at no charge|at no cost|free of charge)',
        '(at no charge|at no cost|free of charge) ~6 (consumer rights|statutory|by law|the act)',
        {
            // A payment schedule, not half off: "Customers pay half the fee at signing and half at go-live".
            id: 'half now and half later',
            patterns: ['(pay|pays|paying) half ~4 (and|,|then) (the other half|half|the rest|the balance|the remainder)'],
            examples: { not: ['Customers pay half the fee at signing and half at go-live.', 'Members pay half the fee upfront and the balance after the course.'] },
        },
        {
            // Ours to do, not free: "Your team turns up. Everything else is on us to sort", "the logistics are on us to arrange".
            id: 'on us to do',
            patterns: [
                '=on =us to (sort|sort out|organise|organize|arrange|handle|plan|fix|deal with|worry about|get right|deliver|make happen|look after|take care of|figure out|book|run|manage|coordinate|chase|solve)',
            ],
            examples: {
                not: [
                    'Your team turns up. Everything else is on us to sort.',
                    'Transfers, menus and the room set-up are on us to arrange.',
                    'If a delivery slips, it is on us to fix it the same day.',
                ],
            },
        },
        // Paid to those who sell on what they sell: "an extra 2% on kitchen revenue above target for the quarter".
        '(extra|additional|higher|bonus|enhanced|top up) {pct} on ~3 (revenue|sales|margin|bookings|billings|turnover|gp|gross profit) (above|over|past|beyond) (target|quota|plan)',
        // Paid to those who sell, not a price to the buyer: "an extra 2.5% commission on new property business", "a higher override".
        {
            id: 'commission paid to those who sell',
            patterns: ['(extra|additional|higher|bigger|bonus|enhanced|top up) {pct} (commission|commissions|override|overrides|procuration fee|proc fee)'],
            examples: {
                not: [
                    'Caledonian Mutual are paying brokers an extra 2.5% commission on new property business placed before the end of March.',
                    'Agents who list ten homes a quarter earn an additional 1% commission.',
                ],
            },
        },
        {
            // Using it free for a while before paying is a free trial, not money off: "use the portal for thirty days at no cost".
            id: 'a trial period, not money off',
            // Its words still say there is nothing to pay, for the free-trial families that need it.
            wide: true,
            patterns: [
                '(use|uses|try|tries|test|tests|trial|trials|explore|explores|run|runs|play with|access|evaluate|evaluates) (it|them|the|our|this|a|an|any|every)? ~6 for {duration} ,? (at no cost|without charge|free of charge|at no charge|for free|free|on us|on the house|without paying|before paying)',
            ],
            examples: {
                not: [
                    'Register online and use the portal for thirty days at no cost.',
                    'Clinics can trial the scanner for two weeks free of charge.',
                    'Practices use the planning software for 30 days at no cost before they decide.',
                ],
            },
        },
        // A rise, not an amount off list: "A 7% list price increase for new contracts takes effect in January".
        {
            id: 'an amount the price rises by',
            patterns: [
                '{amount} (list|base|unit|sticker|card|standard|annual|yearly)? (price|prices|pricing|rate|rates|fee|fees|tariff|tariffs) (increase|increases|rise|rises|hike|hikes|uplift|uplifts|adjustment|adjustments)',
            ],
            examples: {
                not: [
                    'A 7% list price increase for new contracts takes effect in January, as approved at the last meeting.',
                    'The 4% standard rate uplift applies to all renewals after March.',
                    'A 5% list price rise lands in April for every new order.',
                ],
            },
        },
        // What a supplier charges us, not a buyer group's rate: "after the supplier's price increase".
        "(=supplier's|=manufacturer's|=wholesaler's|=vendor's|=distributor's|=merchant's|=landlord's) (price|prices|rate|rates|pricing|cost|costs)",
        // Test pieces, not money off: "The weld coupons from the new fabrication bay passed the bend test".
        // Paperwork carried, not a price: "free delivery of signed contract paperwork by courier".
        '(free|complimentary) (delivery|courier|collection|postage) of (the|your|their|all|signed)? ~2 (paperwork|documents|document|contracts|contract|forms|papers|deeds|certificates|keys)',
        '(weld|welded|test|sample|steel|metal|bend test|tensile|fatigue|impact|corrosion|witness|material|qualification) (coupon|coupons)',
        // A kind of fee waiver refused, not a fee left off: "No activation-fee waivers, no loyalty credits and no price matching".
        'no|zero ~2 (setup|set up|installation|activation|onboarding|implementation|joining) (fee|fees) (waiver|waivers|discount|discounts|refund|refunds|rebate|rebates|credit|credits|reduction|reductions)',
        // A line of copy dropped, not a price: "Drop the 'this price is only good today' line".
        // (Where the line ends its clause or is taken from somewhere: not "Drop the price for the first line of customers to $90".)
        '(drop|drops|dropped|dropping) the ~8 (line|lines|phrase|phrases|wording|banner|headline|headlines|tagline|subject line|opener) (;|.|!|,|from|in|on|out of|for good|entirely|completely|altogether)',
        // What the buyer's own change saves, not our price: "cutting idle time by 25 minutes a day saves about $184,000 a year".
        {
            id: 'savings from a change the buyer makes',
            patterns: [
                '(cutting|reducing|automating|switching off|eliminating|fixing|lowering|preventing|avoiding|consolidating|replacing|insulating|retrofitting|upgrading|moving) ~12 (saves|save|saving|would save|could save|will save) (you|them|the plant|the site|the fleet|the business)? ~1 (about|around|roughly|approximately|over|nearly|almost|up to)? {amount} (a|per|each|every) (year|month|week|annum|day|site|truck|vehicle|van|store|shift)',
            ],
            examples: {
                not: [
                    'Based on your fuel card data, cutting idle time by 25 minutes per truck per day saves about $184,000 a year.',
                    'Automating the night shift saves about £40,000 a year.',
                ],
            },
        },
        // A measure that moved, not a price: "forecast accuracy dropped to 61%".
        {
            id: 'a measure that moved',
            patterns: [
                '(accuracy|conversion|churn|retention|attendance|occupancy|utilisation|utilization|score|nps|win rate|close rate|show rate|open rate|reply rate|margin|margins|share|uptime|fill rate|yield) ~2 (dropped|fell|rose|climbed|dipped|slipped|grew|jumped|sank|declined|improved) (to|by|from) {pct}',
            ],
            examples: { not: ['We introduced these rules in Q2 2024 after forecast accuracy dropped to 61%.'] },
        },
        {
            // A rate that measures, lowered: "We lower the error rate by double-checking every manifest".
            id: 'a rate that measures, lowered',
            patterns: [
                '(lower|lowers|lowered|lowering|reduce|reduces|reduced|reducing|cut|cuts|cutting|drop|drops|dropped) (the|our|their|its|your)? ~1w (error|dispute|churn|defect|failure|return|returns|complaint|complaints|bounce|attrition|turnover|vacancy|accident|injury|rejection|reject|scrap|absence|absentee|cancellation|incident|infection|readmission|breakage|spoilage|waste|no show|dropout|claims|loss|default|arrears|void|mortality|callback|call back|rework) (rate|rates)',
                "(we|we'll|i|to|will|can|may|could|should|must|reps|they|and|then|please|always|also) (lower|lowers|lowered|lowering|reduce|reduces|reduced|reducing|cut|cuts|cutting|drop|drops|dropped) (the|our|their|its|your)? ~1w (error|dispute|churn|defect|failure|return|returns|complaint|complaints|bounce|attrition|turnover|vacancy|accident|injury|rejection|reject|scrap|absence|absentee|cancellation|incident|infection|readmission|breakage|spoilage|waste|no show|dropout|claims|loss|default|arrears|void|mortality|callback|call back|rework) (rate|rates)",
            ],
            examples: {
                not: ['We lower the error rate by double-checking every manifest.', 'Lower the invoice dispute rate by checking PO numbers before sending.'],
            },
        },
        // Vouchers counted back, not given: "upload the month's redeemed employer vouchers to the finance portal".
        '(redeemed|reconciled|reconcile|reconciling|reconciliation of|counting|count|returned|used) ~3 (voucher|vouchers|coupon|coupons|gift cards)',
        '(voucher|vouchers|coupon|coupons) (reconciliation|reconciliations|redemption report|redemption reports|returns|count|float|stock|ledger|liability|upload|uploads)',
        // A bid for a home, not a free extra: "a second family has already made an offer on the house".
        '(offer|offers|bid|bids|deposit|mortgage|lien|survey|inspection) on the house',
        // A price paid elsewhere, in the past: "Tyres at the auction went for 30% below retail, which is why the yard buys there".
        {
            id: 'a price something fetched',
            patterns: [
                '(=went|=fetched|were sold|was sold|got knocked down|went under the hammer) for (about|around|roughly|nearly|almost|over)? {amount} ~2 (below|under|less than|off)',
                // Sales nearby, as evidence for a price: "comparable flats sold for about 10% under asking last spring".
                '(comparable|comparables|comps|similar|nearby|neighbouring|neighboring) ~3 (sold|went|fetched) for (about|around|roughly|nearly|almost|over)? {amount} ~2 (below|under|less than|off)',
            ],
            examples: {
                not: [
                    'Tyres at the auction went for 30% below retail, which is why the yard buys there.',
                    'The last two lots were sold for about 20% under the guide price.',
                ],
            },
        },
        // Hospitality, not a price cut: "Join us in Charleston for a weekend on us" (white-glove reads it).
        '(join us|joining us|be our guest|be our guests|as our guest|as our guests|stay with us|host you|hosting you|hosted by us) ~6 on (us|the house)',
        // A unit price, not staff pricing: "a gym network with a low per-employee price".
        'per (employee|seat|user|head|member|person|month|unit|pupil|student|bed|room|site|device|endpoint|vehicle|truck|driver|location|payslip|learner) (price|prices|pricing|rate|rates|cost|costs|fee|fees)',
        // A period of service after the sale, not a price: "support is free for the first 30 days after purchase".
        '(is|are|comes|come) (free|at no charge) for the first {duration} (after|of|from|following) ~1 (purchase|install|installation|go live|delivery|activation|signing)',
        // A level falling, not a price: "the telemetry alerts us when a tank level drops to 35%".
        '(level|levels|tank|tanks|stock|inventory|battery|charge|fill|occupancy|usage|utilisation|utilization|temperature|humidity|churn|conversion|response rate|open rate|reply rate) ~2 (drop|drops|dropped|falls|fell|dips|dipped|goes down|reaches) (to|below|under|by) {pct}',
        // Pay, not a price: "AEs who bring a customer over from Kinetix earn a $250 switching bonus in the next payroll run".
        '(earn|earns|earned|earning|paid|pays) (a|an)? {money} (cash|switching|switch|welcome) bonus',
        // A retention figure, not a rate we charge: "our 92% loyalty rate among dental practices".
        '{pct} (loyalty|retention|repeat|renewal) (rate|rates) (among|across|in|with)',
        // Finance, not a price cut: "the underwriters discounted the projected cash flows at 9%", "obligations are discounted to present value".
        '(discounted|discounting|discount|discounts) ~3 (cash flows|cashflows|cash flow|flows|obligations|liabilities|receivables|earnings|dividends|revenues|future costs|future savings|liability|stream|streams) (at|by|using|with) ~3 {pct}',
        '(discounted|discounting|discount|discounts) ~3 (cash flows|cashflows|cash flow|flows|obligations|liabilities|receivables|earnings|dividends|revenues|liability|amounts|sums|stream|streams) (to|back to) (present|today|a present|net present|current)',
        '(are|is|were|was|be|been|being|get|gets) discounted (to|back to|at) (present|today|net present|a present)',
        // A forecast marked down, not a price: "managers discount any deal with no next step by half".
        {
            id: 'a forecast marked down',
            patterns: [
                'discount|discounts|discounted|discounting (any|every|each|the|a|all|that|those)? ~2 (deal|deals|forecast|forecasts|pipeline|opportunity|opportunities|commit|number|numbers|estimate|estimates|projection|projections) ~5 by',
            ],
            when: ['forecasting'],
            scope: 'sentence',
            examples: { not: ['In the Monday forecast call, managers discount any deal with no next step by half.'] },
        },
        '(cash flows|cashflows|cash flow|future flows|future costs|future savings|future revenues) (are|were|is|was|get|gets|being)? discounted',
        // Taken out of a package, not a price lowered: "complimentary breakfast was dropped from the corporate rate".
        {
            id: 'taken out of a package',
            patterns: [
                '(was|were|been|is|are|being|got|get|gets) (dropped|removed|cut|taken out|stripped|excluded) from (the|our|its|their|every)? ~2 (rate|rates|package|packages|bundle|bundles|plan|plans|tier|tiers|offer|offers|contract|contracts|menu|deal)',
            ],
            examples: {
                not: [
                    'Complimentary breakfast was dropped from the corporate rate in 2023.',
                    'The 10% loyalty discount was cut from the corporate rate.',
                    'Late checkout was cut from the corporate rate.',
                ],
            },
        },
        // A study or a document about discounting, not a discount given: "the discount analysis for the board", "see the discounting memo".
        {
            id: 'a study of discounting',
            patterns: [
                '(discount|discounts|discounting|promo|promotion|promotions|rebate|rebates|coupon|coupons|markdown|markdowns) (analysis|analyses|study|studies|report|reports|audit|audits|memo|memos|dashboard|dashboards|data|trends|log|logs|ledger|ledgers|register|registers|benchmark|benchmarks|research|leakage|creep|post mortem|retro|retrospective|working group|committee|trend|history|spreadsheet|model|modelling|modeling)',
            ],
            examples: {
                not: [
                    'did marketing ever finish that discount analysis for the board deck?',
                    'Finance: see the discounting memo for the present-value treatment.',
                    'The coupon audit found codes leaking to forums.',
                ],
            },
        },
        // Our own spending cut: "we will cut 15% off enablement spend next year".
        '(cut|cuts|trim|trims|reduce|reduces|shave|shaves) {amount} (off|from) (the|our|its|their)? ~2 (spend|spending|budget|budgets|headcount|expenses|overhead|overheads|travel|payroll|opex|capex)',
        // A product feature: "their promo-code engine".
        '(promo code|promo|coupon|voucher|discount code|referral code|loyalty) (engine|engines|module|modules|feature|features|generator|generators|plugin|plugins|app|apps|software|api|tool|tools|builder|builders)',
        // Gift cards sold at face value: "reception sells gift vouchers".
        '(sell|sells|sold|selling|buy|buys|bought|purchase|purchases) ~2 gift (voucher|vouchers|card|cards|certificate|certificates)',
        'markdown ~4 (language|formatting|markup|syntax|format)',
        // For sale, not reduced: "tickets for the Bristol tasting are on sale now", "passes go on sale Monday".
        '(tickets|ticket|passes|pass|seats|places|spaces|registration|registrations|entries|preorders|pre orders|presale|memberships|stands|booths) ~8 (=on|=go|=goes|=went|=going) =sale',
        // A perk for our own staff: "Perks: 20% staff discount on all products".
        '(staff|employee|employees|colleague|colleagues|associate|associates|team member|team members) (discount|discounts)',
        '{amount} (staff|employee|employees|colleague|colleagues|associate|associates|team member|team members) (discount|discounts)',
        'discount window',
        '(issued|trade|trades|traded|trading|sold|priced|bought) at a (discount|premium) to (face|par|nav|book|net asset|the index)',
        'full price (drop|drops|launch|launches|release|releases|collection|collections)',
        'back =on =sale',
        '(print|prints|printed|printing|design|designs|produce|produces|manufacture|manufactures|supply|supplies) ~2 (coupons|coupon|vouchers|voucher|flyers) (and|or)? (coupons|coupon|vouchers|voucher|flyers|leaflets|labels)?',
        'save|saves|saving {num} ~1 (hours|minutes|days|weeks|clicks|steps|calls|emails|trips|kg|tonnes|tons|litres|liters|kwh|miles|km)',
        '=discount rate|factor|curve|curves|broker|brokerage|column|columns|field|fields|tab|picklist',
        // A valuation's rate, not our price: "the lease book is valued at a discounted rate of 7%".
        '(valued|value|values|valuing|npv|present value|cash flows|cashflows|cash flow|cashflow) ~3 (a|the)? discounted rate',
        // Time saved, not money: "shave a few minutes off every quote".
        '(shave|shaves|shaving|knock|knocks|knocking|take|takes|taking|cut|cuts|cutting|trim|trims) ~3 (seconds|minutes|hours|days|weeks|steps|clicks) off (every|each|the|our|your|their|a|an)? ~1 (quote|quotes|invoice|invoices|order|orders|call|calls|job|jobs|process|cycle|turnaround|renewal|renewals|proposal|proposals)?',
        '{amount} ~1 discount rate|rates|factor',
        'discounted (payback|cash|npv|present|value|future|cashflow|cashflows)',
        '(were|was|been|be|is|are|got|largely|mostly|widely|partly) discounted (by|as) (the|a|an|their|his|her|our|most|many|some|them|those|these|irrelevant|noise|unlikely|unreliable)',
        '(medicaid|medicare|government|statutory|tax|regulatory|state|federal) ~1 rebate|rebates',
        // A government incentive, not our price: "the 30% federal tax credit".
        '{amount} (federal|state|government|statutory|tax|council|public) ~2 (credit|credits|incentive|incentives|grant|grants|allowance|allowances|relief|subsidy|subsidies)',
        '(saved|save|saves|saving|savings) ~2 {amount} ~3 (in|on|of|per) ~2 (overtime|labour|labor|energy|fuel|cost|costs|time|hours|headcount|waste|spend|downtime|rent|tax|power|electricity|freight|inventory|scrap|admin|payroll|maintenance)',
        'lower|lowers|lowered|raise|raises|raised|cut|cuts|reduce|reduces|reduced|increase|increases|set|sets|use|uses|apply|applies|applied|change|adjust|update|model ~2 discount rate|rates|factor|factors',
        'discount ~1 management|module|engine|software|tool|analytics|governance',
        'discounted cash flow|flows',
        'deal stage',
        'deal size',
        'point of sale',
        'save time|hours|minutes|effort|clicks|steps',
        'save the date|deck|file|draft|template',
        '{duration} free trial|tier|plan',
        'free trial',
        'free tier',
        'free plan',
        'markdown file|format|syntax|table|editor',
        'in =markdown',
        // A sale's price as a market figure: "the median sale price for the street".
        '(median|average|mean|asking|previous|achieved|realised|realized|selling|resale|last) sale (price|prices)',
        {
            id: 'free meaning available',
            patterns: [
                '{num}|only|no|any|some ~2 (crew|crews|engineer|engineers|installer|installers|technician|technicians|fitter|fitters|slot|slots|room|rooms|desk|desks|table|tables|consultant|consultants|trainer|trainers|driver|drivers|van|vans|truck|trucks|bay|bays|hands|people|staff|reps) free',
                "(you|you're|i|i'm|we|we're|they|they're|he|he's|she|she's|everyone|anyone|who) (are|am|is|be)? free (on|at|from|after|before|for a|to)? {date}|call|chat|meet|talk|coffee",
                '(is|are|am) (you|they|he|she|the|your|our|their) ~2 free (on|at|from|after|before|for a|to)? {date}|call|chat|meet|talk|coffee',
            ],
            examples: { not: ['Two installers free next week for the showroom setup.', 'Is the installer free on Friday for the setup visit?'] },
        },
        {
            id: 'a trial at no charge',
            patterns: [
                '(trial|evaluation|eval|pilot|test drive|proof of concept|poc|loaner|loan) ~2 (at no charge|at no cost|free of charge|without charge|for free|free)',
                '{duration} (trial|evaluation|eval|pilot|test drive|proof of concept|poc|loaner|loan) ~2 (at no charge|at no cost|free of charge|without charge|for free|free)',
                // Our own product tried or kept at no charge: "test our software 30 days free of charge", "the basic version permanently free of charge".
                '(test|try|trial|evaluate|tested|tried) ~5 (at no charge|at no cost|free of charge|without charge|for free|free)',
                '(version|edition|plan|tier|level) ~2 (permanently|forever|always) (free|free of charge|at no cost)',
                // A pass to try: "a seven-day free pass to the gym".
                '{duration} (free|complimentary) (pass|passes|guest pass|guest passes|access|taster)',
            ],
            examples: {
                not: [
                    'Ship a starter kit for a 30-day evaluation at no charge.',
                    'Test our software 30 days free of charge and without obligation.',
                    'Use the basic version permanently free of charge.',
                ],
            },
        },
        // The United States, not a gift: "escalations on US calls fell 28%".
        'on =us (calls|call|customers|clients|accounts|sites|stores|soil|market|markets|traffic|orders|time|hours|dollars|teams|team|operations|shores|territory|mainland|healthcare|hospitals|clinics|facilities|government|federal|listings|shipments|routes|lanes|freight|campaigns|inventory|patients)',
        // A rise or a list at the year's end, not year-end pricing: "Year-end price increase", "the quarter-end price file".
        '(year|quarter|month|fy) end (price|prices|pricing|rate|rates) (increase|increases|rise|rises|list|lists|file|files)',
        // A clearance as vetting, run or held, not a sale: "run the DBS clearance checks" (a sale needs its own words above:
        // "the end-of-season clearance", "on clearance", "clearance prices").
        '(run|runs|running|ran) (a|an|the)? ~2 clearance (check|checks|process|application|applications|form|forms)',
        // Someone's clearance, still held: "contractors whose clearance is still live" (not "the clearance is now live in all stores").
        '(whose|their|his|her|your) clearance (is|was|remains|stays) (still|no longer|now)? (live|valid|current|active|granted|revoked|suspended|pending)',
        '(expense|travel|meal|lunch|parking|payroll) (voucher|vouchers)',
        '{pct} off its|the|their|our ~1 peak|high|highs|low|lows|record|target|pace|forecast|best|max|maximum|average|baseline|goal|budget|quota',
        {
            // A plan as a target ("Sales are 10% off the plan", "Q3 revenue: 9% off the full-year plan"), unless the sentence hands the
            // money off to buyers ("Get 20% off the annual plan", "Members are getting 25% off the family plan", "15% off the Business
            // plan").
            id: 'off the plan, a target',
            patterns: ['{pct} off (its|the|their|our) ~2 =plan'],
            unless: ['given'],
            examples: {
                not: [
                    'Q3 revenue: 9% off the full-year plan, so the spring pipeline review moves up a week.',
                    'Any rep more than 15% off the plan at mid-year gets a coaching session.',
                ],
            },
        },
        '{pct} off target|pace|peak|forecast|budget|quota|goal|=plan',
        '(lower|lowest|higher|highest) (priced|price) ~1 tier|plan|edition|option|sku|model|package|product',
        '=on =sale (in|across|throughout|worldwide|globally|since|from|through|at)',
        'go|goes|went|going =on =sale',
        '=sale of',
        'coupon rate|payment|bond|bonds',
        {
            id: "a bond's coupon",
            patterns: ['coupon|coupons', '{amount} ~1 coupon|coupons'],
            when: ['finance'],
            examples: { not: ['The bond pays a 4.5% coupon twice a year.', 'Treasury notes: the coupon is fixed until maturity.'] },
        },
        {
            id: 'the coupon of a debt',
            patterns: [
                "=bond's|=note's|=notes' coupon",
                '(coupon|coupons) (on|of) the ~2 notes|bond|bonds|debentures|gilts|securities|paper|issue',
                // What a debt pays: "The notes carry a 5% coupon, payable semi-annually", "a 6% coupon paid quarterly".
                '(notes|note|debentures|gilts|securities|loan|paper|tranche) (carry|carries|carried|pay|pays|paid|bear|bears|bore|has|have|offer|offers|with) (a|an)? ~2 (coupon|coupons)',
                '(coupon|coupons) ,? (payable|paid|due) (semi annually|annually|quarterly|monthly|twice a year|each year|every year|at maturity|in arrears|every six months)',
                '{amount} (coupon|coupons) ,? (payable|paid|due) (semi annually|annually|quarterly|monthly|twice a year|each year|every year|at maturity|in arrears|every six months)',
            ],
            examples: {
                not: [
                    'Board pack: the coupon on the 2031 notes resets to 6%.',
                    'The notes carry a 5% coupon, payable semi-annually.',
                    'A 6% coupon, paid quarterly, on the junior tranche.',
                ],
            },
        },
        {
            id: 'a standing price that stays',
            patterns: [
                '(member|members|trade|wholesale|contract|contracted|agreed|negotiated|staff) (price|prices|rate|rates|pricing) (stays|stay|remains|remain|is unchanged|are unchanged|holds|hold|is frozen|are frozen) (where|the same|unchanged|as it is|as they are|put|flat)',
            ],
            examples: {
                not: ['The member price stays where the board set it.', 'Staff pricing remains unchanged this year.', 'Member rates hold where they are for 2027.'],
            },
        },
        {
            id: 'to discount as to disregard',
            patterns: [
                '(discount|discounts|discounting|discounted) (the|their|his|her|any|those|these|such|{poss}) ~1 (objection|objections|concern|concerns|view|views|opinion|opinions|feedback|input|warning|warnings|complaint|complaints|pushback|voice|voices)',
            ],
            examples: {
                not: [
                    'Reps tend to discount the objections of junior vets.',
                    "Don't discount their concerns about data migration.",
                    'Some managers discount any feedback from new reps.',
                    "Too many reps discount procurement's pushback as noise.",
                ],
            },
        },
        'rely|depend|count|bet|lean|call|focus|bank ~1 =on =us',
        'at cost',
        '(error|status|exit|response|http|zip|postal|tax|sort|area|country|verification|auth|access|sic|naics|product|sku|item|part|tracking|reference|ref|booking|order|source|qr) (=code|=codes)',
    ],
};
