/** The shapes of the lexicon's data, the built-in traits, and the named contexts constructions bind to. */
export declare const BUILTIN_TRAITS: readonly ["discount", "pressure", "mass", "consultative", "white-glove", "gated", "free-trial"];
export type BuiltinTrait = (typeof BUILTIN_TRAITS)[number];
/** Named word sets a construction can require (`when`) or be cancelled by (`unless`) in its sentence. */
export declare const CONTEXTS: {
    readonly offer: readonly ["offer", "deal", "price", "pricing", "rate", "rate card", "discount", "promo", "code", "coupon", "quote", "terms", "=sale", "bonus", "bundle", "=points", "cashback", "(loyalty|bonus|conquest|owner|factory|trade in) cash", "rebate", "concession", "concessions", "credit", "gift", "upgrade", "fee", "fees", "fare", "fares", "premium", "premiums", "=double", "=doubled", "=matched", "match funding", "{pct}", "{money}"];
    /** Questions put to them, or their situation gone through with them: what a plan made to fit needs before it. */
    readonly asked: readonly ["(=asks|=ask|=asked|=asking) (about|what|where|how|whether|which|who|why|when|if|them|him|her|the client|the customer|the buyer|the owner|the family|the couple|the grower|the farmer|the organiser|the organizer|the patient|the applicant|each|every)", "(go|goes|went|going|work|works|worked|working|talk|talks|talked|talking) through", "(find|finds|found|finding) out", "(=asks|=ask|=asked|=asking) (the|each|every) (occupier|occupiers|tenant|tenants|member|members|guest|guests|parent|parents|principal|patient|patients|owner|owners|homeowner|homeowners|household|couple|family|grower|farmer|landlord|applicant|delegate|delegates) (how|what|where|whether|which|why|when|about)"];
    /** Their situation looked into with them or at their place: what a proposal made after it needs beside it. */
    readonly studied: readonly ["(=review|=reviews|=reviewed|=reviewing|=study|=studies|=studied|=assess|=assesses|=assessed|=assessing|=audit|=audits|=audited|=map|=maps|=mapped|=analyse|=analyses|=analysed|=analyze|=analyzes|=analyzed|=understand|=understanding|=learn|=learning|=diagnostic|=diagnosis|look at|looks at|looking at|dig into|digs into|go through|goes through|going through|went through|walk through|walks through) (the|a|of)? ~2 (their|the customer's|the client's|the buyer's|the family's|the owner's|the patient's|the couple's|the grower's|the farmer's|{poss}) ~3 (budget|budgets|needs|goals|business|operation|operations|process|processes|site|sites|setup|routine|routines|usage|workflow|workflows|challenges|problems|pain points|priorities|plans|requirements|situation|finances|timeline|constraints|layout|kitchen|fleet|schedule|shift pattern|drawings|floor plan|herd|acreage|soil|volumes|habits|lifestyle|household|history with|current system|current setup)", "(=understand|=understanding|=learn|=learning|=diagnostic|=diagnosis|=audit|=review|=reviews|look at|looks at|go through|goes through) (your|of your) (business|operation|operations|site|sites|plant|installation|installations|finances|market|needs|goals|processes|process|team|teams|flows|kitchen|warehouse|stock|premises|line|estate|fleet)", "(=spend|=spends|=spent|=spending) ~3 (inside|in|with|at) (your|their|the customer's|the client's) ~1 (business|team|teams|site|plant|operation|offices|office|premises|people|kitchen|warehouse|farm|store|stores)", "(=session|=sessions|=workshop|=workshops|=interview|=interviews|=intake|=walkthrough) (with|of) (your|their|the customer's|the client's|the buyer's|{poss}) ~2 (team|teams|people|staff|lead|leads|manager|managers|engineers|design team|project manager|customers|sales|chef|owner|board)", "(=walk|=walks|=walked|=walking) the (site|plant|floor|warehouse|farm|kitchen|line|building|store|route) with (your|their|{poss})", "(go through|goes through|going through|went through|walk through|walks through|=review|=reviews|=reviewing) ~4 with (their|your|the customer's|the client's|the buyer's|the owner's|{poss}|the) ~2 (manager|managers|lead|leads|team|owner|owners|engineer|engineers|director|directors|chef|head|staff|people|architect|architects)", "(=come|=comes|=came|=go|=goes|=went) (down|out|over|round|around)? to (your|their) ~2 (warehouse|site|plant|farm|office|offices|premises|kitchen|factory|store|shop|home|house|yard|depot) ~3 (and|to) (see|look|watch|check|understand|learn)", "(=do|=does|=did|=run|=runs|=ran|=hold|=holds|=book|=books) (a|an) ~2 (intake|fact find|discovery session|discovery call|needs assessment|consultation|diagnostic)", "(=sit|=sits|=sat|=sitting) (down)? with (the|their|your|each) ~1 (couple|family|client|clients|customer|customers|owner|owners|buyer|buyers|team|manager|managers|patient|patients|grower|growers|farmer|farmers|parents|board|household)", "(=understand|=learn|find out|=determine|go through|goes through|walk through|walks through|talk through|talks through|=agree|=map) ~4 (how your|how their|what your|what their|how you|how they|what you|what they|which|the weak|the gaps|the problems|the pain)", "(=understand|=learn|find out|=determine|work out|works out|working out|worked out|figure out|figures out|figuring out|figured out|to see|=diagnose|=diagnosing) why (their|your|they|you|{poss}|the client's|the customer's|the buyer's|the owner's|the mine's|the plant's|the farm's|the site's)", "(had|have|has|take|takes|took|taking|having) a (proper|good|close|careful|thorough|long|hard) look (at|under|over|around|round|inside|through) (the|their|your|his|her|{poss})", "(=understand|=learn|find out|=determine|go through|goes through|walk through|walks through|talk through|talks through|=map) ~4 (your|their|the customer's|the client's|the buyer's|{poss}) ~2 (current|existing|actual|real|own|team|people|process|processes|needs|set up|setup|situation|operation|business|claims|history|feedback|agenda|goals)", "(=call|=chat|=meeting|=conversation|=session|=workshop|=visit) with (your|their|the customer's|the client's|the buyer's) ~2 (planner|planners|team|manager|managers|lead|leads|sponsor|sponsors|owner|owners|director|directors|head|finance lead|buyer|buyers|engineers|people)", "(share|tell) (with)? (me|us) ~2 (how many|how much|what kind|what sort|which|how often|how your|how you)"];
    /** Asking and listening: what a question about the buyer needs beside it. */
    /** Forecasting: a deal discounted in a forecast is weighted down, not priced down. */
    readonly forecasting: readonly ["forecast", "forecasts", "forecasting", "commit", "pipeline", "probability", "weighted", "roll up", "rollup", "next step", "next steps"];
    readonly inquiry: readonly ["=ask", "=asks", "=asked", "=asking", "question", "questions", "listen", "understand", "learn", "interview", "find out", "discover", "figure out", "work out how", "dig into", "=hear how", "=hear what", "=hear where", "=hear why"];
    /**
     * Another party named or reported: a business the text marks as another seller, another business, or what the buyer says,
     * asks for or shows us ("Buyers forward us spot quotes", "Planners come back asking for 20% off", "has quoted 30% under us").
     */
    readonly reported: readonly ["(is|are|has been|have been) (currently|now|also|still|all)? (advertising|promoting)", "(=operator|=operators|=vendor|=vendors|=supplier|=suppliers|=installer|=installers|=distributor|=distributors|=trader|=traders|=importer|=importers|=marketplace|=marketplaces|=discounter|=discounters|=wholesaler|=wholesalers|=chains|=outfit|=outfits|=contractor|=contractors|=provider|=providers)", "(another|other|cheaper|bigger|national|online|local|budget|rival|competing) ~1 (firm|firms|company|companies|brand|brands|shop|shops|store|stores|dealer|dealers|agency|agencies|lender|lenders|bank|banks|platform|platforms|player|players|carrier|carriers|school|schools|clinic|clinics|gym|gyms|hotel|hotels|venue|venues|partner|partners|reseller|resellers|retailer|retailers)", "(tell|tells|told|telling) (us|me|you|reps|the rep|our reps|the ae|the team)", "(ask|asks|asked|asking) (us|me|you|the rep|reps) (to|for|whether|if)", "(ask|asks|asked|asking) for ~3 ({amount}|discount|discounts|price cut|a match|cheaper|less|lower|better|deal|deals|money off)", "(say|says|said|claim|claims|claimed|argue|argues|insist|insists|point out|points out|mention|mentions|mentioned) (that)? (their|they|they're|they've|the other|another|a competitor|competitors|it is|it's|we're|we are|you are|you're|our price|our prices|our rate|our rates)", "(show|shows|showed|shown|forward|forwards|forwarded|send|sends|sent|bring|brings|brought|wave|waves|waved) (us|me|the rep|in|over) ~3 (quote|quotes|offer|offers|letter|letters|price|prices|bid|bids|proposal|proposals|screenshot|screenshots|ad|ads|flyer|flyers|deal|deals)", "(bring up|brings up|bring it up|brings it up|brought up|come back|comes back|coming back|push back|pushes back|pushing back)", "(=quoting|=undercutting|=undercuts|=undercut)", "(has|have|had|been) (=quoted|=offered|=advertised)", "(has|have|had) been (=offering|=quoting|=advertising|=running|=giving|=throwing|=pushing|=cutting|=slashing)", "(=were|=was) (=doing|=running|=giving|=offering|=throwing|=knocking|=handing|=advertising)", "(under|below|beneath|undercut|undercuts) (us|ours|our)", "=elsewhere", "{name} ~3 (is|are)? (now|currently|also)? (=running|=runs|=handing|=hands|=leafleting|=emailing|=emails|=mailing|=mails|=pushing|=pushes|=advertising|=advertises|=throwing|=throws)", "(discount|retail|supermarket|grocery|hotel|restaurant|national|big|budget) =chain", "(heard|hear|hearing) (a lot|it|this|often|from|all the time)", "(seen|saw|see|sees) ~3 (ads|ad|adverts|advert|offer|offers|flyer|flyers|banner|deal|deals|promo|promotion|promotions)", "(tell|tells|told|telling) ~2 (that|about)", "(is|are|they're|it's|he's|she's) (now|currently|still|also)? (running|offering|advertising|giving|throwing|pushing|quoting|doing)", "(=mention|=mentions|=mentioned|=cite|=cites|=cited)", "(say|says|said|claim|claims|claimed|argue|argues|insist|insists) that", "(their|its) (reps|rep|salespeople|sales team|sales reps|account managers|dealers|resellers)", "(competitor|competitors|competitive|rival|rivals) (note|notes|intel|watch|update|updates|tracker|analysis|battlecard|battlecards)", "{name} (=will|=often|=usually|=routinely|=regularly|=sometimes|=always|=typically) (=bid|=discount|=offer|=run|=undercut|=throw|=give|=quote|=match|=drop|=cut)", "(competitor|competitors|competitor's|rival|rivals|rival's|incumbent|incumbents) (=offer|=offers|=offered|is|are|was|were|=run|=runs|=give|=gives|=quote|=quotes|=throw|=throws|=advertise|=advertises|=has|=have|=will|=often|=usually|=now|=also|=sometimes|=regularly)"];
    /** Our own staff and books: a payroll run, a rota, a bank statement for a salary advance. */
    readonly internal: readonly ["payroll run", "(rate|rates) of pay", "=pay (rate|rates)", "payroll runs", "our payroll", "salary advance", "rota", "rotas", "stand up", "standup", "timesheet", "timesheets", "expense claim", "expense claims", "bonus pool", "holiday cover", "sick leave", "annual leave", "(staff|annual|performance|mid year|year end|self|team) (appraisal|appraisals)", "=internal", "=internally", "induction", "new starters", "(our|our own|the company) (ledger|ledgers)", "accounts payable", "payslip", "payslips", "new hires", "staff who start", "president's club", "(commission|comp|bonus|incentive) (plan|plans|claim|claims|statement|statements|form|forms)", "^ (action|actions|action item|action items) (for|:)", "presidents club", "incentive trip", "quota club", "(for|to) (the|our) (own)? (sales team|sales staff|staff|employees|reps|sdrs|aes|new hires)", "company flat", "(month end|year end|internal|quarterly|compliance|stock) audit", "deal jacket", "deal jackets", "business office", "(class|shift|staff|work|delivery|rota) (timetable|timetables|schedule|schedules|roster|rosters)", "^ (staff|internal|team|ops|admin) (only|note|notice|reminder)? :", "staff who join"];
    /** Our people who give a price in person: where a price held back is sent ("routed to the regional sales office"). */
    readonly salesdesk: readonly ["sales team", "sales office", "sales desk", "pricing desk", "account team", "accounts team", "bid desk", "sales line", "account manager", "sit down with", "reach out", "ring back", "call back", "calls back", "rings back", "telephone appointment", "meeting with our", "national accounts", "regional office", "leasing manager"];
    /** Nothing to pay, said any way: what a time with the product needs to be a free go ("… for 21 days and nobody asks for a card"). */
    readonly nocharge: readonly ["no charge", "no cost", "zero cost", "=free", "free of charge", "pays nothing", "pay nothing", "paying nothing", "no payment", "no invoice", "no bill", "without paying", "without payment", "without charge", "without cost", "at no cost", "without (need of|needing|the need for|requiring|asking for) (a|any)? ~1 card", "(never|no need to|without) ~2 (type|typing|enter|entering|give|giving|put|putting) (in)? (a|any|your|their)? (card|card number|card details|credit card)", "without ~4 (or|nor) (payment|paying|a card|a fee|charge)", "asks for a card", "ask for a card", "no card", "without a card", "put a card in", "costs nothing", "cost nothing", "nothing to pay", "on the house", "for nothing", "gratis"];
    /** On their own, nobody of ours beside them: "runs it solo", "without talking to anyone", "no rep involved". */
    readonly alone: readonly ["on their own", "on his own", "on her own", "by themselves", "=themselves", "=alone", "=solo", "without talking to anyone", "without talking to", "without speaking to", "without anyone", "no rep", "no salesperson", "without a rep", "unassisted", "without sales", "independently", "don't need to talk to anyone", "do not need to talk to anyone"];
    /** Something gone or over: what a call's or a visit's end must take with it to be a push ("once I hang up, it's gone"). */
    readonly lapse: readonly ["gone", "(surcharge|surcharges|fee|fees|charge|charges|price|prices|rate|rates) ~1 (comes back|come back|returns|return|is back|are back)", "off the table", "expires", "expire", "lapses", "withdrawn", "disappears", "back to list", "no longer", "goes away", "vanishes", "reverts", "goes back"];
    /** A price that changes, which a note may tell as no reason to hurry: "List prices go up £15 a pair from 1 June". */
    readonly pricechange: readonly ["price rise", "price rises", "price increase", "price increases", "price change", "price changes", "(go|goes|going|went|move|moves|moving) up", "=rises", "=rise", "=increase", "=increases", "new price", "new prices", "new rate", "new rates", "price book", "rate card", "list price", "list prices", "tariff", "(moves|move) from {money} to"];
    /** A refund, not a price given back: "if they cancel within the cooling-off period, £200 goes back onto their card". */
    readonly refund: readonly ["refund", "refunds", "refunded", "cooling off", "chargeback", "chargebacks", "=cancel within", "=cancels within", "cancellation", "cancellations", "after cancelling", "after canceling", "after they cancel"];
    /** Another seller: what a rival does is not ours. */
    readonly rival: readonly ["competitor", "competitors", "competitor's", "rival", "rivals", "incumbent", "other vendor", "another vendor", "the competition"];
    /** A standing price or an asset that can be held back (gated), as against a quote written for one deal. */
    readonly asset: readonly ["pricing", "prices", "price list", "price sheet", "rate card", "rates", "list price", "calculator", "report", "benchmark", "whitepaper", "white paper", "ebook", "e book", "guide", "playbook", "template", "docs", "documentation", "sandbox", "demo environment", "demo environments", "product tour", "tour", "walkthrough", "price sheet", "price sheets", "tuition", "api key", "api keys", "trial", "download", "recording", "webinar", "demo video", "datasheet", "datasheets", "data sheet", "data sheets", "shortlist", "shortlists", "rent on application", "asking rent", "=rents", "case study", "checklist", "toolkit", "enterprise rate", "pricing page", "floor plans", "floor plan", "lookbook", "catalogue", "catalog", "brochure", "spec sheet", "specs", "library", "libraries", "fee", "fees"];
    readonly buyer: readonly ["customer", "buyer", "client", "prospect", "their", "they're", "=they", "account", "stakeholder", "champion", "cfo", "cio", "ceo", "cto", "ciso"];
    readonly decision: readonly ["(your|his|her) (final)? answer", "spend", "come back", "rejoin", "reactivate", "resubscribe", "sign", "sign up", "signs up", "signup", "signature", "countersign", "commit", "decide", "decision", "order", "=po", "=pos", "=purchase", "=purchases", "buy", "rsvp", "enrol", "enroll", "enrolment", "enrollment", "=apply", "reserve", "reservation", "claim", "lock in", "intake", "cohort", "doors", "cart", "checkout", "waitlist", "seat", "spot", "slot", "pass", "ticket", "upgrade", "=renew", "=unsigned", "switch", "convert", "subscribe", "book", "booking", "deposit", "(hold|holds|holding) (it|this|that|the date|your date|the slot|your slot|the room|the booking|the unit|the table|the space|the car) (for|until|till|only)"];
    readonly capacity: readonly ["seat", "spot", "place", "slot", "ticket", "pass", "licence", "license", "unit", "capacity", "inventory", "stock", "cohort", "intake", "table", "invitation", "allocation", "room", "space", "appointment", "crew", "=supply", "=unallocated", "=unbooked", "=unsold"];
    readonly outreach: readonly ["broadcast", "door hanger", "door hangers", "door drop", "letterbox drop", "canvass", "canvassing", "letter", "letters", "postcard", "postcards", "flyer", "flyers", "leaflet", "leaflets", "catalogue", "catalog", "brochure", "notification", "notifications", "=push", "sequence", "email", "blast", "send", "=sent", "sequence", "cadence", "reminder", "dial", "dialer", "dialler", "call", "cold", "message", "sms", "=text", "=texts", "=texting", "=texted", "mail", "mailer", "mailing", "enrol", "enroll", "nurture", "campaign", "newsletter", "inmail", "outreach", "drip", "announcement", "invite", "pitch", "hit", "spam", "target"];
    readonly hospitality: readonly ["glass of", "dinner", "lunch", "breakfast", "drinks", "chef", "retreat", "reception", "tasting", "golf", "suite", "trip", "evening", "cocktail", "wine", "hotel", "flight", "spa", "concert", "yacht", "meal", "coffee", "(travel|flights|airfare|airfares|train fares) and (stay|stays|accommodation|hotel|hotels|lodging|rooms)", "accommodation"];
    readonly finance: readonly ["bond", "bonds", "debenture", "gilt", "cash flow", "=npv", "yield", "treasury", "interest rate", "present value", "valuation", "maturity", "prospectus", "covenant", "covenants", "capital markets", "term sheet", "wacc", "issuance", "ltv", "dcf", "irr"];
    readonly legal: readonly ["litigation", "lawsuit", "law firm", "lawyer", "counsel", "court", "attorney", "legal", "subpoena", "dispute", "deposition", "legal hold", "preserve", "tribunal", "arbitration"];
    readonly tech: readonly ["kubernetes", "network", "device", "endpoint", "=api", "playlist", "listener", "dns", "microservice", "cluster", "scan"];
    readonly award: readonly ["olympic", "medal", "athlete", "tournament", "league", "crown", "award", "trophy", "prize", "contest", "competition", "=won", "title", "championship", "cycling", "race", "marathon", "cup", "season", "tennis", "golf", "chess"];
    /**
     * A deal and the people in it, as a buyer-side champion is spoken of: "the champion in that deal", "then book time with their CFO",
     * "becomes our champion for the renewal", "will they introduce us to the budget holder".
     */
    readonly deal: readonly ["deal", "deals", "account", "accounts", "opportunity", "opportunities", "=opp", "=opps", "pipeline", "cfo", "ceo", "cio", "cto", "coo", "ciso", "=vp", "economic buyer", "=eb", "budget", "budget holder", "sign off", "signs off", "signature", "procurement", "stakeholder", "stakeholders", "sponsor", "buyer", "buying", "decision", "decision maker", "close date", "close plan", "closing", "renewal", "board", "pilot", "business case", "=map", "meddic", "meddpicc", "introduce", "introduces", "introduction", "intro", "=internal", "=internally", "stall", "stalls", "stalled", "goes quiet", "went quiet", "goes dark", "went dark", "=their", "=they", "customer", "client", "prospect"];
    /** Whom or what a send goes to: "blast it to everyone", "blast the locum list", "all WhatsApp subscribers". */
    readonly audience: readonly ["everyone", "everybody", "=every", "=all", "list", "lists", "contact", "contacts", "database", "subscriber", "subscribers", "lead", "leads", "prospect", "prospects", "customer", "customers", "member", "members", "fan", "fans", "numbers", "attendee", "attendees", "the lot", "=whole", "segment", "segments", "email", "emails", "newsletter", "sms", "=text", "=texts", "whatsapp", "promo", "promo code", "message", "inbox", "mailing", "mailer", "flyer", "catalogue", "catalog", "sequence", "cadence", "campaign", "inmail", "fax", "link"];
    /** Our own people briefed, trained or bound by a rule: "in the pre-job safety briefing, warn installers", "sit with a senior AE". */
    readonly briefing: readonly ["briefing", "briefings", "toolbox talk", "pre job", "shadow", "shadowing", "senior ae", "senior rep", "ramp plan", "certification", "code of conduct", "new rep", "new reps", "regional reps", "for reps", "our reps", "=installers", "=our =staff"];
    readonly hiring: readonly ["new ~1 sdrs|aes|hires|reps|starters|recruits|joiners|employees", "probation", "probationary", "new hire", "new starter", "new starters", "employment", "hiring", "(recruiting|recruit|hiring|hire|staffing) our own", "(applicants|applications|candidates|interviews) for ~3 (role|roles|position|positions|job|jobs|opening|openings|vacancy|vacancies|seat|seats)"];
    /** An audience that asked for it: a newsletter to those who opted in is no blast, however many they are. */
    /** Written one by one: a count of accounts sequenced with personalised first lines is no blast. */
    readonly personal: readonly ["personalized", "personalised", "personal first line", "personal first lines", "handwritten", "hand written", "one to one"];
    readonly consent: readonly ["opted in", "opt in", "double opt in", "subscribed", "subscribers who", "asked to hear", "asked to receive", "asked for updates", "(have|has|who|that) bought from (that|this|the|our) ~1 (range|line|collection|category|catalogue|catalog)"];
    readonly segment: readonly ["=segmented", "=filtered", "(customers|clients|members|accounts|subscribers|owners) only", "(existing|current|active|paying) (customers|clients|accounts|members|subscribers)", "with (five|ten|twenty|{num}) or more (employees|staff|sites|vehicles|seats|locations|beds|stores)"];
    readonly urge: readonly ["=push", "=pushes", "=pushing", "=urge", "=urges", "=hurry", "=nudge", "=nudges", "=chase", "=chases", "=press", "=presses", "=sign", "=signs", "=signature", "=signatures", "=countersign", "=commit", "=commits", "(give|gives|giving|gave|allow|allows|allowing) (the|every|each|them|him|her|you|buyers|customers|clients|prospects|homeowners|families|couples|the buyer|the customer|the client|the homeowner|the family|the couple) ~2 (until|till|up to|to decide)", "to (decide|choose|confirm|make up their mind|make up his mind|make up her mind|take it up|take up)", "=take up|=takes up|=taking up|=opt in|=opts in|=sign up|=signs up", "=deposit|=deposits"];
    readonly limiting: readonly ["=only", "=strictly", "no later than", "at the latest", "and no longer"];
    readonly push: readonly ["now", "today", "tonight", "hurry", "quick", "quickly", "soon", "before", "ahead of", "lock in", "locks in", "beat", "last chance", "in time", "don't wait", "(while|whilst) (you|they) (still)? can", "while it lasts", "(act|acting) (now|today|fast|quickly|before|by|soon|early|promptly|while|on it)", "early", "get in", "=warn", "=push", "=pushes", "=pushing", "point out", "points out", "lever", "leverage", "closing argument", "fence sitters", "still weighing", "open quote", "open quotes", "open prospect", "open prospects", "tell (them|him|her|the buyer|the client|the customer|the prospect|prospects|buyers|customers|clients|every|each|your|any|all)", "=remind", "=mention", "hesitate", "hesitates", "hesitating", "stall", "stalls", "stalling", "on the fence"];
    /**
     * A promotion's vehicle put to use: an amount, or the buyer getting, earning, claiming or redeeming it, or our people handing it
     * over or sending it ("Members get 3% cashback", "Hand dealers the $500 coupon", "Text lapsed members a win-back coupon"), not a
     * coupon or a rebate only named ("The brake service coupon
     * in the Sunday paper belongs to the service department", "Rebate period is 12 weeks").
     */
    readonly used: readonly ["{pct}", "{money}", "=get", "=gets", "=getting", "=earn", "=earns", "=receive", "=receives", "=claim", "=claims", "=redeem", "=redeems", "=redeemed", "redemption", "=carry", "=carries", "=hand", "=hands", "=pay", "=pays", "=paid", "=paying", "=give", "=gives", "=offer", "=offers", "=offering", "=worth", "=credited", "=apply", "=applies", "=qualify", "=qualifies", "with this", "at checkout", "at the till", "to the till", "to checkout", "=present", "=presents", "of {num}", "=free", "=save", "=saves", "=mention", "=mentions", "=include", "=includes", "=email", "=emails", "=text", "=texts", "=put", "=puts", "=push", "=pushes", "=offered", "=handed", "=given", "=issued", "=remind", "kicks in", "kick in"];
    readonly lockin: readonly ["(old|current|existing|today's|this year's) (rate|rates|price|prices|pricing|rate card)", "price lock", "locked in"];
    readonly trial: readonly ["trial", "freemium", "free plan", "free tier", "=test", "=try", "try out", "=testing", "test drive", "sign ups", "signups", "self serve", "^ sign up", "every feature", "all features", "full access", "=sandbox", "for evaluation", "no card on file", "no card needed", "no card required", "no credit card", "without a card", "before you pay", "before committing", "before they commit", "before you commit", "before deciding", "before they decide", "before buying"];
};
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
    /**
     * Contexts of `when` that bind from the sentence just before or after too ("Our prices rise on 1 April. Orders confirmed
     * this week ship at the old rate.").
     */
    near?: readonly ContextName[];
    /**
     * Tactic kinds (format.md) in which it does not count: in an `objection-handling` tactic a question put to the buyer answers
     * the objection ("What does it cost you when a job slips a week?"), it is a rebuttal, not discovery.
     */
    notIn?: readonly string[];
    /**
     * Tactic kinds (format.md) in which alone it counts: in a `discovery` tactic a question about the buyer's situation is the
     * discovery itself ("Sit down with the owner and go through everything that burns propane"). Best `quiet`: elsewhere its
     * words are no reading at all.
     */
    onlyIn?: readonly string[];
    /**
     * Its words alone say nothing of the trait ("this week"): without its `when` context it is no reading at all, and `align
     * traits` does not list it among the cancelled ones.
     */
    quiet?: boolean;
    /** Sentences that must signal the trait, and traps that must not (both are tested). */
    examples: {
        signal: readonly string[];
        not?: readonly string[];
    };
}
export interface TraitLexicon {
    /** Plain phrases that signal the trait wherever they stand (qualifiers and senses still apply). */
    triggers: readonly string[];
    constructions: readonly Construction[];
    /** Other senses of the trait's words: a sense that overlaps a signal and is at least as long cancels it. */
    senses: readonly (string | Sense)[];
    /**
     * Bare names of the practice ("coupon", "countdown", "discovery"), every form written out: one of them alone, as the trait's
     * only signal in a text of three sentences or more, is a passing mention, and signals nothing (`BARE_SENTENCES`). A long text
     * that uses the practice says more of it; a long text that only names it is mostly about something else: a meal coupon in a
     * pay policy, a countdown the team took down, a contest's champion.
     */
    bare?: readonly string[];
}
/**
 * Another sense of a trigger's words ("discount rate", "a bond's coupon"): a phrase alone, or a
 * construction with the context it binds to, with traps of its own (sentences where the trait
 * must not be read).
 */
export interface Sense {
    id: string;
    patterns: readonly string[];
    when?: readonly ContextName[];
    unless?: readonly ContextName[];
    scope?: 'sentence' | 'clause';
    /**
     * A sense that spans a subject and what it does ("Sales Ops … decides within two weeks"): the words inside it still count
     * as contexts, for its own `unless` as for the rest ("Our team holds the 10% rate until Friday" keeps its offer).
     */
    wide?: boolean;
    examples: {
        not: readonly string[];
    };
}
/** What the config's `lexicon:` and the `phrase` condition give: phrases per trait. */
export interface TraitPhrases {
    triggers: readonly string[];
    constructions?: readonly Construction[];
    senses?: readonly (string | Sense)[];
    bare?: readonly string[];
}
