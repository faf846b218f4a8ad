import { OUR_PEOPLE } from './words.js';
/** What a seller may hold back until the buyer takes a step or we say yes: prices, specs, a sandbox, a guide, a video. */
const HELD_BACK = 'price|prices|pricing|rates|figures|fees|premiums|quote|quotes|specs|spec sheet|specifications|library|sandbox|access|video|tour|guide|report|chapters|catalogue|catalog|brochure|price list|rate card|demo|calculator|results|whitepaper|case studies|datasheet|download|downloads|portal|samples';
/** A price, or the list or card that holds it, as something held back. */
const PRICE_WORDS = 'price|prices|pricing|rates|rate card|rate cards|price list|price lists|price sheet|price sheets|fees|rents|figures|numbers|quote|quotes|tariff|tariffs';
export const gated = {
    triggers: [
        // Interest registered first: "Kindly register your interest to receive the full price list and floor plans".
        '(register|registers|registering) (your|their|his|her)? (interest|details) to (receive|get|see|access|download|view|unlock) (the|our)? ~2 (price list|price lists|pricing|prices|brochure|floor plans|floor plan|rate card|payment plan)',
        // A step the buyer must take before any price: "Before an owner sees any premium they must give their email address and
        // mobile number", "until a buyer gets a figure, they have to book a call".
        '(before|until) (a|an|the|any|each|every)? ~2 (sees|see|gets|get|views|view|receives|receive) (any|a|the|their|a single)? ~1 (price|prices|premium|premiums|quote|quotes|rate|rates|pricing|figure|figures|number|numbers) ~3 (must|have to|has to|need to|needs to|are asked to|is asked to) (give|enter|provide|share|fill|hand over|speak|talk|register|submit|leave)',
        // Only after their details: "can only be downloaded once the visitor has entered their name, address and phone number".
        '(downloaded|accessed|viewed|opened|unlocked|read|seen|watched) ~2 (once|after|when) (the|a|each|every)? ~2 (visitor|visitors|user|users|buyer|buyers|customer|customers|reader|readers|prospect|prospects|they|you|someone|anyone) (has|have)? (entered|given|filled in|submitted|provided|registered|shared|left)',
        // A form, then our person with the price: "a short form asking for location count … and an account executive phones back with the
        // per-location rate".
        '(enquiry|inquiry|request|quote|contact|pricing|group|short) (form|forms) ~12 (phones|calls|rings|emails|gets) (them|you)? back with (the|a|our|their)? ~2 (rate|rates|price|prices|pricing|quote|figure|figures)',
        // Nobody gets a figure before the call: "Nobody sees a number from us until they've sat through a 45-minute call with sales".
        "(nobody|no one|no buyer|no customer|no client|no prospect) (sees|gets|hears|receives) (a|any|our)? (number|price|prices|figure|figures|quote|rate|rates|pricing) ~3 (until|before|unless) (they've|they have|they|he's|she's|he has|she has) ~7 (call|calls|meeting|demo|form|chat|conversation|consultation)",
        // Details before the prices show: "collect name, company and headcount before the plan table is shown".
        '(collect|collects|capture|captures|ask for|asks for|take|takes|require|requires|get|gets) ~6 before (the|any)? ~2 (plan table|pricing|prices|price list|price|rates|quote|figures|numbers|plans) (is|are)? (shown|revealed|displayed|visible|unlocked|shared|released|sent)',
        // Details before the content plays: "the landing page asks for name, company and work email before the recording plays".
        '(collect|collects|capture|captures|ask for|asks for|require|requires) ~8 before (the|any|our)? ~1 (recording|video|webinar|replay|demo video|report|guide|download|whitepaper|ebook|deck|playbook|toolkit|calculator|case study) (plays|play|loads|load|opens|open|starts|start|unlocks|unlock|appears|is shown|downloads|can be watched|can be downloaded)',
        // Not without a talk first: "you can't see the pricing until you've spoken to a human".
        "(can't|cannot|can not|won't|don't|do not|doesn't|does not) (see|get|view|access|have) (the|any|our)? ~1 (pricing|prices|price|rates|rate card|figures|quote|quotes|price list) (until|before|unless|till) (you've|you have|you|they've|they have|they|someone|the buyer|the customer) ~2 (spoken|speak|talked|talk|booked|book|had|met|meet|filled|completed|registered|called|call)",
        // Prices only from a rep: "quotes are only given by an inside sales rep".
        '(quotes|prices|pricing|figures|rates) ~2 (only|just)? (given|quoted|shared|provided|released|disclosed|given out|sent) (only)? (by|through|via) (an|a|our|the)? ~2 (rep|sales|salesperson|account manager|account executive|ae|sales team|sales rep|advisor|adviser)',
        '(approved|vetted|qualified|verified) by (our|the)? ~1 (sales|sales team|account team|rep|reps) before (they|buyers|customers|you|anyone)? (can|may)? (see|view|access|get)',
        // Only to those who asked: "prices go only to those who request a proposal".
        '(go|goes|sent|released|shared|available|given) ~2 (only)? to (those|people|buyers|candidates|prospects|companies|visitors|customers|anyone) (who|that) (request|requested|have|fill|filled|submit|submitted|passed|book|booked|register|registered|complete|completed|speak|spoke)',
        '(released|shared|sent|available|unlocked|given) ~2 only (after|once|when) ~6 (fills|fill|filled|submits|submit|submitted|completes|complete|books|book|registers|register|speaks|speak|talks|talk|spoken|passed)',
        // Prices held back until a call; "advisors send it after the first call" of a free download is follow-up, so "it" needs "only".
        '(share|shares|send|sends|give|gives|reveal|reveals|release|releases|disclose|discloses) (prices|pricing|the prices|figures|rates|the deck|the sheet) (only)? (after|once|following) (an|a|the)? ~1 (intro|introductory|discovery|qualification|scoping|sales)? (call|meeting|demo|conversation)',
        '(share|shares|send|sends|give|gives|reveal|reveals|release|releases|disclose|discloses) (them|it) only (after|once|following) (an|a|the)? ~1 (intro|introductory|discovery|qualification|scoping|sales)? (call|meeting|demo|conversation)',
        '(pricing|price|prices) (page|pages)? ~3 (shows|show|has|lists|list|gives) (no|zero) (figures|prices|numbers|pricing|amounts)',
        '(prices|pricing|rates|figures) (are|come|came)? (not|off) (on|shown on|published on|listed on)? the (website|site|web)',
        "(rate card|price list|price sheet|fees|tuition|prices|pricing|rates) (isn't|aren't|is not|are not|is never|are never) (on|shown on|published on|listed on|posted on) (the|our) (website|site|web|web site)",
        '(give|gives|given|share|shares) (them)? out only after (taking|collecting|getting|capturing) ~3 (details|email|name|number|contact)',
        '(contact|talk to|speak to|speak with|talk with|chat with|reach out to) (a|an|our|the)? (sales|ae|account executive|sales team|sales rep|salesperson|sales office|sales line)',
        '(call|ring|phone) (our|the) (sales office|sales line) (for|to get) ~2 (price|prices|pricing|figure|figures|quote|rates)',
        'pricing|price|prices|rates :? (on|upon|by) (request|application|enquiry|inquiry)',
        '(prices|pricing|quotes|quote|rates|rate card|figures|numbers|costs) (come|comes|only come|only comes) ~2 from (a|an|our|the|your)? (sales|inside sales|sales team|rep|ae|account executives|sales desk)',
        "(specialist|rep|ae|someone|team member|expert|account executive|advisor|adviser|consultant|member of our team|our team|sales) (will|'ll)? (reach out|contact you|call you|get back to you|be in touch|follow up|get in touch) ~3 (with|about)? ~2 (numbers|pricing|price|prices|a quote|rates|figures)",
        '(request|apply for|ask for) access ~8 (approve|approves|approval|approved|review|reviews|vet|vets)',
        '(speak|talk|chat) (to|with) (an|our|a) ~1 (account executive|ae|sales rep|rep|team|specialist|expert)',
        'demo required|only|first',
        // Exactly these words: the stemmer makes "requirements" of "required" ("a requirements call" is discovery).
        '=mandatory|=required ~1 (demo|demos|call|sales call)',
        'pricing|price|prices|quote|quotes|rates ~3 (on|upon|by) (request|application|enquiry|inquiry)',
        'available (on|upon) (request|application|enquiry|inquiry)',
        '(only|just) (visible|available|accessible|unlocked|shown|enabled|released|granted|provisioned) (once|after|when) ~4 (sales|rep|ae|account executive|account manager|our team|approval|approves|call|demo|meeting|provisions)',
        '(every|each|all|any) ~2 (evaluation|evaluations|purchase|purchases|signup|signups|trial|trials|onboarding|account|accounts) ~2 (starts|start|begins|begin|goes|go|runs|run) (with|through) ~3 (call|meeting|demo|conversation|sales|rep|ae)',
        'call for (pricing|a quote)',
        '(contact|call|email|ask) us for ~1 (pricing|price|prices|quote|quotes)',
        // Exact "get": "anything with a pulse gets a quote" is everyone quoted, not a door to prices.
        '(request|=get|ask for) a|your ~1 =custom? quote|quotes|demo',
        'request pricing|demo|quote',
        '=gated',
        'gate|gating ~2 content|pricing|price|asset|assets|report|reports|docs|page|ebook|whitepaper|webinar|download',
        'behind a|the ~1 (form|login|wall|registration|signup|sign up|email gate)',
        'lead form',
        'form fill',
        '(fill in|fill out|fill up|complete|submit) the|a ~3 form',
        'work|business email required',
        'sales approval',
        'approval from ~3 sales',
        'no (self serve|self service)',
        '=custom pricing',
        'hide|hides|hidden|hiding ~2 price|prices|pricing',
        "price|pricing|prices|rates|fees|tuition ~1 (isn't|is not|not|aren't|are not) ~1 published|public|listed|shown|online|visible",
        "(price|pricing|prices|rates|fees|price list|rate card) ~4 (isn't|is not|aren't|are not) on (the|our) (website|site|web|page)",
        // Behind a form: "the booklet is available only through a download form on the website".
        '(available|accessible|downloadable|released|shared) only (through|via|by|after|behind|with) (a|an|the|our)? ~2 (form|forms|registration|sign up|signup|login|log in|request form|download form|lead form)',
        // "Pricing for suites above 15 desks isn't listed on the site".
        "(price|pricing|prices|rates|fees|price list|rate card) ~6 (isn't|is not|aren't|are not) (listed|shown|published|posted|displayed) (on|online) (the|our)? (website|site|web|page)?",
        // Not where others are bought: "Pricing for the engineered line isn't in the web shop".
        "(price|pricing|prices|rates|fees) ~8 (isn't|is not|aren't|are not|doesn't appear|does not appear|don't appear|do not appear|doesn't show|does not show) (in|on) (the|our) ~1 (web shop|webshop|online shop|online store|e shop|eshop|web store|webstore|store|catalogue|catalog|portal|app|configurator)",
        // A quote only through a person: "quotes above 10 units need a call with sales", "can't be bought online; … phone our sales team".
        '(quote|quotes|quoting|pricing|prices|price) ~6 (need|needs|require|requires|go through|goes through) (a|an)? (call|conversation|chat|meeting) with (our|the|a|an)? (sales|sales team|rep|ae|team|desk|salesperson|adviser|advisor)',
        '(told|asked|invited|directed|sent|referred) to (phone|call|ring|contact|speak to|talk to|email) (our|the|a|an)? (sales team|sales|rep|sales desk|sales office|adviser|advisor|agent|account manager) (for|to get|to request) (a|an|the)? (quote|quotes|price|prices|pricing|rate|rates|price list)',
        // "Pricing for firms above 100 fee earners is on request".
        // "Pricing for firms above 100 fee earners is on request" (not "rates are shown online and late checkout is on request").
        '(pricing|price|prices|rates|fees|price list|rate card) (for|on|of|above|over|beyond) ~5w (is|are) (only)? (on|upon|by) (request|application|enquiry|inquiry)',
        '(pricing|price|prices|rates|fees|price list|rate card) (is|are) (only)? (on|upon|by) (request|application|enquiry|inquiry)',
        '(price|prices|pricing|parts|items|products|models|units|tubes|equipment|systems|options|extras|spares) ~4w (are|is) (quote|quotation) only',
        // Available when asked of a person: "price lists are available only on request through your regional sales engineer".
        '(price list|price lists|pricing|prices|rates|rate card|price sheet|fees) (for|on|of|above|over|beyond)? ~5w (available|given|shared|sent|provided) only (on|upon) request',
        // Quoted only in the room: "prices for fillers are given at consultation, not over the phone".
        // The price's own verb, not another clause's ("prices are online and any extras are confirmed at your appointment").
        '(price|prices|pricing|rates|fees|costs) (for|on|of)? ~4w (are|is) (only)? (given|quoted|shared|discussed) (only)? (at|in|during) (the|a|your)? (consultation|consult|visit|appointment|assessment|tour|viewing)',
        // After a visit: "every enquiry gets a guided tour with the community manager before membership pricing is shared".
        '(tour|call|meeting|visit|consultation|demo|conversation|viewing|walkthrough) ~6 before ~2 (pricing|prices|rates|rate card|price list|fees) (is|are) (shared|given|released|sent|shown|revealed|disclosed|discussed|quoted)',
        'unpublished pricing',
        "pricing|price|prices : let's|lets talk",
        'registrants|members|subscribers only',
        // Exactly: "for registrations paid by 1 March" shares its stem and holds nothing back.
        '=for =registrants',
        `book|schedule|request ~2 call|meeting|demo ~4 to ~2 get|access|see|unlock|view|download|receive`,
        'by booking|scheduling|requesting ~3 call|demo|meeting',
        'unlock|unlocks|unlocked ~2 (only after|after) ~5 call|meeting|demo|conversation|approval',
        'sales ~2 issues|provisions|grants|approves|sends|unlocks ~3 after ~2 call|meeting|demo',
        // Only where it is ruled out: "Nobody sees the price list without talking to an AE" (not "anyone can book a tour without
        // talking to sales", which is self-serve).
        "(not|never|nobody|no one|cannot|can't|won't|isn't|aren't|don't|doesn't|unavailable|impossible) ~8 without (meeting|talking to|speaking to|speaking with) an|a|our? ~1 (ae|sales|rep|account executive)",
        "(not|never|nobody|no one|cannot|can't|won't|isn't|aren't|don't|doesn't|unavailable|impossible) ~8 without (a|an) (call|demo|meeting) with an|a|our? ~1 (ae|sales|rep|account executive)",
        'goes|go through ~3 qualification|sdr ~1 call',
        'drop|enter|submit|leave|give|share|provide|trade|swap ~1 (your|a) (work|business)? (email|details|name|phone|number|postcode|company|address|contact) ~6 (form|first|to get|to download|to access|to watch|to read|to receive|to see)',
        '(=prices|=pricing|=rates|=quotes|price list|=costs|=fees|rate card) (by|over|via|on) (phone|telephone|call|request|email|e mail|whatsapp) (only)?',
        '(for|to get|to know|to receive) ~3 (prices|pricing|price|rates|quote|quotes|costs|fees|price list|rate card) ~2 ,? (please|kindly|just)? (call|phone|ring|contact|whatsapp|message|email|write to|reply)',
        "(does not|doesn't|don't|do not|never|won't|will not|we don't) (publish|publishes|post|posts|list|lists|show|shows|display|displays|disclose|discloses|send|sends|share|shares) ~3 (prices|pricing|fees|rates|price list|rate card|costs)",
        '(fill|fill in|fill out|fill up|complete|submit) ~4 form ~4 (to|and) ~2 (receive|get|see|download|access|unlock|obtain)',
        '(downloaded|accessed|viewed|unlocked|available|sent|opened) ~2 only? (with|after|against) ~2 (a|your)? (company|work|business|corporate) (email|e mail|address|email address)',
        "(leave|drop|give|share|send|enter) (your|us your) (details|email|info|information|number|contact details|name and email) (and|to) ~2 (we'll|we will|we|to|someone|a rep|our team|someone will|a rep will) (send|email|share|get back|unlock|get|be in touch|get in touch|reach out|call you|contact you)",
        '(form|lead) (capture|gate|gated|wall)',
        // "Our rates for office-park cleaning contracts in Jo'burg are on request".
        '(price|prices|pricing|rates|rate card|fees|tariffs|tariff) (are|is) (on|upon|by) (request|application|enquiry|inquiry)',
        // Details for the document: "Register your details to receive the contract and price guide".
        '(register|enter|leave|submit|share) (your)? (details|email|email address|name and email|contact details) to (receive|get|download|access|see|view|unlock) (the|our)? ~3 (guide|price guide|brochure|report|price list|rate card|pack|whitepaper|white paper|ebook|catalogue|catalog|pricing)',
        '(until|unless) (they|you|visitors|prospects|buyers|users) (speak|talk|meet|book|register|sign up|fill|submit|call) ~3 (someone|rep|sales|ae|account executive|our team|us)',
        '(must|need to|have to|has to) (first)? (schedule|book|request|have|take|sit through) ~3 (call|walkthrough|demo|meeting|consultation)',
        '(click|clicks|clicking) (pricing|price|prices) ~4 (calendar|form|book|booking|contact|call)',
        '(routed|sent|directed|redirected|passed|handed) to (a|an|our|the)? (rep|ae|account executive|sales|sales team|salesperson) (for)? (pricing|a quote|prices|price)',
        '(sent|given|shared|available) only to ~4 who (register|registers|sign up|signs up|log in|verify|verifies|apply)',
        '(schedule|book|have) ~4 (call|meeting|demo) ~6 before (they|you|the buyer|the customer|buyers|customers)? (can|may)? (see|access|view|get|download|unlock|read)',
        'register|registration ~5 to|before ~1 watch|download|read|view|access|get',
        // Exact: "member sign-ups and payment terms before the season opens" opens no asset.
        '(register|registers|sign up|signs up|log in|logs in) ~4 before (the|a|any|our)? ~2 (can be|is|are|gets|get)? (=downloaded|=viewed|=accessed|=read|=seen|=opened|=sent|=shared|=released)',
        // Access after someone of ours approves it: "an AE has to approve sandbox access".
        '(ae|aes|rep|reps|sales|account executive|account manager|manager|sales manager|our team) (has to|have to|must|needs to|need to) (approve|approves|sign off|unlock|grant|enable|provision) ~2 (access|trial|trials|sandbox|account|accounts|signup|signups|login|logins|seat|seats)',
        // Details asked for before showing: "require a work email before we show pricing" (not "asked how we cook before she showed us a cabinet").
        // (Not any question: "asked how we cook before she showed us a cabinet".)
        '(ask|asks|asked|asking) for ~6 before ~3 (show|shows|showing|see|sees|access|download|unlock|reveal|reveals|revealing)',
        '(require|requires|collect|collects|capture|captures|request|requests|need|needs) ~6 before ~3 (show|shows|showing|see|sees|access|download|unlock|reveal|reveals|revealing)',
        'replies|reply|responds|respond with ~1 pricing|quote|prices',
        'pricing|price|prices|quote|quotes|rates|fees ~4 after ~3 (call|meeting|demo|conversation)',
        // The price is asked of someone: "the price you must ask to our distributor", "customer must ask the sales office for it".
        '(price|prices|pricing|price list|quote|quotes|rates) ~3 (must|have to|has to|need to|needs to|should) (ask|request|get|obtain|contact|call|email) ~3 (distributor|distributors|dealer|dealers|reseller|resellers|sales office|sales|rep|partner|agent|agents)',
        '(must|have to|has to|need to|needs to) (ask|call|email|contact) (the|our|a|your)? ~1 (sales office|sales|rep|ae|distributor|dealer|sales team|agent) for (it|them|prices|pricing|a quote|the price|the price list|the prices)',
        // Fees or a rate card given after a step: "full programme fees are shared after the admissions interview".
        '(fees|rates|tuition|rate card|price list|price sheet|price sheets|costs) ~3 (shared|sent|given|disclosed|released|provided|revealed|quoted|explained) (only)? (after|once|following) ~3 (call|meeting|demo|conversation|interview|consultation|assessment|application|visit|qualification)',
        '(receive|receives|get|gets|see|sees) (it|them|prices|pricing|the prices|the rate card|the price list|the fees|a quote) (only)? (after|once|following) (an|a|the)? ~1 (intro|introductory|discovery|qualification|scoping|sales|admissions)? (call|meeting|demo|conversation|interview|consultation)',
        '(provided|quoted|given|shared|sent|supplied|issued) (only)? (on|upon) (request|application|enquiry|inquiry)',
        '(no|not) public ~1 price|prices|pricing',
        '(request|get|ask for) access ~6 through|via|from ~2 sales|rep|ae|manager|executive',
        // A quote from a person: "contact a lender for a personalised quote".
        '(contact|call|email|speak to|talk to|ring) (a|an|our|the|your) ~1 (lender|lenders|rep|ae|sales|broker|brokers|agent|agents|advisor|adviser|advisors|specialist|specialists|dealer|dealers|distributor|distributors|team|office|consultant|consultants) (for|to get) (a|your|an)? ~1 (quote|quotes|price|pricing|rates|figure)',
        '(only through|only via|only from|exclusively through) ~2 rep|reps|sales|ae|executive|manager|partner|reseller',
        'book|schedule|request ~2 call|meeting|demo with ~1 sales|ae|executive',
        'locked|hidden|unavailable|gated ~2 until|unless ~4 submit|submits|enter|enters|fill|fills|register|registers|book|books|talk|speak|share|shares|give|gives',
        'to see|view|access|unlock|get|download ~5 , book|schedule|request|contact|talk|speak ~3 call|demo|meeting|sales',
        'requires|require|needs|need ~2 (approval|sign off) ~3 (sales|channel|account executive)',
    ],
    constructions: [
        {
            // The price just named, then held back by a pronoun: "… what our pricing looks like for a 200-bed hospital … We don't publish
            // it", "Clinic wanted the full pricing schedule; as per policy, this is only shared by the key account team after a formal
            // meeting".
            id: 'the price named, then held back',
            patterns: [
                // A call first, said as the way to a price: "to see what our pricing looks like, you'll need to jump on a call with me first".
                "(need to|needs to|have to|has to|must|you'll|you will) (first)? (jump on|get on|hop on|book|have|set up) ~3 (call|meeting|chat|zoom|video call) ~4 (first|before)",
                "(we|we'll) (don't|do not|never) (publish|print|post|advertise|list) (it|them) (;|,|.|online|anywhere|publicly|on the|on our|in the|in our)",
                '(this|it|they|these|those) (is|are) only (shared|sent|given|given out|released|provided|emailed|available|issued) ~6 (after|once|following) ~4 (call|calls|meeting|meetings|conversation|visit|consultation|demo|form|enquiry|inquiry|registration|sign up|signup|discovery)',
            ],
            when: ['asset'],
            near: ['asset'],
            examples: {
                signal: [
                    "If you want to see what our pricing looks like for a 200-bed hospital, you'll need to ring me first. We don't publish it.",
                    'Trade prices change every quarter. We never post them anywhere.',
                    "The rate card is for approved installers only; we don't print it.",
                    'Clinic wanted the full pricing schedule; as per policy, this is only shared by the key account team after a formal meeting.',
                ],
                not: [
                    'The newsletter goes to members. We never publish it online.',
                    "Customer reviews come in weekly and we don't publish them.",
                    'The floor plan is confidential; it is only shared after the NDA is signed.',
                ],
            },
        },
        {
            // A standing price kept off the page or out of the inbox, whatever it is called: "Our full tariff is not on the website", "We
            // don't put prices on the website, so ring me", "enterprise pricing is never emailed; prospects have to get on a call", "the
            // PDF price list is only emailed once that conversation has happened".
            id: 'a price kept off the page',
            patterns: [
                // Held back, in so many words: "Trade price lists for schools and academy trusts are held back: the business manager only sees
                // them once the account manager has visited".
                `(${PRICE_WORDS}) ~6 (are|is) (held back|withheld|kept back|kept private|kept confidential|not released|never released)`,
                // Only by a step or a person: "Trade pricing is only visible once a stockist account has been approved by our sales team",
                // "Pricing for the equine range is only available through your account manager", "Hire rates … are only given out by the
                // depot manager over the phone".
                `(${PRICE_WORDS}) ~8 (is|are)? only (visible|available|given out|emailed|sent|shared|released|provided|unlocked) ~2 (once|after|through|via|by|from|when|over|on)`,
                // Only face to face, or only from one of our people: "Membership prices are only given in person, after a tour", "the rate
                // itself only comes from a senior broker on a call".
                `(${PRICE_WORDS}) ~8 (is|are)? only (given|quoted|discussed|disclosed|shared|available|provided) (in person|face to face|at the table|on a call|on the phone|over the phone|by phone)`,
                `(${PRICE_WORDS}) ~8 only (comes|come|is given|are given|is quoted|are quoted) (from|by) (a|an|our|one of our|the) ~2 (broker|brokers|rep|reps|consultant|consultants|adviser|advisers|advisor|advisors|manager|managers|agent|agents|specialist|specialists|salesperson|sales team|account manager|account executive|director|partner)`,
                // Kept off where a buyer would look: "Weekly rates for the yachts over 60m are kept off the website and out of the brochure".
                `(${PRICE_WORDS}) ~8 (is|are) (kept|left|held) (off|out of) (the|our|any) ~1 (website|site|web|brochure|brochures|catalogue|catalog|page|pages|menu|listing|listings|app|portal|price list)`,
                // Sent once they have given something: "the full rate card is emailed once the enquiry form is submitted and a tour is booked",
                // "full pricing is in the brochure we email once you send your date and venue".
                `(${PRICE_WORDS}|brochure|pricing guide) ~6 (emailed|sent|email|send|released|shared) (once|after|only after|only once) ~8 (form|enquiry|inquiry|call|meeting|tour|consultation|date|details|submitted|booked|approved|send|sent|give|given)`,
                `(${PRICE_WORDS}) ~8 (is|are) (=quote =only|by quote only|by quotation only|on request only|by request only)`,
                // Whatever it is the price of, on request: "Pricing for a full buyout of the lodge is on request".
                // (A plural with a short reach: "rates for all rooms are public and cots are on request" is two clauses.)
                '(pricing|price|rate card|price list|price sheet|tariff|quote) for ~8 is (only)? (on|upon|by) (request|application|enquiry|inquiry|invitation)',
                '(prices|rates|fees|quotes|tariffs|rate cards) for ~3 are (only)? (on|upon|by) (request|application|enquiry|inquiry|invitation)',
                // Out only at the meeting: "the figure only comes out at the home visit", "pricing is only
                // discussed at the consultation".
                `(${PRICE_WORDS}|figure) ~6 only (comes out|come out|is discussed|are discussed|gets discussed|is revealed|are revealed|is given|are given|is shared|are shared) (at|in|during|on) (the|a|our)? ~2 (sit down|appointment|consult|consultation|visit|home visit|meeting|call|walkthrough|survey|tour)`,
                // Given privately: "pricing is shared privately with approved trade accounts", "rates are given in confidence to approved buyers".
                `(${PRICE_WORDS}) ~4 (is|are) (only)? (shared|given|sent|disclosed|released|quoted) (privately|in confidence|one to one|personally) (to|with)`,
                // Their details, then our person with the price: "Leave your card and someone from our sales desk will ring you with a quote".
                "(leave|leaves|drop|drops|give|gives|fill in|fills in) (your|their|us your) (card|business card|number|details|email|phone number|contact details) ~8 (our|one of our|a member of our|the sales|our sales|a rep|the rep|an adviser|our adviser|we|we'll) ~4 (ring|rings|call|calls|phone|phones|email|emails|get back to|gets back to) (you|them) (back)? with (a|the|our|their)? ~1 (quote|price|prices|pricing|figure|figures|rates)",
                // Registration before a piece of content: "Access to the white papers requires registration with a business email".
                '(download|downloads|prospectus|brochure|report|reports|guide|guides|white paper|white papers|whitepaper|whitepapers|library|toolkit|calculator|replay|recording|case studies) ~6 (requires|require|needs|need|asks for|ask for) ~2 (registration|sign up|signing up|details|form|email|email address|name|phone|phone number)',
                `(${PRICE_WORDS}) ~3 (isn't|is not|aren't|are not|is never|are never|never) (on|in|online|anywhere on) (the|our|any)? ~1 (website|site|web|page|brochure|catalogue|catalog|app|portal)`,
                `(don't|do not|never|won't|will not|doesn't|does not) (put|puts|post|posts|publish|publishes|list|lists|show|shows|print|prints|email|emails|send|sends) (our|any|the)? ~1 (${PRICE_WORDS}) (on|in|online|out|by email|over email|before)`,
                `(${PRICE_WORDS}) (is|are)? (never|not|only) (emailed|sent|posted|given out|quoted|shared|released|mailed) ~3 (until|before|unless|once|after|;|:) ~6 (call|calls|conversation|conversations|meeting|meetings|spoken|talked|speak|talk|visit|appointment|rep|sales)`,
            ],
            // Our own people's pay, not a price: "Commission rates are shared privately with each rep".
            unless: ['internal'],
            examples: {
                signal: [
                    'Our full tariff is not on the website.',
                    'Leave your card and someone from our sales desk will ring you with a quote.',
                    'Access to the white papers in our Resource Library requires registration with a valid business email address.',
                    "We don't put prices on the website, so ring me and I'll take you through the numbers.",
                    'Enterprise pricing is never emailed; prospects have to get on a call with you to hear it.',
                    'The PDF price list is only emailed once that conversation has happened.',
                    'Day-pass and membership prices are only given in person, after a walk round the club.',
                    'The fee only comes from one of our consultants, once we know the size of the estate.',
                    'Hire rates for the big cranes are kept off the website on purpose.',
                    'Pricing for a full buyout of the lodge is on request; ask the events team.',
                    'The figure only comes out at the home visit, never over the phone.',
                    'Rates are shared privately with approved trade accounts.',
                    "Day rates for the senior crew aren't in the pitch deck.",
                ],
                not: [
                    'The new tariff is on the website from Monday.',
                    'Prices are never emailed to the wrong contact: check the address twice.',
                    'Our price list is emailed to every account each January.',
                    'Prices are only given in euros on the export site.',
                    'The wifi password is kept off the website.',
                    'Pricing for the new range is on the website from Monday; samples on request.',
                    'Rates for all rooms are public and cots are on request.',
                    'The password is shared privately with the account owner.',
                ],
            },
        },
        {
            // The price held back and given after contact: "Corporate rates are never printed on the counter card; our accounts team will
            // ring back with a figure", "the tiers aren't on the website … our corporate team rings them back with the rate card",
            // "Private lesson prices aren't in this broadcast; message the front desk and we'll send them over".
            id: 'the price given only after contact',
            patterns: [
                '(ring|rings|call|calls|phone|phones|get|gets) (them|the caller|you|the customer|the client|the buyer)? back with (a|the|our)? (figure|figures|price|quote|rate card|rates|prices|number|numbers|pricing|price list|costs|fees|sheet|price sheet|rate sheet)',
                // Whose prices they are may come between: "Prices for feedlots, gaushalas and large dairy farms are not printed on the rate card".
                "(rates|prices|pricing|tiers|fees|rate card|price list|costs|price) (are|is)? (never|not|aren't|isn't|nowhere) ~2 (printed|published|listed|shown|displayed|posted|advertised|on the website|on our website|on the site|online|in this broadcast|in the brochure|on the card|on the counter card|in the email|in the newsletter)",
                "(rates|prices|pricing|tiers|fees|rate card|rate cards|price list|price lists|costs) for ~8 (are|is)? (never|not|aren't|isn't|nowhere) ~2 (printed|published|listed|shown|displayed|posted|advertised|on the website|on our website|on the site|online|in this broadcast|in the brochure|on the card|on the counter card|in the email|in the newsletter)",
                // Any sheet, board or page where prices would be: "Rates for cranes over 100t aren't on the counter sheet".
                "(rates|prices|pricing|tiers|fees|rate card|price list|costs|price) (are|is)? (never|not|aren't|isn't|nowhere) (on|in) (the|our|this|that|any)? ~1w (website|site|page|card|sheet|board|menu|brochure|catalogue|catalog|flyer|leaflet|listing|app|portal|list|email|newsletter|deck|slides|one pager|pack)",
                "(rates|prices|pricing|tiers|fees|rate card|rate cards|price list|price lists|costs) for ~8 (are|is)? (never|not|aren't|isn't|nowhere) (on|in) (the|our|this|that|any)? ~1w (website|site|page|card|sheet|board|menu|brochure|catalogue|catalog|flyer|leaflet|listing|app|portal|list|email|newsletter|deck|slides|one pager|pack)",
            ],
            examples: {
                signal: [
                    'Corporate rates are never printed on the counter card; tell the caller our accounts team will ring back with a figure.',
                    "The tiers aren't on the website. HR managers fill in the enquiry form and our corporate team rings them back with the rate card.",
                    "Private lesson prices aren't in this broadcast; message the front desk and we'll send them over.",
                    'Rates for schools, councils and hospital trusts are never shown on the website; the account manager sends them after a call.',
                    "Rates for cranes over 100t aren't on the counter sheet; callers get transferred to the crane desk for a quote.",
                ],
                not: ['If the line drops, call them back with an apology.', 'Ring the client back with a delivery date.'],
            },
        },
        {
            // Shown only after a step of theirs or a yes of ours, in other words: "Sandbox access is switched on only once an account
            // executive approves the request", "The case-study library unlocks once the visitor shares their company name", "The product
            // tour video only plays after the visitor has spoken to someone on our team", "Full product specs sit behind a short
            // questionnaire", "every quote comes through a call with one of our brokers".
            id: 'shown only after a step, in other words',
            patterns: [
                `(${HELD_BACK}) ~4 (show|shows|shown|unlock|unlocks|unlocked|open|opens|play|plays|load|loads|appear|appears|released|switched on|turned on|enabled|granted|given|sent|shared|available|visible|emailed|activated) ~3 only (after|once|when|until) ~6 (approves|approved|verifies|verified|qualified|qualifies|vets|vetted|shares|shared|gives|given|fills|filled|completes|completed|spoken|speaks|talked|talks|calls|called|books|booked|registers|registered|submits|submitted|answers|answered|enters|entered|signs up|signed up|provided|provides|leaves|left|agrees|agreed|met|meets)`,
                `(${HELD_BACK}) ~4 (unlock|unlocks|unlocked|open|opens|play|plays|appear|appears|released|switched on|turned on|enabled|granted|activated) (once|after|when) (the|a|an|our)? (visitor|visitors|buyer|buyers|customer|customers|they|user|users|prospect|prospects|lead|leads|caller|callers|rep|account executive|ae|salesperson|sales|someone|school|clinic|practice|shipper) ~4 (approves|approved|verifies|verified|qualified|qualifies|shares|shared|gives|given|fills|filled|completes|completed|spoken|speaks|talked|talks|books|booked|registers|registered|submits|submitted|answers|answered|enters|entered|provides|provided)`,
                '(specs|spec sheet|specifications|price|prices|pricing|rates|guide|report|library|catalogue|catalog|brochure|price list|rate card|whitepaper|case studies|datasheet|download|downloads|video|videos|demo|calculator|results|content|resources|templates|toolkit|ebook|webinar|recording|recordings) ~6 (sit|sits|stay|stays|remain|remains|is|are|kept|locked|hidden|held) behind (a|an|the|our)? ~3 (questionnaire|form|survey|login|registration|sign up|signup|call|conversation|email gate|paywall|gate|lead form|contact form|meeting|consultation)',
                '(read|reads|see|sees|view|views|download|downloads|watch|watches|get|gets) ~8 (;|,|but) (the rest|the remainder|the full version|the rest of it|the other chapters) (needs|need|requires|require|asks for|is behind|sits behind) (a|an|your|their)? ~2 (name|email|details|form|sign up|signup|login|registration|phone number|postcode|company name|work email)',
                // Sent once the form is in: "The contact form asks date, venue and a phone number, and Rhian sends the price brochure once it's filled in".
                "(sends|send|emails|email|releases|release|shares|share|posts|post) (the|our|a)? ~2 (brochure|price list|prices|pricing|rate card|rate sheet|price sheet|guide|catalogue|catalog|rates) (once|after|when) (it's|it is|the form is|the form's|they've|they have|that's) (filled in|filled out|completed|submitted|in|done)",
                '(every|each|all|any) (quote|quotes|price|prices|figure|figures|rate|rates|premium|premiums) (now|always|only|still)? (comes|come|is given|are given|originates|originate|is quoted|are quoted) (through|from|via|after|in|over) (a|an|the)? ~2 (call|conversation|meeting|chat|consultation|visit|phone) (with|from|by) (one of our|our|a|an|the) ~2 (broker|brokers|sales|rep|reps|adviser|advisers|advisor|advisors|agent|agents|sales team|specialist|specialists|account manager|account managers|underwriter|underwriters|team|consultant|consultants)',
                // Not a figure until they come in: "every caller books a venue tour before they hear a number".
                '(book|books|booked|call|calls|fill|fills|register|registers|visit|visits|complete|completes|take|takes|come|comes|attend|attends) ~6 (before|until) (they|you|the caller|callers|the buyer|the customer) (hear|get|see|are given|receive|learn) (a|the|any|our)? (number|price|figure|quote|prices|rate|rates|fee|fees)',
                // They have to ring us to hear it: "the price stays off the portals; buyers have to call me to hear it".
                '(have to|has to|must|need to|needs to) (call|ring|phone|email|contact|text|message) (me|us|the office|our team|the agent|an agent|the team) to (hear|get|see|learn|find out|know) (it|them|the price|prices|pricing|the figure|the figures|the rate|the rates)',
                "(we|we'll) (don't|do not|never) (publish|show|list|display|post|advertise|print) (our)? (prices|premiums|rates|fees|pricing|costs|figures|price list|rate card|tariffs) (;|,|online|anywhere|publicly|on the|on our|in the|in our)",
                '(fees|prices|pricing|rates|premiums|costs|figures|price list|rate card) (are|is)? (left out of|kept out of|omitted from|missing from|kept off|left off) (the|our)? ~2 (brochure|website|site|page|catalogue|catalog|price list|flyer|leaflet|prospectus|listing)',
                '(released|available|shown|sent|given|visible) only to (accounts|customers|buyers|dealers|stockists|installers|members|clients|practices|schools) (that|which|our|the)? ~3 (has|have)? (approved|verified|vetted|qualified|signed off)',
            ],
            unless: ['internal'],
            examples: {
                signal: [
                    'Sandbox access is switched on only once an account executive approves the request.',
                    'The case-study library unlocks once the visitor shares their company name and fleet size.',
                    "Freight rates show in the portal only after a rep has verified the shipper's account.",
                    'Full product specs sit behind a short questionnaire on the landing page.',
                    'Visitors can read the first two chapters of the guide; the rest needs a name, farm size and postcode.',
                    'We do not publish premiums; every quote comes through a call with one of our brokers.',
                    'The product tour video only plays after the visitor has spoken to someone on our team.',
                    'Wholesale prices for the garden range are released only to accounts our trade desk has approved.',
                    'Study-abroad fees are left out of the brochure; families get them from an adviser after an intake call.',
                    'Callers asking what the course costs are told an adviser will phone back with the figures.',
                    'The carton prices page is a form for company name and annual volume, and a rep phones back with the sheet.',
                    "Rhian sends the price brochure once it's filled in.",
                    'In Q2 we took pricing off the website; every quote now originates from a call with the sales team.',
                    'Never quote over the phone: every caller books a venue tour before they hear a number.',
                    'On the Maple Court listing the price stays off the portals; buyers have to call me to hear it.',
                ],
                not: [
                    'Updated prices are displayed once approved by the pricing committee.',
                    'Invoices download once the order has shipped.',
                    'The loading bay sits behind a security gate.',
                    'Every repair comes through a call to the helpdesk.',
                    "Every quote goes through a call review with the deal desk before it's sent.",
                    'Half the pallets are labelled; the rest need a postcode before the van leaves.',
                    'We never publish rates of other clients in our case studies.',
                ],
            },
        },
        {
            // What the buyer must do first, said as the brochure's own condition: "only posted to people who first ring the reservations
            // team", "No brochure download without a phone number", "no rates on site", "enter your postcode and phone number to unlock it".
            id: 'a step before it is given',
            patterns: [
                '(only|just) (posted|sent|mailed|emailed|given|released) to (people|those|anyone|customers|visitors|buyers|families|clients) (who|that) (first)? (ring|call|phone|email|contact|register|book|visit|fill)',
                'no ~2 (download|downloads|access|brochure|price list|pricing|catalogue|catalog|rate card|guide) without (a|an|their|your)? ~2 (phone number|email|work email|email address|form|details|call|registration|mobile number)',
                // On the site, not on anything ("no prices on the card" under a state's advertising rules).
                '=no (rates|prices|pricing|price list|price lists|rate card|fees) online',
                '=no (rates|prices|pricing|price list|price lists|rate card|fees) on (site|the site|the website|website|web|the web|our site|our website|our web pages|our pages|the web pages|our web page)',
                '(enter|give|provide|fill in|share|add) ~6 (phone number|email|details|postcode|mobile number|email address) to (unlock|download|access|get|see|view|open) (it|the|this|your)',
                '(contact form|enquiry form|enquiry|inquiry form|request form) only',
            ],
            when: ['asset'],
            unless: ['internal'],
            examples: {
                signal: [
                    'Coach tours: the spring brochure is only posted to people who first ring the reservations team.',
                    'No brochure download without a phone number, and the sales team rings within the hour.',
                    'Pricing -> contact form only, no rates on site.',
                    'Download our moving-house checklist: enter your move date, postcode and phone number to unlock it.',
                ],
                not: [
                    'No site access without a signed permit.',
                    'Enter your staff number to unlock the timesheet.',
                    'Refunds: contact form only, no phone calls.',
                    'Enter your employee email to access the benefits portal.',
                ],
            },
        },
        {
            // What the buyer must do first, said as the condition: "shared by appointment only", "see their savings estimate only after
            // they give a mobile number", "must leave a company email address before the catalogue will open", "kept back until the
            // prospect has sat down with the area manager", "goes only to hiring managers who book a call".
            id: 'held back until they do something',
            patterns: [
                '(prices|pricing|price list|price lists|rates|rate card|rate cards|fees|price sheet|price sheets|price grid) ~4 (shared|given|shown|available|quoted|revealed|discussed|sent) (by|on) appointment only',
                '(prices|pricing|price list|price lists|rates|rate card|rate cards|fees|price sheet|price sheets|price grid) ~1 (stays|stay|is kept|are kept) off (the|our) (website|site|web|web site|webpage|page|internet|app)',
                '(see|sees|view|views|get|gets|access|accesses|download|downloads|receive|receives) ~4 only (once|after|when|if) ~6 (give|gives|provide|provides|enter|enters|leave|leaves|share|shares|submit|submits|fill|fills|agree|agrees|book|books|register|registers|sign up|signs up) ~4 (number|email|details|form|callback|call|phone|address|postcode|name)',
                '(kept back|held back|withheld|not released|not shared) (until|till) ~4 (sat down|met|spoken|talked|had a call|called|visited|come in|been qualified)',
                '(goes|go|sent|released|given) only to ~3 (who|that) (book|books|have|has|take|takes|schedule|schedules|attend|attends) (a)? ~2 (call|meeting|demo|consultation|chat)',
                "(downloads|download|opens|open|unlocks|unlock) (once|after|when|only after|only once) (they've|they have|you've|you have|they|you) (filled in|filled out|entered|given|provided|submitted|completed)",
            ],
            unless: ['internal'],
            examples: {
                signal: [
                    'Bridal collection prices are shared by appointment only.',
                    'Per-head prices stay off the website; callers are told a coordinator will send them after a chat.',
                    'Homeowners see their savings estimate only after they give a mobile number and agree to a callback.',
                    'The guarding rate card is kept back until the prospect has sat down with the area manager.',
                    'The salary benchmark report goes only to hiring managers who book a call with a consultant.',
                    "The planting guide PDF downloads once they've filled in name, phone and postcode.",
                ],
                not: [
                    'Fittings are by appointment only on Saturdays.',
                    'Invoices download once the order has shipped.',
                    'Visitors must leave their name at reception before the tour.',
                ],
            },
        },
        {
            id: 'held back until a step',
            patterns: [
                '(locked|gated|hidden|closed|blocked) until ~3 (rep|reps|sales|ae|aes|sdr|account executive|salesperson) ~2 (qualifies|qualify|approves|approve|verifies|verify|unlocks|unlock|calls|call|vets|vet)',
                '(access|download|downloads|downloading) (requires|require|needs|need) ~4 (form|forms|phone number|work email|email address|registration|sign up|signup|login)',
                // "Visitors must leave a company email address before the furniture catalogue will open".
                '(must|have to|need to|has to|needs to) (leave|give|enter|provide|submit|share) (a|their|your)? ~2 (email|email address|phone number|number|details|name|postcode) (before|to) ~4 (open|opens|download|downloads|unlock|unlocks|see|view|access|get)',
            ],
            when: ['asset'],
            examples: {
                signal: [
                    'Visitors must leave a company email address before the furniture catalogue will open.',
                    'The demo environment stays locked until a rep qualifies the lead.',
                    'Whitepaper access requires a phone number and a short form.',
                    'The sandbox is hidden until sales approves the account.',
                ],
                not: ['Admin access requires a login for every employee.', 'The office stays locked until a rep arrives at 8am.'],
            },
        },
        {
            // Once a bare phrase: "Onboarding starts only after the kickoff call" held nothing back.
            id: 'held back until a conversation',
            patterns: [
                'only ~2 after ~5 (call|meeting|demo|conversation|qualification|approval|sign off|form|tour|viewing|consultation|site visit)',
                // Or in it, or once it is had: "Pricing for the Enterprise tier is discussed only in a follow-up with your account team",
                // "it's released only once the economic buyer has joined a call".
                '(discussed|shared|given|released|disclosed|revealed|quoted|sent|shown|talked through|gone through) only (in|during|on|with|once|when) ~6 (call|meeting|demo|conversation|follow up|consultation|site visit|account team|account manager|deal desk|sales team)',
            ],
            when: ['asset'],
            // Our own people's pay, not a price: "commission rates are shared only in each rep's one-to-one with their manager".
            unless: ['internal'],
            examples: {
                signal: [
                    'Rates go out only after a qualification call.',
                    'The brochure is emailed only after the intro meeting.',
                    'We share the price sheet only after a short demo.',
                    'Pricing for the Enterprise tier is discussed only in a follow-up with your account team.',
                    "Rates aren't on the deck; they're released only once the buyer has joined a call.",
                    'The rate card is shared only with the account manager on a call.',
                ],
                not: [
                    'Onboarding starts only after the kickoff call.',
                    'Fee proposals are prepared only after a scoping conversation with the general counsel.',
                    'Roadmap items are discussed only in the quarterly call with the product team.',
                ],
            },
        },
        {
            id: 'prices seen only once approved',
            patterns: [
                '(see|sees|view|views|access|accesses|get|gets) (them|prices|pricing|the price|the prices|rates|the rates|it|the price list|trade prices)? only (once|after|when|if) ~6 (approve|approves|approved|verify|verifies|verified|vet|vets|vetted|log in|logs in|logged in|login|sign in|signs in|register|registers|registered|apply|applies|qualify|qualifies)',
                '(prices|pricing|price|rates|price list|catalogue|catalog) ~4 (visible|shown|displayed|available) (only)? (after|once|when|to) ~1 (login|log in|logging in|logged in|sign in|signing in|signed in|registration|registered)',
                '(client|customer|buyer|they|visitors|people|you|the visitor|the buyer|the client|the customer) (must|has to|have to|need to|needs to) (call|phone|ring|email|contact|write to) (to)? (the)? (sales|a rep|our sales|the office|sales team|the sales team|sales office|the sales office)',
                // The buyer's account approved first: "Trade pricing is only visible on the portal once the account is approved".
                '(prices|pricing|price|rates|price list|catalogue|catalog) (is|are)? only (visible|shown|displayed|available|unlocked) ~4 (once|after|when) (the|their|an|a|your)? (account|application|registration|trade account|customer|dealer|installer|buyer|business) (is|are|has been|have been)? (approved|verified|vetted|activated|opened)',
                '(only|just) (shows|show|displays|display|reveals|reveal|gives|give|lists|list) (the|trade|its|our)? (rates|prices|pricing|price list) to (approved|registered|verified|logged in|vetted|trade|signed in) (accounts|users|customers|buyers|members|dealers|installers|partners|visitors)',
            ],
            when: ['asset'],
            examples: {
                signal: [
                    'Dealers see trade prices only after we verify their business licence.',
                    'Set the catalogue prices to visible only after login.',
                    'For the price list the customer must call the sales office.',
                    'Trade pricing is only visible on the portal once the account is approved.',
                    'The instant-quote tool on the website only shows rates to approved accounts.',
                ],
                not: ['Customers must call the sales office to cancel an order.', 'Updated prices are displayed once approved by the pricing committee.'],
            },
        },
        {
            id: 'released only after qualifying',
            patterns: [
                '(only then|only after that|then and only then|not before then|only at that point) (release|releases|share|shares|send|sends|reveal|reveals|give|gives|show|shows|unlock|unlocks|quote|quotes|hand over|disclose|discloses) (the|our)? ~2 (rate card|price list|pricing|prices|price sheet|rates|quote|numbers|demo|tour)',
                "(isn't|is not|aren't|are not|never|not) (available|offered|open|shown|given|released) to (unqualified|unvetted|non qualified|cold|anonymous|unregistered) (leads|visitors|prospects|buyers|traffic|enquiries|inquiries)",
                "(enable|enables|grant|grants|give|gives|unlock|unlocks|open|opens|switch on|turn on|provision|provisions) (access|it|the api|the feature|the account|pricing) (once|after|only after|only once|when) (we've|we have|we|you've|you have|they've|they have) (talked|spoken|had a call|met|done a call|had a conversation|qualified)",
                // "Wholesale portal logins are granted only after a rep has qualified the chandlery".
                '(login|logins|access|account|accounts|credentials|password|passwords) (is|are)? (only)? (granted|given|issued|opened|created|approved|enabled) (only)? (after|once|when) ~3 (rep|reps|sales|ae|account manager|sales team|manager|territory manager|area manager|regional manager|branch manager|sales manager) ~2 (qualified|qualifies|approved|approves|vetted|vets|spoken|speaks|talked|talks|called|calls|verified|verifies)',
            ],
            examples: {
                signal: [
                    'Responsibilities: own the inbound queue where every pricing enquiry lands, qualify the caller, and only then release the rate card.',
                    "SDRs qualify every inbound before a product tour is offered; the tour isn't available to unqualified leads.",
                    "To switch on the API, book a call with our solutions team; we enable access once we've talked it through.",
                    'Wholesale portal logins are granted only after a rep has qualified the chandlery.',
                    'Catalogue access is enabled only once sales has verified the reseller.',
                ],
                not: ['The beta is not available to unverified users for security reasons.'],
            },
        },
        {
            // The price kept back for our people to give, after a step or in person: "Rents for the penthouse floor are disclosed only to
            // applicants who pass a phone screening", "the price list we give only after the customer has made a telephone appointment",
            // "farmers have to phone the sales line to hear it", "I can't quote it on the phone, they'd have to sit down with our pricing
            // desk first".
            id: 'a price kept back for our people to give',
            patterns: [
                `(${PRICE_WORDS}) ~8 (disclosed|released|revealed|shared|give|given|shown|sent|quoted|provided|emailed|handed out|given out) only (to|after|once) ~6 (who|that|pass|passes|passed|request|requests|requested|submit|submits|submitted|book|books|booked|made|makes|call|meeting|appointment|screening|application|interview)`,
                `(${PRICE_WORDS}) ~8 (disclosed|released|revealed|shared|give|given|shown|sent|quoted|provided|emailed|handed out|given out) only (through|via|by) ~4 (team|desk|office|manager|managers|rep|reps|advisor|adviser|specialist|broker|agent)`,
                "(have to|has to|must|need to|needs to|will have to|'d have to|would have to) (phone|call|ring|email|contact|visit|speak to|talk to|meet|sit down with|come in|come into) ~5 (to)? (hear|get|see|learn|find out|receive|obtain) (it|them|the price|prices|pricing|a price|the figures|the numbers|numbers|a quote|the rates|rates)",
                "(don't|do not|never|can't|cannot|won't|will not|doesn't|does not|not to|mustn't|must not) (quote|give|share|show|print|publish|put|discuss|mention) ~3 (price|prices|pricing|numbers|rates|costs|figures|a figure|it|them) ~2 (on the phone|over the phone|at the booth|at the stand|at the counter|in the first reply|in the first email|by email|by text|in the chat|at the show|on the first call)",
                "(don't|do not|never|can't|cannot|won't|will not|doesn't|does not|mustn't|must not) quote (those prices|those rates|prices|pricing|rates|numbers|them)",
            ],
            when: ['salesdesk'],
            examples: {
                signal: [
                    'Rates for the top-floor suites are disclosed only to tenants who pass a credit screening with our leasing manager.',
                    'The price list for the premium range we give only after the buyer books a telephone appointment with our sales office.',
                    "Growers have to ring the sales line to hear the prices; they aren't in the brochure and our sales team calls back.",
                    "I can't quote it over the phone; they'd have to sit down with our pricing desk first.",
                    'Group bookings over forty go to the regional office; front-desk staff do not quote those prices.',
                ],
                not: ['Never quote a price below the floor; the sales office approves exceptions.', 'Prices are shown only after tax in the sales office report.'],
            },
        },
        {
            id: 'prices from a person, not the page',
            patterns: [
                '(pricing|price|prices|fees) ~5 (worked out|set|determined|handled) (with|by) (an|a|your|our) ~2 (account executive|account manager|ae|rep|sales rep|salesperson|sales|specialist|advisor|adviser)',
                '(quotes|prices|pricing|rates) (come|comes) (only)? from (a|an|our|your|the)? ~2 (agent|rep|adviser|advisor|specialist|consultant|broker|inside sales|sales|sales team) (after|once|following)',
                // From a person or a talk, only or on request: "pricing only goes out after we talk", "Standard pricing is available from our
                // sales team on request", "pricing comes from the treatment coordinator at the consult".
                '(pricing|prices|price|rates|quotes|price list|contract prices) ~3 (comes|come|is available|are available|goes out|go out|is given|are given|is shared|are shared) only (from|after|with|at|in) (our|the|a|an|we)? ~2 (sales team|sales desk|desk|account executive|account manager|coordinator|manager|rep|specialist|consultant|broker|agent|talk|speak|meet|call|consult|consultation|meeting)',
                '(pricing|prices|price|rates|quotes|price list|contract prices) ~3 only (comes|come|goes out|go out|is given|are given|is shared|are shared|is sent|are sent) (from|after|with|at|in|once) (our|the|a|an|we)? ~2 (sales team|sales desk|desk|account executive|account manager|coordinator|manager|rep|specialist|consultant|broker|agent|talk|speak|meet|call|consult|consultation|meeting)',
                '(pricing|prices|price|rates|quotes|price list|contract prices) ~3 (comes|come|is available|are available|is given|are given) (from|with) (our|the|a|an)? ~3 (sales team|sales desk|desk|account executive|account manager|coordinator|manager|rep|specialist|consultant|broker|agent) (on request|at the consult|at the consultation|in person|at the first visit|not the|not on|rather than)',
                '(calculator|pricing|prices|price|quote|quotes|results|report|rates|estimate|benchmark|whitepaper|guide) ~5 (shows|show|reveals|reveal|displays|display|unlocks|unlock|appears|appear) ~5 (submits|submit|fills in|fill in|fills out|fill out|enters|enter|completes|complete|provides|provide|shares|share|hands over) ~4 (email|work email|form|details|phone number|company size|contact details)',
                '(have to|has to|must|need to|needs to) (request|ask for|apply for) (it|them|pricing|prices|the price list|a price list|the rate card|a quote) (through|via|using|on|with) ~3 (form|portal|rep|sales|account manager)',
            ],
            examples: {
                signal: [
                    'Macro - upgrade enquiry: pricing for 50+ seats is worked out with an account executive, so I will hand you over to Jordan.',
                    'Quotes come from a licensed agent after a 20-minute call; the website shows no prices.',
                    'The ROI calculator on the website only shows results after the visitor submits company size and a work email.',
                    'Price list for the wound-care range: practice managers have to request it through the rep portal form.',
                    'Standard gripper pricing is available from our sales team on request.',
                    "Don't send the deck with numbers; pricing only goes out after we talk.",
                ],
                not: [
                    'Our own travel rates are agreed with an agent from the corporate travel desk.',
                    'Commission rates are set by your sales manager.',
                    'Renewal quotes come from the account manager in October.',
                    'Their website lists no prices.',
                    'The app shows a setup checklist once the user fills in their company details.',
                ],
            },
        },
        {
            // A page without prices, and another way to them: "Quotes come from a licensed agent after a call; the website shows no
            // prices". Without one, a page may just leave prices out ("the catalogue carries no prices and no offers", "state rules
            // apply: no prices on the card").
            id: 'no prices on the page, and a way to them',
            patterns: [
                '(our|the) (website|site|page|pages|web page|web pages|webpage|app|catalogue|catalog|brochure|listing|card|flyer|leaflet|mailer) (shows|show|lists|list|has|have|displays|display|publishes|publish|carries|carry|gives|give) no (prices|pricing|price|rates|fees)',
            ],
            when: ['priceroute'],
            near: ['priceroute'],
            examples: {
                signal: [
                    'Quotes come from a licensed agent after a 20-minute call; the website shows no prices.',
                    'The brochure carries no prices. Dealers ring the regional office for a quote.',
                    'Our site lists no rates: prices on request.',
                    'Our site publishes no rates; every rate is negotiated one to one by our leasing team.',
                ],
                not: [
                    'The retrofit catalogue carries no prices and no offers; the same one goes to everybody.',
                    'Our app shows no prices in the onboarding tour, to keep it short.',
                ],
            },
        },
        {
            id: 'a price replaced by a conversation',
            // The words as a label says them: "asked us", "called us" are something else.
            patterns: ["(=talk to us|=speak to us|=talk with us|=speak with us|=contact us|=call us|=ask us|let's talk|=get in touch)"],
            when: ['offer'],
            examples: {
                signal: ['Enterprise: custom terms, $ on request — contact us.', 'Plans: Basic $19, Pro $49, Scale, talk to us.'],
                not: ['Questions about your invoice? Contact us.', 'Marketing asked us to price the renewal deal in May.'],
            },
        },
        {
            id: 'a standing price or asset given only in a conversation',
            patterns: [
                '(quoted|shared|given|discussed|available|revealed|disclosed|released|provided|explained|shown) ~1 only? (on|in|during|after|via|through|over) ~2 (call|calls|meeting|meetings|demo|demos|conversation|conversations|phone)',
                // "pricing for the multi-site plan is something I'd need to walk you through on a call".
                '(need to|needs to|have to|has to|must|can only|only) (walk|take|talk) (you|them|buyers|prospects|clients|customers|the buyer|the client|people) through ~2 (on|in|during|over) (a|an|the|our)? ~1 (call|calls|meeting|meetings|demo|conversation|phone)',
                // "price sheets go only to approved accounts".
                '(go|goes|sent|released|shared|available|given|visible|shown) only to (approved|vetted|qualified|verified|registered|trade|existing|signed in|logged in|credit approved) ~1 (accounts|customers|buyers|dealers|partners|members|clients|retailers|resellers|users)',
                '(come|comes|only come|only comes) ~2 from ~2 (sales|rep|reps|ae|aes|inside sales|our team|account executive|account executives|the sales desk|the desk)',
                '(goes|go|runs|run|routed|routes|go only|goes only) through ~3 (conversation|call|meeting|sales|rep|ae|account executive)',
                '(until|before|unless) ~3 (qualified|qualifying|qualification|sales|discovery|intro|introductory|scoping) ~1 (call|meeting|conversation|session)',
                // Not without one, said as such: "nobody sees the rate card without a sales call" (not "people can sign up online without a
                // tour and without a sales call").
                "(can't|cannot|not|never|no|nobody|no one|none|won't|isn't|aren't|doesn't|don't) ~6 without ~3 (qualified|qualifying|qualification|sales|discovery|intro|introductory|scoping) ~1 (call|meeting|conversation|session)",
                '(never|not|nowhere) ~1 (shown|published|listed|public|online|visible|posted|displayed) (on|online|in)?',
                "(isn't|aren't|wasn't|weren't) ~1 (shown|published|listed|public|online|visible|posted|displayed)",
                // "Callers only get a rate from the hire desk once they have given the job details".
                '(get|gets|receive|receives|see|sees) (a|the)? (rate|rates|price|prices|quote|pricing|price list) (from|off) (the|our|a)? ~2 (desk|hire desk|sales desk|trade desk|rep|reps|team|office|branch|counter|sales) (once|after|only after|when|only when) ~4 (given|give|gave|provided|provide|shared|share|sent|send|described|explained|told|called|booked)',
                // Price on application, as a price list writes it: "the rate shows as POA - call the hire desk".
                '(=poa|price on application|prices on application|rent on application|rents on application|rates on application|fees on application|terms on application)',
                // "prices for the wellness plans, which we keep off the website".
                '(keep|keeps|kept) (the|our|all|trade|wholesale|its|their)? ~2 (prices|pricing|price list|price lists|rates|rate card|rate cards|fees|price sheet|price sheets|costs|price grid) off (the|our) (website|site|web|web site|webpage|page|pricing page|internet|app|catalogue|catalog)',
                '(which|that) (we)? (keep|keeps|kept) off (the|our) (website|site|web|web site|webpage|page|pricing page|internet|app|catalogue|catalog)',
                '(prices|pricing|price list|price lists|rates|rate card|rate cards|fees|price sheet|price sheets|price grid) ~1 (stays|stay|is kept|are kept) off (the|our) (website|site|web|web site|webpage|page|internet|app)',
                // "clients request a callback to get prices", "book a call to see the rates".
                '(request|requests|ask for|asks for|book|books) (a|an) ~1 (callback|call back|call|phone call|consultation) to (get|see|receive|obtain) (the|our)? ~1 (prices|pricing|price|rates|price list|rate card|fees)',
                // The buyer told to book one: "tell them to book a call with the B2B desk for pricing" (not our own "book a call with our
                // freight forwarder for rates").
                '(tell|tells|ask|asks|get|gets|have|invite|invites|point|points|send|sends) (them|him|her|the customer|the client|the buyer|callers|customers|clients|buyers|prospects|people|visitors) to (book|request|schedule|arrange) (a|an) ~1 (callback|call back|call|phone call|consultation|meeting) (with)? ~4 for (pricing|prices|a price|a quote|rates|the rates|the price list|a rate card)',
                '(they|you|customers|clients|buyers|callers|prospects|visitors) (must|need to|have to|should|will need to) (book|request|schedule|arrange) (a|an) ~1 (callback|call back|call|phone call|consultation|meeting) (with)? ~4 for (pricing|prices|a price|a quote|rates|the rates|the price list|a rate card)',
                // "The price grid is unlocked by a rep after a qualifying call".
                '(unlocked|released|opened|shared|revealed|enabled|turned on|switched on|made available) (only)? by (a|the|our|an) ~1 (rep|reps|sales|ae|aes|account manager|account managers|salesperson|sales team) (after|once|following)',
            ],
            unless: ['internal'],
            when: ['asset'],
            scope: 'clause',
            examples: {
                signal: [
                    "Contract pricing for hotels and care homes isn't published; the contract sales team calls back with the price list.",
                    'For 13t+ excavators the rate shows as POA - call the hire desk.',
                    'Callers only get a rate from the hire desk once they have given the job details.',
                    'Vet: clients request a callback to get prices for the wellness plans, which we keep off the website.',
                    'We keep trade rates off our website; buyers book a call to see the rates.',
                    'The price grid is unlocked by a rep after a qualifying call.',
                    'Enterprise pricing is quoted only on a call with an AE.',
                    'Rate cards come from the sales desk, not the website.',
                    'All pricing now goes through a conversation with sales.',
                    'Nobody sees the price list without a qualified call first.',
                    'Fleet plans are not on the counter display: hand over a card and ask them to book a call with the business desk for pricing.',
                    'Asking rent on application; enquiries through the agent only.',
                ],
                not: [
                    'Sales ops sends round the stalled-deals report; AEs explain them in the forecast call.',
                    'Custom quotes are discussed on a call once discovery is done.',
                    'The webinar is available on demand.',
                    // A state's or a utility's tariff is no price of ours.
                    "Customs tariffs under the new EU rules aren't published; importers check the EU database themselves.",
                    'The feed-in tariff is explained on the handover call with every solar customer.',
                    "The import tariff isn't published; importers check the government site.",
                ],
            },
        },
        {
            // The asset named in the sentence before, then taken up by a pronoun: "Trade prices are hidden on the web shop. A visitor only
            // sees them after registering an account", "A prospective stockist gets one only after the territory manager has visited".
            // Not an object of its own ("New reps only get CRM access after their induction call").
            id: 'an asset taken up, given only after a step',
            patterns: [
                '(only|just) ~2 (see|sees|get|gets|receive|receives|download|downloads|access|accesses|view|views) (it|them|one|these|those) (only|just)? (after|once|when) ~6 (registration|register|registers|registering|sign up|signs up|signing up|login|logs in|logging in|call|meeting|demo|visit|visited|consultation|appointment|approval|approved|approves|speaks|spoken|qualified|qualifying)',
                '(see|sees|get|gets|receive|receives|download|downloads|access|accesses|view|views) (it|them|one|these|those) (only|just) ~2 (after|once|when) ~6 (registration|register|registers|registering|sign up|signs up|signing up|login|logs in|logging in|call|meeting|demo|visit|visited|consultation|appointment|approval|approved|approves|speaks|spoken|qualified|qualifying)',
            ],
            when: ['asset'],
            near: ['asset'],
            // Not our own people let in ("New account managers only see it once their manager has approved their CRM access").
            unless: ['internal', 'hiring', 'briefing'],
            examples: {
                signal: [
                    'Our trade tariff is revised each spring. Installers only receive it once their account is approved.',
                    'The specification library is closed to the public. Architects only download it once their practice is approved.',
                    'Wholesale tariffs stay off the brochure; a new account gets one only after the area manager has visited.',
                ],
                not: [
                    'The pricing page was updated last week. New reps only get CRM access after their induction call with the team lead.',
                    'The deposit is five weeks of rent. Tenants only get it back once the checkout visit is signed off.',
                ],
            },
        },
        {
            id: 'an asset given only after a step',
            patterns: [
                '(only|just|exclusively) ~2 (send|sent|given|handed|shared|released|emailed|available|shown|unlocked|unlocks|opens|open|presented|quoted|disclosed|revealed|receive|receives|hear|hears|get|gets|go out|goes out) ~3 (after|once|upon|in|during|at|on|by|when|to|under|through|via) ~4 (registration|register|registers|registering|sign up|signs up|signup|login|logs in|fills|fill|filling|leaves details|leave details|leave your|leaves their|leave their|leaves name|leave name|leaves a|leave a|leaves an|leave an|leaves contact|leave contact|leaves his|leaves her|enters|entered|submits|submitted|provides|gives|consultation|appointment|call|meeting|demo|visit|showroom|speaks|spoken|speak|approves|approved|approval|nda|introductory|sales team|rep|account executive|who register|who sign up|who have signed|who signed|who has signed)',
                '(send|sent|given|handed|shared|released|emailed|available|shown|unlocked|unlocks|opens|open|presented|quoted|disclosed|revealed|receive|receives|hear|hears|get|gets|go out|goes out) ~1 (only|just|exclusively) ~2 (after|once|upon|in|during|at|on|by|when|to|under|through|via) ~4 (registration|register|registers|registering|sign up|signs up|signup|login|logs in|fills|fill|filling|leaves details|leave details|leave your|leaves their|leave their|leaves name|leave name|leaves a|leave a|leaves an|leave an|leaves contact|leave contact|leaves his|leaves her|enters|entered|submits|submitted|provides|gives|consultation|appointment|call|meeting|demo|visit|showroom|speaks|spoken|speak|approves|approved|approval|nda|introductory|sales team|rep|account executive|who register|who sign up)',
                '(released|shared|sent|disclosed|given|opened|unlocked) (once|after|under) ~4 (approves|approved|approval|nda|introductory|intro|speaks|spoken|signs|registered|registers)',
                '(price list|price lists|prices|pricing|rates|catalogue|catalog|brochure|rate card|floor plans) (after|upon|on|with) (registration|request|login|sign up|signup|approval|application)',
                '(to|for) (receive|get|see|download|access|view|obtain|have) ~4 (price list|prices|pricing|rate card|rates|catalogue|catalog|brochure|lookbook|floor plans|spec sheet|specs|whitepaper|report|guide) ~3 (reply|send us|leave|enter|fill|register|call|contact|write|give|share|provide|drop|submit)',
                // A meeting booked first: "To see pricing you'll need to book a demo" (not "request a seat from RevOps", "take a photo of the
                // QR code").
                '(to|for) (receive|get|see|view|access|obtain) ~4 (price list|prices|pricing|rate card|rates) ~4 (book|books|schedule|schedules|arrange|arranges) (a|an) ~1 (demo|call|meeting|consultation|walkthrough|sales call|discovery call|intro call)',
                // A form before the asset opens: "must fill in company name, fleet size and work email before the download unlocks".
                '(fill in|fill out|complete|submit|enter|give|provide|share|register|sign up) ~10 (before|until) (the|their|your|a|any)? ~1 (download|guide|report|pdf|whitepaper|ebook|e book|toolkit|price list|rate card|brochure|catalogue|catalog|case study) (unlocks|is unlocked|opens|becomes available|can be downloaded|downloads)',
                // "Non-providers can download them after entering their GDC number and practice email address".
                '(download|access|get|see|read|view|open) ~4 (after|once|by|on) (entering|giving|providing|submitting|filling in|filling out|registering|sharing|leaving|completing) ~3 (their|your|a|an) ~3 (email|email address|number|details|name|phone|phone number|company|licence number|license number|registration number|job title)',
                // "To download the placement statistics report, prospective students must register with their phone number".
                '(to|before) (they|you|visitors|buyers|users|prospects)? (can)? (download|access|get|read|view|open|see) (the|our|a|an|this|any)? ~4 (report|guide|pdf|whitepaper|ebook|checklist|toolkit|price list|prices|pricing|rate card|brochure|catalogue|catalog|case study|statistics|data|deck|study|benchmark) ~5 (must|need to|needs to|have to|has to|are asked to|is asked to) (register|sign up|fill in|fill out|complete|submit|enter|give|provide|share|leave)',
            ],
            when: ['asset'],
            scope: 'clause',
            examples: {
                signal: [
                    'The trade price list is only sent after the architect registers the studio.',
                    'To receive our 2026 price list, reply with your company name and fleet size.',
                    'Floor plans are shown only in a showroom appointment.',
                    'Leads who want the fleet-maintenance guide must fill in company name, fleet size and work email before the download unlocks.',
                    'To download the placement statistics report, prospective students must register with their phone number.',
                    'Non-providers can download the white paper after entering their GDC number and practice email address.',
                ],
                not: ['The invoice is sent after delivery.', 'The recording is available after the webinar ends.'],
            },
        },
        {
            id: 'a business email asked for',
            patterns: [
                '(require|requires|requiring|required|ask for|asks for|asking for|collect|collects|needs|need|demand|demands|enter|enters|submit|submits|give|gives|provide|provides|share|shares) ~2 (a|their|your|the)? (work|business|company|corporate|professional) (email|address|domain|email address)',
                '(through|via|using|fill in|fill out|complete|submit) ~3 (request|enquiry|inquiry|quote|rfq|rfp|contact|sales) form',
                '(opens|open|shows|show|pops up|brings up|triggers|trigger|launches) ~2 (a|the) ~1 (lead|registration|signup|sign up|contact|download)? form',
                '(no|not) (online|published|public|posted|=listed|self serve|self service) ~1 (price|prices|pricing|rates|rate card|price list|quotes)',
                '(no|not) (price|prices|pricing|rates|rate card|price list|fees) (online|published|on the website|on the site|on our site|on the web|on the page)',
                // Prices for those who asked: "daily market prices go only to account holders who've spoken to a rep".
                "(price|prices|pricing|rates|rate card|price list|price sheet|fees) (go|goes|are sent|is sent|are shared|is shared|are given|is given|are released|is released|are emailed|is emailed) only to ~3 (who|that|with|after|who've|who have|that have)",
                "(there is|there are|there's) no (price list|pricing|rate card|prices|price) (online|on the site|on the website|published|public|anywhere)",
            ],
            examples: {
                signal: [
                    'Web visitors go straight to a quote request; no prices online.',
                    'Daily market prices go only to account holders who have spoken to a rep.',
                    'The benchmark download asks for a business email and company size.',
                    "Clicking 'Get the report' opens a lead form.",
                    'There are no online rates; brokers call the desk.',
                ],
                not: ['Add a work email to your profile.', 'The form on the contact page goes to support.'],
            },
        },
    ],
    senses: [
        // An option one may ask for, not a price held back: "Motorised option available on request".
        {
            // An option one may ask for, not a price held back: "Motorised option available on request" (not "Prices for the enterprise
            // version are available on request").
            id: 'an option on request',
            patterns: [
                '(option|options|version|versions|finish|finishes|colour|colours|color|colors|size|sizes|variant|variants|fabric|fabrics|lining|linings|model|models) (is|are)? (also)? available (on|upon) request',
            ],
            unless: ['offer'],
            examples: {
                not: ['Roman blind in blackout lining, fitted to recess. Motorised option available on request.', 'Left-handed models are available on request.'],
            },
        },
        // Not there yet, or not ours: "The new prices aren't in the web shop until Monday's update", "Rival mills' prices aren't in the
        // catalogue the co-op prints".
        "(price|pricing|prices|rates|fees) ~8 (isn't|is not|aren't|are not) (in|on) (the|our) ~1 (web shop|webshop|online shop|online store|e shop|eshop|web store|webstore|store|catalogue|catalog|portal|app|configurator|website|site) (until|till|before|for now)",
        "(rival|rivals|rival's|rivals'|competitor|competitors|competitor's|competitors'|their|other|others') ~3 (price|prices|pricing|rates|fees) ~6 (isn't|is not|aren't|are not) (in|on|listed|shown|published)",
        // Another party's figures, not our price held back: "our return rate is below 0.5%, theirs is not published".
        "(theirs|their figures|their numbers|their rate|their rates|their data) (is|are|isn't|aren't) (not|never)? ~1 (published|public|listed|shown|online|visible|posted|disclosed)",
        // Who is on a list, not a step before anything: "blast the invite to everyone who ever filled in the form".
        // (Not "only visitors who have completed the form can see the price list".)
        '(everyone|everybody|all|contacts|leads) (who|that) (ever|once|already|previously|have|has|had)? ~1 (=filled in|=filled out|=completed|=submitted) (the|a|an|our|any) ~2 (form|forms)',
        // Old prices taken down, not prices held back: "The old 2023 prices are kept off the website now that the new list is live".
        "(old|previous|former|outdated|superseded|expired|last year's|{year}) ~2 (prices|pricing|price list|price lists|rates|rate card|rate cards|tariff|tariffs|fees) ~3 (is|are) (kept|left|held|taken) (off|out of|down from)",
        {
            // The buyer asks us for a better price, not a label that sends them to us: "Plenty of them ask us to knock 15% off". Its words
            // still say who asked (another party, for a refusal that follows).
            id: 'the buyer asking us for a better price',
            patterns: [
                '(they|them|customers|buyers|clients|farmers|people|he|she|many|most|some|owners|growers|landlords|dealers|practices|schools) ~2 (=ask|=asks|=asked|=asking|=always =ask|=often =ask) us (to|for) (knock|match|drop|cut|beat|lower|discount|a discount|a better|more|price match|sharpen|take)',
            ],
            wide: true,
            examples: { not: ['Plenty of them ask us to knock 15% off to get nearer.'] },
        },
        // A list the public may read, not a form: "the register is free to download", "the council's register is open to all".
        "(the|a|an|its|their|this|that|public|council's|council) (register|registers) (is|are|was|were) ~2 (free|open|public|available) ~1 (to download|to view|to search|online|to all|to anyone|for download)",
        // A place where goods change hands, not a door: "what farmers are paid at the farm gate", "the farm-gate price", "the
        // factory-gate price of steel", "sold at the mill gate".
        '(farm|factory|mill|mine|dock|plant|port|quarry) (gate|gates) (price|prices|pricing|sale|sales|value|values)',
        '(farm|factory|mill|mine|dock|plant|port|quarry) (gate|gates)',
        // The price posted at the gate, a noun (not "gate the price list"): "pay £1.20 a tonne under the posted gate price".
        '(the|a|our|posted|published|standard|current|ex|at) gate (price|prices|rate|rates)',
        // What others pay, kept private, not our price held back: "We never publish rates of other clients in our case studies".
        '(publish|publishes|share|shares|disclose|discloses|show|shows|reveal|reveals) ~3 (prices|pricing|fees|rates|costs) (of|paid by|charged to) (other|individual|named|specific|existing|our) (clients|customers|accounts|buyers|members|tenants|patients)',
        // A call to action, not a price held back: "Call 0809 000 0000 to speak with our team" (not "For pricing, call … to speak with
        // our team").
        {
            id: 'a call to action',
            patterns: [
                '(call|ring|phone|whatsapp|text|email|message|dm) ~6 to (speak|talk|chat) (with|to) (our|the|a) ~1 (team|experts|advisers|advisors|specialists|consultants|staff|guards|engineers)',
            ],
            unless: ['asset'],
            examples: { not: ['IRONSHIELD GUARDS: Trained, licensed guards for your home, estate or business. Call 0809 000 0000 to speak with our team.'] },
        },
        // A page of the website, not a meeting: "The rate is shown on the meetings page".
        '(on|in) (the|our) ~1 (meetings|meeting|events|event|pricing|rates|offers|booking|bookings|venue|rooms|groups|weddings|conference|conferences) (page|pages|section|tab|microsite)',
        // Discovery before we show or price, not a gate: "Every walk-in gets a needs analysis before we show any stock".
        '(needs analysis|needs assessment|needs assessments|discovery|discovery call|discovery calls|fact find|consultation|site survey|assessment) ~3 before ~3 (show|shows|showing|quote|quotes|quoting|price|prices|pricing|propose|proposes|proposing|recommend|recommends)',
        {
            // The buyer asks of their own accord, and we answer: "When a school asks for a demo of the timetabling module, book it
            // within two working days" (not "Prices only after you ask for a demo", nor the order "Ask for a quote").
            id: 'a request the buyer makes',
            patterns: [
                '(when|whenever|if|once|after) (a|an|the|any|each|every)? ~3 (asks|requests|asked|requested|wants|want) (for)? (a|an|the)? ~1 (demo|demonstration|quote|quotation|price|prices|pricing|sample|samples|callback|call back|proposal)',
            ],
            unless: ['trait:gated'],
            examples: {
                not: [
                    'When a school asks for a demo of the timetabling module, book it within two working days.',
                    'If a buyer requests a quote after hours, the on-call rep replies by 9am.',
                ],
            },
        },
        // Our own people complete our paperwork: "the BDM has 48 hours to complete the mobilisation form".
        `(${OUR_PEOPLE}|=bdm|=bdms|=kam|=kams) (has|have|gets|get|is given|are given) ~3 to (fill in|fill out|complete|submit) (the|a|our)? ~2 (form|forms)`,
        `(${OUR_PEOPLE}|=bdm|=bdms|=kam|=kams) (must|should|then|also|always)? (fills in|fills out|completes|submits|fill in|fill out|complete|submit) (the|a|our)? ~2 (form|forms)`,
        // Our own people fill in the form, not the buyer: "teachers fill in a short observation form for the committee".
        '(teachers|teacher|staff|reps|rep|engineers|engineer|we|drivers|technicians|coordinators|managers|aes|csms|sdrs|bdrs|nurses|tutors|trainers|surveyors|installers|inspectors) (fill in|fill out|fills in|fills out|complete|completes|submit|submits) ~3 (form|forms)',
        // Priced for each deal, not held back: "every proposal is tailored to the customer's fleet and there is no public price list".
        '(tailored|bespoke|custom|built per|priced per|quoted per|built for each|priced for each) ~10 (no|not) (public|published|online|standard) (price list|prices|pricing|rate card)',
        // Our own SDRs booking a meeting for an AE, not a door to prices: "SDRs book a discovery call with an AE".
        '(sdrs|sdr|bdrs|bdr|reps|we|inside sales) (book|books|booked|set|sets|schedule|schedules) (a|the)? ~2 (call|calls|meeting|meetings|demo|demos) (with|for) (an|a|the)? ~1 (ae|aes|account executive|account executives|rep|closer|specialist)',
        // Underwriting or a claim, not a door to prices: "the subcontractor completes a two-page proposal form and the desk quotes".
        '(complete|completes|completed|fill in|fills in|filled in|fill out|fills out|filled out|submit|submits|submitted) (a|an|the|their|our)? ~2 (claim|claims|warranty|returns|return) (form|forms)',
        // Our own paperwork on a visit, not a lead form: "the estimator has walked it and completed the needs assessment form".
        '(completed|complete|completes|fill|fills|filled|fill in|filled in|fill out|filled out) (the|a|our)? (needs assessment|needs analysis|site survey|survey|inspection|audit|risk assessment|walkthrough|walk through|checklist|fact find|intake|handover|handoff|hand off|job|work order|service|medical history|health history|consent|new patient|patient) (form|forms|sheet|sheets)',
        // Our own management approving an exception, not the buyer held back: "Head of Sales approves exceptions".
        '(head|heads|vp|vice president|director|directors|manager|managers|leader|leaders|leadership) of sales (approves|approve|approval|approvals|signs off|sign off|decides)',
        // A custom document written after discovery is consultative, not a standing price held back (lexicon-notes):
        // "fee proposals are prepared only after a scoping conversation".
        '(fee|fees|price|pricing|cost|costs|project) (proposal|proposals|estimate|estimates) ~3 (prepared|written|drafted|built|scoped|put together|tailored) ~3 after ~3 (call|meeting|conversation|discovery|visit|assessment|audit|walkthrough)',
        // An internal approval of a deeper discount, not a step the buyer takes: "needs sign-off from the sales director".
        '(deeper|discount|discounts|exception|exceptions|deal|deals|anything|concession|concessions|price|pricing|terms|percent|quote|quotes|proposal|proposals|{pct}) ~8 (requires|require|needs|need|needing|required) ~2 (approval|sign off|signoff|ok|okay) (from|by) (the|a|your|their)? (regional|area|national|country|divisional|local)? (sales director|sales manager|sales vp|vp of sales|vp sales|head of sales|regional vp|deal desk|finance|cfo|sales leadership|manager|director|rvp)',
        // A member's event or benefit, not value held back behind a form or a call: "members-only tastings".
        '(registrants|members|subscribers|patrons|donors|alumni) only (event|events|tasting|tastings|evening|evenings|dinner|dinners|lounge|lounges|night|nights|sale|sales|hours|area|areas|party|parties|experience|experiences|trip|trips|tour|tours|screening|screenings|preview|previews|launch|launches|reception|receptions|day|days|weekend|weekends)',
        // Sent at once, not held back: "I'll send the full price sheet right after this call".
        '(price|prices|pricing|price sheet|price list|rate card|rates|quote|quotes|proposal) ~3 (right|straight|immediately|directly|just) after (this|the|our|that|a|your) (call|meeting|chat|conversation|demo|visit)',
        // Access held behind a role or a plan, not behind a conversation: "data export is gated behind the Admin role".
        '(gated|locked|restricted|limited) (behind|to) (the|an|a|your)? ~2 (role|roles|permission|permissions|admin|admins|administrator|administrators|owner|owners|setting|settings|feature flag|flag|login|sign in|password|sso)',
        // Who a send goes to, not value held back: "send the Friday newsletter to members only".
        '(goes|go|went|sent|going|send|sends|sending|mail|mails|mailed|email|emails|emailed|invited|invite|invites|post|posts|posted) ~5 to ~3 (registrants|members|subscribers) only',
        // A document sent when asked, not value held back: "paper invoices are available on request".
        '(invoice|invoices|receipt|receipts|statement|statements|hard copy|hard copies|paper copy|paper copies|printed copy|printed copies|certificate|certificates|transcript|transcripts|w9|coi) ~3 (available|provided|sent|supplied|issued) (on|upon) request',
        // Permission, not a gate: "weekly newsletter, opt-in subscribers only".
        '(opt in|opted in|double opt in|consented|consenting|confirmed) (subscribers|members|contacts|recipients) only',
        // An open door afterwards, not a price behind a call: "then talk to us if they want ongoing training".
        '(=talk to us|=contact us|=call us|=speak to us|=get in touch|=reach out) (if|when|whenever|once|afterwards|after|any time|anytime)',
        // A request of us, not a door to prices: "buyers forward a cheaper quote and ask us to match it".
        '(=ask|=asks|=asked|=asking) us to (match|beat|lower|cut|discount|reduce|waive|extend|drop|price|do|change|include|add|throw|hold|honour|honor|keep)',
        'stage gate',
        'gate review|reviews|meeting|criteria|process',
        'gate {num}',
        'gated (community|communities|estate|estates|entrance|parking|complex|site|yard|compound|car park|carpark|driveway|office park|business park|industrial park|development|developments|marina|marinas|campus|building|buildings)',
        '(car park|carpark|parking|garage|yard|compound|site|estate|driveway|entrance|gate|lot|depot) ~2 (is|are|was|were)? gated',
        // We buy: "we request a quote from three hauliers".
        '(we|i|procurement|purchasing) (request|requested|requests|get|got|gets|obtain|obtained|collect|collected|seek|sought|source|sourced|ask for|asked for) ~2 (quote|quotes|quotation|quotations) from',
        'book|request|schedule ~1 a? demo|demos|meeting|meetings with every|each|all|qualified|inbound|{num}',
        '(contact|talk to|speak to|speak with|ask|email|ping) sales ops|operations|enablement|engineering|leadership|management|comp|compensation|finance|analytics|admin|admins|director|manager|managers|vp|desk|training',
    ],
};
