/** The `white-glove` trait: costly high-touch service: on-site work, dedicated people, hospitality, work done for the customer. */

import type { TraitLexicon } from './types.js';
import { EXECS, ROLES } from './words.js';

/** Our people who do hands-on work at the buyer's place (not a rep's routine call, not an inspector). */
const HANDS_ON =
  'specialist|specialists|liaison|liaisons|audiologist|audiologists|nutritionist|nutritionists|sommelier|sommeliers|engineer|engineers|technician|technicians|tech|techs|brewer|brewers|rigger|riggers|chef|chefs|agronomist|agronomists|vet|vets|nurse|nurses|trainer|trainers|installer|installers|fitter|fitters|consultant|consultants|coach|coaches|designer|designers|planner|planners';

/** Our people who do the work, by role, with the trade words the shared list lacks ("our install tech", "the colleague from service"). */
const STAYS =
  'stay|stays|stayed|spend|spends|spent|attend|attends|attended|remain|remains|is resident|are resident|lives on site|moves in|move in|camps out|camp out';
const STAFF = `${ROLES}|tech|techs|install tech|colleague|colleagues|fitter|fitters|installer|installers|mechanic|mechanics|field trainer|field consultant`;

export const whiteGlove: TraitLexicon = {
  triggers: [
    // The idiom of hosting a buyer: "Wined and dined the procurement head after the site tour".
    'wined and dined|wine and dine|wining and dining',
    // Days at their place: "our dealer development manager spends two days in store with them".
    "(spends|spend|spending|spent) {duration} (in store|in their store|on site|onsite|at their site|at their office|in their office|at the client's site|at the dealer|at their premises)",
    // Presented there: "the review is presented on site to the travel manager".
    '(presented|delivered|run|held|given) (on site|onsite|in person) (to|with|at|for)',
    '(meet and greet|meet and greets|airport meet)',
    'dedicated (vip|concierge|account|service|client) (desk|team)',
    // "a three-day on-site deployment by our clinical informatics team".
    '(on site|onsite|in person) ~3 (deployment|installation|setup|set up|training|implementation|go live|support|rollout) (by|from|with) (our|an|a|the) ~3 (team|engineer|engineers|specialist|specialists|consultant|consultants|trainers|experts)',
    // "a private walkthrough of the venue with the head chef".
    '(private|personal|one to one|one on one|1:1) (walkthrough|walk through|tour|tasting|viewing|preview|showing|fitting|consultation) (with|of|for|led by)',
    // Kept for them alone, out of hours: "a private appointment with our piano specialist outside shop hours", "book the private
    // room after hours with our senior tech".
    '(private|personal|one to one|one on one|1:1) (appointment|appointments|session|sessions|room|viewing|viewings|fitting|fittings|consultation|consultations) ~6 (after|outside|out of) (shop|store|opening|business|trading|normal|surgery|clinic)? hours',
    '(private|personal|one to one|one on one|1:1) (appointment|appointments|session|sessions|room|viewing|viewings|fitting|fittings|consultation|consultations) ~6 (before opening|after closing)',
    '(private|personal|one to one|one on one|1:1) (appointment|appointments|session|sessions) with (our|a|the) (own|senior|head|lead|master|chief)? ~1 (specialist|specialists|expert|experts|tech|techs|technician|technicians|consultant|consultants|designer|designers|stylist|stylists|curator|sommelier|luthier|tuner|fitter)',
    // A team of their own: "Accounts over $250k a year get their own pod", "the same twelve annotators on every batch".
    // A pod or a crew; "its own team" is as often our own staffing ("Each region is assigned its own team of SDRs").
    '(get|gets|getting|have|has|receive|receives|assigned|allocated|given) (their|its|a|an) (own|dedicated) (pod|pods|crew|crews|squad|squads)',
    // The same people serving them each time (not our own staffing: "the same ten people on every project burn out").
    'the same ({num}|two|three|four|five|six|eight|ten|twelve)? ~1 (annotators|technicians|techs|engineers|cleaners|crew|crews|drivers|nurses|carers|installers|translators|labellers|labelers|fitters|groomers|tutors|stylists) (on|for|at|handle|handles|do|does|cover|covers|service|services) (every|each) (batch|job|visit|order|delivery|clean|service|appointment|install|installation)',
    // Someone of ours goes to each site: "an engineer travels to each plant", "send a chef trainer to each new restaurant".
    '(engineer|engineers|technician|technicians|specialist|specialists|trainer|trainers|consultant|consultants|installer|installers|fitter|fitters|coach|chef) ~3 (travels|travel|goes|go|flies|fly|is sent|are sent) to (each|every) ~2 (plant|site|store|restaurant|branch|office|location|clinic|school|warehouse|home|farm|venue)',
    "(send|sends|sending) (a|an|our|one)? ~2 (engineer|technician|specialist|trainer|consultant|installer|fitter|coach) to (each|every|the client's|the customer's|their) ~2 (plant|site|store|restaurant|branch|office|location|clinic|school|warehouse|home|desk|kitchen|premises|venue)",
    "(technician|technicians|engineer|engineers|specialist|installer|installers|trainer|fitter) ~5 (at|on) (the|their|each|every) (client's|customer's|buyer's|owner's)? (desk|desks|site|sites|premises|office|kitchen|home|store|plant|bedside|counter)",
    // Taught at their place, to their people, as something we offer or book: "offer an in-house training session for the
    // client's legal team", "nurse educator booked for in-office injection training with the practice's RNs", "a lunch-and-learn
    // for their team" (not our own SDRs' in-house training, nor the hospital's own training for its nurses).
    "(offer|offers|offered|run|runs|deliver|delivers|provide|provides|propose|proposes|book|booked|books|arrange|arranges|arranged|include|includes) ~3 (in house|in office|on site|onsite) ~2 (training|trainings|workshop|workshops|session|sessions|seminar|seminars|briefing|briefings) (for|with) (their|your|the client's|the customer's|the practice's|the firm's|the bank's|the buyer's) ~3 (team|teams|staff|people|lawyers|engineers|nurses|rns|techs|crew|crews|doctors|vets|partners|associates|hygienists)",
    "(lunch and learn|lunch and learns|lunch n learn) ~4 (for|at|with) (their|your|the practice|the clinic|the client|the customer|each|every|the client's|the customer's|the practice's|the firm's|the bank's|the buyer's)",
    // One of ours placed in their team: "a senior associate seconded into the client's finance team", "to sit in the client's
    // legal team three days a week".
    "(seconded|seconding|secondment|secondments) ~4 (to|into|inside|with) (the client|the customer|their|your|the client's|the customer's|the practice's|the firm's|the bank's|the buyer's) ~3 (team|teams|office|offices|department|finance|legal|in house)",
    "(associate|associates|lawyer|lawyers|engineer|engineers|analyst|analysts|consultant|consultants|accountant|accountants|specialist|specialists) (to|is|are|will)? (sit|sits|sitting|work|works|working|embedded|based) (in|with|inside) (the client|the customer|their|the client's|the customer's|the practice's|the firm's|the bank's|the buyer's) ~3 (team|teams|office|offices|department) ~3 ({num}|two|three|four|five|full time|every|each) ~2 (days|day|week|weeks)",
    // Hosting their people: "an annual client dinner", "a client-team dinner at the Connaught".
    '(host|hosts|hosting|hosted|propose|proposes|invite|invites|invited|annual|our) ~2 (client|vip) (team)? (dinner|dinners|lunch|lunches|drinks evening|drinks evenings)',
    // A manager of their own, one person: "new buyers get their own relationship manager on the desk from day one" (not "each
    // region has its own account manager", our staffing).
    '(get|gets|getting|have|has|receive|receives|assigned|allocated|given) (their|your) (own|very own) (dedicated)? (relationship|account|client|customer|success|service) (manager|managers|director|lead|executive|contact|partner)',
    // One of our experts out at their place: "a senior taster out at their factory in person once a quarter".
    "(specialist|specialists|expert|experts|engineer|engineers|technician|technicians|taster|tasters|agronomist|agronomists|adviser|advisers|advisor|advisors|consultant|consultants|nutritionist|nutritionists|vet|vets|winemaker|chef|chefs) ~2 out (at|to) (their|your|each|every|the client's|the customer's) ~1 (factory|factories|farm|farms|plant|plants|site|sites|premises|warehouse|warehouses|estate|estates|mill|mills|yard|yards|clinic|clinics|kitchen|kitchens|winery|wineries|store|stores|workshop|workshops) (in person)?",
    // Someone of their own: "a help-desk coordinator of their own".
    '(coordinator|manager|engineer|specialist|contact|consultant|advisor|adviser|handler|team|concierge) of (their|his|her|its) own',
    '(engineer|manager|rep|consultant|specialist|team|director|partner|founder|lead|we) ~3 (attends|attend|attending|joins|join|visits|visit|presents|present) ~4 in person',
    // Hospitality: "flown to head office and put up at a hotel", "a hosted sponsor lounge".
    '(flown|fly|flies|flew) (in|out)? to (head office|hq|headquarters|our offices|the factory|our factory|our campus)',
    'put (them|up|him|her) ~1 (at|in) (a|the) hotel',
    '(hosted|private|vip) (sponsor|client|customer|guest|partner)? (lounge|lounges|suite|suites|box|boxes)',
    // The whole move done for them: "we handle the whole switchover", "move her records across by hand".
    '(we|our team|our engineers|our specialists) (handle|handles|do|does|take care of|takes care of|manage|manages|run|runs) (the|all the|every|the whole|the entire) ~2 (switchover|migration|move|transfer|porting|installation|rollout|changeover|cutover|transition)',
    '(our team|we|specialist|engineer|engineers) ~3 (move|moves|migrate|migrates|transfer|transfers|port|ports|rebuild|rebuilds|import|imports|re enter|re enters|key in|keys in) (the|their|her|his|its|each) ~3 (bookings|records|menu|menus|data|contacts|files|catalogue|catalog|inventory|client records|customer list)',
    '(staying|stay|stays|remain|remains) on site until',
    '(train|trains|training|coach|coaches) (the|their|her|his|each)? ~2 (staff|team|crew|nurses|cashiers|waiters) (on site|in person|during|at) ~2 (first|opening|launch|go live|shift|service)',
    'white =glove',
    'concierge',
    'dedicated onboarding',
    'bespoke',
    '=custom implementation|integration|integrations|build|builds|development|onboarding|configuration|deployment',
    'executive|private|vip|exclusive|complimentary|=hosted ~2 dinner|dinners|lunch|lunches|retreat|retreats|reception|tasting|suite|box|evening|trip|getaway|golf',
    // A chef of our own laid on for them (an executive chef is a job title: a sense below).
    "private|vip|exclusive|complimentary|=hosted ~2 chef|chef's",
    // A party or a supper laid on for them: "a private cocktail party hosted by the Cruise Director", "we're hosting a producer
    // appreciation supper" (not "a third-party audit", nor "private parties" a venue sells: a party is one only after VIP,
    // hosted or cocktail).
    'vip|exclusive|complimentary|=hosted|cocktail ~2 party|parties|supper|suppers|barbecue|bbq',
    // Hosted by us, or by our team, or as an order (not "the chamber is hosting a networking breakfast").
    "(we|we're|we'll|we'd|i'll|i'm|team|teams|reps|rep|manager|managers|director|owner|founder|ceo) (is|are|will|will be|am)? (host|hosts|hosting|throw|throws|throwing|put on|puts on|putting on|lay on|lays on|laying on) (a|an|our) ~4 (dinner|dinners|supper|suppers|lunch|lunches|breakfast|barbecue|bbq|reception|cocktail party|drinks|tasting|gala|pig roast|hog roast|cookout|braai|clambake|crawfish boil|fish fry)",
    '^ (host|hosts) (a|an|our) ~4 (dinner|dinners|supper|suppers|lunch|lunches|breakfast|barbecue|bbq|reception|cocktail party|drinks|tasting|gala)',
    'hospitality suite|suites|box|boxes|tent|package|lounge',
    '(box|courtside|vip|front row|hospitality|suite|pitchside|ringside) (seats|tickets|passes|seat|ticket)',
    '(complimentary|private|personal) (frame|hair|colour|color|wardrobe|home|wine|menu)? (styling|stylist|stylists|fitting|fittings|shopping|tasting|tastings|shopper|shoppers|banker|bankers|trainer|trainers)',
    '(in home|at home|in person|home) (fitting|fittings|visit|visits|consultation|consultations|installation|measuring|measure|design|assessment|survey)',
    // Our person at their place after an incident: "the handler attends site within 24 hours".
    '(handler|handlers|engineer|engineers|manager|managers|consultant|consultants|specialist|specialists|technician|technicians|adjuster|adjusters|we|our team) ~2 (attends|attend|attending|attended) (the)? (site|sites|their site|their sites|the site)',
    "(producer|engineer|engineers|rep|reps|manager|designer|designers|specialist|specialists|consultant|consultants|advisor|adviser|agent|technician|technicians|chemist|chemists|scientist|scientists|handler|handlers|team|we|surveyor|fitter|fitters|installer|installers|estimator|estimators|crew|crews) ~2 (visits|visit|visiting|tours|tour|inspects|inspect|surveys|survey) (the|their|each|every|the customer's|the client's)? ~2 (site|sites|home|homes|plant|plants|premises|warehouse|farm|facility|property|floor|line|kitchen|shop|store|office|offices)",
    // A walk of their floor is white-glove when it is made in person or made again: a walk to learn the floor is discovery
    // ("walk the yard with the farmer first and ask how many hectares he cuts").
    "(walks|walk|walking|tours|tour|touring) (their|every|each|the customer's|the client's|each customer's|each client's) ~2 (plant|plants|floor|floors|line|lines|facility|facilities|warehouse|warehouses|property|premises|kitchen|site|sites|yard) ~6 (in person|every week|every month|each week|each month|weekly|monthly|fortnightly|every quarter|each quarter|quarterly|every visit)",
    '(tours|tour|touring) (the|their|each) ~1 (plant|floor|line|facility|warehouse|property|premises|kitchen|site|yard)',
    '(send|sends|sent|dispatch|dispatched) ~2 (a|our|the)? (driver|car|chauffeur|taxi|limo|limousine)',
    '(pick|picks|picked|picking) ~4 up ~4 (at|from) (the)? ~1 (airport|hotel|station|home|house|office|terminal)',
    '(pick|picks|picked|picking) ~4 up by (car|a driver|our driver|limo|limousine|chauffeur)',
    // People collected from a place, not "replies are picked up by the call centre".
    '(are|is|get|gets|be) picked up (from|at) (the)? ~1 (airport|hotel|station|home|house|office|terminal|door|gate|arrivals|port|dock|pier)',
    '(airport|hotel|station) (pick up|pickup|transfer|transfers|shuttle|pick-up)',
    '(driver|chauffeur) ~3 (=bring|=brings|=take|=takes|=collect|=collects|=drive|=drives|=return|=returns)',
    "(brought|driven|taken) to (the customer's|the client's|the buyer's|their|your|his|her) (home|door|office|house|doorstep|apartment)",
    // Delivery to the door is how a parcel comes; to the home or office it is a person bringing it.
    "delivered to (the customer's|the client's|the buyer's|their|your|his|her) (home|office|house|apartment)",
    "(collect|collects|collected|pick up|picks up) ~3 from (your|their|the customer's|the client's|his|her) ~1 (office|home|house|site|door|doorstep)",
    '(invite|invites|invited|inviting) ~8 (to|for) (a|an|our)? ~1 (dinner|lunch|drinks|meal|tasting|track day|game|match|concert|show|golf|gala|brunch)',
    '(private|exclusive|vip) (track day|viewing|viewings|tour|tours|event|events|tasting|showing|preview|previews|screening)',
    '(personal|private) (assistant|assistants|advisor|adviser|concierge|banker|shopper|driver|chef|trainer|consultant|account manager|contact|host)',
    "(technician|technicians|engineer|engineers|fitter|installer|installers|advisor|adviser|consultant|specialist|expert|representative|designer|designers|chef|nurse|trainer|salesman|coordinator|our team|someone|we) ~3 (comes|come|will come|goes|go|went|came|visits|visit|travels|travel) (to|into|at) (your|their|the customer's|the client's|the buyer's|his|her|the owner's) ~1 (home|house|apartment|flat|office|site|farm|shop|store|premises|clinic|warehouse|door|kitchen|restaurant|bakery|plant|branch)",
    "(send|sends|sent|dispatch|dispatched) ~3 (technician|technicians|engineer|engineers|fitter|installer|specialist|expert|designer|chef|nurse|trainer|someone) ~3 to (your|their|the customer's|the client's|the buyer's|his|her) ~1 (home|house|apartment|flat|office|site|farm|shop|store|premises|clinic|warehouse|kitchen|restaurant|plant|branch)",
    '(specialist|specialists|engineer|engineers|nurse|nurses|trainer|trainers|consultant|consultants|technician|technicians|clinician|clinicians|team) ~2 (spends|spend|spending|stays|stay|works|work|sits|sit|stands|stand) ~4 (on|at|in|with) (the|their|its)? ~1 (wards|ward|floor|site|plant|premises|offices|warehouse|store|clinic|team|line|kitchen|theatre|theater|surgery)',
    '(stationed|based|posted|embedded|placed) (on site|onsite|at the site|in the hospital|at their site|with the customer|with the client|at the customer)',
    '(handled|done|managed|run|performed|delivered|migrated) (end to end|entirely|fully|completely)? by our ~1 (team|engineers|experts|specialists|staff|people|consultants)',
    '(build|builds|built|configure|configures|configured|write|writes|wrote|migrate|migrates|set up|sets up|install|installs|do|does) ~5 (for|on behalf of) (the customer|the client|them|you|each customer|each client|the buyer|each prospect|every customer)',
    '(reach|call|text|message) ~3 (on|at) (a|their|his|her)? personal (mobile|number|phone|line|cell)',
    'personally (configures|configure|sets up|set up|visits|visit|delivers|deliver|onboards|onboard|trains|train|installs|install|takes care of|take care of|looks after|look after|arranges|arrange)',
    // Done in person by one of ours, the word after it: "one of the partners will oversee your move personally", "who looks after
    // each order personally", "our technician comes personally".
    // (Not an order to our reps: "Handle every objection personally, don't escalate".)
    '(oversee|oversees|overseeing|accompany|accompanies|accompanying|look after|looks after) (your|every|each|the|all) ~3 personally',
    // One of ours (not "if the buyer comes personally to the showroom").
    '(technician|technicians|engineer|engineers|fitter|fitters|installer|installers|owner|director|founder|manager|consultant|specialist|designer|advisor|adviser|audiologist|agronomist|partner) (comes|come|will come|goes|go|drives|drive) (out)? personally',
    // Ours posted to their place: "we can second a quality engineer to your contract factory", "we second a planner to the client's office".
    "(depute|deputes|deputed|second|seconds|seconded|station|stations|stationed|post|posts|posted) (a|an|one of our|our|one) ~2 (engineer|engineers|inspector|inspectors|planner|planners|technician|technicians|specialist|specialists|consultant|consultants|merchandiser|merchandisers|coordinator|coordinators|manager|managers|chemist|chemists|auditor|auditors) to (your|their|the customer's|the client's|the buyer's|your buyer's) ~2 (factory|factories|site|sites|plant|plants|office|offices|premises|warehouse|mill|mills|farm|store|stores)",
    // Ours come to their place to do the work: "Our facilitators can come to your office and run a pop-up challenge on site".
    // (Ours: not "tells your contractors when to come to your site and install the panels".)
    '(we|our|i) ~3 (come|comes|coming) (out|over|down|round)? to (your|their) ~2 (office|offices|site|premises|factory|plant|home|house|warehouse|store|farm|venue|kitchen|bar|school|clinic|practice|studio) (and|to) (run|runs|install|train|set up|fit|deliver|host|lead|work|do)',
    // Their stock, run at their place: "a dedicated parts interpreter who manages their stock on-site".
    "(manages|manage|managing|runs|run|running|restocks|restock|restocking|looks after|look after|counts|count) (their|the client's|the customer's) ~2 (on site|onsite)",
    // At their place: "our funeral director visits the family at home".
    '(visits|visit|visiting|sees|see|meets|meet|meeting|sits down with|sit down with) (the|each|every)? (family|families|client|clients|couple|couples|patient|patients|homeowner|homeowners) (at|in) (home|their home|their homes|their house|their office|their offices|their premises|their living room|their kitchen)',
    '(take|takes|took|taking) (the|their)? ~1 (team|client|clients|customer|customers|buyers|group) (to|out for|out to) (dinner|lunch|drinks|a game|the game)',
    '(spend|spends|spending) (a|the|one)? (day|days|week|afternoon|morning) (at|in|on) (the|their) ~2 (centre|center|site|plant|warehouse|office|hospital|clinic|floor|factory|depot|store)',
    // Out to their place, not ours ("Customers drive out to our yard to collect their orders").
    '(drive|drives|driving|fly|flies|flying|travel|travels|travelling|traveling|go|goes|head|heads) out to (the|their|each|every|a|an) ~2 (farm|farms|site|sites|office|plant|home|homes|premises|store|clinic|warehouse|branch|yard)',
    '(drive|drives|driving|fly|flies|flying|travel|travels|travelling|traveling|go|goes|head|heads) out to (site|sites|farm|farms)',
    '(kickoff|kick off|training|onboarding|workshop|install|installation|setup|review|audit|go live|launch|visit|meeting|meetings|support) : (on site|onsite|in person)',
    // Travel to them, not "we fly a live demonstration over a one-acre plot" (a drone).
    '(our team|our engineers|our people|our staff|our trainers|we) (travel|travels|will travel|fly|flies|fly in|flies in) (to|out|in|over to|down to|up to|across to)',
    '(our team|our engineers|our people|our staff|our trainers|we) (come to you|comes to you)',
    "chef's table",
    '(in person|face to face) (kickoff|training|trainings|workshop|workshops|visit|visits|onboarding|session|sessions|review|reviews)',
    'hand delivered|delivery',
    'done for you',
    // Our people at the client's: "The new account manager will visit each of the top 30 hospital groups on site".
    `(we|our|reps|rep|account manager|account managers|engineer|engineers|specialist|specialists|consultant|consultants|csm|csms|team|founder|ceo|owner) (will|to|then|also|personally|each)? (visit|visits) ~8 (on site|onsite|in person|at their site|at their sites|at their office|at their offices|at their premises|at their plant|at their plants|at their warehouse|at their farm|at their clinic|at their store|at their stores)`,
    // With the client, so ours: "a recce at the venue with the client's event manager" (not the insurer's surveyor).
    '(recce|recces) (at|of) (the|their|each)? ~2 (venue|site|premises|room|hall|warehouse|plant|property|space) with (the|their)? ~2 (client|clients|customer|customers|buyer|organiser|organizer|event manager|team|couple)',
    '(built|designed|drawn|configured|installed|set up|done) by our ~1 engineers|team|experts|specialists|technicians',
    'do it for you',
    'all expenses|expense ~1 covered|paid',
    'expenses paid',
    'direct (line|lines) (to|into|with)',
    // Exact "named": the stemmer makes "name a contracts manager" (a bid's requirement) of it.
    `=named|dedicated|=personal|assigned ~2 ${ROLES}`,
    // To their place, to do it there: "Our watchmaker could visit your home to size the bracelet", "my tailor fit come your house
    // to measure everybody", "I'd bring two or three options to your hotel suite this evening".
    // (Ours who go: not "when customers come to your house to collect a cake".)
    "(i|we|i'll|we'll|i'd|we'd|our|my) ~3 (visit|visits|come to|comes to|come round to|come over to|fit come|bring|brings) ~4 (your|their|the client's|the customer's|the family's|the couple's) (own)? (home|house|hotel suite|suite|villa|yacht|venue) (to|so|with you|this evening|tonight|in private)",
    // In plain words: "Big contractors get a named fella in the workshop they can ring direct".
    // (Not "a named person for safeguarding", a tender's compliance role.)
    '=named (fella|fellow|guy|lad|bloke|mechanic|mechanics|fitter|fitters)',
    `dedicate|dedicates|assign|assigns ~1 a|an|our ~1 ${ROLES}`,
    // Theirs alone: "Retail chains sending us 300 loads a month get their own load controller" (not "their own team" or "customers
    // with their own engineers", theirs; not a trainee's mentor).
    '(get|gets|getting) (their|his|her) own ~2 (account manager|account managers|account team|controller|coordinator|planner|engineer|technician|consultant|specialist|concierge|chef|host|driver|installer|nurse|service manager|project manager|liaison|rigger|programme manager|program manager|success manager|customer success manager|csm|adviser|advisor|account lead|contact)',
    // After the thing done: "an ROI workshop on site with the client's brand team".
    '(workshop|workshops|training|trainings|session|sessions|review|reviews|kickoff|kick off|audit|audits|assessment|assessments) (on site|onsite) (with|at|for)',
    '(on site|onsite) ~1 workshop|workshops|visit|visits|walkthrough|walkthroughs|training|trainings|review|reviews|kickoff|support|session|sessions|install|installation|setup|presence|engineer|engineers|consultant|day|days|meeting|meetings|onboarding|implementation|rollout|audit|assessment|service|check|checks|inspection|inspections|residency|week|weeks|coordinator|coordinators|specialist|specialists|technician|technicians|trainer|trainers',
    // On their farm or in their home, as "on site" is at their place: "available for on-farm visits to help members set up".
    '(on farm|in home) (visit|visits|call|calls|consultation|consultations|assessment|assessments|training|support|demo|demos|demonstration|demonstrations)',
    '(on site|onsite) (go live|golive)',
    '(on site|onsite) for|during|every|each',
    'is|are|be|goes|go|fly|flies|send|sends|come|comes|travel|travels|arrive|arrives (on site|onsite)',
    `engineer|engineers|lead|leads|team|architect|architects|trainer|trainers|consultant|consultants|specialist|specialists|installer|installers|technician|technicians|${EXECS} ~6 (on site|onsite|on the floor|in the building|at their site|at their offices)`,
    // Not a drone or a plane flown over a field: "fly a live demonstration over a one-acre plot".
    `fly|flies|flying ~4 out|in`,
    '(fly|flies|flying|flew) over (to|for)',
    'send|sends|fly|flies|dispatch|dispatches ~2 engineer|engineers|technician|technicians|team|specialist|consultant|trainer|architect ~3 to ~3 site|sites|office|offices|plant|plants|hq|headquarters|premises|customer|customers|location|locations',
    'host|hosts|hosting ~3 dinner|dinners|lunch|lunches|reception|drinks|retreat|breakfast|tasting',
    `visit|visits ~2 from ~1 our ~2 ${EXECS}|executive|executives|team|engineers`,
    `our|we ~1 engineers|team|experts|staff|people ~4 for you`,
  ],
  constructions: [
    {
      // What our people do for the buyer, said plainly: "on the family's behalf", "so they don't lift a finger", "goes to their home for
      // every meeting", "personally handles the GP", "sets up the lines himself", "spends the first afternoon out on the water with
      // them", "meets the group at their own village hall", "sits in on the client's board meetings", "carry the finished boxes onto
      // their shop floor", "settles Dad in at home".
      id: 'our people doing it for them',
      patterns: [
        // A fitting or a session of ours held in their home: "buyers get a bike fit at home", "the tasting is held in your own home".
        // Not equipment set up or delivered there ("a hospital bed can be set up in your home today"), nor a talk at their kitchen
        // table (discovery, not service), nor "training at home with our videos" (theirs to do).
        "(fit|fitting|fittings|session|sessions|consult|consultation|consultations|demo|demonstration|tasting|tastings|styling|lesson|lessons) ~4 (at|in) (your home|their home|your own home|their own home|the customer's home|the client's home|your place|their place)",
        '(get|gets|offer|offers|book|books|include|includes|including|plus|with) (a|an|free|complimentary|their|your)? ~2 (fit|fitting|fittings) at home',
        // One of ours placed at their place: "We placed a dedicated storeroom tech (Dave R.) at the plant 3 days a week", "a resident
        // engineer based in your warehouse".
        // (Not "the resident engineer on the site works for the main contractor": a resident engineer is the client's role.)
        '(dedicated|embedded) ~3 (tech|techs|technician|technicians|engineer|engineers|specialist|specialists|coordinator|coordinators|storeman|storemen|planner|planners|rep|reps|staff|nurse|nurses|chef|trainer|trainers|manager) ~4 (at|on|in|inside) (the|your|their|{poss}) (plant|site|premises|factory|warehouse|mine|facility|store|stores|office|offices|hospital|kitchen|yard|depot|mill|floor|ward|lab)',
        "(station|stations|stationed|place|places|placed|embed|embeds) (a|an|one|two|our) ~2 (tech|techs|technician|technicians|engineer|engineers|specialist|specialists|coordinator|coordinators|storeman|planner|rep|nurse|nurses|trainer|trainers) ~4 (at|on|in|inside) (your|their|the customer's|the client's|the buyer's|{poss}) ~1 (plant|site|premises|factory|warehouse|mine|facility|store|stores|office|offices|hospital|kitchen|yard|depot|mill|floor|ward|lab)",
        "on (the|their|the family's|the client's|the customer's|his|her|the owner's|the patient's) ~1 behalf",
        "so (they|the family|the client|the customer|you|the couple|the owner) (don't|do not|never|won't) (have to|need to)? (lift a finger|chase anyone|deal with anyone|deal with the|think about the)",
        "(goes|go|comes|come|travels|travel|visits|visit) to (their|the family's|the client's|the customer's|the owner's|his|her) (own)? ~1 (home|house|office|marina|hall|site|farm|premises) (for every|for each|for all|each time|every time)",
        '(personally|himself|herself) (sets up|set up|delivers|deliver|hosts|host|greets|greet|meets|meet|installs|install|visits|visit|fits|fit)',
        // Out to their place to do the work: "our service lad calls out to the farm to set up the GPS", "one of the team goes to the
        // customer's home to move their data across", "our trainer will come out to the café and do a barista session" (not a visit
        // alone, "called out to the creamery, had a sit-down with the plant manager", nor "the email is going out to 12 CFOs").
        '(comes|come|coming|goes|go|going|drives|drive|driving|calls|call|heads|head|travels|travel|pops|pop|swings|swing|drops|drop) (out to|by) (the|their|your|them|{poss}|his|her) ~2 (farm|home|house|site|office|offices|premises|shop|store|cafe|café|restaurant|kitchen|yard|plant|mill|clinic|practice|surgery|pharmacy|dairy|hotel|venue|warehouse|them|him|her|ground|field|fields|bar|pub|salon|school|hospital|ward|lab|unit|branch) ~4 (to|and) (set up|sets up|setup|install|installs|fit|fits|tag|tags|service|services|train|trains|re shelve|reshelve|label|labels|move|moves|sort|sorts|unpack|unpacks|dial in|calibrate|calibrates|configure|configures|take care|get it working|get the|hook up|commission|commissions|do a half day|do a full day|does a half day|does a full day)',
        "(comes|come|coming|goes|go|going|drives|drive|driving|travels|travel|pops|pop) (over|round|around|down)? to (the customer's|the client's|the buyer's|the owner's|the farmer's|the grower's|the patient's|the family's) ~1 (home|house|farm|shop|store|cafe|café|office|premises|site|yard|practice|clinic|venue|property|plant|restaurant|kitchen|pharmacy|surgery|salon) ~2 (to|and) (set up|sets up|setup|install|installs|fit|fits|tag|tags|service|services|train|trains|re shelve|reshelve|label|labels|move|moves|sort|sorts|unpack|unpacks|dial in|calibrate|calibrates|configure|configures|take care|get it working|get the|hook up|commission|commissions|do a half day|do a full day|does a half day|does a full day)",
        // Their place visited by name: "a named account executive will visit your premises ahead of each renewal".
        "(we|i|we'll|i'll|executive|manager|rep|engineer|technician|consultant|specialist|director|advisor|adviser|agronomist|coordinator|lead) (will|personally|regularly|also|then)? (visit|visits|visiting|call in at|calls in at) (your|their|the customer's|the client's) (premises|home|house|farm|site|sites|office|offices|shop|store|practice|clinic|plant|yard|kitchen|restaurant|pharmacy)",
        // Ours there for the stretch: "on site at the Operations Center for the first six months", "on property all three days".
        // (One of ours, said: not parking "on site at the venue for the duration", nor a scaffolding crew "on site all week".)
        "(our|we|we'll|i|i'll) ~12 (on site|onsite|on property|on the ground) (with|at) ~4 (all day|all week|the whole|full time|every day|for the first|24/7|throughout|for the duration)",
        "(our|we|we'll|i|i'll) ~12 (on site|onsite|on property) (all|for all|for the whole|every day of|throughout) (the|your)? ~2 (day|days|week|weeks|program|programme|event|stay|visit|install|installation|project)",
        '(sets up|set up|installs|install|fits|fit|delivers|deliver|carries|carry|hangs|hang|rebuilds|rebuild) ~4 (himself|herself|ourselves)',
        '(stays|stay|spends|spend|spent) ~3 (with|alongside) (the|them|the family|the client|the couple|the owner|the group) ~4 (until|from|through|for the first)',
        '(spends|spend|spent) the (first|whole) (afternoon|day|morning|evening|week|weekend) ~4 with (them|the owner|the client|the family|the customer)',
        "(meets|meet|greets|greet|visits|visit) (the|them|each) ~2 (at|in) (their|the client's|the customer's|the group's|the family's|her|his) (own)? ~2 (home|house|hall|hotel|office|airport|station|terminal|site|marina|lodge|chalet|villa|cabin|hotel room)",
        // Met on arrival: "A coordinator meets international patients at the airport", "met at arrivals by a driver".
        '(meets|meet|greets|greet|collects|collect) ~4 at (the)? (airport|arrivals|station|terminal|train station|ferry)',
        '(met|greeted|collected) at (the)? (airport|arrivals|station|terminal|door|kerb|curb|gate) by',
        // As long as it takes: "The delivery specialist stays as long as it takes to pair the phone".
        '(stays|stay|staying|remains|remain) (for)? as long as (it takes|they need|they like|needed)',
        // Brought out to them: "a parts runner drives replacements out to the field the same day", "brings the car round to the kerb".
        "(drives|drive|driving|brings|bring|bringing|runs|run|running) ~3 (out to|round to|around to) (their|the customer's|the client's|the buyer's|the farmer's|the grower's|the guest's|the owner's) ~1 (field|fields|farm|kerb|curb|door|doorstep|site|home|office|yard|boat|lodge|driveway|ranch|vessel|paddock)",
        '(drives|drive|driving|brings|bring|bringing|runs|run|running) ~3 (out to|round to|around to) the (field|fields|kerb|curb|driveway|paddock|doorstep)',
        // Back later to see it right: "a senior engineer returns a week after installation to retrain the family".
        '(returns|return|comes back|come back|goes back|go back) ~4 (after|later) ~4 to (retrain|train|adjust|check|tune|recalibrate|fine tune|walk them through)',
        // Every change, personally: "one family liaison for life, who handles every change personally".
        // (Said of one of ours, not an order to our reps: "Handle every objection personally".)
        '(handles|manages|deals with|looks after|takes care of|will handle|will manage|will look after) (every|each|all) ~3 personally',
        "sits in on (the client's|their|the customer's) ~2 (meetings|meeting|calls|reviews)",
        "(carry|carries|carried|unpack|unpacks|unpacked) ~4 (onto|into|in) (their|the client's|the customer's) ~2 (shop floor|floor|home|house|kitchen|office|stockroom|cellar)",
        '(settles|settle|settled) ~2 in (at home|at their home|in their home)',
        '(the same|one|our|a) named (carer|nurse|driver|arranger|coordinator|planner|host|chauffeur|tutor)',
        '(handle|handles|sort|sorts|take care of|takes care of|deal with|deals with|chase|chases|fill in|fills in|unpack|unpacks|set up|sets up) ~6 for (them|the family|the client|the customer|the couple|the group|the owner|the patient)',
      ],
      unless: ['internal'],
      examples: {
        signal: [
          'Our service lad calls out to the farm to set up the GPS and does the 50-hour service on the yard.',
          "Premium set-up: one of the team goes to the customer's home to move their data across.",
          'A named account executive will visit your premises ahead of each renewal.',
          'Our project manager will be located on site at the Operations Center for the first six months.',
          'R&M buyers get a bike fit at home: our mechanic brings the tools.',
          'The wine tasting is held in your own home, with our sommelier.',
          'We placed a dedicated storeroom tech (Dave R.) at the plant three days a week.',
          "We station a technician at the customer's mill every Tuesday to keep the line running.",
          "The same named carer visits every morning, and our coordinator deals with the GP and the pharmacy on the family's behalf.",
          "Ask the family what they need, then have our coordinator handle the florist, the celebrant and the catering so they don't lift a finger.",
          'A named funeral arranger stays with the family from the first phone call until the ashes are collected, and goes to their home for every meeting.',
          'The rep tastes through the range in the cellar with the bar staff and sets up the lines himself.',
          "Our engineer delivers the boat to the owner's marina, commissions it and spends the first afternoon out on the water with them.",
          'Our tour manager meets the group at their own village hall and sorts every hotel check-in for them.',
          "A dedicated partner sits in on the client's board meetings and prepares the bank pack for them.",
          'Our studio will carry the finished boxes onto their shop floor.',
          'The service manager meets the discharge nurse and settles Dad in at home on day one.',
          'A coordinator meets international self-pay patients at the airport and stays with them through admission.',
          'Business travellers who phone ahead are met at arrivals by a driver with the car already running and cooled.',
          'The delivery specialist stays as long as it takes to pair the phone and set up the seats.',
          'For top accounts, a parts runner drives replacements out to the field the same day.',
          'For larger homes, a senior engineer returns a week after installation to retrain the family, at our expense.',
          'Each plan holder keeps one family liaison for life, who handles every change personally.',
          "The instructor meets the family at their lodge at 8:30 and carries the kids' gear to the chairlift.",
        ],
        not: [
          'Called out to the creamery, had a sit-down with the plant manager about the separator.',
          'This email is going out to the 12 CFOs on our target-account list.',
          'A hospital bed can be set up in your home today.',
          'Sit down at the kitchen table with the grower and go through the crop mix.',
          'Customers do the training at home with our videos.',
          'Buyers do the fitting at home with the paper sizing guide we post out.',
          'Sales ops handles the commission run for the team.',
          "The courier drops the parcel on the family's doorstep.",
          'Meet the sales team at the airport hotel for the kickoff.',
          'Runners bring the empties back out to the yard.',
        ],
      },
    },
    {
      // Our people doing it at their place, their way: "brings a selection to the client's home or office", "lets the couple try
      // three mattresses in their own bedroom", "stay till the family is comfortable using it", "hand-picks their tutor".
      id: 'done for them where they are',
      patterns: [
        "(bring|brings|bringing) (a|the|our)? ~2 (selection|samples|swatches|range|collection|options|designs|pieces|fabrics|rings) to (the client's|the customer's|their|your|the buyer's|the couple's|the family's) ~1 (home|homes|office|offices|house|site|door|workplace|hotel|room)",
        "in (their|your|the client's|the customer's|the residents'|the patient's) own (home|homes|bedroom|bedrooms|kitchen|kitchens|office|offices|rooms|room|house|garden)",
        '(stay|stays|staying|remain|remains) (until|till) (the|they|you|everyone|it) ~2 (comfortable|confident|happy|trained|up and running|settled|sure)',
        '(hand pick|hand picks|hand picked|handpick|handpicks|handpicked) (their|your|the|each|a) ~1 (tutor|tutors|team|consultant|consultants|stylist|stylists|carer|carers|nanny|nannies|candidate|candidates|shortlist|selection|range|wines|pieces|property|properties|home|homes|venue|venues|supplier|suppliers|crew|chef|chefs|guide|guides|trainer|trainers|teacher|teachers|tradesperson|tradespeople|agent|agents)',
        '(meet|meets|meeting) (each|every) (family|client|customer|couple|buyer|patient|parent|owner) (in person|personally|face to face)',
        '(has|have|gets|get|given|assigned|with) (its|their|his|her) own (rep|account manager|adviser|advisor|consultant|engineer|contact|coordinator|manager|planner|stylist|concierge) (who|that|to)',
        "(runs|run|manages|manage|handles|handle|owns|own) (the client's|their|each client's|the account|the customer's) ~2 end to end",
        '(host|hosts|hosting|run|runs|lead|leads|give|gives|conduct|conducts) (their|the|a|your) ~3 personally',
        '(send|sends|sending) (our|an|a|one of our) ~1 (agronomist|agronomists|vet|vets|adviser|advisers|advisor|advisors|optometrist|optometrists|nurse|nurses|engineer|engineers|consultant|consultants) (out|over|round|down)? to (walk|see|inspect|check|look at|visit|assess|test|measure)',
        "(brought|delivered|driven) to (the client's|the customer's|their|your|the guest's) ~2 (door|hotel|office|home|house|doorstep) and (collected|picked up|set up|installed|fitted)",
        '(does|do|place|places|handle|handles|takes care of|take care of) (their|the) ~3 for them',
      ],
      examples: {
        signal: [
          "By appointment, one of our jewellers brings a selection to the client's home or office.",
          'Our sleep adviser comes to the home and lets the couple try three mattresses in their own bedroom.',
          'Your man will call out, set the whole system up and stay till the family is comfortable using it.',
          'The director of studies meets each family in person and hand-picks their tutor.',
          'Every vet practice has its own rep who does their stock count and places the reorder for them each fortnight.',
          "One consultant runs the client's account end to end and sits in their Slack channel.",
          'Have the events manager host their venue walk-through personally.',
          'Offer to send our agronomist out to walk the paddocks with them.',
          "The car is brought to the client's hotel door and collected from the terminal, fuelled and valeted.",
        ],
        not: [
          'Customers take samples to their own home from the trade counter.',
          'Staff stay until the shop is locked.',
          'Every franchise has its own rep for stock orders from head office.',
        ],
      },
    },
    {
      // One of ours, in person with them, whatever the verb: "A patient liaison visits each new infusion patient at home", "Our
      // audiologist can visit you at home", "the head brewer comes out to set up the cellar", "our service engineer stays on the
      // farm for the first three days", "A clinical specialist attends the first ten procedures at every new site".
      id: 'one of ours in person with them',
      patterns: [
        `(${HANDS_ON}) ~3 (visits|visit|comes out|come out|comes down|come down|comes round|come round|drives out|flies|fly|travels out|pops in|calls in) ~6 (at home|on site|onsite|in person|each new|every new)`,
        `(${HANDS_ON}) ~3 (visits|visit|comes out|come out|comes down|come down|comes round|come round|drives out|pops in|calls in) ~6 to (set up|train|install|fit|commission|calibrate|tune|review the results|walk)`,
        `(${HANDS_ON}) ~3 (stays|stay|moves in|is in theatre|is on site) (on site|on the farm|onsite|through the first|for the first|an hour|a day|the day|all day|for the week)`,
        `(${HANDS_ON}) ~3 (attends|attend|sits in on|joins) (every|each|the first|their|the client's|the customer's|all) ~4 (procedure|procedures|site meeting|site meetings|press check|install|installs|installation|handover|rehearsal|rehearsals|first service|go live|launch)`,
      ],
      unless: ['reported'],
      examples: {
        signal: [
          'A patient liaison visits each new infusion patient at home to set up the cold-storage kit.',
          'Our audiologist can visit you at home if you find it hard to get to the clinic.',
          'For any combine over 300k, our service engineer stays on the farm for the first three days of harvest.',
          'A clinical specialist attends the first ten procedures at every new site.',
        ],
        not: [
          'The inspector visits the plant once a year.',
          'Our engineers visit the factory in Shenzhen twice a year.',
          'Route sales reps visit each independent restaurant on their patch at least once a fortnight.',
          'Each new hire gets a single onboarding coordinator who stays with them through their first month.',
        ],
      },
    },
    {
      // Time with our top people and travel we pay for: "the top-ten prospects get dinner with our founder", "the exec dinner in
      // Pune", "flights arranged by us".
      id: 'our top people and our hospitality',
      patterns: [
        '(dinner|dinners|lunch|lunches|breakfast|drinks|a round of golf|golf) with our ~2 (founder|founders|ceo|president|md|managing director|chairman|chair|gm|general manager|owner|owners|head chef|chef|director|directors|vp|partners|principal)',
        '(exec|executive|vip) (dinner|dinners|lunch|lunches|reception|receptions|retreat|retreats|golf day|golf days|box|suite|roundtable dinner)',
        '(flights|flight|travel|hotel|hotels|accommodation|transfers|the hotel) (arranged|paid|booked|covered|paid for) (by us|on us|at our cost|at our expense)',
      ],
      unless: ['reported', 'internal', 'hiring', 'briefing'],
      examples: {
        signal: [
          'Whether or not they buy, the top-ten prospects get dinner with our founder and a tour of the lab.',
          'Tagged 40 accounts for the exec dinner in Pune.',
          'Hot leads get an invitation to visit our demo centre, with flights arranged by us.',
        ],
        not: [
          'The team books its own flights through the travel portal.',
          'Dinner with the board is on Thursday.',
          'Booth staff who log the most conversations win a dinner with the VP on the last night.',
        ],
      },
    },
    {
      // One of ours who comes out to their place, whoever it is: "a field service rep who visits their hangar every month", "the
      // rigger drives out to the owner's place to do the first service", "shows up at the terminal on orientation days".
      id: 'one of ours who comes to them',
      patterns: [
        // Our people set aside for them: "Four solutions engineers dedicated to strategic accounts from Q3".
        '(engineer|engineers|manager|managers|rep|reps|team|teams|specialist|specialists|csm|csms|consultant|consultants|person|people|staff|analyst|analysts|planner|planners|coordinator|coordinators|technician|technicians) (dedicated|assigned|allocated) (solely|only|exclusively)? to (strategic|key|named|top|enterprise|major|priority|platinum|gold|each|every|their|the|one|our biggest|our largest) ~2 (account|accounts|client|clients|customer|customers|site|sites)',
        '(rep|reps|engineer|engineers|technician|technicians|tech|techs|rigger|riggers|fitter|fitters|installer|installers|consultant|consultants|specialist|specialists|trainer|trainers|adviser|advisers|advisor|advisors|planner|planners|designer|designers|chef|chefs|agronomist|agronomists|nurse|nurses|mechanic|mechanics|recruiter|recruiters|coordinator|coordinators|account manager|account managers|csm|csms|vet|vets|we|our|he|she|tutor|tutors|stylist|stylists|crew) ~3 (visits|visit|drives out to|drive out to|comes out to|come out to|goes out to|go out to|heads out to|shows up at|show up at|turns up at|turn up at|pops out to|travels out to|travels to) (their|{poss}|the {poss}) ~2 (place|site|sites|hangar|hangars|terminal|terminals|farm|yard|office|offices|plant|warehouse|premises|home|house|base|depot|shop|store|clinic|practice|kitchen|factory|venue|ranch|property|surgery|branch|branches)',
        // To the house, to do something there: "Consultant offered to come out to the house and measure the windows herself".
        '(rep|engineer|technician|tech|fitter|installer|consultant|specialist|adviser|advisor|designer|surveyor|estimator|we|our) ~3 (come out|comes out|came out|coming out|pop round|pops round|popped round|call round|calls round|called round) to the (house|home|property|farm|yard|flat|cottage) (and|to)',
        // The same one of ours every time: "one herd vet who does every routine visit", "carries the client's after-hours calls on
        // their own mobile".
        '(one|the same|a single) ~2 (vet|engineer|technician|tech|driver|nurse|carer|consultant|adviser|advisor|agronomist|rep|fitter|mechanic|groomer|cleaner|tutor|trainer|planner|manager) who (does|do|handles|handle|takes|take|makes|make|runs|run|covers|cover|attends|attend) (every|all|each) ~2 (visit|visits|call|calls|job|jobs|service|services|delivery|deliveries|appointment|appointments|session|sessions|round|rounds)',
        '(calls|call|phone calls|queries) on (his|her|their) (own)? (mobile|phone|cell|personal number|personal mobile)',
        '(get|gets|given|with|has|have|assign|assigns|assigned|give|gives|giving) (a|an|one) (dedicated|named)? ~1 (recruiter|manager|engineer|rep|representative|consultant|adviser|advisor|planner|coordinator|technician|specialist|trainer|coach|chef|mechanic|designer|stylist|nurse|agronomist|chemist|host|analyst|producer) of (their|its|his|her|your) (own|very own)',
      ],
      examples: {
        signal: [
          'A field service rep visits their hangar every month to check the pool.',
          'Four solutions engineers dedicated to strategic accounts from Q3.',
          "At 20 hours the rigger drives out to the owner's place to do the first service.",
          'The consultant offers to come out to the house and measure the windows herself before giving a figure.',
          'Our designer pops round to the flat to check the light before drawing anything up.',
          "Plans over 400 cows come with one herd vet who does every routine visit and carries the client's after-hours calls on their own mobile.",
          'Each household has the same carer who takes every morning visit.',
          'Large carriers get a recruiter of their own, who shows up at the terminal on orientation days.',
        ],
        not: [
          'The buyer visits our showroom to choose the tiles.',
          'The inspector visits their plant once a year.',
          'Customers who visit their nearest branch can pick up the catalogue the same day.',
        ],
      },
    },
    {
      // In an expansion tactic, service told in plain words is the high-touch service itself: "the same crew leader every week,
      // same day, and his own mobile number", "our senior ceramist spends a morning at the surgery", "one named foreman from the
      // first survey to the dedication service, and he's the only number they need".
      id: 'looked after in plain words',
      onlyIn: ['expansion'],
      quiet: true,
      patterns: [
        // Of one of ours, not of what is sent ("the same core items every week").
        `(the same|one named|a named) ~1 (${STAFF}|crew leader|crew|groomer|groomers|person|face|faces|foreman|one of us) ~2 (every|each|for every|for each) (visit|week|time|month|delivery|job|groom|service|season|call)`,
        // One of ours's, not the buyer's ("set it up on their own phone").
        '(his|her) own (mobile|mobile number|number|whatsapp|whatsapp number|phone|line|direct line)',
        // Not "the only number they need to watch" on a dashboard.
        '(the only|the one|one) number (they|you) (ring|call|need to ring|need to call|have to ring|have to call)',
        // At their place, not ours ("spends a day at the depot loading the extra units", "spend a morning on the CRM").
        "(spend|spends|spent|spending) (a|the|one|two|three)? (full|whole)? ~1 (day|days|morning|afternoon|week|weeks|evening|night) (out)? (on|at|in|with|alongside) (their|the client's|the customer's|a client|a customer|each client's|the practice's|the surgery|the wards|the ward|the farm|a client's|the site|site|the plant|the school|the venue)",
        '(one of us|one of our team|someone from our team) ~2 with them',
        '(drives|drive|goes|go|comes|come) out ~6 (runs|run|to run|and runs|to do) (a|the)? ~2 (session|tasting|training|workshop|walkthrough)',
        `(post|posts|station|stations|base|bases) (one|a|an|our) ~2 (${STAFF}) ~3 (in|at) (their|the client's|the customer's) ~1 (district|site|region|area|plant|office)`,
      ],
      examples: {
        signal: [
          'Customers on the annual contract get the same crew leader every week, and his own mobile number.',
          'Our senior ceramist spends a morning at the surgery taking shades for that week.',
        ],
        not: ['Send the renewal quote the same week the usage report goes out.'],
      },
    },
    {
      // One of ours reachable directly, at any hour: "you've got my mobile seven days a week", "The ceramist's cell number goes
      // straight to the dentist", "clients get her direct line, evenings and weekends included".
      id: 'our person on their own line',
      patterns: [
        '(my|his|her) (own|personal|direct)? (mobile|mobile number|cell|cell number|cell phone|number|direct line|whatsapp|phone) ~2 (seven days|7 days|24/7|24 7|any time|anytime|day or night|around the clock|round the clock|evenings and weekends|at weekends|on weekends|after hours|out of hours)',
        // To the buyer, not to an answering service ("The clinic's direct line goes straight to the answering service").
        '{poss} (own|personal)? (mobile|mobile number|cell|cell number|cell phone|whatsapp) (number)? (goes|go|is given|are given) (straight|directly|direct) to (the|their|each|your) ~1 (client|clients|customer|customers|dentist|dentists|owner|owners|buyer|buyers|practice|practices|account|accounts|family|families|patient|patients|homeowner|homeowners|guest|guests|manager|managers|vet|vets|doctor|doctors|chef|chefs)',
      ],
      examples: {
        signal: [
          "I'll run the whole job myself and you've got my mobile seven days a week.",
          "The ceramist's cell number goes straight to the dentist and the lead nurse.",
          'Owners get her direct line, evenings and weekends included.',
        ],
        not: ['Log your mobile number in the rota so the duty manager can reach you after hours.'],
      },
    },
    {
      id: 'our person at their place, week after week',
      patterns: [
        "(we|our|he|she|they|rep|reps|engineer|engineers|consultant|consultants|lead|manager|specialist|specialists|team|csm|technician|technicians|architect|trainer|trainers|agronomist|agronomists) ~3 (go|goes|going|went|travel|travels|travelling|traveling|drive|drives|fly|flies|visit|visits|visiting) (to)? (their|the client's|the customer's|his|her|each client's) (office|offices|site|sites|premises|plant|warehouse|farm|store|clinic|hq|headquarters|factory|yard) (every|each|once a|twice a) (week|day|month|fortnight|morning)",
        '(one|an|a|our) (engineer|consultant|specialist|manager|person|rep|team|analyst|architect) (only|just|exclusively|solely) (for|to) (them|the client|that client|each client|one client|the account|that account)',
        "(we|our|he|she|rep|reps|engineer|engineers|consultant|consultants|lead|manager|specialist|specialists|team|csm|technician|technicians|architect|trainer|trainers|agronomist|agronomists|installer|installers) ~8 (stays|stay|stayed|remains|remain) (on|at) (the|their|the customer's|the client's) (farm|site|plant|premises|store|clinic|warehouse|floor|line|ranch|yard|job site|mill|dairy) (for|through|until|during) (the|their)? ~2 (first|whole|entire|full|opening|initial) (day|days|week|weeks|shift|shifts|season|month|harvest|planting|launch|go live|rollout)",
      ],
      examples: {
        signal: [
          'Our implementation lead goes to their office every week until go-live.',
          'For the largest accounts we put one engineer only for them during the migration.',
          'The agronomist stays on the farm for the first week of planting.',
        ],
        not: [
          'Our CFO goes to the bank every month.',
          'Regulators visit their plant every month, so lead the demo with the compliance report.',
          "The scaffolding stays on the client's site for the first month of the build.",
        ],
      },
    },
    {
      // Our people beside the buyer's own work, hands on: "One of our agronomists walks the grower's fields with them every six
      // weeks", "Anika from our design team sits in on the client's first three creative reviews", "Our trainer spends the first
      // week in the classroom alongside each new teacher", "runs the cutover weekend with them", "personally chases any late pallet".
      id: 'beside them in their own work',
      patterns: [
        // Our person sent to their place: "one of our senior ceramists travels to the practice".
        '(our|we) ~4 (travels|travel|comes|come|drives|drive|flies|fly|goes|go|heads|head) (out)? to (the|their|your|each) ~2 (practice|surgery|clinic|farm|venue|school|hq|headquarters|plant|warehouse|home|house|site|ranch|vineyard|orchard|dairy|salon|restaurant|kitchen)',
        // One of ours, start to finish: "You'll have one person from our end, start to finish".
        '(one|the same|a single) (person|point of contact|contact|crew chief|project manager|engineer|planner|coordinator|producer|technician|manager) ~4 (start to finish|from start to finish|for the whole job|for the whole project|end to end|throughout the job|for the whole event)',
        '(planner|coordinator|manager|host|lead|engineer|contact|agent|adviser|advisor|producer) ~4 (from booking to departure|from arrival to departure|from booking to checkout|from kick off to go live|from kickoff to go live|from signing to handover|from order to delivery|from enquiry to handover)',
        // A direct line to one of ours: "Clients have the planner's mobile number, not a shared inbox".
        "(clients|customers|guests|families|couples|buyers|members|patients|owners|they|you|the client|the customer|each client|every client|each couple|every couple|each family) (have|has|get|gets|are given|is given) (the|their|our) ~1 (planner's|manager's|engineer's|lead's|rep's|consultant's|coordinator's|adviser's|advisor's|host's|director's|partner's) (mobile|mobile number|direct line|direct number|cell|cell number|personal number)",
        "(our|we|we'll) ~4 (walks|walk|walking|tours|tour) (the|their|your|{poss}|each|his|her) ~2 (fields|field|site|sites|floor|floors|farm|farms|warehouse|store|kitchen|plant|yard|showroom|venue|vineyard|orchard|paddocks|ward|wards|line|lines|building|grounds|garden|gardens|estate|property|course|land|stores|branches) (with|alongside) (them|you|him|her|the owner|the grower|the client|the customer|the family)",
        '(our|we) ~8 (sits|sit|sitting|sat) in on (the|their|{poss}|each|every) ~5 (appointment|appointments|reviews|review|meetings|meeting|calls|sessions|shifts|stand ups|standups|planning|huddles|rounds|closes|close|month end|audits|inspections|sessions|workshops)',
        '(spends|spend|spent|spending) (the)? (first|whole|full)? ~1 ({duration}|day|week|days|weeks|morning|afternoon) (in|on|at) (the|their|{poss}|each) ~2 (classroom|classrooms|site|construction site|office|store|kitchen|plant|farm|warehouse|floor|ward|clinic|premises|shop|studio|yard|showroom|branch|depot) (alongside|with|beside)',
        '(runs|run|running|handles|handle|handling|staffs|staff|manages|manage) the (cutover|go live|golive|migration|launch|install|installation|switchover|changeover|move|opening|first service|opening night) ~1 (weekend|day|night|week)? (with|for|alongside) (them|the client|the customer|the team|their team)',
        '(one|a|the same) (person|named person|contact|human) on our side ~8 (picks up|answers|knows|handles|takes)',
        "(=personally) (chases|chase) (any|every|each|their|the client's|the customer's|late|missing)",
        '(bring|brings|send|sends) (a|an|our|one of our) (stylist|stylists|chef|chefs|designer|designers|florist|florists|photographer|photographers|decorator|decorators|merchandiser|merchandisers|fitter|fitters|engineer|engineers|technician|technicians|trainer|trainers) (from our|from the) ~2 (studio|team|kitchen|workshop|shop|office|store) to (dress|set up|style|fit|install|run|stage|merchandise|decorate|light|shoot) (the|their|{poss})',
        '(walks|walk) (them|him|her|each one|the team) through ~8 in person',
        // One of ours on their ground: "our engineer had walked their site twice before the proposal", "spent Tuesday on site with
        // a logistics client" (not "walk the yard with the farmer first and ask", discovery said as an order).
        "(our|one of our) ~3 (had|has|have)? (walked|walks|toured|tours) (their|{poss}|the client's|the customer's|the buyer's|each client's|each customer's) ~2 (site|sites|plant|plants|floor|floors|line|lines|warehouse|warehouses|yard|facility|facilities|premises|kitchen|farm|fields|store|stores|mill|mine|depot|hangar|dock|docks|parlour|parlours|shed|sheds|barn|barns|workshop|workshops|clinic|clinics)",
        "(we|i|we've|i've) (spent|spends|spend|spending) ~3 (on site|onsite) with (a|an|the|our|their|each|every)? ~3 (client|clients|customer|customers|buyer|buyers|prospect|prospects|account|accounts)",
        '^ (spent|spends|spend|spending) ~3 (on site|onsite) with (a|an|the|our|their|each|every)? ~3 (client|clients|customer|customers|buyer|buyers|prospect|prospects|account|accounts)',
        'our ~3 (spent|spends|spend|spending) ~3 (on site|onsite) with (a|an|the|our|their|each|every)? ~3 (client|clients|customer|customers|buyer|buyers|prospect|prospects|account|accounts)',
        '(our|we) ~4 (=installs|=install|=fits|=fit|=sets =up|=set =up|=commissions|=commission|=calibrates|=calibrate) ~6 (at|on|in) (the|their|{poss}) ~1 (farm|site|home|house|office|store|premises|plant|kitchen|warehouse|yard|clinic|barn|dairy|orchard|vineyard)',
      ],
      examples: {
        signal: [
          "One of our agronomists walks the grower's fields with them every six weeks through harvest.",
          "Anika from our design team sits in on the client's first three creative reviews.",
          'Our trainer spends the first week in the classroom alongside each new teacher using the platform.',
          'Our team writes the connectors for their legacy ERP and runs the cutover weekend with them.',
          "The account's own logistics coordinator, Sam, rings the warehouse every morning and personally chases any late pallet.",
          "Bring a stylist from our studio to dress the client's showroom the week before their launch.",
          'Our site lead meets each new builder at the yard and walks them through loading and the order app in person.',
          'Each enterprise account has one person on our side who picks up their calls directly.',
          'Our engineer installs the monitoring sensors at the farm.',
          'For anterior cases one of our senior ceramists travels to the practice and sits in on the shade appointment with the patient.',
          "You'll have one person from our end, start to finish.",
          'Buyer said the price was higher, but our engineer had walked their site twice before the proposal.',
          'Spent Tuesday on site with a logistics client in Rotterdam before we wrote the proposal.',
          'One of our hygienists toured their milking parlour and the tank room with the herd manager.',
        ],
        not: ['The auditor sits in on the board meetings.', 'Walk them through the pricing page on the call.'],
      },
    },
    {
      // Our people at the buyer's place, for them, by its cost: "A senior consultant spends a whole brew day at the prospect's
      // brewery", "it gets one implementation lead who stays with it from kick-off", "That person is physically at the brewery for
      // go-live week", "a bespoke photo shoot by our staff photographer at their venue" (not our own staff's training or audits).
      id: 'our people at their place, for them',
      patterns: [
        "(senior|principal|lead|head|chief|our) (consultant|consultants|engineer|engineers|designer|designers|architect|architects|partner|adviser|advisor|specialist|specialists|technician|technicians|account manager|analyst|trainer|chef|producer) (spends|spend|spent|spending) (a|one|the|two|three)? (whole|full|entire)? ~1 (day|days|week|morning|afternoon) (in|on|at) (the prospect's|the customer's|the client's|the buyer's|their|each client's|each customer's) ~2 (site|sites|brewery|plant|farm|clinic|practice|school|office|offices|kitchen|store|venue|premises|ward|restaurant|hq|headquarters|line|floor|yard)",
        '(gets|get|has|have|is given|are given) (one|a|a single|its own|their own) ~2 (lead|manager|engineer|consultant|contact|person|specialist|coordinator) who (stays|stay|remains|remain|sticks|stick) with (it|them|the account|the client|the customer|the site) (from|through|until|for)',
        '(that person|lead|engineer|consultant|manager|specialist|one of our) ~3 (is|are|will be) physically (at|on|in) (the|their|each) ~2 (site|brewery|plant|farm|clinic|practice|school|kitchen|store|venue|premises|ward|factory|restaurant|hotel)',
        `(by|with|from) (our|one of our) ~3 (${ROLES}|photographer|photographers|florist|florists) (at|in|on) (their|your|the client's|the customer's|each client's|each customer's) ~2 (venue|venues|site|sites|premises|home|homes|office|offices|plant|farm|shop|store|studio|clinic|practice|school|kitchen|restaurant|hotel|showroom)`,
      ],
      unless: ['hiring'],
      examples: {
        signal: [
          "A senior engineer spends a full day at the client's plant before anything is specified.",
          'Every new practice gets one onboarding lead who stays with it from kick-off to the first month-end.',
          'Our implementation lead is physically at the clinic for the whole of go-live week.',
          'Full-page advertisers get a portrait session by our staff photographer at their venue.',
        ],
        not: [
          'Each new hire gets a single onboarding coordinator who stays with them through their first month.',
          'All payroll staff are physically in the office on the last working day of the month.',
          'Our senior buyer spends a whole week at their factory in Shenzhen.',
        ],
      },
    },
    {
      // One of ours working beside the buyer's people, or placed with them for a stretch: "runs the combine beside the operator
      // until they're comfortable", "a field consultant who spends the first three weekends working in the store alongside them",
      // "will second two senior engineers to the Authority's site for the whole migration", "a resident solutions architect on
      // customer premises for 90 days".
      id: 'one of ours beside them for a stretch',
      patterns: [
        `(${STAFF}) ~12 (alongside|beside|next to|shoulder to shoulder with|side by side with) (them|him|her|the operator|the operators|their operator|their operators|their crew|the client|the customer|the owner|the buyer|each new|every new|the surgical team|their engineers|their nurses|their drivers|their cooks|their chefs|the grower|the farmer)`,
        `(second|seconds|seconding|station|stations|embed|embeds|put|puts) (a|an|one|two|three|four|{num}|our)? ~2 (${STAFF}) (to|at|in|on|with) (the)? (client|customer|buyer|their|them|{poss}|each|every|client's|customer's|buyer's) ~3 (for the whole|for the first|for {duration}|for the entire|through the|throughout the|for the duration)`,
        // Passive: "The senior associate will be seconded into the client's finance team for the whole audit".
        `(${STAFF}) ~4 (seconded|embedded|stationed) (into|to|at|in|with) (the)? (client|customer|buyer|their|them|{poss}|client's|customer's|buyer's) ~3 (for the whole|for the first|for {duration}|for the entire|through the|throughout the|for the duration)`,
        '(assigned|allocated) personally to (each|every|the|one)',
        `(resident|full time|embedded|onsite|on site) ~2 (${STAFF}) ~4 (on|at|in) (customer|client|the customer|the client|their|the buyer) ~1 (premises|site|sites|office|offices|plant|hq|floor|factory|warehouse|store|ward|yard)`,
      ],
      examples: {
        signal: [
          'Our technician comes out for the first lambing season and works the scanner beside the farmer until he is confident.',
          'Each new franchise owner gets a field trainer who spends the opening fortnight behind the counter alongside them.',
          'We will second a senior engineer to the client site for the whole cut-over.',
          'A resident support engineer on customer premises for the first 60 days.',
          "Our tax manager will be seconded into the client's accounts team for the whole year-end.",
          'A relationship officer is assigned personally to each patron above £10k.',
        ],
        not: ['Our engineers sit alongside the product team in Leeds.', 'We second two engineers to the R&D lab for the whole quarter.'],
      },
    },
    {
      // One of ours staying with the buyer for a stretch, said with the buyer nearby: "he'll stay the whole day getting their
      // crew set up", "a clinical specialist attends the first five implants at every new hospital to support their theatre team",
      // "goes to the customer factory and stays there one week to install and to teach the workers".
      id: 'one of ours staying with them',
      patterns: [
        `(${STAFF}) ~10 (${STAYS}) (there|on|on site|onsite|with them|with the client|with the customer)? (for|a full|a whole)? {duration>=1}`,
        `(${STAFF}) ~10 (${STAYS}) (there|on|on site|onsite)? ~3 the ~1 (whole|entire|full) (day|days|week|weeks|weekend|weekends|month|shift|shifts|season|harvest|migration|go live|golive|rollout|install|installation|cut over|cutover|launch|opening|morning|afternoon|evening|night|service)`,
        `(${STAFF}) ~10 (${STAYS}) (there|on|on site|onsite)? ~3 the (first|opening) ~2 (day|days|week|weeks|weekend|weekends|month|months|shift|shifts|season|harvest|procedure|procedures|case|cases|services|installs|deliveries|jobs|surgeries|implants|lambing|calving)`,
      ],
      when: ['buyer'],
      scope: 'clause',
      examples: {
        signal: [
          "I'll bring our install tech out on Thursday and he'll stay the whole day getting their kitchen crew set up.",
          'A clinical specialist attends the first five implants at every new hospital to support their theatre team.',
          'The colleague from service goes to the customer plant and stays there two weeks to commission the line.',
        ],
        not: [
          'Our engineers spend the first week of every month on internal tooling.',
          'The technician stays the whole day at our depot for stock counts.',
          'New reps spend their first month shadowing calls with their manager.',
          'New BD reps spend their first eight weeks on a calling block with their team lead.',
          'Before each review our lead spends an hour with their usage data.',
        ],
      },
    },
    {
      id: 'our people at their place',
      patterns: [
        // A visit to their place: "sales person must to visit factory of client", "engineer from our side stay with customer one week".
        '(visit|visits|visiting|go to|goes to|went to) ~1 (factory|factories|plant|plants|site|office|warehouse|premises|facility|farm|store|clinic|hospital|kitchen|mill|yard) (of)? (the|each|every|our|a)? ~1 (client|clients|customer|customers|buyer|buyers)',
        '(stay|stays|stayed|work|works|sit|sits|live|lives) (with|at) (the|each|every|our|a)? (customer|customers|client|clients|buyer|site|plant|factory) ~3 {duration}',
        // Training at their place: "offer a half-day barista training at their café".
        "(training|trainings|workshop|workshops|session|sessions|masterclass|class|classes|clinic|demo day) (at|in) (their|your|the client's|the customer's|each client's|each customer's) ~1 (café|cafe|cafés|office|offices|site|sites|premises|plant|store|stores|shop|shops|restaurant|restaurants|kitchen|kitchens|clinic|clinics|warehouse|school|schools|hotel|hotels|salon|salons|bar|bars)",
        "(our|of our) ~2 (engineer|engineers|specialist|specialists|consultant|consultants|trainer|trainers|ceo|founder|cto|technician|technicians|clinical specialist|nurse|nurses|installer|installers|lead|leads|project manager|account manager|csm|success manager|architect|architects|analyst|analysts|coach|coaches|expert|experts) ~6 (in|at|on|to) (their|your|the client's|the customer's|the hospital's) ~1 (office|offices|site|sites|premises|plant|floor|warehouse|store|stores|ward|theatre|clinic|building|facility|home|kitchen|restaurant|hospital)",
        "(send|sends|sent|station|stations|stationed|embed|embeds|embedded|assign|assigns|assigned|place|places|placed) (a|an|the|one|two|{num}) ~2 (engineer|engineers|specialist|specialists|consultant|consultants|trainer|trainers|technician|technicians|nurse|nurses|installer|installers|strategist|strategists|lead|manager|director|analyst|analysts|architect|architects) ~6 (in|at|on|to) (their|your|the client's|the customer's|the hospital's) ~1 (office|offices|site|sites|premises|plant|floor|warehouse|store|stores|ward|theatre|clinic|building|facility|home|kitchen|restaurant|hospital)",
        '(scrub|scrubs|scrubbed|scrubbing) in (for|on|at)',
        // A session run for their staff ("ran a 45-minute in-service"), not equipment "delivered and in service by the 31st".
        '(ran|run|runs|running|held|hold|holds|deliver|delivers|delivered) (a|an|one|two|three|{num}|the|our) (in service|in services|inservice|inservices|lunch and learn|on site training|onsite training|bedside training)',
        '(ran|run|runs|running|held|hold|holds|deliver|delivers|delivered) (a|an) {duration} (in service|inservice|lunch and learn|on site training|onsite training|bedside training)',
        '(ran|run|runs|running|held|hold|holds) (in services|inservices|lunch and learns|on site training|onsite training|bedside training)',
      ],
      examples: {
        signal: [
          'Every new enterprise customer gets two of our engineers in their office for the first week of go-live.',
          "Our clinical specialist will scrub in for the first ten cases at St. Mary's.",
          'Brought lunch for the OR team and ran a 45-minute in-service on the new stapler in their theatre.',
          'We station a senior analyst at your Leeds office three days a week during the rollout.',
          'Our engineer stays with the customer for two weeks to commission the line.',
        ],
        not: [
          'Our engineers work from the office in Leeds on Tuesdays.',
          'The nurses on their ward asked about the new pumps.',
          'The chairs have to be delivered and in service by December 31 for the deduction.',
          'The depot ran two electric buses in service on Route 9 last winter.',
        ],
      },
    },
    {
      id: 'someone senior in person',
      patterns: [
        "(our|the) (ceo|founder|owner|md|managing director|president|chairman|chair|head of sales|vp|director|partner) (will|would|'ll|can)? (come|comes|come out|comes out|visit|visits|meet|meets|fly|flies|call|calls|host|hosts|attend|attends|join|joins|deliver|delivers|drive|drives|welcome|welcomes|greet|greets) ~6 (personally|in person|herself|himself|themselves)",
        '(rings|ring|calls|call|visits|visit|handles|handle|delivers|deliver) (you|them|each client|every client)? (back)? personally',
      ],
      examples: {
        signal: [
          'REP: Our CEO will come out to your site personally for the kickoff.',
          'Private Client claims are handled by one named handler who rings you back personally, never a call centre.',
          'The founder meets every new partner in person before launch.',
        ],
        not: ['Our CEO personally signs off on every new hire.'],
      },
    },
    {
      id: 'we host them',
      patterns: [
        "(host|hosts|hosting|we'll host|take|takes|taking|treat|treats) (your|their|the client's|the customer's) ~3 (team|leadership|leadership team|executives|exec team|board|family|staff|partners|buyers) (for|to) (a|an)? (dinner|lunch|drinks|round of golf|golf|match|game|show|tasting|weekend)",
        // Their people taken out: "Brought the MD and his wife to dinner in Dublin on the company", "took the buyer out for lunch".
        '(took|take|takes|taking|brought|bring|brings|bringing) (the|their|your|a|each|every|key)? ~1 (md|ceo|cfo|coo|cto|owner|owners|director|directors|gm|founder|founders|chairman|buyer|buyers|client|clients|customer|customers|head buyer|decision maker|decision makers) ~4 (to|for|out for|out to) (a|an)? ~1 (dinner|lunch|drinks|breakfast|golf|match|game|show|tasting|races|concert|opera|theatre)',
        // Our best buyers as guests: "The head brewer hosts our top accounts for a brewing day and dinner at the taproom".
        '(hosts|host|hosting|hosted) (our)? ~2 (accounts|clients|customers|buyers|stockists|dealers|growers|members|partners) (for|to|at) (a|an|the)? ~2 (dinner|lunch|day|tasting|tour|weekend|retreat|brewing day|round of golf|golf day|match|game|harvest day|race day)',
        // Our maker comes to them: "Our brewer will come to the pub and run a tap takeover night alongside their staff".
        '(our|the) (brewer|head brewer|chef|head chef|winemaker|distiller|roaster|sommelier|designer|perfumer|master blender|cheesemaker|founder) (will)? (come|comes|visit|visits|come down|comes down|come out|comes out) (to)? (the|their|each) ~2 (pub|bar|restaurant|shop|store|venue|hotel|kitchen|cafe|café|deli)',
        // A session we host for them: "we'll host your leadership team for a half-day ideation session at our studio".
        "(host|hosts|hosting|we'll host|fly|flies|flying|we'll fly) (your|their|the client's|the customer's) ~3 (team|leadership|leadership team|executives|exec team|board|staff|buyers) (for|to) (a|an)? ~3 (session|workshop|offsite|off site|day|visit|tour|retreat|summit) (at|in) (our|the) ~2 (studio|office|offices|hq|headquarters|plant|factory|lab|campus|showroom|winery|estate|farm)",
        // A meal with their senior people: "for big account we make dinner with the director".
        "(dinner|dinners|lunch|lunches|drinks|golf|breakfast) with (their|your|the client's|the customer's|the buyer's|each client's|a client's|the account's) ~1 (director|directors|ceo|ceos|cfo|cfos|owner|owners|md|gm|founder|founders|vp|vps|chairman|board)",
        // A gift for their people: "give him special present".
        '(give|gives|gave|send|sends|sent) (him|her|them|the client|the customer|the director|the buyer|each client|every client|key clients) ~2 (present|presents|gift|gifts|hamper|hampers|gift basket|gift baskets)',
      ],
      examples: {
        signal: [
          "We'll host your leadership team for dinner that evening.",
          "Take the client's exec team to a match at the stadium box.",
          'The regional director hosts their buyers for a tasting at the vineyard.',
          'The head brewer hosts our top accounts for a brewing day and dinner at the taproom.',
          'Our brewer will come to the pub and run a tap takeover night alongside their staff.',
          'Our head chef comes to each venue to train the kitchen on the new menu.',
          "We'll host the client's board for a one-day strategy session at our Lisbon office.",
          'Brought the MD and his wife to dinner in Dublin on the company.',
          'Take the head buyer out for lunch once the samples have landed.',
          'Key accounts get a yearly lunch with their owner and a gift hamper sent to each client.',
        ],
        not: ['We host our own team for a dinner after the sales kickoff.', 'Our chef comes to the office on Mondays to plan the menu.'],
      },
    },
    {
      id: 'hospitality',
      patterns: [
        `hosted|host|hosts by ~1 our|the ~1 ${EXECS}|executive|executives|leadership`,
        'dinner|lunch|breakfast|drinks|meal|meals|refreshments|snacks|canapes|canapés|hotel|hotels|flights|travel|tickets|suite|box|seats|passes|rooms|accommodation ~8 (on us|on the house|covered|paid for|at our expense|comped)',
        // The treat itself ("we're buying dinner"), not what we buy from a supplier ("the cooperatives we buy from").
        "(we're|we are|we|i'm|i am|our team is|our team) (hosting|host|hosts|paying for|pay for|buying|covering|treat|treating) ~3 (dinner|dinners|lunch|lunches|breakfast|breakfasts|drinks|meal|meals|round|rounds|tickets|suite|box|flights|airfare|airfares|hotel|hotels|lodging|accommodation|them|you|the team|everyone|the group|the evening|the night)",
        // Their travel and stay paid: "We pay the flights, the hotel in Guadalajara and every meal", "we cover the candidate's hotel and a
        // dinner with the founders", "… dinner on the wharf. We pay for everything".
        "(we|we'll|we will|our company|the company) (=pay for|=pays for|=paid for|=cover|=covers|=covered) (the|their|his|her|its|{poss})? ~2 (flights|flight|airfare|airfares|hotel|hotels|accommodation|travel|meals|every meal|dinner|dinners|lunch|rooms|stay|everything|it all|the lot|the bill|the tab)",
        // Without "for", only what is travel or food ("we pay the hotel a 10% referral fee" pays a partner).
        "(we|we'll|we will|our company|the company) (=pay|=pays|=paid) (the|their|his|her|{poss})? (flights|flight|airfare|airfares|meals|every meal|accommodation)",
        // The tab picked up: "We pick up the tab for the whole delegation's stay".
        "(we|we'll|we will|we're) (pick up|picks up|picking up|picked up|cover|covering|foot) the (tab|bill) (for|on)",
        '(hosted by us|we host|on our tab|our treat)',
      ],
      when: ['hospitality'],
      // Our own people's reward trip is no hospitality to a buyer: "travel and stay on us for the President's Club trip".
      unless: ['internal'],
      examples: {
        signal: [
          'Wine tasting for six CFOs, hosted by our CEO.',
          'Flights and hotel covered for the customer council.',
          'Twice a year we bring eight head chefs to the farm for two days; we pay the flights, the hotel and every meal.',
          "Finalists visit the plant; we cover each buyer's hotel and a dinner with the founders.",
          'Dinner for forty customers at a restaurant on the harbour. We pay for everything.',
        ],
        not: [
          'Webinar hosted by our CEO on the new release.',
          'Our menu names the cooperatives we buy from and the price we pay over market.',
          'Reps book their own flights and hotel for the sales kickoff; we pay the bill through expenses.',
          'The hotel refers couples to us and we pay the hotel a 10% referral fee on confirmed bookings.',
          'We pay the travel agents who send us hotel groups a 9% commission.',
        ],
      },
    },
    {
      id: 'work done on the premises of the customer',
      patterns: [
        "(workshop|workshops|training|trainings|session|sessions|review|reviews|kickoff|visit|visits|walk|walks|walkthrough|tour|tours|audit|audits|assessment|install|installation|setup|demo|demos|meeting|meetings|day|days|week|weeks|ride along) ~4 (at|on|in) (their|the customer's|the client's|the buyer's|the prospect's|each customer's|every customer's|the account's|your) ~2 (site|sites|hq|headquarters|offices|office|plant|plants|premises|warehouse|warehouses|facility|facilities|campus|floor|ward|wards|store|stores|branch|branches|shop|yard|farm|depot|clinic|kitchen)",
        '(plant tour|plant visit|ride along|ride alongs|ride-along)',
      ],
      examples: {
        signal: [
          "Run the quarterly review at the client's plant, not over video.",
          'A half-day workshop at their headquarters with the ops leads.',
          'Schedule a plant tour with their ops lead before quoting the retrofit.',
        ],
        not: ['Meetings at our offices on Fridays are for internal planning.', 'The conference is at the Hilton this year.'],
      },
    },
    {
      // A site visit or survey is white-glove when our people make it a service: by our specialists, hosted, or given free. A
      // survey before pricing is as often plain scoping, and a venue's "site visit" is the buyer coming to see it.
      id: 'a site visit made a service',
      patterns: [
        // By or with one of ours: "a site visit from Dana, our head of customer success", "with a chef from our test kitchen".
        '(site survey|site surveys|site visit|site visits|site walkthrough|site walkthroughs|site walk|site walks|floor walk|site recce|venue recce) ~6 (by|from|with) ~4 (our|ours)',
        `(site survey|site surveys|site visit|site visits|site walk|site walks|site walkthrough) ~6 (by|from|with) (the|our)? (${EXECS}|owner|owners|founder) (herself|himself|themselves|personally)?`,
        `(site survey|site surveys|site visit|site visits|site walk|site walks|site recce) ~10 (bring|brings|bringing|send|sends|sending|take|takes|taking) (the|our|a|an|two|both)? ~2 (${ROLES})`,
        '(hosted|free|complimentary|dedicated|personal) ~1 (site survey|site surveys|site visit|site visits|site walkthrough|site walk|site walks)',
      ],
      examples: {
        signal: [
          'Where a hospital asks for a site visit, bring the clinical specialist and the service manager.',
          'Planners with RFPs over 200 room-nights get a hosted site visit.',
          'Every install starts with a site survey by one of our senior engineers.',
          'Each of our top 20 accounts gets a site visit from Dana, our head of customer success, twice a year.',
          'Site surveys are done by the founder herself for every enterprise client.',
        ],
        not: [
          'Every new enquiry from an office park gets a site walk with the facility manager before we price anything.',
          'The site visit is fixed on the same call.',
          // Labellers split on a survey by our engineer before pricing; most read it as scoping, and the reader stays silent.
          'Aoife Dunne or another applications engineer carries out a site survey before any price is given.',
          "The annual site visit by the fire-safety officer is the customer's responsibility to book.",
          "Insurance surveyors' site visits are booked by the client's facilities manager.",
        ],
      },
    },
    {
      id: 'someone sent to the customer',
      patterns: [
        'send|sends|ship|ships|dispatch|dispatches|deploy|deploys|put|puts ~6 (technician|technicians|engineer|engineers|specialist|specialists|fitter|fitters|installer|installers|tech|techs|trainer|trainers|nurse|nurses|clinician|clinicians) ~5 (within {duration}|same day|next day|to site|on site|onsite|to every site|at every site|at their site|at the site|to their site|on the floor|to the customer)',
        '(technician|technicians|engineer|engineers|specialist|installer|fitter|tech) ~3 (on call|on standby) ~2 (for|at) ~2 (them|each|every|the customer|the client|their)',
        // Sent to where the buyer is, to do the work there: "We'll send a technician down to the marina to fit the gear".
        "(send|sends|sending|dispatch|dispatches) (a|an|our|one of our) ~1 (technician|technicians|engineer|engineers|fitter|fitters|installer|installers|mechanic|mechanics|tech|techs|specialist|specialists|rigger|riggers) (down|out|over|round|around|across|up)? to (their|your|each|every|his|her|the customer's|the client's|the buyer's|the owner's|the marina|the berth|the boat|the vessel|the farm|the yard|the house|the home|the premises|the clinic|the kitchen|the building|the property|the job) ~3 to (fit|install|set up|setup|configure|commission|calibrate|rig|service|tune|program|programme)",
        // "We'll have a rigger come down to your berth to fit the new furling gear".
        "(have|get|arrange for) (a|an|our|one of our) ~1 (technician|technicians|engineer|engineers|fitter|fitters|installer|installers|mechanic|mechanics|tech|techs|specialist|specialists|rigger|riggers) (come|comes|pop|pops|go|goes|drive|drives) (down|out|over|round|around|across|up)? to (their|your|each|every|his|her|the customer's|the client's|the buyer's|the owner's) ~3 to (fit|install|set up|setup|configure|commission|calibrate|rig|service|tune|program|programme)",
        // Delivered to their door and set up there: "We deliver the new vehicle to the buyer's door and pair their phone with it".
        "(deliver|delivers|bring|brings|drive|drives|take|takes) (the|their|your|each|every) ~3 to (the buyer's|the customer's|the client's|the owner's|the patient's|their|your|his|her) ~1 (door|doorstep|home|house|office|driveway|workplace|bedside) and (pair|pairs|set|sets|install|installs|configure|configures|walk|walks|show|shows|explain|explains|fit|fits|tune|tunes)",
      ],
      examples: {
        signal: [
          'Dispatch a field engineer within four hours of any outage.',
          'Put a clinical specialist on the floor for go-live week.',
          "We'll send a technician down to the marina to fit the gear on the boat.",
          'We send one of our fitters out to each site to install and calibrate the scales.',
          "We deliver the new vehicle to the buyer's door and pair their phone with it in the driveway.",
          "The nurse brings the pump to the patient's home and shows the family how to use it.",
        ],
        not: ['Engineers ship releases within two weeks of a fix.', 'Send the technician schedule to the ops team.'],
      },
    },
  ],
  senses: [
    // A commercial model of staffing, not a team for the buyer alone: "billed as dedicated-team engagements", "on a dedicated team
    // basis" (a dedicated team of our own for them is still one: "a dedicated team for your account").
    '(dedicated|dedicated team) (team|teams)? (=model|=models|=engagement|=engagements|=contract|=contracts|=rate|=rates|=pricing|=basis|=arrangement|=arrangements|=offering)',
    // A meal for our own people, not for the buyer: "We're hosting a dinner for the regional sales team after the review".
    '(dinner|dinners|supper|lunch|lunches|breakfast|barbecue|bbq|drinks|drinks reception|party|reception) for (the|our|all|every) (regional|local|whole|entire|new|incoming|inside|internal|national|field|uk|us|emea|apac)? (sales team|sales teams|reps|staff|employees|colleagues|sdrs|bdrs|aes|sales force|salesforce|new starters|new hires|sdr class|sdr cohort|bdr class|interns|graduates|graduate intake) (after|at|on|in|every|this|next|to|.|,|!|—)',
    // Paper sent there, not our people: "the invoice goes out to their office", "the contract goes out to each site".
    '(invoice|invoices|letter|letters|statement|statements|parcel|parcels|order|orders|delivery|deliveries|shipment|shipments|newsletter|newsletters|email|emails|catalogue|catalogues|catalog|catalogs|brochure|brochures|quote|quotes|paperwork|contract|contracts|report|reports) (goes|go|went|gone|going|is sent|are sent|gets sent|get sent) out to (the|their|each|every|a|an) ~2 (farm|farms|site|sites|office|plant|home|homes|premises|store|clinic|warehouse|branch|yard)',
    // A note, not a person: "Personal notes to planners", "a personal video for each buyer".
    '=personal (notes|note|letter|letters|message|messages|email|emails|card|cards|video|videos|call|calls|touch|touches) (to|for) (the|each|every|our|their)? ~1 (planners|planner|buyers|buyer|clients|client|customers|customer|managers|manager|owners|owner|leads|lead|prospects|prospect|contacts|contact|dealers|dealer|partners|partner)',
    // Named people at the companies we target, not one of ours named for them: "Cold outreach goes only to named data leads at
    // companies hiring for ML roles", "named buyers at each of the 40 target accounts".
    // Their people by what they do, not one of ours ("a named CSM at each of the top 20 accounts").
    '=named (data|it|hr|finance|marketing|engineering|ops|procurement|security|sales|product)? (leads|contacts|individuals|people|buyers|decision makers|stakeholders|prospects|executives|heads) (at|in|inside|within) (companies|firms|businesses|organisations|organizations|prospects|target accounts|brands|retailers|hospitals|schools|agencies|startups|enterprises)',
    // An hour's sit-down to ask questions is discovery, not our people stationed with them: "the account manager sits with the
    // client's accountant for an hour and asks how they close the books".
    '(sits|sit|sat|sitting) (down)? with (the|their|{poss}) ~3 for (an hour|half an hour|an hour or two|a few minutes|{num} minutes|twenty minutes|thirty minutes|forty minutes|ninety minutes|a coffee|a cuppa)',
    // A person they hire for themselves, not one of ours given to them: "Each franchisee hires a manager of their own".
    '(hire|hires|hired|hiring|recruit|recruits|recruited|employ|employs|employed|appoint|appoints|appointed) (a|an) ~1 (coordinator|manager|engineer|specialist|contact|consultant|advisor|adviser|handler|team|concierge) of (their|his|her|its) own',
    // An official's or an inspector's visit, not ours: "Regulators visit their plant every month".
    '(regulator|regulators|inspector|inspectors|auditor|auditors|assessor|assessors|council|officials|police|insurer|insurers|competitor|competitors|rival|rivals) ~2 (visit|visits|comes out to|come out to|turns up at|turn up at|shows up at|show up at) (their|{poss}|the {poss}|the|each|every) ~2 (place|site|sites|farm|yard|office|offices|plant|warehouse|premises|home|house|base|depot|shop|store|clinic|practice|kitchen|factory|venue|surgery)',
    // Kit the buyer uses there, not our people on site: "Leave a laser level with the contractor to use on site for a week".
    '(use|uses|using|used|test|tests|testing|try|tries|trying|keep|keeps) (it|them|one)? ~2 (on site|onsite) (for|during|every|each)',
    // A menu or a room for private events, not private service: "Private-event menu pricing is emailed only to planners".
    '(private event|private events|private dining|private hire|private party|private parties) (menu|menus|pricing|price|prices|rate|rates|enquiries|inquiries|enquiry|inquiry|bookings|booking|minimum|minimums|minimum spend|package|packages|space|spaces|room|rooms|deposit|deposits)',
    // Our own people's night out, not hospitality for buyers: "The office hosts a staff dinner after quarter end".
    '(hosts|host|hosting|hosted|holds|hold|holding|held|throws|throw|has|have) (a|an|the|our|its)? (staff|office|company|christmas|holiday|leaving|farewell|retirement|internal|department|departmental|end of year|year end) (dinner|dinners|party|parties|lunch|lunches|drinks|barbecue|bbq|social|retreat|offsite)',
    // A gym's personal training sessions, not our people giving personal service.
    {
      id: 'personal training at a gym',
      patterns: [
        '(off|on|in|book|books|booked|buy|buys|bought|sell|sells|sold) =personal =training',
        '=personal =training (session|sessions|package|packages|pack|packs|block|blocks|membership|memberships|bundle|bundles)',
      ],
      examples: { not: ['Email every member: 25% off personal training this month.', 'Personal training sessions are booked at the front desk.'] },
    },
    // A role the law or a licence names, not a person given to the client: "a named duty manager on site".
    '(named|designated|nominated) (duty manager|duty managers|fire marshal|fire marshals|first aider|first aiders|safety officer|safety officers|safeguarding lead|dsl|licence holder|license holder|supervisor on duty)',
    // The client's own named person: "written approval from the named contact on the account".
    '(the|their|each) (named|nominated|designated) (contact|person|approver|signatory|representative) (on|for|at) (the|their|each) (account|client|customer|order|job|site|contract|po)',
    // Insurance, not a private room: "free gym membership, free lunch on Fridays, private health cover".
    '(private|personal) (health|medical|dental|healthcare) (cover|insurance|care|plan|plans|scheme|policy)',
    // There anyway for the routine job, not a visit given: "when the technician is on site for the annual inspection, they offer to
    // run the drain test on the same visit".
    '(when|while|whenever|once|if) (the|our|a|an)? ~1 (technician|technicians|engineer|engineers|inspector|inspectors|fitter|fitters|installer|installers|crew|driver|drivers|team|surveyor|surveyors) (is|are) (already)? (on site|onsite) (anyway)? (for|doing|to do) (the|a|an|their|its)? ~2 (inspection|service|visit|install|installation|job|delivery|annual|routine|check|test|repair|maintenance|survey|reading|collection)',
    // Prospects by name, written to: "writes to forty named engineering managers at tier-two suppliers".
    '(write|writes|writing|wrote|written|email|emails|emailing|emailed|call|calls|calling|called|target|targets|targeting|targeted|contact|contacts|contacting|message|messages|messaging|mail|mails|approach|approaches|approaching) (to|out to)? ({num}|a list of|a handful of|a few) =named',
    // Addressed to them by name: "outreach goes to the 60 target districts, addressed to named curriculum leads".
    // Plural, without an article: "addressed to the named engineer on their account" is one of ours.
    '(addressed|address|addresses|addressing|sent|mailed|emailed) (to)? ({num})? =named',
    // Prospects picked by name: "Each SDR picks 40 named HR and People leaders a month", "Named HR lead InMail".
    '(picks|pick|picked|chooses|choose|chose|selects|select|selected|targets|target|targeted|lists|list|listed) ({num}|a list of|a handful of|a few|twenty|thirty|forty|fifty) =named',
    '=named ~2 (lead|leads|leader|leaders|prospect|prospects|contact|contacts|target|targets|buyer|buyers|decision maker|decision makers) (inmail|inmails|email|emails|outreach|sequence|sequences|cadence|cadences|campaign|campaigns|list|lists|letter|letters)',
    // A contact of theirs recorded by us: "by twelve months out the KAM must have a named clinical contact logged".
    '(named|nominated) ~1 (contact|contacts|person|people|stakeholder|stakeholders|decision maker|decision makers) ~2 (logged|recorded|on file|in the crm|in salesforce|in hubspot|captured|entered|identified)',
    // The floor of a show, walked by its visitors: "at the expo our small importers walk the floor all day".
    '(expo|expos|show|shows|trade show|fair|fairs|exhibition|exhibitions|conference|conferences|convention|conventions|market week) ~8 (where|when|as|while) ~6 (walk|walks|walking|walked) the floor',
    // Lead routing, not a person of their own: "form fills are assigned to an enrollment advisor, who calls within a day".
    '(routed|assigned|passed|sent|handed) to (an|a|the) (enrollment|enrolment|sales|inside sales|inbound|outbound|territory|regional|on call|duty|available)? (advisor|advisors|adviser|advisers|rep|reps|sdr|sdrs|ae|aes|specialist|consultant|queue)',
    // Their people on site, not ours: "ask how many staff are on site".
    '(staff|people|employees|workers|team members|users|crews|guests) (are|is|work|working|based) (on site|onsite)',
    // A workspace on the menu: "hot desks or a private suite".
    '(desk|desks|hot desk|hot desks|hot desking|coworking) (or|and) (a)? private (suite|suites|office|offices)',
    // Hosting, not a person: "a dedicated server hosts each customer's data".
    'dedicated (server|servers|instance|instances|=hosting|ip|ips|environment|environments|cluster|clusters|database|databases|tenancy|hardware|bandwidth|line|lines|vpc|node|nodes)',
    // A site moved onto a machine: "Premium tier moves their site to a dedicated host".
    '(move|moves|moved|moving|migrate|migrates|migrated|migrating) ~4 (to|onto) (a|the|our)? dedicated (host|hosts|server|servers)',
    {
      // A machine, beside other machines: "EC2 dedicated hosts for the licensed workloads" (not "a dedicated host and a private bar").
      id: 'a dedicated host machine',
      patterns: ['dedicated (host|hosts)'],
      when: ['tech'],
      examples: { not: ['Licensed workloads run on dedicated hosts in the cluster.'] },
    },
    // Explaining, not a site walk: "our physicist can walk your facilities director through the siting requirements".
    '(our|the|a|an) ~3 (walk|walks|walking|walked) (your|their|the|his|her|them|him|each|every) ~2 through (the|our|their|your)? ~1 (siting|requirements|requirement|options|numbers|proposal|quote|contract|findings|report|data|steps|settings|results|plan|pricing|process|specs|specifications|paperwork|terms|roadmap|demo|deck|slides|dashboard|calculation|calculations|business case|invoice|bill|policy|coverage)',
    // A manager riding with our rep, coaching: "DM ride-along: rep said …", "regional manager ride-along notes", "a field-coaching
    // ride along with our rep" (not "a regional manager ride-along with their drivers", a visit).
    "(dm|dms|district manager|regional manager|area manager|sales manager|first line manager|rsm|asm|fsm|coaching|field coaching|vp|team lead|team leads|=manager's) (ride along|ride alongs|ridealong|ridealongs) (:|notes|note|feedback|debrief|checklist|scorecard|with our|with the rep|with reps)",
    '(manager|managers) (ride along|ride alongs|ridealong|ridealongs) (notes|note|feedback|debrief|checklist|scorecard)',
    // Riding with a partner's or a colleague's reps is coaching, not a visit to the buyer.
    '(ride along|ride alongs|ridealong|ridealongs) with (the|our|a|their)? ~1 (distributor|distributors|partner|partners|dealer|dealers|wholesaler|wholesalers|reseller|resellers|senior|new|field|territory) (rep|reps|ae|aes|manager|managers|sdr|sdrs)',
    // A room let for private events, not a hosted experience: "our upstairs room can be hired for launches and private events".
    '(hire|hired|hires|rent|rented|rents|book|booked|books|let|available|used) (for|out for) ~3 private (events|event|parties|party|functions|function|dining|hire)',
    // Our own staff's onboarding: "meet your named contact in People Ops".
    '(named|dedicated|assigned) (contact|buddy|mentor|person|laptop|desk) ~2 (in|at|from) (people ops|people operations|hr|human resources|it|finance|payroll|legal|facilities|the people team|the it desk|the service desk)',
    'white glove (inspection|inspections|test|tests|check|checks|cleaning|handling of the|audit)',
    // A fee waived for everyone: "Migration fee of €250 waived for every customer".
    '(migration|setup|set up|onboarding|installation|install|configuration|implementation|activation) (fee|fees|charge|charges|cost|costs) ~4 (for|to) (every|each|all|the|new|existing) (customer|customers|client|clients|buyer|buyers|account|accounts)',
    '(hotel|hotels|building|club|residential|lobby) concierge|concierges',
    // One of a building's amenities, listed: "infinity pool, padel courts, 24/7 security and concierge".
    // (The last of the list: not "lounge access, valet parking and a concierge line".) Or what a building has: "The building has a
    // concierge desk, a rooftop bar and a gym".
    '(building|buildings|tower|towers|block|development|residence|residences|complex) (has|have|offers|features|includes|boasts) (a|an)? ~1 (concierge|concierges)',
    '(pool|pools|gym|gyms|spa|security|clubhouse|playground|play area|courts|sauna|jacuzzi|bbq|barbecue|gardens|terrace|rooftop|cctv) ,? ~4 (and|,) (24/7|24 hour)? (concierge|concierges) (.|;|,|!)',
    '(wear|wears|wearing|wore|put on|pair of|pairs of|in) white gloves',
    'concierge medicine|medical|doctor|doctors|physician|physicians|practice|practices',
    'executive summary|search|sponsor|assistant|team|committee',
    // A job title, not a dinner: "bring the tasting case to the executive pastry chef", "the hotel's executive chef signs off".
    '=executive (pastry|sous|head)? (chef|chefs|housekeeper|housekeepers)',
    'glove box',
    '(on site|onsite|on premises) ~4 deployment|hosting|option|options|cloud|hybrid|search|parking',
    'white label|labelled|labeled',
    // A slot held, not work done for them: "I can still hold this week's install slot for you".
    '(install|installation|setup|set up|delivery|fitting|survey) (slot|slots|date|dates|window|windows|appointment|appointments|time|times) ~3 for (you|them|the customer|the client)',
  ],
};
