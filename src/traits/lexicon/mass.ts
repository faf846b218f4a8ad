/** The `mass` trait: untargeted, high-volume outreach: blasts, bought lists, everyone in the database, activity volume. */

import type { TraitLexicon } from './types.js';
import { AUDIENCE_NOUNS, OUTREACH_NOUNS } from './words.js';

export const mass: TraitLexicon = {
  triggers: [
    // Everyone on a big list: "pasted to all 4,000 connections", "one letter to all 4,800 councils".
    '(to|at) all {num>=100} ~3 (connections|contacts|leads|prospects|councils|customers|accounts|candidates|addresses|followers|schools|businesses|practices|members|subscribers|people|managers|owners|clinics|recipients|companies|firms|shops|stores)',
    // A bought file: "we buy a file of 30,000 supervisors".
    '(buy|buys|bought|rent|rents|rented) (a|an)? ~1 (file|list|database|spreadsheet|dataset|csv|data set) (of|with) {num>=100}',
    // A list, then all of it: "copy every address from the delegate file … and send the pitch to all of them".
    '(file|list|database|spreadsheet|csv|export|names|addresses|contacts|delegates|attendees|leads) ~10 (and|then) ~6 (all of them|every one of them|everyone on it|everybody on it|the whole lot)',
    '(send|sends|sent) to (everyone|everybody)',
    // Everyone in the system: "the identical job alert to every candidate in the ATS", "to every contact we hold".
    '(send|sends|email|emails|emailing|text|texts|mail|mails|message|messages|push|pushes) ~5 to (every|all|each) (candidate|candidates|contact|contacts|lead|leads|record|records|address|addresses|name|names|member|members|subscriber|subscribers) (in|on|from) (the|our)? (ats|crm|database|list|file|system|export|spreadsheet|mailing list)',
    '(send|sends|email|emails|emailing|text|texts|mail|mails|message|messages|push|pushes) ~5 to (every|all|each) (contact|contacts|lead|leads|address|addresses|name|names) (we|that we) (hold|have|own|store|keep|collected)',
    '(email|newsletter|inmail|sms|text|linkedin|database|list) (blast|blasts)',
    'spray and pray',
    'batch and blast',
    'mass email|emails|mail|mailing|mailings|outreach|message|messages|messaging|texting|sms|campaign|dm|dms|send',
    'bulk email|emails|mail|mailing|sms|text|texts|send|sends|outreach|message|messages|list|dm|dms|inmail',
    // Written as one compound: "a bulk mail-out of 5,000 flyers".
    'bulk (mail out|mail outs|mailout|mailouts|mail shot|mail shots|mailshot|mailshots|mail drop|mail drops)',
    'cold list',
    'numbers game',
    'volume play|game|approach|outreach',
    'shotgun approach|outreach|method',
    'carpet bomb',
    '(power|auto|predictive) (dialer|dialers|dialler|diallers)',
    'autodialer|autodialler',
    'generic template|templates|email|emails|pitch|message|messages|copy|script',
    'one size fits all',
    // Exact words: the stemmer makes "we rent out, we contact" and "their purchases, by email" of a rented list.
    '(=purchased|=purchase|=bought|=scraped|=rented|=harvested|third party|bought in) ~3 (=list|=lists|=data|=contacts|=emails|=addresses|=database|=databases|=leads|=numbers|=registry|=registries|=directory|=directories|=file|=files|=spreadsheet|=spreadsheets|=export|=exports)',
    // Exact: "listed with prices and can be bought online" shares the stem of "list".
    '=list|=lists|=data|=database|=contacts|=leads ~6 (=bought|=purchased|=scraped|=rented|=harvested)',
    '(=buying|=purchasing|=renting|=scraping) (=leads|=lists|=contacts|=data|=numbers|=emails|=records) (from|off|online|in bulk)',
    'list|lists|data ~3 from a|the ~1 broker|brokers|vendor',
    'scrape|scraping|scraped ~4 email|emails|addresses|contacts|profiles|data|leads|numbers|names',
    'scrape|scrapes|scraping|scraped (linkedin|the web|websites|directories|google maps|yelp|the directory|sales navigator|twitter|github|facebook|instagram)',
    // The nouns as written: "personalization" and "customer" share a stem, and "No customer-facing activity" is no blast.
    '(zero|no|without|minimal) (=personalisation|=personalization|=personalising|=personalizing|=customisation|=customization|=segmentation|=segmenting|=segments|=targeting|=filtering|=filters|=qualification|=qualifying|=research)',
    '(raw|unqualified|unfiltered) (list|file|database|data|export)',
    '(volume|numbers) (is|are) the game',
    'more (touches|dials|calls|emails|sends) ~2 more (meetings|deals|pipeline)',
    '(cold|database|list|territory) sweep',
    '{num>=1000} (touch|touches|dial|dials|call|calls|email|emails|send|sends)',
    '(predictive|power|auto|automatic) (dialling|dialing|calling)',
    "(every|all) ~2 (address|addresses|contact|contacts|email|emails|number|numbers) (we|we've|we have) ~2 (collected|gathered|captured|had|got)",
    '(message|messages|messaged|text|texts|sms|whatsapp|zalo|call|calls|called|phone|ring|send|sends|sent|mail|email|emailed|drop|dropped|dial|dials) ~4 (every|all|each) ~3 (number|numbers|contact|contacts|clinic|clinics|address|addresses|mailbox|mailboxes|letterbox|letterboxes|home|homes|household|households|phone number|phone numbers|shop|shops|business|businesses|company|companies|practice|practices|patient|patients|member|members)',
    '(flyer|flyers|leaflet|leaflets|postcard|postcards|brochure|brochures) ~3 (every|each|all) ~1 (letterbox|letterboxes|mailbox|mailboxes|door|doors|home|homes|household|households|house|houses)',
    '(robot|robo|automatic|auto) (dialler|dialer|call|calls|calling)',
    '(whatsapp|sms|email|text|telegram|zalo|line|wechat|viber|push) (broadcast|broadcasts)',
    'broadcast|broadcasts ~3 (to|on) (every|all|the whole|the entire)',
    '(spray|sprays|spraying|carpet bomb|bombard|bombards|flood|floods|hammer|hammers) (every|all|everyone|everybody|the whole|the entire)',
    '(every|all|each) ~6 (with|gets|get|receive|receives)? (the)? (same|identical) ~1 (message|email|copy|note|letter|text|pitch|script|connection note|template|mailer)',
    '(buy|buying|bought) (a|an|the|some|more|our|their|contact|email|lead|prospect) ~1 list|lists|data|database|contacts|leads',
    // Bare plural: "we buy lists from a directory provider every quarter".
    '(buy|buys|buying|bought|rent|rents|renting|rented) lists (from|off|every|each)',
    'everyone|everybody|anyone ~3 who|that ever',
    "(everyone|everybody|anyone|all) (who|that|we|we've|we have) ~3 ever",
    'directory|list|database ~3 from (top|end|a) to (bottom|end|z)',
    '(email|blast|spam|cold call|cold email|dial|call) ~1 (everyone|everybody|every company|every contact|every lead|every account|every prospect|every business)',
    // One message to all of them: "Blanket InMail to anyone in the city with 'founder' in their title".
    'blanket (inmail|inmails|email|emails|mailing|mailings|mailshot|mailshots|sms|text|texts|outreach|campaign|campaigns|mailer|mailers|dm|dms)',
    // A whole area covered: "Blanket the whole postcode with the autumn mailer", "canvass the estate with door hangers".
    '(blanket|blankets|blanketing|canvass|canvasses|canvassing|leaflet|leaflets|leafleting|leafletting|saturate|saturates|saturating) (the)? (whole|entire)? (postcode|postcodes|zip|zip code|estate|estates|area|town|city|county|suburb|suburbs|neighbourhood|neighborhood|district|street|streets|territory|region|borough)',
  ],
  constructions: [
    {
      // Everyone on a register, with the same words: "DM every follower of the three competitor clinics with the same opener", "load
      // every pub licence holder from the council register into the mailer and send the same flyer to the lot", "Mail the fall
      // catalogue to every name on the county farm-bureau roll", "email the change to every buyer agent in the MLS".
      id: 'everyone on a register, the same words',
      patterns: [
        '(every|all|entire|whole) ~10 (the)? (same|identical) ~2 (email|emails|opener|message|messages|note|intro|intro note|flyer|spiel|pitch|script|sequence|text|letter|mailer|dm|post)',
        '(same|identical) ~3 (email|opener|message|note|flyer|spiel|pitch|script|sequence|text|letter|mailer) ~4 to (the lot|everyone|everybody|all of them|every one of them)',
        '(send|sends|mail|mails|email|emails|ring|rings|call|calls|dm|dms|message|messages|post|posts|drop|drops|door knock|knock|text|texts|connect with|ring round) ~8 (every|all) ~4 (in|on|from|across) (the|our)? ~3 (database|register|mls|roll|directory|county|city|uk|postcode|subdivision|route|region|state|country|district)',
      ],
      unless: ['personal', 'consent', 'reported'],
      examples: {
        signal: [
          'DM every follower of the three competitor clinics with the same opener.',
          'Load every pub licence holder from the council register into the mailer and send the same flyer to the lot.',
          'Mail the fall catalogue to every name on the county farm-bureau roll.',
        ],
        not: ['All invoices go out on the same day.', 'Email the minutes to every director on the board.'],
      },
    },
    {
      // "Blast" alone is a send only with whom or what it goes to: "Blast it to everyone", "blast the locum list tonight", "we blast
      // the whole lot the Monday after the show"; not "groomers blast the loose undercoat out", "the tissue fired in the confetti
      // blast".
      id: 'a blast with its audience',
      patterns: ['blast|blasts|blasted|blasting'],
      when: ['audience'],
      examples: {
        signal: [
          'Blast it to everyone.',
          'Blast the newsletter list about the webinar.',
          'We blast the whole lot the Monday after the show.',
          'Blast the WhatsApp to all the condo groups and see who bites.',
        ],
        not: [
          'Groomers blast the loose undercoat out of double-coated breeds.',
          "The sponsor's logo is printed on the tissue fired in the confetti blast.",
          'The chef blasts the peppers under the grill before plating.',
        ],
      },
    },
    {
      // One send to everyone, in other words: "the Thursday text that goes to all 40,000 past renters", "The same spring postcard
      // goes to every address on the county rolls", "everyone who has signed up for anything since 2015", "every account ever
      // created", "Leave a door hanger on every house on the estate", "emails the brochure to everyone on the old clinic database".
      id: 'one send to everyone',
      patterns: [
        '(goes|go|going|sent|send|sends|text|texts|email|emails|mail|mails|mailed|posted|pushed) to all {num>=1000}',
        // The count said first: "Text all 12,000 past guests", "sent to the 18,000 contractors in the export".
        '(text|texts|email|emails|mail|mails|message|messages|call|calls|ring|rings|dial|dials|whatsapp|sms) (all|all of the|every one of the) {num>=1000}',
        '(sent|send|sends|mailed|emailed|texted|goes|go) to (the|all|all of the|every one of the) {num>=1000} ~3 (in|on|from) (the|our) ~2 (export|list|file|database|crm|spreadsheet|register|directory)',
        // Sameness said outright: "Same subject, same body, sent to …", "same opener for everyone who picks up".
        '(same|identical) (subject|subject line|copy|body|message|email|script|text|opener|pitch) ,? (same|identical) (body|copy|message|email|script|text|cta|offer|close)',
        '(same|identical|one) (opener|script|pitch|message|email|intro|line|spiel) (for|to) (everyone|everybody|anyone|all|every one|whoever)',
        '(the same|one|a single|an identical|the identical) ~2 (postcard|postcards|flyer|flyers|letter|letters|email|text|message|mailer|leaflet|leaflets|brochure|newsletter|notification|push) (goes|go|is sent|gets sent|is mailed|is posted|is pushed) to (every|all|each)',
        '(every|all|each) ~6 (get|gets|receive|receives) the (same|identical) ~2 (email|emails|message|text|letter|mailer|postcard|pitch|flyer|newsletter|script|upsell|sequence|brochure)',
        '(to|email|emails|text|texts|message|messages|mail|mails) (everyone|everybody|anyone) (who|that) ~6 since {year}',
        '(every|all) ~2 (account|accounts|user|users|contact|contacts|customer|customers|member|members|address|addresses|email|emails|number|numbers) ever (created|registered|made|signed up|collected|captured|entered)',
        '(door hanger|door hangers|flyer|flyers|leaflet|leaflets|postcard|postcards|card|cards) ~3 (on|through|in|to|at) (every|each|all) (house|houses|home|homes|door|doors|letterbox|letterboxes|address|addresses|car|cars|windscreen|windscreens) (on|in|along|of|across) (the|this|that)? ~1 (estate|street|road|block|suburb|town|village|area|postcode|county|district)',
        '(email|emails|emailed|send|sends|sent|mail|mails|mailed|text|texts|texted) (the|our|a)? ~3 to (everyone|everybody|every name|every contact|all the names|all contacts) (on|in) (the|our) ~3 (database|list|crm|file|system|records|mailing list|spreadsheet)',
        // Everyone on a list, with no choosing said outright: "rings every tenant on it, with one script whatever the size of the
        // firm", "knock on every unit, whoever the tenant and whatever the roof".
        '(ring|rings|call|calls|phone|phones|knock on|knocks on|door knock|door knocks|email|emails|text|texts|mail|mails|leaflet|leaflets|canvass|canvasses|hit|hits) (every|all the) (tenant|tenants|unit|units|door|doors|house|houses|home|homes|household|households|business|businesses|shop|shops|firm|firms|office|offices|number|numbers|name|names|farm|farms|flat|flats|address|addresses|company|companies|entry|listing|member|members) ~10 (whoever|whatever|regardless of|no matter|without filtering|without checking|without sorting|without qualifying|one script|the same script)',
      ],
      examples: {
        signal: [
          "Counter staff add every walk-up's mobile number to the Thursday text that goes to all 40,000 past renters.",
          'The same spring postcard goes to every address on the county agricultural rolls.',
          'Every client on the RMM platform gets the identical firewall upsell email, whatever their size or setup.',
          'This message is going to everyone who has signed up for anything since 2015.',
          "The GCSE revision push notification goes to every account ever created, whatever the child's age or subject.",
          'Leave a door hanger on every house on the estate the night before the team arrives.',
          'The cataract team emails the self-pay brochure to everyone on the old clinic database, including people not seen in ten years.',
          'Text all 12,000 past guests: rooms at $99 instead of $160, this weekend only.',
          'Same subject, same body, sent to the 18,000 contractors in the export; only the first name changes.',
          'The junior rings every business on the chamber list, seventy a day, whatever they do.',
          'Crews knock on every house in the postcode after a storm, regardless of the roof.',
          'Each SDR works through 150 numbers a day, same opener for everyone who picks up.',
        ],
        not: [
          'The recall letter goes to all 12 affected clinics.',
          'Everyone who has joined since 2022 has a named account manager.',
          "Leave a door hanger on every house where nobody answered, with the surveyor's direct number.",
        ],
      },
    },
    {
      // One piece to everyone, by post, DM or flyer: "Drop the same flyer through every unit on every industrial estate", "DM every
      // follower of the three competitor clinics with the same opener", "Load the whole licensed-premises register into the dialler".
      id: 'the same piece to every one',
      patterns: [
        '(send|sends|post|posts|drop|drops|push|pushes|mail|mails|text|texts|dm|dms|blast|blasts|put|puts|run|runs) the (same|identical) ~1 (advert|ad|post|message|flyer|leaflet|letter|card|opener|opening line|email|text|script|pitch|dm|mailer) ~4 (in|to|through|into|for|on) (every|each|all)',
        '(dm|dms|message|messages|email|emails|text|texts|mail|mails|call|calls|ring|rings|hit|hits|contact|contacts|pitch|pitches) (every|each|all) ~5 with the same (opener|message|email|text|script|pitch|template|line|intro|dm|flyer|letter|leaflet)',
        // Addresses lifted from a page: "Pull every attendee email off the conference website and send them our deck".
        '(pull|pulls|scrape|scrapes|lift|lifts|grab|grabs|harvest|harvests|copy|copies|rip|rips) (every|all|all the|each) ~8 (email|emails|address|addresses|contact|contacts|number|numbers|name|names) (off|from) (the|their|a|an|every)? ~3 (website|site|list|directory|page|linkedin|app|portal|badge scans)',
        // A bought file of a whole kind: "Buy the file of every restaurant licence holder in the city and ring them all".
        '(buy|buys|bought|purchase|purchases|purchased|rent|rents|rented) (the|a) (file|list|database|data|dataset|export) of (every|all) ~8 (and|then) (ring|call|email|text|mail|hit|contact|dial|message|phone) (them|it|everyone|every one|each)',
        // A directory worked through: "Hit every logistics company in the Yellow Pages; it's about how many, not which".
        '(hit|hits|call|calls|ring|rings|email|emails|contact|contacts|dial|dials|work|works) (every|each|all) ~4 in the (yellow pages|phone book|directory|trade directory|business directory|companies register|chamber directory)',
        '(how many|volume|numbers) ,? not (which|who|quality)',
        // The lot, with one piece: "hit the lot with the same EDM every fortnight", "mail every single one the same postcard".
        '(hit|hits|send|sends|mail|mails|email|emails|text|texts|blast|blasts) (the lot|them all|all of them|every single one|every one of them|each and every one) (with)? the (same|identical) (edm|email|newsletter|postcard|flyer|letter|text|message|mailer|offer|pitch)',
        '(all|every one of|each of) ~2 thousand (of them)',
        '(they all|all of them|every one of them) (get|gets|receive|receives|got) (it|the same)',
        // More is better: "Forward the flyer to every WhatsApp group they're in. The more groups the better".
        '(the more) (groups|people|numbers|contacts|calls|emails|doors|names|messages|texts|posts|leads|dials|flyers) (the better)',
        '(forward|forwards|post|posts|share|shares|send|sends|drop|drops) (the|our|a)? ~3 to every ~2 (group|groups|chat|chats|forum|forums|page|pages) (they|you|we) (are|re|belong to|sit in|follow)? (in|on)?',
        // Every number on file: "Goes Friday at 4 to every mobile number on the till system".
        '(goes|go|sent|send|sends|text|texts|email|emails) ~4 to every (mobile|phone|contact|customer)? (number|address|email|contact|phone) (on|in) (the|our) ~3 (system|database|list|crm|file|spreadsheet|till|system)',
        // Thousands uploaded, all in one sequence: "uploaded 9k school contacts from the vendor file, sequence kicks off Monday for all of them".
        '(uploaded|loaded|imported|dumped) {num>=1000} ~4 (contacts|leads|names|numbers|emails|addresses|records)',
        '(load|loads|upload|uploads|put|puts|import|imports|dump|dumps) the (whole|entire|full) ~3 into the (dialler|dialer|auto dialler|auto dialer|power dialler|power dialer|texting tool|sms tool|sequencer|sequence)',
      ],
      examples: {
        signal: [
          'Drop the same flyer through every unit on every industrial estate in the county.',
          'Post the same removals advert in every local Facebook group, twenty groups a day.',
          'DM every follower of the page with the same opener.',
          'Load the whole licensed-premises register into the dialler and ring straight down it.',
          'Pull every attendee email off the conference website and send them our deck.',
          'Buy the file of every restaurant licence holder in the city and ring them all in alphabetical order.',
          "Hit every logistics company in the Yellow Pages; it's about how many, not which.",
          'CRM note: uploaded 9k school contacts from the vendor file, sequence kicks off Monday for all of them.',
          "Every staff member forwards the Easter flyer to every WhatsApp group they're in. The more groups the better.",
          'Goes Friday at 4 to every mobile number on the till system.',
          'Scrape every wedding venue, celebrant and event planner email off the online directories and hit the lot with the same EDM every fortnight.',
          'Rent the list of registered boat owners in the three counties, all forty-some thousand of them, and mail every single one the same postcard.',
        ],
        not: [
          'Print the same name badge for every delegate.',
          'All staff sign off with the same line.',
          'Pull every contact from the old CRM into the new one before the switch.',
          'We buy the file of every planning application in the county to spot new builds.',
        ],
      },
    },
    {
      // Phoning or mailing everyone on a list, the verb saying it is outreach: "ring every name on the county show list, no picking".
      id: 'everyone on a list, called',
      patterns: [
        '(call|calls|ring|rings|phone|phones|dial|dials|email|emails|text|texts|mail|mails|hit|hits|whatsapp|message|messages) (around|round|through)? (every|each|all) ~2 (on|in|from) (the|our|this|that) ~3 (list|lists|file|sheet|spreadsheet|export|register|directory|roll|rolls|roster|rosters|registry|database|crm)',
        // A message that goes out to all of it: "this is going out to every workshop on the East Rand list", "this note has gone
        // out to our entire database", "sending this to everyone in my network".
        // The message says so of itself, as a blast's apology does (not "the recall notice went out to every owner on the register").
        "(this|this note|this email|this message|this mail|this update|this newsletter|this letter|this bulletin) (is|has|'s|was)? (been)? (going|gone|goes|went|sent|being sent) (out)? to (every|each|all|everyone|everybody) ~6 (list|lists|file|sheet|spreadsheet|export|register|directory|database|crm|network|contacts|mailing list|contact list)",
        "(this|this note|this email|this message|this mail|this update|this newsletter|this letter|this bulletin) (is|has|'s|was)? (been)? (going|gone|goes|went|sent|being sent) (out)? to (our|the|my) (entire|whole|full) ~2 (list|lists|file|database|crm|network|contacts|mailing list|contact list|base|customer base|client base)",
        "(it's|it is|it has|it's been|it was) (going|gone|sent|being sent) (out)? to (every|each|all|everyone|everybody) ~4 (list|lists|file|database|crm|network|contacts|mailing list|contact list)",
        '(send|sends|sending|sent) (this|it|this note|this email|this message|the same note|the same email|the same message) to (everyone|everybody|every contact|all my contacts|all our contacts) (in|on|from) (my|our|the) ~1 (network|list|database|crm|contacts|address book|mailing list)',
      ],
      examples: {
        signal: [
          'Get the lads to ring every name on the county show list and offer them the delivery free.',
          'Phone round every member on the club register about the new season kit.',
          'Text every number in the old service database this week.',
          'Email all the contacts on that conference list.',
          'Heads up: this is going out to every garage on the Pretoria list.',
          'This update has gone out to our entire database of plant managers.',
          'Sending this to everyone in my network who runs a kitchen.',
        ],
        not: [
          'Every name on the list must be spelled as on the passport.',
          'The recall notice went out to every owner on the register, as the regulator requires.',
          'Sending this to everyone in the team for review before Friday.',
        ],
      },
    },
    {
      id: 'door to door',
      // With something to sell or hand out: not "knocks on every door in the close to explain the parking".
      patterns: ['(knock|knocks|knocking) (on)? (every|each|all) ~1 (door|doors|house|houses|home|homes)'],
      when: ['outreach', 'offer'],
      examples: {
        signal: ['Canvassers knock every door in the subdivision and leave the same flyer.', 'Reps knock on every door on the estate with the spring offer.'],
        not: ['Before the scaffold goes up, the site lead knocks on every door in the close to explain the parking arrangements.'],
      },
    },
    {
      id: 'everyone in the database',
      patterns: [
        'every|all ~2 contact|contacts|lead|leads|customer|customers|company|companies|account|accounts|prospect|prospects|record|records|person|people|manager|managers|owner|owners|director|directors|member|members|user|users|subscriber|subscribers|practice|practices|clinic|clinics|buyer|buyers|inquiry|inquiries|enquiry|enquiries|donor|donors|parent|parents|student|students|supplier|suppliers|seller|sellers|number|numbers|=name|=names ~3 (in|on|from) (the|our|your)? ~4 (database|crm|list|system|file|directory|marketo|hubspot|salesforce|export|spreadsheet|sheet|erp|dms|netsuite|sap|address book|contact list|mailing list|platform|marketplace|registry)',
        // A whole population: "a mailing to every dentist in the state".
        '(every|all|each) ~1 (dentist|dentists|doctor|doctors|clinic|clinics|practice|practices|school|schools|business|businesses|company|companies|household|households|home|homes|homeowner|homeowners|restaurant|restaurants|store|stores|shop|shops|hotel|hotels|contractor|contractors|firm|firms|lawyer|lawyers|accountant|accountants|pharmacy|pharmacies|farm|farms|dealer|dealers|hospital|hospitals|salon|salons|gym|gyms|retailer|retailers|landlord|landlords|buyer|buyers|customer|customers|prospect|prospects|lead|leads|contact|contacts|number|numbers|address|addresses|resident|residents|owner|owners|district|districts|nonprofit|nonprofits|charity|charities|church|churches|parent|parents|teacher|teachers|vet|vets|plumber|plumbers|electrician|electricians|principal|principals|house|houses|hoose|door|doors|flat|flats) ~1 (in|across) (the|this|our)? (state|country|county|region|city|area|postcode|zip code|province|territory|town|district|nation|uk|us|metro|borough)',
        // Everyone who ever: "goes to every device that has ever installed the app", "text to everyone who ever bought from us".
        '(every|all|each) ~2 (device|devices|user|users|install|installs|customer|customers|contact|contacts|subscriber|subscribers|person|one|account|accounts|phone|phones|member|members|buyer|buyers|lead|leads) (that|who|which) (has|have|had)? ever',
        '(everyone|everybody|anyone|anybody) (who|that) (has|have)? ever',
        // Everyone on a list we were given: "send everyone on it our launch email".
        '(send|sends|email|emails|text|texts|message|messages|mail|mails) (everyone|everybody|all) (on|in) (it|the list|that list|their list|your list|the file|the sheet|the export)',
        // Every enquiry ever received: "the spring email goes out to every inquiry we've received since 2019".
        "(every|each|all) (inquiry|inquiries|enquiry|enquiries|lead|leads|contact|contacts|signup|signups) (we|we've|we have) ~2 (received|had|collected|captured|got|gotten) (since|in|over|from)",
        'whole|entire|full ~3 database|crm|list|export|directory|file|thing|audience|territory|erp|base|db|dbase|register',
        // Everyone on a list, by phone or mail: "Call every hospital on the framework list this week".
        '(call|calls|ring|rings|phone|phones|dial|dials|email|emails|text|texts|mail|mails|hit|hits) (every|each|all) ~2 (on|in|from) (the|our|this|that) ~3 (list|lists|file|sheet|spreadsheet|export|register|directory|roll|rolls|roster|rosters|registry)',
      ],
      when: ['outreach'],
      examples: {
        signal: [
          'Drip every contact in HubSpot with the launch email.',
          'Every number in the old service-department database gets a call from the BDC this week.',
          'Send the promo to the entire CRM.',
          'Text everyone on the list from the trade show about the new range.',
          "The open-day invite goes to every enquiry we've had since 2021.",
          'Mail every registered seller on the marketplace about the fee change.',
          "Call every hospital on the framework list this week; don't bother tailoring the pitch.",
        ],
        not: [
          'Every contact in the CRM needs a region field.',
          'Review the whole list of renewals with your manager.',
          'Every buyer in the catalogue has a credit limit.',
        ],
      },
    },
    {
      // Outreach with no choosing, said as such: "add them all to Monday's follow-up send, whatever their role or company", "going to
      // every VP Sales connection regardless of industry", "door-knock every street, same spiel no matter who opens", "we send the
      // catalogue to all companies of the industry register, without selection", "just dialling … don't qualify".
      id: 'sent with no choosing',
      patterns: [
        '(regardless of|irrespective of|no matter) ~2 (who|what|whether|their|his|her|industry|role|roles|company|size|fit|title|titles|sector|need|needs|job)',
        '(whatever|whoever) (their|his|her|the) ~1 (role|roles|company|companies|title|titles|industry|industries|size|sector|fit|job|need|needs)',
        '(whatever|whoever|whichever) ~2 (is|are|comes|walks|opens|picks up|answers) ~2 (in|on) (the)? ~2 (territory|list|patch|street|area|database|crm|file|book|region|county|town)',
        'without (any|a)? (selection|segmenting|segmentation|filtering|qualifying|qualification|targeting|research|picking|choosing|vetting)',
        "(doesn't|does not|don't|do not|won't|will not|never) (matter|care) (who|what|whether)",
        "(don't|do not|no|never) (=qualify|=qualifying|=segment|=segmenting|=segmentation|=filter|=filtering|=targeting|=picking|=research)",
        '(untargeted|indiscriminate|indiscriminately|scattershot|scatter gun|scattergun)',
      ],
      when: ['outreach'],
      // Not a question put to each buyer alike ("Regardless of industry, the discovery call starts with their goals").
      unless: ['inquiry', 'trait:consultative'],
      examples: {
        signal: [
          'Scan the badge of anyone who stops at the stand and add them all to the follow-up send, whatever their role.',
          'The InMail goes to every ops director in our network regardless of industry.',
          'Hand the leaflet to every van that pulls into the depot, no matter who is driving, and call them all on Monday.',
          'We mail the brochure to all firms in the trade register, without selection.',
          "Tomorrow just call through the list: whatever's in the territory, don't qualify.",
        ],
        not: [
          'Every enquiry gets a reply within the hour, regardless of size.',
          'We call back every customer who complains, whatever their plan.',
          'Regardless of industry, the discovery call starts with their goals.',
        ],
      },
    },
    {
      id: 'everyone gets the same message',
      patterns: [
        'same|identical ~3 email|emails|copy|intro|message|messages|pitch|cadence|sequence|template|script|content|text|mailer|inmail|inmails|dm|dms|post|posts|voicemail|note ~3 to|for|in|into|across (everyone|everybody|all|every|each|the whole|the entire|the full)',
        // Everyone into one track: "Add every lead from the badge scans to the same eight-step sequence".
        '(add|adds|put|puts|load|loads|drop|drops|enrol|enroll|enrols|enrolls|push|pushes|dump|dumps) (every|all|each) ~8 (to|into|in) (one|a single|the same) ~2 (sequence|cadence|campaign|nurture|track|list|drip|flow)',
        // Volume on one script: "300 unresearched contacts a day using the same script".
        '{num>=100} ~3 (a|per|each) (day|week|shift) ~4 (same|identical|generic) (script|template|email|message|pitch|sequence)',
        'every|all|each ~1 lead|leads|contact|contacts|prospect|prospects|account|accounts ~4 get|gets|receive|receives ~2 same|identical',
        // One piece to a whole population: "Send every condo MCST in the registry the same PDF about rooftop solar".
        '(send|sends|email|emails|mail|mails|text|texts|post|posts|drop|drops|whatsapp|message|messages) (every|each|all) ~8 the (same|identical) (pdf|email|message|letter|brochure|flyer|text|sms|template|pitch|mailer|deck|leaflet|note|video|voicemail|catalogue|catalog)',
        // Everyone met into the newsletter: "chuck every contact from the open homes into the weekly newsletter".
        '(add|adds|chuck|chucks|put|puts|dump|dumps|load|loads|throw|throws|import|imports|upload|uploads|sync|syncs|enrol|enroll|enrols|enrolls|drop|drops) (every|all|each) ~6 (to|into|in|onto|on) (the|our)? ~2 (newsletter|newsletters|mailing list|email list|mailshot|mailer)',
      ],
      examples: {
        signal: [
          'Post every registered body corporate in the city the same brochure about the retrofit grant.',
          'Email all 900 gyms in the region the identical template about the new rowing machines.',
          'Chuck every contact from the open homes into the weekly newsletter.',
          'Import all the badge scans into our monthly mailing list.',
          'Identical copy for all 12 industries.',
          'Every prospect receives the same opener.',
          'Drop the same DM into every founder community on Slack.',
          'Load all webinar sign-ups into one nurture track.',
          'Reps clear 250 cold numbers a day with the same generic pitch.',
        ],
        not: ['Use the same CRM field for every deal.', 'Add every new customer to the same onboarding checklist in the CRM.'],
      },
    },
    {
      id: 'everyone gets the outreach',
      patterns: [
        'every|all ~1 lead|leads|contact|contacts|prospect|prospects|subscriber|subscribers|signup|signups ~1 get|gets|receive|receives ~4 email|emails|reminder|reminders|sequence|cadence|message|messages|newsletter|link|links|sms|texts|mailer|mailers|promo|promos|blast|blasts',
        // With where they came from between: "Every lead from the last three years is getting the New Year text".
        // The same piece, not a service notice to customers or a handwritten note ("All customers on the affected firmware are
        // getting the security-patch email", "Every lead from the booth gets a handwritten email").
        '(every|all) ~1 (lead|leads|contact|contacts|prospect|prospects|subscriber|subscribers|enquiry|enquiries|inquiry|inquiries) (from|in|on|since|we) ~5 (is|are|will be)? (getting|get|gets|receiving|receive|receives) (the|our|this|that) ~2 (text|texts|sms|email|emails|mailer|mailers|newsletter|promo|promos|message|messages|blast|blasts|mailshot|mailshots|flyer|flyers)',
      ],
      examples: {
        signal: [
          'All subscribers receive the promo email twice a week.',
          'Every lead from the last three years is getting the New Year text, all 9,000 of them.',
          'All customers on the old list are getting the same spring mailer.',
        ],
        not: [
          'Every lead gets scored on fit before an SDR calls.',
          'Every lead gets a reply within five minutes.',
          'Every lead from the webinar is getting a personal call from their account manager.',
        ],
      },
    },
    {
      id: 'activity volume, said the other way round',
      patterns: [
        '(each|every|per) (rep|sdr|bdr|agent|person|caller|seller) (makes|does|logs|hits|dials|calls|sends|handles|places) {num>=40} ~2 (a|per) (day|shift)',
      ],
      examples: { signal: ['Each rep makes 90 a day from the shared pool.'], not: ['Each rep makes 4 calls a day to named accounts.'] },
    },
    {
      id: 'everyone in one send',
      patterns: [
        '(all|everyone|everybody|them all|all of them|the lot) ~3 (in|into) (one|a single|the same) (sequence|cadence|send|campaign|blast|nurture|track|list|mailing|email|drip)',
        '(drop|drops|dropped|dump|dumps|dumped|load|loads|loaded|put|puts|push|pushes|pushed|import|imported) ~3 (them all|all of them|everyone|everybody|the lot|all {num}|the whole|the entire) ~4 (into|in|to) (the|a|one|our)? ~2 (sequence|cadence|nurture|campaign|drip|track|list|flow)',
        '(to|at) {num>=100} ~3 (contacts|leads|prospects|managers|owners|customers|people|accounts|buyers|businesses|recruiters|recipients) ~3 (at once|in one go|in one send|in one blast|simultaneously|at the same time|in one shot)',
        '{num>=5000} (postcards|flyers|letters|mailers|leaflets|texts|emails|messages|notifications|sms|voicemails|calls|dials)',
        '(every|all|each) ~3 (business|businesses|household|households|home|homes|address|addresses|company|companies|shop|shops|store|stores|practice|practices) (within|in a) {num} ~1 (miles|mile|km|kilometres|kilometers|mi|radius)',
      ],
      examples: {
        signal: [
          'Load all 18,000 expo leads into one nurture cadence.',
          'Send the same case study to 400 hiring managers at once.',
          '60,000 postcards to every household within 10 miles of the showroom.',
        ],
        not: ['Put the 12 named accounts into a tailored sequence each.', 'We printed 3,000 brochures for the booth.'],
      },
    },
    {
      id: 'audience in thousands',
      patterns: [
        `{num>=1000} ~2 ${AUDIENCE_NOUNS}`,
        'list of {num>=1000}',
        'all|every {num>=200} ~2 contacts|accounts|leads|emails|numbers|records|people|companies|prospects|customers',
      ],
      when: ['outreach'],
      unless: ['consent', 'personal', 'segment'],
      examples: {
        signal: ['Email 12,000 store managers the catalogue.', 'A list of 25k founders goes into the cold sequence.'],
        not: [
          'We serve 5,000 clinics nationwide.',
          'Email the 40 accounts in your named list.',
          'The newsletter goes to past families who opted in, about 2,300 addresses, each month.',
          'The target list is the 1,800 accounts with the install-base flag, sequenced in batches of 150 a week with personalized first lines.',
          'Emails go to monthly-plan customers only (about 1,150 accounts), segmented by venue type.',
          'Marketing mails a postcard to businesses in the build area with five or more employees, about 1,300 addresses.',
        ],
      },
    },
    {
      id: 'activity volume',
      patterns: [
        `{num>=40} ~1 ${OUTREACH_NOUNS} ~4 a|per|each ~1 day|daily|rep|sdr|person|head`,
        '{num>=40} ~1 (doors|knocks|homes|houses) ~4 (a|per|each) (shift|evening|night)',
        `{num>=200} ~1 ${OUTREACH_NOUNS} ~4 a|per|each ~1 week|weekly`,
        `{num>=600} ~1 ${OUTREACH_NOUNS} ~4 a|per|each ~1 month|monthly`,
        `{num>=40} ~1 ${OUTREACH_NOUNS} ~5 daily`,
        `{num>=40} ~2 ${OUTREACH_NOUNS} ~2 (before|by) (noon|lunch|midday)`,
        `{num>=10} ~2 ${OUTREACH_NOUNS} ~1 an|per|each hour`,
        '{num>=40} a|per day ~2 per|each ~1 rep|sdr|person',
        // Whom, by the day: "cold-call 60 office managers a day from the list".
        `(call|calls|cold call|cold calls|dial|dials|ring|rings|email|emails|text|texts|message|messages|knock|visit|visits) {num>=40} ~2 (${AUDIENCE_NOUNS}) (a|per|each) (day|week)`,
        'dials|emails|calls|touches ~1 per rep per day',
      ],
      examples: {
        signal: ['Each BDR logs 60 calls a day.', '400 cold emails a week from the outbound pod.'],
        not: ['Twelve calls a week to named accounts.', 'The API allows 100 requests a minute.'],
      },
    },
  ],
  // Named once in a long text: a list we used to blast, a sound that blasts the room.
  bare: ['blast', 'blasts'],
  senses: [
    {
      // A visit in person to each, which is field work, not a blast: "Our hygienist calls in at each dental practice in the county",
      // "the rep drops in on every dealer on the patch once a quarter".
      id: 'a visit to each in person',
      patterns: [
        '(calls in|call in|calling in|drops in|drop in|dropping in|pops in|pop in|popping in|calls round|call round|calls on|call on|calling on|visits|visit|visiting|walks in|walk in) (at|to|on)? (each|every|all) ~3w (in|on|across|around) (the|our|his|her|their)? ~2 (region|regions|county|counties|territory|territories|area|patch|city|town|district|districts|state|route|valley|island|province)',
      ],
      examples: {
        not: [
          'Our hygienist calls in at each dental practice in the county once a quarter.',
          'The rep calls round to every farm in the county before the spring show.',
        ],
      },
    },
    {
      // Calls that come to us, not calls we make, without the word "inbound" ('calls that come in' has it): "Our support desk
      // handles 300 calls a day", "the reservations line takes 500 calls a week in peak season", "the switchboard answers 200
      // calls a day". Only a desk, a line or a reception that answers (red teams 51 and 52): "the outbound pod handles 400 calls
      // a day", "new SDRs take 120 calls a day from the dialler queue" and "the telesales desk handles 250 calls a day" are ours.
      id: 'volume that comes to us',
      patterns: [
        '(support desk|service desk|help desk|helpdesk|front desk|reservations line|reservations desk|booking line|bookings line|service line|support line|helpline|switchboard|reception|receptionist|receptionists|hotline|support team|service team|care team|reservations team|bookings team|front office) (handles|handle|handled|takes|take|took|answers|answer|answered|receives|receive|received|fields|field|fielded|picks up|pick up|picked up|gets|get|got) (over|about|around|roughly|some|nearly|up to|more than|almost|close to)? {num>=40} (phone|telephone)? (calls|enquiries|inquiries|chats|tickets|requests|queries|callbacks) ~3 (a|per|each|every) (day|shift|hour|week|month)',
      ],
      examples: {
        not: [
          'Our support desk handles 300 calls a day during the January renewals peak.',
          'The reservations line takes 500 calls a week in peak season.',
          'The switchboard answers 200 calls a day in the renewal season.',
        ],
      },
    },
    // A record, not a send: "Every farm enquiry is an opportunity in the CRM from the first call".
    '(every|each|all) ~2 (enquiry|enquiries|inquiry|inquiries|contact|contacts|lead|leads|record|records|account|accounts|deal|deals|customer|customers) (is|are|becomes|become|gets|get|has|have|needs|need) (a|an|its|their|one)? ~2 (opportunity|opportunities|record|records|entry|entries|row|rows|deal|deals|card|cards|ticket|tickets|owner|stage) (in|on) (the|our)? ~1 (crm|database|system|pipeline|salesforce|hubspot|pipedrive|sheet)',
    // Spraying crops, not outreach: "Spray and pray is exactly the fungicide habit we're asking growers to drop".
    'spray and pray ~8 (fungicide|fungicides|herbicide|herbicides|pesticide|pesticides|insecticide|insecticides|crop|crops|weeds|pests|paddock|paddocks|orchard|orchards|vineyard|vineyards|agronomy|agronomist)',
    '(fungicide|fungicides|herbicide|herbicides|pesticide|pesticides|insecticide|insecticides|spraying|spray program|spray programme) ~6 spray and pray',
    {
      // Those who already came to us, a warm list, not everyone: "Call everyone who looked at them over the winter", "Ring
      // everybody who toured this fall" (not "email everyone who ever downloaded anything").
      id: 'everyone who already came to us',
      // Its words still count: "Text everyone who bought from us, the whole 60,000-name database" is outreach to the database.
      wide: true,
      patterns: [
        '(call|calls|ring|rings|phone|phones|text|texts|email|emails|contact|contacts|follow up with|get back to|write to|invite|invites|reach out to) (everyone|everybody|anyone|anybody|all those|all the people|every customer|every person|every family|every couple|every buyer|every visitor|every guest|every owner) (who|that) (has|have|had)? (looked|toured|visited|asked|enquired|inquired|came|come|bought|attended|booked|stayed|signed|showed|requested|quoted|demoed|trialled|trialed|test drove|called|rang|viewed|saw|spoke|met|bid|rented|hired|stored|berthed|walked|dropped by|stopped by|came in|came by|left a|got a|took a|picked up|collected|cancelled|canceled|lapsed|left us)',
      ],
      examples: {
        not: [
          'Call everyone who looked at the ex-demo units over the winter.',
          'Email everyone who came to the open evening with the photos from the night.',
          'Call everybody who toured the marina this fall.',
        ],
      },
    },
    // Water, not a send: "which corner floods every winter", "the yard that flooded every spring".
    '(flood|floods|flooded|flooding) (every|each) (winter|spring|summer|autumn|fall|year|season|time it rains|wet season|monsoon|storm)',
    {
      // A notice of changed terms to each account, not outreach: "Account managers send each practice the revised schedule".
      id: 'changed terms sent to each account',
      patterns: [
        '(send|sends|sent|email|emails|emailed|mail|mails|mailed|post|posts|posted|write to|writes to) (each|every|all) ~2 (practice|practices|customer|customers|client|clients|account|accounts|member|members|stockist|stockists|dealer|dealers|tenant|tenants|site|sites|store|stores|clinic|clinics|school|schools) (the|a|their|its|an) ~1 (revised|new|updated|amended|current|corrected|changed) (schedule|price list|price lists|rate card|rate cards|terms|tariff|tariffs|contract|contracts|price sheet|surcharge table|surcharge schedule|fee schedule|pricing schedule|invoice template|statement)',
        '(send|sends|sent|email|emails|emailed|mail|mails|mailed|post|posts|posted) (each|every) ~2 (practice|customer|client|account|member|stockist|dealer|tenant|site|store|clinic|school) (its|their|his|her) own ~2 (statement|invoice|renewal|quote|report|schedule|contract|summary|figures|usage)',
      ],
      examples: {
        not: [
          'Account managers send each practice the revised schedule with a short covering note.',
          'Finance emails every account the updated rate card two weeks before the change.',
          'Email every member their own renewal statement in January.',
        ],
      },
    },
    // A whole restore or backup, not a whole list: "the full restore of your file server took 3 hours".
    '(full|entire|whole|complete) (restore|restoration|backup|back up|recovery|copy|sync|audit|scan|rebuild|reinstall|migration|refresh|export) of (the|your|their|our|a|an|each|every)? ~2 (server|servers|file|files|database|databases|system|systems|machine|machines|vm|vms|share|shares|drive|drives|site|laptop|laptops|account|mailbox|mailboxes|data|estate|environment|tenant)',
    // A customer's usage, not our calls: "any customer above 5M calls a month".
    '(customer|customers|account|accounts|tenant|tenants|user|users|client|clients|integration|integrations) (above|over|exceeding|beyond|with|at|past) {num} (calls|requests|events|messages|api calls|lookups|queries|transactions) (a|per) (month|day|second|minute|hour|week)',
    // Our own hiring, not outreach: "Recruiting our own SDRs has become a numbers game, with 300 applicants for 4 roles".
    {
      id: 'a numbers game in our own hiring',
      patterns: [
        '(recruiting|hiring|recruitment) (our|new|more)? ~3 (has become|is|becomes|became|was|has always been) a numbers game',
        'numbers game , with {num} (applicants|candidates|cvs|resumes|applications)',
        'numbers game : (we|they) (interview|interviews|screen|screens|hire|hires)',
      ],
      examples: {
        not: [
          'Recruiting our own SDRs has become a numbers game, with 300 applicants for 4 roles.',
          'Hiring new reps is a numbers game: we interview thirty for every offer.',
        ],
      },
    },
    // One conversation with each, not a call to all: "run a formulary discovery call with each equine practice".
    '(discovery|intro|introductory|scoping|review|planning|consultation|strategy|kickoff|kick off|onboarding|needs) (call|calls|meeting|meetings|session|sessions|visit|visits) (with|for) (each|every) ~3 (number|numbers|contact|contacts|clinic|clinics|address|addresses|home|homes|household|households|shop|shops|business|businesses|company|companies|practice|practices|patient|patients|member|members|account|accounts|customer|customers|client|clients|school|schools|store|stores|site|sites)',
    // A business day, not every business: "inside sales calls every response within one business day".
    '(message|messages|messaged|text|texts|call|calls|called|phone|ring|send|sends|sent|mail|email|emailed|reply|replies|answer|answers) (every|each|all) ~3 business (day|days|hour|hours)',
    // The department, not a bought list: "Kevin Marsh in purchasing sets the unit list on October 1".
    '(in|from|with|by|to|and|of) =purchasing ~4 (list|lists)',
    // A role, not bought leads: "a call with their purchasing lead".
    // (Not "purchasing leads from a broker", which buys them.)
    '=purchasing (=lead|manager|managers|director|directors|team|teams|officer|officers|head|=contact|=agent|department|dept)',
    // A product's feature, not a send: "reusable templates, bulk send, signer authentication".
    'bulk (send|sending) (feature|features|tool|tools|api|capability|option|function|button|,)',
    // Abrasive blasting and blast protection: "supplied-air blast hoods", "blasting media", "blast cabinets".
    'blast (hood|hoods|helmet|helmets|cabinet|cabinets|media|room|rooms|pot|pots|nozzle|nozzles|hose|hoses|furnace|furnaces|door|doors|resistant|proof|wall|walls|mitigation|suit|suits|booth|booths|freezer|freezers)',
    '(abrasive|sand|shot|bead|grit|soda|dry ice) (blast|blasting|blaster|blasters)',
    'blasting (media|cabinet|cabinets|abrasive|abrasives|equipment)',
    // Researched by hand, not mass: "every account on the target list is researched by hand".
    '(every|all|each) (account|accounts|prospect|prospects|contact|contacts|company|companies) (on|in|from) (the|our|your)? (target|named|abm|priority|focus|shortlist|short) (list|lists|account list)',
    // ABM, not mass: "pre-book discovery calls with every target account on the list".
    '(every|all|each) (target|targeted|named|key|strategic|priority|focus|shortlisted|selected|chosen|tier one|tier 1|abm) ~1 (account|accounts|prospect|prospects|customer|customers|client|clients|buyer|buyers|logo|logos) (on|in|from) (the|our|your|this|that)? ~2 (list|lists|crm|database|file|sheet|spreadsheet|plan)',
    // Tooling, not a send: "bulk email export now supports CSV".
    '(bulk email|bulk emails|mass email|mass emails|email blast|email blasts|bulk sms|mass mailing) (export|exports|import|imports|report|reports|template|templates|feature|features|module|api|endpoint|log|logs|settings|limit|limits|quota|quotas|permission|permissions)',
    // An audience that asked for it: "the recording is emailed to everyone who registered".
    '(everyone|everybody|anyone|all those|all the people|every person|each person|every attendee|every registrant|all attendees|all registrants) (who|that) (has|have|had|already)? (registered|signed up|opted in|booked|attended|asked|requested|subscribed|enrolled|enroled|downloaded|registers|signs up|opts in|books|attends|asks|requests|subscribes|enrolls|enrols|rsvped|rsvps)',
    // A segment by its state, not everyone: "email every prospect with an open proposal".
    '(email|emails|call|calls|text|texts|message|messages|contact|contacts|send|sends) ~1 (every|each|all) ~2 (prospect|prospects|lead|leads|contact|contacts|account|accounts|customer|customers|client|clients|member|members|buyer|buyers) with (an|a)? (open|active|pending|live|signed|unsigned|expiring|outstanding|lapsed|overdue) (proposal|proposals|quote|quotes|deal|deals|opportunity|opportunities|trial|trials|order|orders|ticket|tickets|case|cases|invoice|invoices|renewal|renewals|cart|carts|basket|baskets)',
    // One by one, however many: "every scanned contact gets a personal email from the AE who spoke to them".
    '(every|each|all) ~2 (contact|contacts|lead|leads|visitor|visitors|prospect|prospects|attendee|attendees|guest|guests|donor|donors) (gets|get|receives|receive) (a|an) (personal|personalised|personalized|handwritten|hand written|individual|one to one|tailored) (email|note|call|letter|message|follow up|reply)',
    // A notice to those a problem touches: "customer service emails every affected clinic within 24 hours".
    '(every|each|all|all the) (affected|impacted) (clinic|clinics|customer|customers|client|clients|account|accounts|user|users|site|sites|practice|practices|member|members|patient|patients|store|stores|school|schools|guest|guests|passenger|passengers|household|households|subscriber|subscribers)',
    '(email|emails|emailed|call|calls|called|text|texts|texted|notify|notifies|notified|contact|contacts|contacted|message|messages|messaged|send|sends|sent|write|writes|wrote|alert|alerts|alerted) (to)? (every|each|all|all the) (affected|impacted) (clinic|clinics|customer|customers|client|clients|account|accounts|user|users|site|sites|practice|practices|member|members|patient|patients|store|stores|school|schools|guest|guests|passenger|passengers|household|households|subscriber|subscribers)',
    // A buyer's department, not a bought list: "the purchasing contacts at active accounts".
    '(the|our|their|its|your|each|every|and) (purchasing|procurement|buying) (contact|contacts|manager|managers|team|teams|department|departments|officer|officers|agent|agents)',
    '(the|our|their|its|your|each|every|and) (purchasing|procurement|buying) (lead|leads) (of|at|for|in) (our|their|the|each|every)',
    'blast (vibration|vibrations|monitoring|monitor|monitors|pattern|patterns|mining|charge|charges|explosive|explosives|injury|injuries|energy|hole|holes|site|sites|zone|zones|seismograph|seismographs)',
    'blast (resistant|proof|rated|radius|door|doors|chiller|chillers|freezer|freezers|frozen|freeze|freezing|chilled|chilling|cleaning|cleaned|media|furnace|furnaces|hole|holes|cabinet|wave|zone|shield|off|from the past)',
    '(sand|shot|grit|bead|abrasive|media|dry ice|water|air|dustless|vapour|vapor|wet|soda) blast|blasting|blasted|blasts|blaster|blasters',
    // Machines and finishes: "dustless blast units", "the blast and dye finishing" (not "Blast machine shops with the newsletter").
    'blast (unit|units|kit|kits|gun|guns|trailer|trailers)',
    // A blast set off, and its timetable: "customers watch a live blast from the viewing stand", "the blast schedule for the north face".
    '(live|controlled|test|trial|scheduled|planned|practice|production) (blast|blasts)',
    'blast (schedule|schedules|times|time|window|windows|plan|plans|notice|notices|warning|warnings|face|design|designs|crew|crews|log|logs|permit|permits)',
    'blast and (dye|dyeing|paint|painting|powder|powder coat|coat|coating|polish|polishing|prime|priming|seal|sealing)',
    // A surface blasted and finished, not a send: "the frame rail where it's been blasted and powder-coated".
    '(blasted|blasting|blast) (and|then|,) ~1 (powder coated|powder coat|painted|primed|coated|sealed|galvanised|galvanized|repainted|resprayed|polished|etched|cleaned|degreased)',
    // Loudness or force: "show how much blast it's got for a 2,000-cap shed".
    "(much|more|less|plenty of|enough|serious|real|full) blast (it|it's|they|they've|for|from|out of|of sound|on)",
    // Air and sound, not a send: "the air-con blast on the older vans", "the new sound system really blasts", "the hop blast".
    '(air con|aircon|air conditioning|ac|heater|heating|fan|cold air|hot air|hop|hops|dry hop|sound system|speakers|speaker|stereo|music|horn|radio|engine) (really|just)? (blast|blasts|blasting|blasted)',
    // Explosives set off on purpose: "Patrol does avalanche control blasting on the ridge", "quarry blasting on Tuesdays".
    "(avalanche|avalanche control|quarry|quarries|demolition|rock|controlled|explosive|explosives|mine|mining|seismic|face|bench|shotfirer|shotfirer's|shot firer) ~1 (blast|blasts|blasting|blasted)",
    // A class or a programme by its name and number: "Blast 45, our high-intensity circuit class", "the Blast 30 timetable".
    'blast {num} (class|classes|session|sessions|timetable|schedule|program|programme|workout|workouts|circuit|bootcamp|course)',
    'blast {num} , (our|the|a|an) ~3 (class|session|program|programme|workout|circuit|bootcamp|course)',
    // Machines that blow or blast: "air-blast sprayers", "a blast chiller".
    'blast (sprayer|sprayers|gate|gates|valve|valves)',
    // Written for each one, the opposite of a blast: "Messaging is tailored to each clinic's operational challenges".
    '(message|messages|messaging|messaged|text|texts|copy|outreach|email|emails|mail|call|calls|sms) ~4 (tailored|personalised|personalized|customised|customized|adapted|specific|written|relevant|unique) (to|for) (each|every|all) ~3 (number|numbers|contact|contacts|clinic|clinics|address|addresses|shop|shops|business|businesses|company|companies|practice|practices|patient|patients|member|members|account|accounts|prospect|prospects|buyer|buyers|customer|customers|home|homes|household|households)',
    {
      id: 'calls that come in',
      patterns: [
        '(inbound|incoming) ~1 (calls|emails|messages|chats|enquiries|inquiries|tickets|requests|leads)',
        '{num} ~2 (inbound|incoming) (calls|emails|messages|chats|enquiries|inquiries|tickets|requests|leads) ~4 (a|per|each|an) (day|week|hour|month|shift)',
      ],
      examples: { not: ['Agents handle about 90 inbound calls a day from the price-comparison site.'] },
    },
    'contact centre|center|centres|centers',
    'bulk import|upload|export|edit|update|action|pricing|order|orders|discount|buy|purchase|licensing',
    'mass spectrometry|spectrometer|market|media|transit|production|customisation|customization|adoption|appeal|notification',
    {
      id: 'calls between machines',
      patterns: [
        '(api|function|webhook|sdk|method|service|system|rpc|server|database|http) (calls|requests|events|messages)',
        '{num} ~1 (api|function|webhook|sdk|method|service|system|rpc|server|database|http) (calls|requests|events|messages) ~4 a|per|each|every|an ~1 day|month|hour|minute|second|week',
      ],
      examples: { not: ['Each tenant gets 50,000 webhook calls a day before throttling.', 'Dashboards show 2,000 API calls per hour at peak.'] },
    },
    'purchase history|order|orders',
    'scraped ~1 knee|paint',
    '(had|have|has|having|what|was|is|were|be|been) a (total|real|absolute|proper|great)? blast',
    // Blasted at, not by us: "anyone else's inbox getting blasted by the vendor's release notes?"
    '(getting|get|got|gets|being) (blasted|spammed|bombarded|flooded) (by|with)',
    // Machine calls: "the claims portal API handles 2 million calls a month".
    '(api|apis|server|servers|endpoint|endpoints|gateway|backend|service|services|portal|system|integration|webhook|webhooks) ~4 {num} ~1 (calls|requests|hits|messages)',
    {
      id: 'a rule about where names come from',
      patterns: [
        'every|all|each ~2 (account|accounts|contact|contacts|lead|leads|name|names|record|records|prospect|prospects) ~4 (must|should|has to|have to|needs to|need to|will) ~1 (come from|be on|be in|be from|be sourced from|match|be verified|be qualified|be checked|be approved|be tagged|be enriched|have an owner)',
      ],
      examples: { not: ['Every account on a call sheet must come from our own target-account list.'] },
    },
  ],
};
