/** The `consultative` trait: discovery and tailored problem-solving: learning the buyer's problem, qualification frameworks, tailoring. */

import type { TraitLexicon } from './types.js';
import { BUYER } from './words.js';

/** The buyer or their side, as a question names them: "where they're headed", "what the patient hopes". */
const THEM =
  "(they|they're|they've|their|them|you|your|you're|the patient|the patient's|the customer|the customer's|the client|the client's|the family|the family's|the buyer|the buyer's|he|she|his|her|the couple|the guest|the owner|the landlord|the farmer|the grower|the grower's|the contractor|the contractor's|the practice|the practice's|the school|the school's|the clinic|the clinic's|the studio|the studio's|the restaurant|the restaurant's|the plant|the site|the homeowner|the homeowner's|the store|the shop)";
/** A question about the buyer's own situation, and the words after it up to what follows from it. */
const ASKED_OF_THEM = `(find out|ask|asks|asking|establish|establishes|learn|learns|work out|works out|figure out|go through|goes through|talk through|talks through) (where|what|what's|how|which|whether|who|why|about) ~6 ${THEM} ~10`;
/** Verbs of making something fit the buyer (base forms and their inflections, exact). */
const FIT_VERBS =
  '=tailor|=tailors|=tailored|=tailoring|=fit|=fits|=fitted|=fitting|=match|=matches|=matched|=matching|=size|=sizes|=sized|=sizing|set up|sets up|setting up|=adapt|=adapts|=adapted|=shape|=shapes|=shaped|=design|=designs|=designed|=build|=builds|=built|=plan|=plans|=planned|=configure|=configures|=configured|=spec|=specs|=specced|=specify|=specifies|=specified|=stock|=stocks|=stocked';
/** Who really does it, after "how" or "what": the buyer, not our own stand or a meter. */
const REAL_USERS =
  "(you|you're|you've|you guys|they|they're|they've|your|their|{poss}|the customer|the client|the buyer|the family|the couple|the owner|the grower|the farmer|the patient|each|she|he|her|his|the customer's|the client's|the business|the practice|the clinic|the farm|the shop|the household|the school|the kitchen|the guests|guests|your guests|the diners|the kids|the children|the students|the patients|the residents)";
/**
 * What the buyer really does, after "how they actually" or "what you really": their use now, not what they pay or were sent,
 * nor what they used (a plan picked from a trial's usage is no conversation).
 */
const REAL_USE =
  '(=need|=needs|=use|=uses|=using|=serve|=serves|=serving|=sell|=sells|=selling|=cook|=cooks|=cooking|=work|=works|=working|=run|=runs|=running|=sail|=sails|=ride|=rides|=drive|=drives|=live|=lives|=eat|=eats|=do|=does|=doing|=want|=wants|=play|=plays|=train|=trains|=operate|=operates|=stock|=stocks|=buy|=buys|=move|=moves|=ship|=ships|=shop|=shops|=travel|=travels|=grow|=grows|=teach|=teaches|=treat|=treats|=handle|=handles|=brew|=brews|=brewing|=make|=makes|=making|go through|get through|=order|=orders|=wear|=wears)';
/** What the questions come before: a suggestion, a proposal or a quote (not a booking or a delivery slot). */
const BEFORE_SUGGESTING =
  'before (you|we|anyone|any|a|our|the)? (suggest|suggesting|recommend|recommending|pitch|pitching|propose|proposing|sell|selling|any quote|a quote|the quote|quoting a|quoting the|pricing a|pricing the)';

/** Finding something out, by asking, hearing or looking. */
const LEARNS =
  'want to know|wants to know|need to know|needs to know|ask|asks|asking|hear|hearing|find out|finding out|figure out|figuring out|document|documents|documenting|understand|understanding|learn|learning|map|maps|mapping|dig into|digging into|work out';
/** The buyer's side, as whose figures they are (not "the supplier's latest figures"). */
const BUYERS_OWN =
  "=client's|=customer's|=buyer's|=practice's|=clinic's|=grower's|=farmer's|=school's|=hospital's|=plant's|=fleet's|=account's|=prospect's|=owner's|=restaurant's|=store's|=firm's";
/** The buyer's own figures, which a recommendation may be built on. */
const THEIR_FIGURES =
  'numbers|figures|data|costs|spend|volumes|usage|records|metrics|invoices|bills|baseline|history|yield maps|maps|financing|position|tax position|throughput|throughput data|headcount|case mix|maintenance spend|payroll|losses|downtime';

export const consultative: TraitLexicon = {
  triggers: [
    // Written to their situation: "write each proposal so it speaks to that site's operational challenges".
    "(speaks|speak|speaking|talks|talk|written|tailored|geared) to (their|that|each|the client's|the customer's|the buyer's|that site's|the site's|each site's|each client's|the prospect's|that plant's|each plant's|that store's|each store's) ~2 (challenges|needs|goals|pains|pain points|priorities|problems|issues|constraints|situation|setup|set up|operation|operations|workflow|workflows|circumstances)",
    // Asking before pricing: "ask about headcount, turnover and overtime before any quote".
    // Or a named person asked, with more to ask: "Asked Pat what jobs the loader does day to day and how many hours a year before
    // pricing anything".
    '(ask|asks|asking|asked) ~1 (about|how|what|why|where|who|which|whether) ~12 before (any|a|the|we|i|our)? (quote|quoting|pricing|proposal|proposing|propose|pitch|pitching|suggest|suggesting|recommend|recommending|price anything|pricing anything)',
    '(ask|asks|asking) (about|how|what|why|where|who|them about|the buyer about|the client about) ~8 before (any|a|the|we|i|our)? (quote|quoting|pricing|proposal|proposing|propose|pitch|pitching|suggest|suggesting|recommend|recommending|bid|price anything|scoping)',
    '(assess|assesses|assessing|understand|understanding|learn|learning|find out|work through|working through|explore|exploring|map|mapping|diagnose|review|reviews|reviewing|find|set out|spend|spends|show|shows|showing|use|uses|look at|looks at|go through|goes through|walk through|walks through) ~8 before (any|a|we|i|our)? (quote|quoting|pricing|we price|proposal|proposing|propose|pitch|pitching|suggest|suggesting|recommend|recommending|write the bid|bid|enrolling|price anything)',
    // Exact "requirements": "a demo is required before any quote" shares its stem.
    '(gaps|needs|goals|challenges|outcomes|constraints|priorities|backlog|pain points|=requirement|=requirements|problems) ~6 before (any|a|we|i|our)? (quote|quoting|pricing|we price|proposal|proposing|propose|pitch|suggest|suggesting|recommend|write the bid|bid|price anything)',
    // A talk about theirs before ours: "a chat about the member's goals before presenting membership options".
    '(chat|conversation|talk|call|discussion) about (the|their|your)? ({poss})? ~1 (goals|needs|priorities|challenges|situation|plans) before (presenting|showing|recommending|quoting|proposing)',
    '(before|prior to) (quoting|pricing|proposing|pitching|we quote|we price|we propose|any quote|a quote|any proposal) ~8 (spend|spends|ask|asks|find out|work through|working through|assess|map|learn|understand|review|meet|sit down|sits down)',
    // Built from what was found: "build the learning path from the results", "size the contract around it".
    '(build|builds|built|design|designs|shape|shapes|tailor|tailors) ~6 (from|around|on) (the|their|its|her|his)? (results|findings|answers|own figures|own data|own numbers|backlog|gaps|assessment|diagnostic|needs)',
    '(size|sizes|sized|scope|scopes|scoped|shape|shapes) (the|a|each)? (contract|proposal|quote|bid|offer|engagement|plan) (around|to|on) (it|them|that|their|what|the)',
    '(diagnostic|outcomes|skills gap|skill gap|gap|discovery) (session|sessions|workshop|workshops|interview|interviews|assessment|assessments|review|call)',
    '(walk|walks) (us|me) through (their|his|her|your) ~2 (goals|finances|plans|priorities|challenges|situation|business|numbers|process|processes|workflow|operations)',
    '(plan|plans|timeline|milestones) ~4 (agreed|written|drafted) (jointly)? with (the|their)? ~2 (buyer|sponsor|champion|client|customer)',
    '(spend|spends) ~4 (on|learning|understanding|hearing about|discussing|working through|going through|mapping|reviewing) (how|what|why|where|the roles|their)',
    'discovery',
    'needs analysis|assessment',
    'business case|cases',
    'roi workshop|model|analysis|review',
    'value assessment|workshop|engineering|selling|hypothesis|map|case',
    'pain point|points',
    'spin selling|style|questions|sequence|method|framework',
    'implication question|questions',
    'need payoff',
    'meddic',
    'meddpicc',
    'economic buyer',
    'mutual action plan|plans',
    // The same plan by its other names: "Mutual close plan agreed with the trust", "a joint evaluation plan".
    '(mutual|joint) (close|closing|success|evaluation|buying|implementation|go live) plan|plans',
    'success plan|plans|criteria',
    'executive briefing|briefings',
    'stakeholder map|maps|mapping',
    'map|mapping ~1 (stakeholders|the buying committee|the org chart)',
    // An account plan alone is the AE's own planning (labellers of four blind playbook sets); with the buyer's goals, pains or
    // stakeholders it is read by those.
    '(account plan|account plans|account planning) ~6 (stakeholder|stakeholders|pain|pains|goals|objectives|priorities|needs|challenges|success|outcomes)',
    'multi thread|threaded|threading',
    'multithread',
    'solution selling',
    '=consultative',
    'problem statement',
    'fact find|finder|finding|finds',
    '(problem|pain|process|workflow|journey|value) (mapping|discovery)',
    '(requirements|needs) (session|sessions|call|calls|workshop|workshops|interview|interviews|gathering|review)',
    '(find|identify|build|recruit|cultivate|develop) ~2 (an|a)? (internal)? (advocate|champion|sponsor|ally|coach) (in|inside|within|at)',
    '(agree|agreed|agrees|build|draft|share|co write|co create) ~3 (plan|timeline|schedule|roadmap) (with|together with) (the|their)? ~1 (buyer|customer|client|champion|sponsor|team)',
    '(documented|mapped|captured|understood) ~4 (volumes|workflows|workflow|processes|process|requirements|needs|usage|pain points|routines)',
    '(requirements|needs|workflows|processes) (are|is|have been|were)? (documented|mapped|captured|understood|confirmed)',
    "(adapt|adapts|adapted|adjust|adjusts|adjusted|fit|fits|align|aligns) ~3 to (each|their|the customer's|the client's|every) ~3 (routine|routines|workflow|workflows|process|processes|needs|way)",
    '(map|mapping|maps) (where|how|why) ~6 (from|happen|happens|wrong|break|breaks|fail|fails|slow|slows|occur|occurs|lost|delays|stuck)',
    '(disco|discovery|disc) (call|calls|session|sessions|meeting|meetings|workshop|workshops|interview|interviews)',
    '=needs (workshop|workshops|review|reviews|session|sessions|interview|interviews|discovery|mapping|call|calls)',
    '(tco|total cost of ownership) (model|analysis|comparison|study|workshop|calculation|review|case)',
    '(diagnose|diagnosis|diagnosing) ~2 (first|before|then|prescribe)',
    '(savings|value|roi|cost) (case|model)',
    '(bill|bills|cost|costs|usage|consumption|needs|energy|data|process|workflow|site) (analysis|review|audit|assessment) ~3 before ~2 (the)? (offer|proposal|quote|quoting|proposing|pitch)',
    'suitability review|assessment|interview',
    'needs based ~1 selling|conversation|conversations|review|approach',
    '(decision making unit|buying group|=dmu)',
    'cost of inaction',
    'open ended question|questions',
    'stakeholder interview|interviews',
    'who owns|holds|controls ~1 budget',
    // (A budget holder named as whom we write to is no qualification: see 'who decides'.)
    '(decision criteria|decision process|buying committee|buying process)',
  ],
  constructions: [
    {
      // Their own figures walked through with them, in any tactic: "If they push back on price, walk the plant manager through their
      // own scrap and downtime numbers".
      id: 'their own figures walked through with them',
      patterns: [
        "(walk|walks|walking|walked|take|takes|taking|took|go|goes|going|went) ~3 through (their|his|her|the client's|the customer's) own ~4 (numbers|figures|data|costs|bills|spend|usage|records|invoices|downtime|scrap|losses|results)",
      ],
      examples: {
        signal: [
          'If they push back on price, walk the plant manager through their own scrap and downtime numbers from last quarter.',
          'Take them through their own numbers before the renewal.',
        ],
        not: ['Walk the new starter through the expense policy.'],
      },
    },
    {
      // Their case walked through with them: "walk the CFO through the findings and the payback". In an answer to an objection it is
      // our rebuttal ("walk them through total cost of ownership", "walks through last season's inspection numbers"), not discovery.
      id: 'their case walked through with them',
      patterns: [
        '(walk|walks|walking|walked|take|takes|taking|took) ~3 through ~4 (the|their|your|his|her)? ~2 (findings|total cost of ownership|tco|business case|roi|payback|numbers|model|results|assessment|audit|data|impact|gaps|risks|exposures|bills|spend|savings|finances)',
        // Their costs, not ours explained to defend a price ("we said no and walked him through ink and film costs").
        "(walk|walks|walking|walked|take|takes|taking|took) ~3 through ~2 (their|your|the customer's|the client's|the buyer's) ~2 (costs|cost base|cost of downtime|running costs|operating costs)",
        '(walk|walks|walking|walked|take|takes|taking|took) ~3 through (the)? (costs|cost) of (their|your|the customer|the client|the buyer|downtime|doing nothing|inaction|waiting|delay|the problem|the status quo)',
      ],
      notIn: ['objection-handling'],
      examples: {
        signal: ['Walk the CFO through the findings and the payback model.', 'Take the CFO through the payback model before the renewal.'],
        not: ['Hand the driver the delivery notes.'],
      },
    },
    {
      // Several questions about the buyer in a row: "Ask the licensee what's moving, what's dying on the bar, who drinks there
      // midweek", "ask how the household lives day to day, what annoys them about the current layout".
      id: 'questions in a row',
      patterns: [
        '(ask|asks|asking) ~4 (what|how|who|why|where|which) ~8 , ~10 (what|how) (they|the customer|the client|the buyer|she|he|the family|the couple) (wish|wishes|want|wants|need|needs|love|loves|hope|hopes|would like|like|likes)',
        '(ask|asks|asking) ~3 about ~10 (and|,) (what|how|why) (the|their|they|she|he) ~3 (want|wants|need|needs|wish|wishes|love|loves|hope|hopes|like|likes|feel|feels|lives|live|use|uses)',
        "(go|goes|going|went) through what (their|his|her|the client's|the customer's) ~3 (looks like|look like|involves|involve|costs|cost|is like)",
        // Gone through, one question after another: "go through what expired on their shelves, which SKUs sit longest, how their
        // caseload has shifted".
        "(go|goes|going|went) through (what|which|how|where|why) ~12 , ~12 (how|what|where|why) (their|they|they're)",
      ],
      when: ['buyer'],
      notIn: ['objection-handling'],
      unless: ['internal'],
      examples: {
        signal: [
          "Ask the licensee what's moving, what's dying on the bar, who drinks there midweek and what they wish the range had.",
          'Coaches ask about old injuries, sleep, work hours and what they want to feel like in three months.',
          'Sit with the practice manager and go through what their month-end looks like.',
          'Once a year go through which lines sold, which sat on the shelf, and how their foot traffic has changed.',
        ],
        not: ['Ask the driver what time he left, where he parked and why the van was late.'],
      },
    },
    {
      // Time spent learning their side, then and only then a price or a proposal: "sit with the transport officer and understand
      // their routes … before quoting", "a needs conversation covering guest numbers, budget … nothing is quoted until we
      // understand", "a three-week diagnostic of the customer's workflows before any proposal is written".
      id: 'learning them before any proposal',
      patterns: [
        '(understand|understands|understanding|learn|learns|learning|sit down with|sits down with|sit with|sits with|spend time|spends time|interview|interviews|consultation|conversation|workshop|diagnostic|scoping|intake|discovery) ~12 (before|prior to|ahead of|until) (any|a|the|we|you|anyone|anything|our|a single|drawing|writing|drafting|finalising|finalizing|talking|sending)? ~2 (quote|quotes|quoting|quoted|pitch|pitching|proposal|proposals|proposing|propose|recommend|recommending|recommendation|suggest|suggesting|price|pricing|priced|demo|demoing|=showing|design|designs|designing|drawing|drafting|specifying|configuration|offer|offering|horsepower|tour|touring)',
      ],
      unless: ['internal', 'hiring', 'briefing'],
      examples: {
        signal: [
          'Before quoting, sit with the transport officer and understand their routes, loads and maintenance challenges.',
          'Every enterprise pursuit opens with a three-week diagnostic of the customer workflows before any proposal is written.',
          'Our group sales manager sits down with every planner to go through attendee mix and budget before drafting a proposal.',
        ],
        not: [
          'Run a credit check before quoting.',
          'Confirm the delivery address before sending the quote.',
          'Check the stock levels before quoting.',
          'Sit with a senior AE for two weeks and learn the product before demoing to prospects.',
        ],
      },
    },
    {
      // Three questions or more, one after another, whoever they name: "asks what moves on which nights, what the regulars complain
      // about and how fast a keg goes", "works through their figures with the manager: how many staff leave, how many hours are
      // lost, what they pay now".
      id: 'a run of questions',
      patterns: [
        '(ask|asks|asking|find out|finds out|finding out|go through|goes through|going through|work through|works through|working through|talk through|talks through|walk through|walks through|run through|runs through|go over|goes over) ~10 (what|how|which|where|why|whether|who|when) ~12 , (and)? (what|how|which|where|why|whether|who|when) ~12 (,|and|, and) (what|how|which|where|why|whether|who|when)',
        // The questions after a colon: "works through their figures with the manager: how many …, how many …, what …".
        '(ask|asks|asking|find out|finds out|finding out|go through|goes through|going through|work through|works through|working through|talk through|talks through|walk through|walks through|run through|runs through|go over|goes over) ~8 : (what|how|which|where|why|whether|who|when) ~12 , (and)? (what|how|which|where|why|whether|who|when) ~12 (,|and|, and) (what|how|which|where|why|whether|who|when)',
      ],
      examples: {
        signal: [
          'The rep asks what sells on which nights, what the regulars complain about and how fast a keg goes.',
          'She works through their figures with the manager: how many staff leave each month, how many hours are lost to sickness, what they pay now for cover.',
          'Find out who signs off, when the budget resets, and why the last supplier was dropped.',
          'The adviser asks what has changed: whether they took on staff, whether their rent went up, where the cash still runs short.',
          'The account exec walks through the matter with the paralegal: how many witnesses, which experts, and whether they want realtime.',
        ],
        not: ['Ask for the delivery address and a phone number.'],
      },
    },
    {
      // "Champion" alone is the buyer's inside advocate only where a deal is spoken of: "the champion in that deal", "becomes our
      // champion for the renewal"; not "a two-time national climbing champion runs the clinic", "Champion Feeds is the brand on the
      // pallets", "our campaign champion, a retired judge".
      id: 'a champion in a deal',
      patterns: ['champion|champions'],
      when: ['deal'],
      examples: {
        signal: [
          'Our champion in the account has gone quiet since the pilot.',
          'Give the champion a one-pager, then book time with their CFO.',
          'That person becomes our champion for the renewal.',
        ],
        not: [
          'Our head setter, a two-time national lead climbing champion, runs the monthly technique clinic.',
          'Champion Feeds is the brand name on the pallets in the store.',
          'The winning team is crowned champion at the summer social.',
        ],
      },
    },
    {
      // Their answers first, then something made to fit them, told in that order: "The trainer asks where their practice is at …
      // then suggests the full-time month or the weekend format to suit their situation", "She asks about ages, numbers and budget
      // per head, then puts together an itinerary that fits", "He asks about mob sizes and lambing dates so he can size the team to
      // the job", "… go through herd size and the vaccination calendar. From that we draw up a supply plan matched to their
      // schedule."
      id: 'asked, then made to fit',
      patterns: [
        '(then|so he can|so she can|so we can|so they can|and then|before he|before she|and) ~2 (suggest|suggests|recommend|recommends|put together|puts together|build|builds|draw up|draws up|size|sizes|work out|works out|propose|proposes|draft|drafts|plan|plans|quote|quotes|=pick|=picks|=choose|=chooses|=select|=selects|=tailor|=tailors|=shape|=shapes|=model|=models|=modelled|=modeled|=modelling|=modeling) ~8 (to suit|that fits|that fit|to fit|matched to|to match|to the job|around them|around their|around that|around it|around what|around those|against those|against these|against their|against them)',
        '(from that|from there|from what|out of that) ,? ~2 (draw up|draws up|build|builds|put together|puts together|work out|works out|size|sizes|write|writes|draft|drafts|plan|plans) ~6 (matched to|to match|to suit|to fit|that fits|around)',
      ],
      when: ['asked'],
      near: ['asked'],
      examples: {
        signal: [
          'The trainer asks where their practice is at and what a normal week looks like, then suggests the weekend format to suit their situation.',
          'She asks about ages, numbers and budget per head, then puts together an itinerary that fits.',
          'Ask whether the household mostly streams or works from home, and pick the broadband plan around that.',
          'The contractor rings each grower and asks about mob sizes and lambing dates so he can size the team to the job.',
          'We go through herd size and the vaccination calendar. From that we draw up a supply plan matched to their schedule.',
        ],
        not: [
          'Dispatch checks the van is loaded, then puts together a route that fits the drivers’ hours.',
          'Ask the office for the template, then draft a letter to suit.',
        ],
      },
    },
    {
      // Their situation looked into first, our proposal after it: "The finance manager reviews the customer's budget and how long
      // they keep a car before proposing lease versus buy", "Before pricing, our estimator goes through the drawings with their
      // project manager to understand sequencing", "Our coaches do a 45-minute intake and then build the programme around it".
      id: 'looked into, then proposed',
      patterns: [
        '(before|prior to|ahead of) (we|i|you|our team|anyone|any|a|the)? ~1 (propose|proposing|proposal|price|pricing|quote|quoting|recommend|recommending|finalise|finalising|finalize|finalizing|specify|specifying|design|designing|establish|establishing|write|writing|offer|offering|put together|putting together|send|sending|=sell|=selling)',
        '(then|and then|only then) ~2 (build|builds|design|designs|recommend|recommends|propose|proposes|spec|specs|tailor|tailors|shape|shapes|write|writes|plan|plans|price|prices|quote|quotes) ~6 (around|to fit|to suit) (it|that|this|them|what|those)',
        // Then ours, said of the one who proposes: "Then I propose something that really suits your company", "Then I see which
        // plan really fits".
        "(then|after that|from there) (i|we|i'll|we'll) ~1 (propose|recommend|suggest|see which|decide which|work out which|pick|choose|design|put together|draw up)",
        // Fitted to what they found: "adjust the room set-ups and catering to what actually worked for your people".
        '(adjust|adjusts|tailor|tailors|shape|shapes|fit|fits|match|matches) ~6 to (what|whatever) ~2 (worked|works|matters|matter|needs|need|suits|fits|they want|you want)',
        // What we or they would settle, said in other words: "Before I shortlist", "Before I put any numbers in front of you", "before
        // we size the deployment", "before we touch the par", "before you lock in the programme", "before we talk cabinets".
        // So that we fit it to what they told us: "kindly share your monthly offtake so we can suggest the right pack mix".
        // (To suggest or recommend, not any task: not "so we can pick the courier", "so the team can match the invoices".)
        "so (that)? (we|i|we'll|i'll) (can|could|will)? (suggest|recommend|advise|tailor) (the right|the best|which|what|a plan|a mix|the mix|a tailored|you)",
        // (What we settle, not the buyer's own step: not "before you commit, consult your own lawyers".)
        '(before|prior to|ahead of) (we|i|anyone) ~1 (shortlist|shortlisting|size|sizing|spec|specs|put numbers|put any numbers|put a number|put figures|talk price|talk prices|talk numbers|talk money|talk cabinets|talk product|talk products|touch)',
      ],
      when: ['studied'],
      near: ['studied'],
      examples: {
        signal: [
          'Kindly share your monthly offtake of the range so we can suggest the right pack mix.',
          'Before I put any numbers in front of you, can I see your last twelve months of bills?',
          'Before I shortlist, can you share your budget and which school you want to be near?',
          "The finance manager reviews the customer's budget and how long they usually keep a van before proposing lease or buy.",
          "Before pricing, our estimator goes through the drawings with the builder's site manager to understand access and staging.",
          'The nutritionist does an intake (allergies, training load, goals) and then plans the menu around it.',
          'Before we quote, we spend two days inside their plant with the shift leads.',
          'Before pricing the racking, we look at their floor plan together.',
          'Before we propose a rota, we interview their ward managers about where cover falls through.',
          'Before we price the fit-out, we want to know how many covers they turn on a Saturday.',
        ],
        not: [
          'Send us a copy of your last invoice so we can pick the right courier account.',
          'Before you commit, read the contract with your own lawyers.',
          'Before we size the pallets, check the van is empty.',
          'Send us your PO so we can book the courier.',
          'Check stock levels in the ERP before quoting.',
          'Check the stock report with the warehouse team before quoting the renewal.',
          'The surveyor walks the site with the crane driver before the lift, then plans the route around it.',
        ],
      },
    },
    {
      // Time asked for, or a meeting held, so that we understand their side: "could we hop on a call so I understand your
      // attendee mix", "a short review meeting to understand any changes in your turnover", "I'd like to get a feel for how
      // their crews are set up". Not their understanding ("so you understand your bill", "easy for customers to understand
      // their invoice") and not sympathy ("I understand your concern").
      id: 'so that we understand them',
      patterns: [
        '(so|so that) (i|we) (can|could)? (properly|fully|really|better)? (=understand|=learn|get a feel for|get a sense of|get a picture of|get to know) ~4 (your|their)',
        "(i'd like|we'd like|i would like|we would like|i want|we want|i need|we need) to (properly|fully|really|better)? (=understand|get a feel for|get a sense of|get a picture of|get to know|get under the skin of|get to grips with) ~4 (your|their|her|his)",
        '(call|calls|meeting|meetings|session|sessions|chat|conversation|visit|review|walkthrough|half hour|minutes|meet|meets|sit down with|sits down with) ~6 to (properly|fully|really|better)? (=understand|get a feel for|get a sense of|get a picture of|get to know|get under the skin of|get to grips with) ~4 (your|their|her|his)',
        '(so|so that) (i|we) (can|could)? (get under the skin of|get to grips with) ~4 (your|their|her|his)',
      ],
      examples: {
        signal: [
          'Could we hop on a quick call so I understand your attendee mix and breakout needs?',
          'We would welcome a short review meeting to understand any changes in your turnover or staffing.',
          "I'd like to get a feel for how their night crews are set up before we talk tooling.",
          'Book thirty minutes with the practice manager so we can properly understand their referral flow.',
          'Before the pitch, the partner should meet the general counsel to understand her board’s priorities.',
          'Free for twenty minutes next week so I can get under the skin of how the merger changed your plans?',
        ],
        not: [
          'A one-page summary so you understand your bill.',
          'Make the invoice simple enough for customers to understand their charges.',
          'I understand your concern about the price, but the rate is fixed.',
          'Just so I understand your question: you want the annual price in euros?',
          'We need our new reps to understand their commission plan before Q3.',
          'The welcome call is there to help them understand their dashboard.',
        ],
      },
    },
    {
      // In a discovery or business-case tactic, their situation asked about or gone through, in plain words, is the discovery
      // itself: "The sales officer sits with the deputy principal first. How many pupils, …", "Sit down with the owner and go
      // through everything that burns propane", "They ask about the dog's history, current food, weight and what's been tried".
      id: 'discovery in plain words',
      onlyIn: ['discovery', 'business-case'],
      quiet: true,
      patterns: [
        // Of their situation, not our own tasks: "ask them to forward the calendar invite", "find out from finance whether …",
        // "sit down with your sales manager and go through the recordings", "understand the new CRM fields" (red team 30).
        '(=ask|=asks|=asked|=asking) (about|what|where|how|whether|which|who|why|when|if)',
        "(go|goes|went|going|work|works|worked|working|talk|talks|talked|talking|walk|walks|walked|walking) through ~4 (their|the customer's|the client's|the buyer's|the owner's|the family's|with them|with the customer|with the client|with the owner|with the family|what they|what their|how they|how their)",
        '(find|finds|found|finding|figure|figures|figured) out (what|how|why|which|who|whether|if|where|when) ~4 (they|their|the customer|the client|the buyer|the owner|the family|the couple)',
        '(=sit|=sits|=sat|=sitting) (down)? with (the|their|each|every)? ~1 (owner|owners|parent|parents|customer|customers|client|clients|buyer|buyers|couple|couples|family|families|grower|growers|farmer|farmers|principal|head|deputy|manager|director|treasurer|patient|patients)',
        "(=understand|=understands|=learn|=learns|=map|=maps) ~3 (their|the customer's|the client's|the buyer's|{poss}|what they|how they|why they|who)",
        "what (they|they've|they're|their|the customer|the client|the buyer|the owner|the family|the couple|the practice|the school) ~3 (need|needs|want|wants|use|uses|love|loves|tried|manage|manages|expect|expects)",
        '(chat|conversation|call|interview|session|review) with (the|their|each|every)? ~2 (owner|owners|parent|parents|manager|managers|director|head|lead|buyer|customer|client|couple|family|grower|farmer|principal|team|nurse|vet|dvm|partner|officer|supervisor)',
        // Said to them, in the second person: "Could you tell me a little about your daughter", "go through your menu with you",
        // "review how your team used the platform this year".
        '(tell|telling) (me|us) ~3 about (your|their|how|what|where|why)',
        '(go|goes|going|work|works|working|talk|talks|talking|walk|walks|walking|look|looks|looking) (through|over|at) ~3 (your|how your|what your|how you|what you) ~3 (with you|together|before)?',
        // Not "your team", as often our own ("Review how your team used its call time last week").
        '(=review|=reviews|=reviewed|=reviewing|=evaluate|=evaluates|=assess|=assesses|=diagnose|=diagnoses) ~2 (how|what|where|which|whether) (your|their) (business|company|operation|operations|practice|clinic|school|farm|plant|kitchen|store|stores|planners|users|customers|members|patients|guests|drivers|family|household) ~3 (used|use|uses|handled|handle|handles|runs|run|ran|work|works|worked|manage|manages|managed|cope|copes|coped|got on|gets on)',
        '(=review|=reviews|=reviewed|=reviewing|=evaluate|=evaluates|=assess|=assesses) ~2 (how|what|where|which|whether) their (team|teams|people|staff|crew|crews) ~3 (used|use|uses|handled|handle|handles|work|works|worked|manage|manages|managed)',
        // Their problem itself gone into: "spent the hour on what's going wrong with their stock rotation", "what breaks down at
        // harvest", "where she's found school hard".
        "(what's|what is|what keeps|what goes|what went|what breaks|what broke|where it|where things|where they've|where she's|where he's|where you've) ~1 (going wrong|goes wrong|went wrong|breaking|breaks down|broke down|falls over|fell over|hurting|struggled|struggling)",
        "(where|what) (they've|she's|he's|you've|they|she|he|you) (found|find|finds) ~2 (hard|difficult|tricky|frustrating)",
        // Their place walked with them before anything is proposed: "Walk the property with the farmer", "walk the line with the
        // plant manager".
        '(=walk|=walks|=walked|=walking|=tour|=tours|=toured) (the|their|your) ~1 (property|farm|plant|floor|line|warehouse|premises|yard|shop|kitchen|store|ward|estate) with (the|their|you|them)',
      ],
      examples: {
        signal: [
          'Farm propane review. Sit down with the owner and go through everything that burns propane.',
          "Placement chat: twenty minutes with a senior teacher before enrolling, on why they want the language and what they've tried.",
          'Could you tell us a bit about your herd, how many you are milking and where the fertility problems start?',
          'Happy to come by Thursday and look through your maintenance logs with you.',
          'I would like half an hour to review how your planners used the booking tool this season.',
          'First visit: walk the yard with the owner and note what keeps breaking down on the older loaders.',
        ],
        not: [
          'Book the review meeting in the shared calendar and send the agenda the day before.',
          'Review how your commission was calculated before the quarter closes.',
        ],
      },
    },
    {
      // Their situation gone through with them, said as such: "we go through together what your warehouse actually needs", "In a
      // joint workshop we determine the weak points in your current process", "a value review with the customer's sponsor".
      id: 'their situation gone through with them',
      patterns: [
        '(=understand|=learn|find out|=determine|go through|goes through|walk through|walks through|talk through|talks through|=map) ~4 (how your|how their|what your|what their|the weak points in your|the weak points in their)',
        // Their matters gone through with them before anything is made: "we'll go through size, placement and budget with you
        // first", "talk through their goals and budget with the couple before we draw anything" (not "go through the contract
        // with you before signing": ours, not theirs).
        // (With the buyer named, not "them": "team leads walk through quarterly goals with them first" is our own coaching.)
        '(go through|goes through|walk through|walks through|talk through|talks through|work through|works through|go over|goes over|going over|talk over|talks over) ~6 (budget|budgets|needs|goals|priorities|requirements|usage|situation|size|sizes|placement|layout|space|timeline|wish list|brief) ~4 with (you|the client|the customer|the couple|the family|the owner|the buyer|the grower|the patient|the homeowner) (first|before|beforehand|up front|upfront)',
        // Not "your", as often our own people's ("review your margin sheet with your team lead").
        "(go through|goes through|walk through|walks through|talk through|talks through) ~6 with (their|the customer's|the client's|the buyer's|{poss}) ~2 (finance lead|finance director|cfo|sponsor|sponsors|planner|planners|operations lead|ops lead|team|leadership team|board|owner|owners)",
        "(value review|needs review|outcomes review) with (your|their|the customer's|the client's|the buyer's) ~2 (sponsor|sponsors|team|leadership|finance lead|cfo|owner|owners|board|champion)",
        // Their goals tested with them: "Pressure-test each new member's goals in the consult", "probe the client's assumptions".
        "(pressure test|pressure tests|pressure testing|stress test|stress tests|stress testing|probe|probes|probing|unpack|unpacks|unpacking|dig into|digs into|digging into) ~2 (their|your|the customer's|the client's|the buyer's|each member's|each new member's|each client's|each customer's|each patient's|each family's|each student's) ~3 (goals|goal|assumptions|priorities|objectives|requirements|pain points|motivations|reasons)",
      ],
      unless: ['internal'],
      examples: {
        signal: [
          'Whenever you are ready we go through together what your kitchen actually needs.',
          "Every design is different: book a consult and we'll go through size, placement and budget with you first.",
          'The planner talks through their goals and budget with the couple before anything is drawn.',
          'We work through your requirements and timeline with you up front, then scope the build.',
          'Go over the budget and the timeline with the couple first, then sketch the layout.',
          'In a joint workshop we determine the weak points in your current dispatch process.',
          "Ninety days out, the CSM books a value review with the customer's sponsor.",
          "Pressure-test each new member's goals in the consult: are they realistic for the hours they have?",
          "In the first meeting, probe the client's assumptions about growth before any design work.",
        ],
        not: [
          'For new SDRs, team leads walk through quarterly goals and the call script with them first.',
          'Go through what your manager needs for the expense claim by Friday.',
          'Review your own margin sheet with your team lead before the QBR.',
        ],
      },
    },
    {
      // Worked out from what that meeting or walk found: "Manpower and consumables in the quote are worked out from that walk", "The
      // engagement letter and fee estimate are drafted around what came out of that meeting".
      id: 'worked out from that meeting',
      patterns: [
        '(=worked =out|=drafted|=built|=written|=put =together|=drawn =up|=calculated|=sized|=priced|=based) (around|from|on) (what came out of)? (that|the|our|this) (walk|walkthrough|visit|call|conversation|meeting|survey|chat|discussion|audit|assessment|review|consultation|site visit)',
      ],
      examples: {
        signal: [
          'Manpower and consumables in the quote are worked out from that walk, not copied from the last site.',
          'The engagement letter and fee estimate are drafted around what came out of that meeting.',
          'The proposal is priced from the site visit, never from the brochure.',
        ],
        not: ['The rota is worked out from the staff meeting every Monday.'],
      },
    },
    {
      // Ours, inside their organisation: "Dr Reyes is our champion on the committee", "our champion at the dairy co-op has agreed to
      // co-present" (not "the champion at the county show").
      id: 'our champion inside',
      patterns: ['(our|my) (internal|inside|main|key|best)? (champion|champions) (at|on|in|inside|within) (the|their|{name}|each|every|a)'],
      unless: ['award'],
      examples: {
        signal: [
          'Dr Reyes is our champion on the formulary committee and will present the outcomes data.',
          'Our champion at the dairy co-op has agreed to co-present at the stand on day two.',
          'My internal champion in procurement says the tender closes in March.',
        ],
        not: ['Our champion at the regional chess tournament was a twelve-year-old from Leeds.'],
      },
    },
    {
      // Whatever we write, written round them: "the recap you sent was written around their three plants and the scrap problem",
      // "a cover plan built around what she told us", "the menu is shaped around how they actually eat".
      id: 'written round them',
      patterns: [
        "(plan|plans|proposal|proposals|quote|quotes|recap|recaps|package|packages|programme|program|schedule|menu|spec|specification|offer|itinerary|course|lesson|lessons|design|layout|system|solution|rollout|roadmap|deck|pitch|demo|follow up|email|summary|report|recommendation|cover|bundle|order|range|kit) ~4 (written|built|shaped|designed|drawn up|drafted|tailored|sized|put together|planned|structured) (around|round|to fit|to suit|to match) (their|his|her|the client's|the customer's|the buyer's|what they|what they've|what they have|how they|what she|what she's|how she|what he|what he's|how he|what the client|what the customer|what the buyer)",
      ],
      unless: ['internal'],
      examples: {
        signal: [
          'The recap you sent afterwards was written around their three plants and the scrap problem at Ballarat.',
          'The consultant then offers a cover plan built around what she told us.',
          'The menu is shaped around how they actually eat on a weekday.',
        ],
        not: [
          'The rota is built around the school holidays.',
          'The van is sized to fit the pallets.',
          'The new-hire bootcamp is built around their first ninety days in territory.',
          'The case study is written around their 40% drop in scrap.',
        ],
      },
    },
    {
      // Their situation asked about, then what fits it: "Find out where they're headed, how many bags they have and whether there
      // are car seats before you suggest a class of vehicle", "Go through what the patient hopes the operation will change and what
      // budget they have, then set out the two or three options that fit", "Open by asking what felt right or wrong".
      id: 'questions first, then what fits',
      patterns: [
        `${ASKED_OF_THEM} ${BEFORE_SUGGESTING}`,
        // A longer list of questions: "… how many bags they have and whether there are car seats to fit before you suggest …".
        `${ASKED_OF_THEM} (and|,) (where|what|what's|how|which|whether|who|why|about|if) ~12 ${BEFORE_SUGGESTING}`,
        `${ASKED_OF_THEM} (then|, then|and then) (suggest|recommend|propose|point|pick|choose|match|set out|lay out|show|offer) ~4 (options|option|plans|plan|packages|package|classes|class|models|model|units|sites|site|products|product|solution|solutions|system|programme|program|course|courses|range) (that|which) (fit|fits|suit|suits|match|matches)`,
        `(find out|ask|asks|asking|establish|learn|work out|figure out) (where|what|what's|how|which|whether|who|why|about) ~6 ${THEM} ~10 (then|, then|and then) (suggest|recommend|propose|point them|point you|pick|choose) (which|the)`,
        '(open|opens|start|starts|begin|begins) (by|with) (asking|finding out|getting them to tell you) (what|how|why) ~3 (they|their|them|the family|the client|the customer|the patient) ~3 (want|wants|need|needs|felt|feel|feels|hope|hopes|worry|worries|struggle|struggles|would|matters|matter)',
      ],
      examples: {
        signal: [
          "Find out where they're headed, how many bags they have and whether there are car seats to fit before you suggest a class of vehicle.",
          'Find out whether they have pets, elderly relatives or a home office before recommending sensors.',
          'Ask what the patient already understands about the diagnosis and how much recovery time they can manage before any quote.',
          'Go through what the patient hopes the operation will change and what budget they have, then set out the two or three options that fit.',
          'Find out where their people live and what the commute looks like, then suggest which of our three sites fits.',
          'Open by asking what the family wants the day to feel like.',
        ],
        not: [
          'Find out whether the part is in stock before you quote.',
          'Ask what time suits them before you book the visit.',
          'Find out where the van is before you quote the job.',
        ],
      },
    },
    {
      // Talking it through with the buyer about their matter: "have a proper chat about what's killing their margins", "dig into
      // why the last two hires left", "probe what happens to the pour schedule if the generator fails", "map their shift patterns".
      id: 'digging into their situation',
      patterns: [
        '(chat|talk|yarn|natter|sit down) ~5 about (what|why|how|where|which|whether) ~6 (their|his|her|they|them|your|you)',
        '(dig|digs|digging|drill|drills|drilling|probe|probes|probing) (into|down into|down on|on)? (why|what|how|where|which|whether)',
        "(map|maps|mapping|chart|charts|charting) (their|the client's|the customer's|the buyer's|the site's|the school's|the practice's) ~3 (patterns|pattern|history|process|processes|workflow|workflows|needs|risks|stakeholders|journey|operations|setup|estate|usage|routes|calendar|schedule|schedules)",
        '(work out|figure out|find out|establish|understand|learn) ~3 (which|what|why|how|where|whether) ~6 (keep them up|keeps them up|worry|worries|matter|matters|hurt|hurts|costs them|need|needs|frustrates|frustrate)',
        '(find out|establish|ask about|learn|understand|get) (the)? ~3 (occasion|budget|budgets|timeline|timelines|needs|goals|situation|requirements|use case|priorities) ~8 before (showing|bringing|quoting|pitching|recommending|demoing|presenting|proposing|offering|pricing|suggesting)',
        "(go|goes|going|went) through ~6 (their|his|her|the homeowner's|the customer's|the client's|the family's|the owner's|the buyer's|the farmer's|the grower's|the practice's|the clinic's|the household's|the tenant's|the patient's|the school's) ~4 (bills|invoices|data|records|claims|usage|accounts|books|statements|reports|readings|figures) with (them|him|her|the client|the customer|the owner)",
        // What we then shape to their answers: "Write the scope around those answers rather than our standard packages",
        // "Recommend a formulary and par levels that fit that clinic's caseload".
        '(write|writes|written|build|builds|built|shape|shapes|shaped|design|designs|designed|scope|scopes|scoped|size|sizes|sized|tailor|tailors|tailored|base|bases|based) (the|a|each|every|our|your)? ~2 (scope|proposal|quote|quotes|plan|plans|offer|recommendation|spec|specification|package|programme|program|system|menu|itinerary|order|range) (around|on) (those|their|the|what|his|her) ~3 (answers|answer|needs|said|told|priorities|goals|findings|responses|pain points|situation)',
        // Chosen off what they said: "Pick two or three units off those answers", "pull six gowns that answer what she told you",
        // "The lesson is built around those answers, not the standard progression".
        '(pick|picks|choose|chooses|select|selects|pull|pulls|shortlist|shortlists|bring out|brings out|line up|lines up|plan|plans|built|build|builds|shaped|shape|shapes|worked out|work out|works out|calculated|calculate|set|sets|sized|size|sizes|priced|price|prices|based|written|write|writes) ~6 (off|from|around|on|to match|to fit) (those|these|their|her|his) (answers|replies|responses)',
        '(that|which|to) (answer|answers|match|matches|fit|fits|suit|suits|reflect|reflects) what (she|he|they|the customer|the client|the buyer|the guest|the couple|the family|the bride|the patient) (told|said|described|asked for|wants|needs|wanted|needed)',
        '(recommend|recommends|propose|proposes|suggest|suggests) ~6 (that|which) (fit|fits|suit|suits|match|matches) (that|each|this)? ({poss}|their) ~2 (caseload|workload|needs|usage|operation|operations|workflow|routine|situation|profile|mix|volumes|crowd|trade)',
        '(size|sizes|sized|sizing|spec|specs|specced|scope|scopes|scoped|build|builds) (the)? ~2 (system|solution|plan|package|order|cover|policy|install|installation|schedule|programme|program|proposal) (to|around|on|from) (what|how) (they|the customer|the client|the buyer|the family|the farm|the site)',
        '(build|builds|building|write|writes|put together|puts together|prepare|prepares) (the|a|an|them|him|her)? ~3 (case|one page case|roi case|business case) (showing|that shows|around|from|on|using|against)',
        '(find|identify|recruit|build|cultivate) (someone|somebody|a person|an ally|an insider|one person) (inside|within|in) (the)? ~2 (who|that) (wants|want|will argue|will push|will fight|will champion|will sell|cares)',
        "(reflect|reflects|fit|fits|mirror|mirrors) (their|the client's|the customer's|the buyer's) ~3 (needs|requirements|situation|priorities|goals|constraints|flow|flows|dietary needs|budget|preferences)",
        '(ask|asks|asking) ~3 (couple|couples|family|families|parents|parent|patient|patients|guest|guests|owner|owners|builder|builders|farmer|farmers|practice|practices|school|schools|clinic|clinics|homeowner|homeowners|fleet|grower|growers|bride|groom|student|students|child|resident|residents|member|members|shopper|caller) (how|what|why|which|where)',
        // Their own records gone through with them: "goes through last season's incident log and guest feedback with the operator".
        '(go|goes|going|went|work|works|working|worked) through ~6 (log|logs|records|feedback|complaints|data|accounts|figures|numbers|reports|history|incidents|claims|bills|invoices|steps|process|procedure|procedures|routine|workflow) ~4 (with|alongside) (the|their) ~1 (operator|operators|client|clients|customer|customers|owner|owners|buyer|buyers|school|practice|brewer|farmer|grower|family|finance director|cfo|head teacher|principal)',
        // Agreed together, in their words: "together they write down what has to change next winter, who signs off".
        "(together|jointly) (they|we|you) ~3 (write|writes|agree|agrees|list|lists|map|maps|set|sets|work|works) ~3 (what|which|who|where|how) ~8 (their|they|them|on their side|the operator's|the client's|the customer's|the buyer's|the school's|the practice's)",
        // What they said, as the ground: "the appendix follows what they told us about leak history".
        '(proposal|proposals|quote|quotes|plan|plans|appendix|recommendation|recommendations|spec|specification|design|bid|report|offer|package|menu|scope|list) ~3 (follows|follow|reflects|reflect|mirrors|mirror|is built on|are built on|is shaped by|are shaped by|answers|answer) what (they|he|she|the|their) ~3 (told|tell|tells|said|says|described|describes) (us|you|our)',
        // Time on where it hurts them: "twenty minutes on where the patient actually struggles".
        '{duration} (on|talking about|discussing|about|going through) (where|what|how|why|which) ~6 (struggle|struggles|struggling|need|needs|worry|worries|hurts|hurt|goes wrong|go wrong|breaks|matters|matter|slips|fails|lose|loses|losing|stall|stalls)',
        // Begun with their side of it: "the account manager starts by asking what guests order", "The conversation starts with what
        // went wrong on their last development".
        '(starts|start|started|begins|begin|began|opens|open|opened) (by|with) (asking|finding out|hearing|listening to) (what|which|how|why|where|who)',
        '(starts|start|started|begins|begin|began|opens|open|opened) with what (went wrong|goes wrong|broke|failed|hurt|hurts|frustrated|frustrates|worked|works|keeps them up)',
        // Each part there for their reason: "each tea on it is there for a reason the hotel gave us".
        '(for|with) (a|the) (reason|reasons) (the|they|their|he|she) ~2 (gave|give|gives|told|tells) (us|you)',
        // Gone through together: "Together they go through the bill of materials and the scrap and downtime logs".
        '(together|jointly) (they|we|you) (go|goes|work|works|went|worked) through ~6 (log|logs|records|data|materials|figures|numbers|accounts|history|process|steps|drawings|plans|bills|invoices|reports)',
        // Observed and noted in their own work: "They note every point where someone re-keys figures from the brewhouse log".
        '(note|notes|noting|map|maps|mapping|log|logs|list|lists|mark|marks|record|records) (every|each) (point|place|step|spot|time|stage|moment|hand off|handoff) (where|when|at which) (someone|they|people|a person|their)',
        // Shaped to their own plan of work: "the hire plan we send back follows their phasing", "the delivery schedule mirrors
        // their build programme".
        "(plan|plans|schedule|schedules|proposal|quote|programme|program|sequence|rota|itinerary|package) ~4 (follows|follow|mirrors|mirror|tracks|track|matches|match|is built on|is set by) (their|the client's|the customer's|the site's|each site's|the buyer's) ~1 (phasing|phases|programme|program|build programme|build sequence|workflow|layout|shift pattern|shift patterns|rota|production plan)",
        '(shape|shapes|shaped|fit|fits|fitted|match|matches|matched|tailor|tailors|tailored|time|times|timed|build|builds|built) (the|our|each|a)? ~2 (plan|plans|schedule|schedules|deliveries|delivery|hire|order|orders|programme|program|sequence) (to|around|round) (each|their) ~2 (phasing|phases|programme|program|build programme|build sequence|workflow|shift pattern|shift patterns|rota|production plan)',
        // The buyer's people, by their role: "asks the shift leads what they lift, how high and for how many hours a day".
        '(ask|asks|asking) (the|their|each|every|its) ~2 (manager|managers|lead|leads|operator|operators|supervisor|supervisors|foreman|foremen|chef|chefs|head|heads|director|directors|partner|partners|users|nurses|teachers|planners|superintendent|controller|controllers|principal|principals|matron|matrons) (how|what|why|which|where) ~4 (they|their|them) ~3 (lift|lifts|handle|handles|use|uses|run|runs|make|makes|need|needs|buy|buys|order|orders|stock|stocks|spend|spends|move|moves|ship|ships|carry|carries|struggle|struggles|lose|loses|waste|wastes|store|stores|process|processes|produce|produces|pay|pays|do|does|fix|fixes|chase|chases|track|tracks)',
        // A sit-down whose ground is their situation: "a 90-minute sit-down with the managing partner covering how client files are
        // stored", "a review meeting going through who can reach the system from home".
        '(sit down|chat|talk|meeting|call|conversation|interview|walkthrough) ~8 (covering|covers|that covers|which covers|going through|goes through|to go through) (what|why|how|where|which|whether|who) ~6 (their|his|her|they|them|your|you|client|clients|the firm|the team|the practice|the business|the site|the plant|the farm|the school)',
        // The plan written to what was found: "The recommendation is written around that site and those operators".
        '(proposal|proposals|recommendation|recommendations|quote|quotes|plan|plans|bid|bids|scope|spec|specification|design|programme|program|itinerary|package|menu|contract|agreement|renewal) (is|are|gets|get)? (then|always)? (written|built|shaped|designed|drawn up|drafted|tailored|scoped|sized|put together) (round|around) (that|those|their) ~2 (site|sites|tower|plant|farm|firm|operation|operations|kitchen|building|fleet|operators|people|answers|needs|findings|situation|yard|venue|practice|school|family|team|warehouse|business|list|notes|priorities)',
        '(ask|asks|asking) (how|what|why|which|whether|where|when) (the)? ~2 (couple|couples|family|families|parents|parent|patient|patients|guest|guests|owner|owners|builder|builders|farmer|farmers|practice|practices|school|schools|clinic|clinics|tenant|tenants|landlord|landlords|homeowner|homeowners|fleet|grower|growers|bride|groom|student|students|child|resident|residents|member|members|shopper|caller) ~3 (picture|pictures|see|sees|imagine|imagines|want|wants|need|needs|use|uses|run|runs|work|works|worry|worries|struggle|struggles|feel|feels|plan|plans|handle|handles|cope|copes|spend|spends|manage|manages)',
      ],
      unless: ['internal'],
      notIn: ['objection-handling'],
      examples: {
        signal: [
          "Give the farm a ring and have a proper chat about what's killing their margins.",
          "Have a yarn with the builder about what's held up his last three jobs before pitching any plant.",
          'Dig into why the last two hires left inside six months before writing the job spec.',
          'Probe what happens to the pour schedule if the hired generator fails halfway through.',
          'Map their shift patterns and incident history first.',
          'Work out with the client which risks actually keep them up at night.',
          'Find out the occasion, the budget and what she already wears before bringing out a tray.',
          'Go through twelve months of their power bills with them and size the system to what they really use.',
          'Build the fleet owner a one-page case showing what the cover saves against their last three years of claims.',
          "Find someone inside the school who wants the change and will argue for it when we're not in the room.",
          "The proposal has to reflect their guests' dietary needs and how the venue flows, not our standard menus.",
          'Ask how the couple pictures the day before showing them a single menu.',
          'Ask each practice how many vets, which species and where stock runs short before quoting.',
          "The adviser goes through a year of the family's energy bills with them before quoting.",
          'Ask what they fish for and how far out they go, then write the spec around those answers, not our standard package.',
          'Recommend a feed plan and delivery rhythm that suit that yard’s workload.',
          'Sit down and get the story: what they drive now, who rides along, how many miles a year. Pick two or three units off those answers.',
          'Ask about the venue, the season and the budget, then pull six gowns that answer what she told you.',
          'Phone the guest two days before: how many days have they skied, what scares them. The lesson is built around those answers.',
          'The estimator asks the site managers what they lift each shift and where they lose time.',
          'Our adviser asks the head chef how they prep, what they stock and when they run short.',
          'A long call with the head of operations covering how their orders flow and who approves spend.',
          'A site visit, then the plan is written around that farm and its people.',
          'Each proposal gets built round their kitchen and the way their team works.',
          'The delivery plan we send follows their build programme, week by week.',
          "The account lead goes through last year's complaints and delivery records with the owner before any new prices.",
          'Together we list what has to be better next season and who on their side signs it off.',
          'The quote follows what the facilities team told us about their busiest weeks.',
          'Half an hour on where the practice loses time each day, then a recommendation.',
          'Our consultant notes every step where someone copies figures from paper into a spreadsheet.',
          'The planner starts by asking which rooms the family actually uses in winter.',
          'Each line on the proposal is there for a reason the practice gave us.',
          'Together we go through their breakdown logs and the last two years of repair bills.',
          'The new agreement is drafted around that list of priorities.',
          'Our quote mirrors the client’s production plan rather than a standard bundle.',
          'We want to know where their orders stall and who chases them before we price anything.',
        ],
        not: [
          'Chat to the team about what time the van leaves.',
          'Build the rota around the driver holidays.',
          'Dig into the Q3 numbers before the board meeting.',
          'Ask the driver how late the van will be.',
          'Ask the office manager what time they want the delivery.',
          'A call with the courier covering where the parcel went.',
          'Go through the delivery notes with the driver at the depot.',
          "Go through the driver's logbook records with him after every incident.",
          'Ten minutes on where the vans are parked overnight.',
          'The rota is built around those holidays.',
        ],
      },
    },
    {
      id: 'asking before recommending',
      patterns: [
        '(ask|asks|asking|question|questions|interview|interviews|interviewing) (each|every|the|our|your|a|an)? ~2 about ~12 before (any|a|an|the|we|i|our)? (quote|quoting|pricing|proposal|proposing|propose|pitch|pitching|suggest|suggesting|recommend|recommending|recommendation|bid|sizing|specifying|specify|configuring|configure|prescribing|prescribe)',
        '(goals|needs|fit|fitness|health|style|financial|wellness|planning|review|fact find|fact finding) (consultation|consultations|consult|conversation|session|assessment|interview|meeting) ~6 (before|prior to) (writing|building|designing|prescribing|recommending|quoting|pricing|selling|proposing|choosing|picking|any)',
      ],
      examples: {
        signal: [
          'Ask every grower about acreage and soil before recommending a planter.',
          'Interview the practice manager about patient volumes before sizing the system.',
          'Before the second meeting, ask what a fix would be worth to the business.',
          'Coaches run a needs consultation with each new client before writing a plan.',
        ],
        not: [
          'Ask the office manager for a purchase order before shipping.',
          'Ask the warehouse what is on hand before quoting a delivery date to the customer.',
          'Tenants asked whether they could pay by card before we quoted the new software.',
        ],
      },
    },
    {
      id: 'what it would mean for them',
      patterns: [
        '(what|how) (would happen|would it mean|would that mean|would it cost|would change) (to|for) (you|your|the|their|them|him|her) ~4 (if|when)',
        // Asked in the present, about their business, not their data: "what happens to the business if the line goes down?"
        '(what|how) (happens|will happen|does it mean|does that mean|does it cost|changes|breaks) (to|for) (your|the|their) (business|team|operation|operations|plant|line|site|revenue|customers|patients|family|staff|output|production|schedule|margin|cash flow|growth|mortgage|household|clinic|ward|warehouse|store|stores) ~4 (if|when)',
      ],
      // A question put to the buyer (see 'a question put to the buyer').
      notIn: ['objection-handling'],
      examples: {
        signal: [
          'REP: What would it mean for your team if approvals took two days instead of nine?',
          'REP: What happens to the business if that line goes down in peak season?',
          'Ask what would happen to the mortgage if the income stopped for six months.',
        ],
        not: ['What happens to my data if I cancel? It is deleted after 30 days.', 'What happens to your data when the trial ends?'],
      },
    },
    {
      id: 'their situation before our product',
      patterns: [
        '(spend|spent|spends|spending|sit down|sat down|sits down|talk|talked|talks|chat|chatted|listen|listened|explain|explains|explained|let|lets) ~12 (before|ahead of) (ever)? (bringing out|pulling out|getting out|opening|showing|mentioning|demoing|presenting) (a single|any|a|the|our|one) ~1 (product|products|sample|samples|brochure|deck|catalogue|catalog|price list|home|house|property|car|unit)',
        '^ (before|ahead of) (ever)? (bringing out|pulling out|getting out|opening|showing|mentioning|demoing|presenting) (a single|any|a|the|our|one) ~3 , ~2 (sit down|sit|talk|ask|spend|listen|learn|find out|understand|hear)',
        // Heard out before a word of ours: "let him talk through the bother they're having with the separators before I said a word about
        // our kit".
        '(talk|talks|talked|talking|listen|listens|listened|listening|vent|vents|vented|explain|explains|explained) ~12 (before|till|until) (i|we|you|anyone|the rep) (said|say|says|mentioned|mention|mentions) (a word|anything|a thing|a single word) about (our|the|any) ~2 (kit|product|products|range|system|systems|machine|machines|offer|service|services|solution|software|price|prices|pricing|equipment|gear|stock)',
      ],
      examples: {
        signal: [
          'Spent the first twenty minutes with the department head on their infection rates before bringing out any product.',
          'Before showing a single home, sit down with the buyers for half an hour: commute, schools, budget.',
          'Talk through the line and the shift pattern before opening the catalogue.',
          "Let the plant manager talk through the trouble they're having with the separators before you say a word about our kit.",
          'We listened to the head chef for half an hour before anyone mentioned a thing about the range.',
        ],
        not: ['Check the stock before showing a single unit.', 'Before opening the deck, test the projector.'],
      },
    },
    {
      id: 'a review by our specialist',
      patterns: [
        '(process|workflow|needs|operations|operational|security|cost|energy|compliance|risk|network|fleet|supply chain|inventory) (review|audit|assessment|health check|healthcheck|diagnostic) ~3 (with|by|from) (a|an|our|one of our) ~2 (consultant|consultants|specialist|specialists|engineer|engineers|expert|experts|analyst|analysts|advisor|advisors|adviser|advisers)',
        // "a no-obligation review of your goals, pensions and existing investments".
        "(review|reviews|assessment|analysis) of (your|the client's|the customer's|each client's) (goals|needs|situation|finances|circumstances|objectives|priorities|plans)",
      ],
      examples: {
        signal: [
          'Sequence rule: step 3 offers the prospect a free 30-minute process review with a solutions consultant.',
          'Every new site gets an energy audit by one of our engineers before we quote.',
          'Book a risk assessment with a specialist to map where the gaps are.',
        ],
        not: ['Our own billing review with an analyst happens every quarter.', 'Their security review by their IT analysts takes six weeks.'],
      },
    },
    {
      id: 'built on their own data',
      patterns: [
        "(built|based|modelled|modeled|worked out|calculated|drawn up) (from|on|using|with|around) (their|her|his|your|the client's|the customer's|the buyer's|each client's|each customer's) ~2 own (data|numbers|figures|census|volumes|usage|costs|records|metrics|spend|invoices|bills|baseline|history)",
        // A test on their own material: "a proof-of-value print on the customer's own part file", "on the farmer's own crop".
        '(proof of value|proof of concept|pilot|benchmark|test run|trial run|sample run|test print) ~3 (on|with|using) (the)? ({poss}|their) own',
        "(proposal|plan|recommendation|design|quote|roadmap|workflow) (specific|tailored|tailor made|bespoke) (to|for) (their|her|his|your|the client's|the customer's|each)",
      ],
      examples: {
        signal: [
          "Walked the ICU charge nurse through a cost-per-patient-day comparison built from her unit's own census data.",
          'Agreed to come back with a workflow proposal specific to their ward.',
          'The savings case is modelled on each client’s own energy bills.',
        ],
        not: ['Our pricing model is built on our own cost data.'],
      },
    },
    {
      // Their own figures as the ground of what we show them: "a cost-of-inaction model built from their numbers", "build the hybrid
      // plan off their yield maps", "Use the clinic's own throughput data to build a cost comparison", "pull their current
      // maintenance spend and show the five-year cost side by side", "walked the CFO through their own AP headcount figures".
      id: 'their own figures as the ground',
      patterns: [
        `(built|build|builds|based|modelled|modeled|worked out|calculated|drawn up|drawn) ~4 (from|on|off|using|around) (the)? (their|${BUYERS_OWN}) (own|current|actual|real)? ~1 (${THEIR_FIGURES})`,
        `(use|uses|using|pull|pulls|pulling|take|takes|taking|start from|starts from) (the)? (their|${BUYERS_OWN}) (own|current|actual|real|existing)? ~2 (${THEIR_FIGURES}) (to|and)? ~3 (build|builds|show|shows|model|models|compare|work out|calculate|make|prepare|put together|lay out)`,
        `(walk|walks|walked|walking|take|takes|took) (the|their)? ~2 through (their|his|her) own ~3 (${THEIR_FIGURES})`,
      ],
      examples: {
        signal: [
          'We turn up with a downtime model built from their numbers before we ever quote.',
          'Build the seed plan off their yield maps and soil tests.',
          "Use the practice's own appointment data to build a cost comparison before any price talk.",
          'Pull their current fuel spend and show the ten-year cost side by side.',
          'Walked the finance director through their own overtime figures on the call.',
        ],
        not: ['Our pricing is built from our own cost data.', "Use the client's own logo on the cover page.", 'Pull their invoices and send them to accounts.'],
      },
    },
    {
      // Where their work breaks, asked or heard: "figure out where the line actually jams", "I'd love to hear how handoffs work today
      // and where they break", "document where orders stall today", "ask the hiring manager what the last three hires lacked".
      id: 'where their work breaks',
      patterns: [
        `(${LEARNS}) ~12 (where|how|why|what|which) ~6 (stall|stalls|stalled|jam|jams|jammed|drop off|drops off|slip|slips|get stuck|gets stuck|getting stuck|lacked|lack|blocked|bottleneck|bottlenecks|leaks|leak|falls through|fall through|slows down|slow down)`,
        `(${LEARNS}) ~12 where ~6 (break|breaks|broke|break down|breaks down)`,
        "(start|starts|open|opens|begin|begins) (from|with) (their|the customer's|the client's|the buyer's) (goals|priorities|objectives|plans|problems|challenges|pain points|targets)",
      ],
      examples: {
        signal: [
          'Next week I want to walk the site with their ops lead and figure out where the packing line actually jams.',
          "Before I pitch anything I'd love to hear how orders move from intake to dispatch today and where they get stuck.",
          'Sit with the client’s finance lead and document where invoices stall today.',
          'Ask the head of nursing what the last three agency placements lacked.',
          'Quarterly reviews should start from their goals for the year and what blocked them.',
        ],
        not: [
          'Find out where the parcel got stuck and tell the customer.',
          'Document how the dialler failed last Tuesday for IT.',
          'Dig into why the payroll run failed before finance closes the month.',
        ],
      },
    },
    {
      id: 'tailored to the buyer',
      patterns: [
        'tailor|tailors|tailored|tailoring|=customise|=customize|=customised|=customized|=personalise|=personalize|=personalised|=personalized ~2 demo|deck|proposal|proposals|pitch|outreach|agenda|email|emails|message|messaging|presentation|qbr|roadmap|solution|offer|plan',
        `tailor|tailors|tailored|tailoring ~3 (to|for|around) (the|each)? (${BUYER}|priorities|needs|goals|pain|problems|challenges)`,
        // To what the buyer has: "tailor each fertiliser programme to the grower's soil-test results".
        'tailor|tailors|tailored|tailoring ~3 (to|for|around) (the|each|every)? {poss} ~3 (needs|goals|results|findings|data|numbers|figures|priorities|situation|requirements|challenges|problems|history|plans|aims|caseload|caseloads|mix|volumes|volume|usage|workload|operations|setup|stack|budget|timeline|records|targets|layout|process|processes|workflow|workflows)',
        "(built|build|builds|building|designed|design|designs|shaped|shape|shapes|planned|plan|plans|structured|structure|structures|scoped|scope|scopes|rebuilt|reworked) ~4 around ~2 (their|your|them|{poss}|the customer's|the client's|the buyer's|the prospect's|the family's|each) ~3 (goals|needs|situation|priorities|exposures|use|uses|usage|workflow|workflows|constraints|risks|problems|pains|challenges|operations|business|plan|plans|actually|really)?",
        // How or what of the buyer's, said: "a cover plan built around what she told us", "the menu is shaped around how they eat"
        // (not "plan the freight around what the stand actually uses").
        `(built|build|builds|building|designed|design|designs|shaped|shape|shapes|planned|plan|plans|structured|structure|structures|scoped|scope|scopes|rebuilt|reworked) ~4 around (how|what) ${REAL_USERS}`,
        // Or what we found out about them: "Build the submission around what we find".
        '(built|build|builds|building|designed|design|designs|shaped|shape|shapes|planned|plan|plans|structured|structure|structures|scoped|scope|scopes|rebuilt|reworked) ~4 around what (we|i) (find|found|learn|learned|learnt|hear|heard|uncover|uncovered|see|saw)',
        // After "the", the buyer's own matter must follow: not "emails built around the inspection regime".
        '(built|build|builds|building|designed|design|designs|shaped|shape|shapes|planned|plan|plans|structured|structure|structures|scoped|scope|scopes|rebuilt|reworked) ~4 around (all|each of)? the ~3 (goals|needs|situation|priorities|exposures|use|uses|usage|workflow|workflows|constraints|risks|problems|pains|challenges|operations|business|plan|plans|actually|really)',
        'tailor|tailors|tailored|tailoring|=customised|=customized|=personalised|=personalized ~3 to|for|around ~4 gaps|risks|question|questions|needs|situation|priorities|challenges|problems|goals|industry|environment|stack|requirements|concerns|objections|context|persona|issues|pains|workflow|workflows|regulations|regulator|case|cases',
        `${BUYER} ~1 operational challenges|challenge|problems|priorities`,
        // For the one it is bought for: "a study plan tailored to the child", "a care plan shaped around the resident".
        'tailor|tailors|tailored|tailoring ~3 (to|for|around) (the|each|every|their|your) (child|children|student|students|pupil|pupils|learner|learners|patient|patients|resident|residents|family|families|couple|household|guest|guests|employee|employees|rider|riders|athlete|athletes)',
        // Chosen from what they said: "three mattresses picked for what they've told you".
        "(picked|chosen|selected|matched|narrowed|shortlisted) (for|to|from|on) (what|everything|all) (they've|they have|they|the customer|the client|the buyer|the patient|the parent|the parents|you've|you have) (told|said|shared|described|explained|mentioned) (you|us)?",
        // Listening first: "How are you sleeping at the moment? - let them talk."
        '(let|letting|lets) (them|the customer|the client|the buyer|the prospect|the patient|the parent|the parents|the guest|the caller|the owner) (talk|do the talking|speak|tell their story|explain)',
      ],
      // Our own new people's programme: "The new-hire bootcamp is built around their first ninety days".
      unless: ['hiring'],
      examples: {
        signal: [
          'Customise the pitch for each hospital group.',
          'Shape the proposal around their priorities, tailored to the CFO.',
          "Agronomists tailor each feed plan to the farm's herd records and milk targets.",
          "Rework the demo around the prospect's operational challenges.",
          'Based on this, prepare a study plan tailored to the child and share it with the parents.',
          "Then take them to no more than three mattresses picked for what they've told you.",
          'Ask how they are sleeping at the moment and let them talk.',
        ],
        not: ['Tailored jackets for the booth staff.', 'The stand layout is tailored to the hall.', 'Operational challenges at our own plant slowed shipping.'],
      },
    },
    {
      id: 'tailored, with the buyer in view',
      patterns: [
        'tailor|tailors|tailored|tailoring ~3 to|for|around',
        '=customise|=customize|=customised|=customized|=personalise|=personalize|=personalised|=personalized ~6 to|for|around|using|from|with|=on',
      ],
      when: ['buyer'],
      examples: {
        signal: ['Tailor the pilot scope to the risks the client raised.'],
        not: ['The booth layout is tailored to the hall.', 'Tailored shirts for the sales kickoff.'],
      },
    },
    {
      // A question put to the buyer about their situation. In an answer to an objection it is a rebuttal, not discovery
      // ("What does it cost you when a job slips a week?"); an analysis of theirs still counts there.
      id: 'a question put to the buyer',
      patterns: [
        `ask|asking|asks ~2 what|how|why|which ~4 ${BUYER}`,
        'ask|asking|asks ~3 about ~2 their',
        'ask|asking ~1 (what happens|what would|how would|what does|how does|what is)',
        '(what|how much) ~6 (costs|cost|costing) ~1 (them|you|your|their|the business|the company|the plant|the team|each month|per month|every month|a month|a year|per year|annually)',
        'what happens ~3 (when|if) ~6 (their|your|they|you|the line|the system|it|nothing)',
        '=ask|=asks|=asking|=asked|question|questions ~6 (what|how|why|which|who|where|when|whether) ~8 (problem|problems|pain|pains|challenge|challenges|cost|costs|costing|breaks|broke|break|goes down|went down|goes wrong|went wrong|happens|happened|handle|handles|handled|manage|manages|managed|process|processes|today|currently|struggle|struggles|slows|blocks|worry|worries|priority|priorities|goal|goals|success|matters|hurts|change|changed|look like|measure|measures|fails|failed|delay|delays|risk|risks|biggest|hardest|prompted|triggered|bottleneck|bottlenecks|workaround|workarounds|would take|need|needs|plan|plans|hope|hoping|trying|expect|expects|achieve|achieves|read|reads|criteria|weight|weighs|weigh|outcomes|value|values)',
        "(ask|asking|question|questions|questioning) ~3 (about|on|around|into) ~4 (their|your|the customer's|the client's|the buyer's|each|the) ~3 (problem|problems|pain|pains|challenge|challenges|bottleneck|bottlenecks|root cause|root causes|process|processes|workflow|workflows|goals|priorities|plans|budget|timeline|exposures|risks|needs|situation|setup|stack|operations|trips|history|usage)",
        '(ask|asks|asked|asking) ~4 about ~8 (problems|problem|needs|budget|budgets|fears|goals|processes|process|volumes|habits|organisation|organization|situation|challenges|pains|priorities|timeline|timelines|expectations|requirements|usage|routine|workflow|plans|history|concerns|objectives|results|result|hopes|wishes|bottlenecks|delays|costs)',
        '(tell me|tell us|walk me through|walk us through|show me|show us|explain to me|explain to us) ~2 (how|what|where|why|which) ~6 (work|works|run|runs|handle|handles|slows|hurts|breaks|today|currently|problem|problems|need|needs|trucks|routes|process)',
        '(make|makes|ask|asks) ~2 questions ~2 (to understand|about|to learn|to know)',
        '(how|what) (are|do|does|is) (you|your team|your teams|they|their team|your people) ~2 (handling|handle|managing|manage|dealing|tracking|solving|approaching|running|planning|covering|measuring|prioritising|prioritizing|doing)',
        '(ask|asks|asking|find out|learn|understand|establish|quantify) ~2 what ~6 (worth|costing|costs|cost) (to|for) (the|their|your|them|you|him|her)',
        "(what's|what is|what has been|what's been|what) (wrong|broken|not working|missing|frustrating|painful) (with|in|about) (their|the client's|the customer's|the buyer's|the prospect's) (current|existing|old|present)? (supplier|suppliers|provider|providers|vendor|vendors|system|systems|setup|set up|space|process|processes|agency|tool|tools|platform|software|partner|office|warehouse|service|contract|arrangement)?",
      ],
      notIn: ['objection-handling'],
      examples: {
        signal: [
          'What does an hour of downtime cost your plant?',
          'Ask the plant manager what happens when the line goes down.',
          'In the first call, ask which part of month-end close hurts most.',
          'Ask how they handle returns today and why it breaks.',
        ],
        not: ['Ask a customer for a logo.', 'Ask which date works for the kickoff.', 'Ask who should get the invoice.'],
      },
    },
    {
      // Asked straight out, about how their operation runs or what hurts: "How many trucks do you run today?", "Which brands of
      // seed do you use?", "Opener: 'What are you pumping, and what's giving you the most grief on that line?'",
      // "What's your biggest headache with the current supplier?" (not a close: "How many would you like?", "When can you sign?",
      // "Which card do you want to use?").
      id: 'a question about how they run',
      // In a discovery or business-case tactic only: elsewhere the same questions close ("How many are you running, 500 or
      // 1,000?"), hook a blast ("What's your biggest headache with payroll? Reply and win a mug") or are the buyer's to us.
      onlyIn: ['discovery', 'business-case'],
      patterns: [
        '(how many|how much|how often|which|what) ~3 (do|does|are|is) (you|your team|your people|your crews|you guys|your staff) (currently|actually|really|still|usually|normally|typically|now|all)? (=run|=running|=use|=using|=handle|=handling|=spend|=spending|=ship|=shipping|=stock|=stocking|=pump|=pumping|=service|=servicing|=process|=processing|=track|=tracking|=lose|=losing|=deal with|=dealing with|=store|=storing|=move|=moving|=hire|=hiring|=produce|=producing|=grow|=growing|=treat|=treating|=see|=seeing) ~8 ?',
        "(what's|what is|what are|what) (giving|causing|costing|keeping|hurting|bugging|slowing) (you|your team|your people) ~6 ?",
        "(what's|what is|what are) (your|the team's) (biggest|main|number one|top|worst|real) (headache|headaches|challenge|challenges|problem|problems|worry|worries|priority|priorities|pain|pains|frustration|frustrations|issue|issues|bottleneck|bottlenecks|concern|concerns)",
      ],
      examples: {
        signal: [
          'How many trucks do you run out of the Leeds depot today?',
          'Which brands of seed do you use on the heavier ground?',
          "Opener: 'What are you pumping, and what's giving you the most grief on that line?'",
          "What's your biggest headache with the current supplier?",
        ],
        not: ['How many would you like to order today?', 'When can you sign?', 'Which card do you want to use?', 'How did you hear about us?'],
      },
    },
    {
      id: "learning the buyer's problem",
      patterns: [
        `understand|understanding|learn|learning|uncover|uncovering|diagnose|quantify|quantifying|size|sizes|sizing|explore|probe|surface|document|capture|map ~3 ${BUYER} ~3 problem|problems|pain|pains|process|processes|workflow|workflows|goals|priorities|kpis|challenges|needs|cost|costs|drivers|objectives|metrics|situation|requirements|criteria|constraints`,
        // What they want to become: "a planning consultation to understand their vision" (not a vision-plan number captured).
        "(understand|understanding|learn|learning|explore|exploring|uncover|uncovering|hear|hearing) (their|the client's|the customer's|the couple's|the family's|the buyer's|each client's|the owner's|the founder's) (vision|ambitions|aims|hopes|dreams)",
        `(dig into|drill into|drill down into|get into) ~2 how|what|why|where|which ~3 ${BUYER}`,
        'in their own ~1 words|numbers|terms|language',
        `mirror|mirrors|reflect|reflects|echo|echoes ~2 ${BUYER} own`,
        'hypothesis|hypotheses ~4 about|on ~1 their',
        // Working it out with them: "a half-day workshop with our logistics engineers to redesign their cross-dock flow".
        "(workshop|workshops|session|sessions|working session|working sessions|sprint|sprints) ~8 to (redesign|map|review|understand|diagnose|assess|analyse|analyze|improve|rethink|rework|optimise|optimize|design|fix) (their|the client's|the customer's|each client's|the buyer's|the site's|the plant's) ~3 (flow|flows|process|processes|workflow|workflows|operation|operations|layout|layouts|setup|network|routes|schedule|schedules|rota|rotas|supply chain|line|lines)",
      ],
      examples: {
        signal: [
          "Uncover the buyer's real buying process before the demo.",
          'Quantify what the backlog is costing them each month.',
          'Every enterprise prospect is offered a half-day on-site workshop with our logistics engineers to redesign their cross-dock flow.',
        ],
        not: ['Ask a customer for a logo.', 'Learn the new CRM fields before Monday.'],
      },
    },
    {
      id: "a question about the buyer's situation",
      patterns: [
        '(listen|listening|listens|listened) (first|only|carefully)? (to|what|how|:) ~6 (need|needs|want|wants|imagine|imagines|expect|expects|problem|problems|matters|worry|worries|goals|story|situation|them|they|customer|client|patient|couple|family|owner|costumer)',
        '(understand|understanding|learn|find out|know|hear) ~2 (what|how|why|where|which) ~4 (bothers|worries|matters|frustrates|slows|expect|expects|need|needs|want|wants|hope|hopes|struggle|struggles|hurts|costs|breaks|fails|works|run|runs)',
        '(talk|talks|talked|speak|speaks|chat|chats|discuss|discusses) ~4 about (what|how|why) ~4 (want|wants|need|needs|change|hope|hopes|expect|expects|matters|worry|worries)',
        '(understand|understands|understanding|analyse|analyses|analyze|analyzes|map|maps|study|studies) ~3 (the|their|his|her|each) ~2 (process|processes|workflow|workflows|operation|operations|situation|needs|requirements|business|challenges|problems|way of working)',
        '(=assess|=assesses|=analyse|=analyses|=analyze|=analyzes|=evaluate|=evaluates|=calculate|=calculates|=measure|=measures) ~6 (needs|requirements|bills|consumption|usage|situation|costs|=savings|demand|load|losses|=save|payback)',
        '(analysis|assessment|review|study|audit) of ~3 (needs|requirements|situation|process|processes|bills|usage|consumption)',
      ],
      examples: {
        signal: [
          "Don't argue the price; assess their needs and current consumption first.",
          'Book a separate session to understand their approval process and budget cycle.',
          'Our analyst studies their returns workflow for a week and reports the losses in money.',
        ],
        not: ['Ask which date works for the kickoff.', 'Ask who should get the invoice.', 'Questions? Email the support team.'],
      },
    },
    {
      id: 'an assessment of the buyer',
      patterns: [
        // "a two-week assessment of your current routing rules".
        "(assessment|assessments|audit|audits|review|reviews|analysis|evaluation|diagnostic|health check|deep dive|teardown|mapping|walkthrough) of (your|their|the client's|the customer's|the buyer's|each client's|each customer's|the prospect's|the seller's) (current|existing|present|own|whole|entire)",
        // "a conversation about the seller's timeline, goals and worries".
        "(conversation|conversations|talk|chat|questions|discussion|discussions|interview) about (the|their|your|his|her|each|every)? (seller's|buyer's|client's|customer's|family's|patient's|owner's|prospect's|team's|business's|company's|clinic's|school's)? ~1 (goals|timeline|timelines|priorities|worries|concerns|challenges|pains|pain points|needs|situation|plans|objectives|constraints|hopes|fears|frustrations)",
        // Planning with them: "plan the category reset with the buyer".
        // Exact words: "Designers log each call with the client's …" shares the stem of "design".
        '(plan|plans|planning|map|maps|mapping|co design|co designs|co create|co creates|scope|scopes|scoping|=design|=designs|=designing) ~4 (with|alongside|together with) (the|their|each|your)? (buyer|buyers|client|clients|customer|customers|category manager|category managers|store manager|store managers|owner|owners|their team|plant manager|practice manager)',
        '(posture|energy|risk|readiness|maturity|process|workflow|operational|operations|gap|=fit|value|needs|current state|baseline|cost|waste|loss|efficiency) (assessment|assessments|audit|audits|analysis|diagnostic|diagnostics)',
        "(spend|spends|use|uses) ~3 (call|meeting|session|hour|visit|workshop|day) (on|mapping|exploring|understanding) ~2 (the client's|their|the customer's|the buyer's|the prospect's) ~3 (plan|plans|goals|gaps|problems|needs|priorities|challenges|strategy|roadmap|growth|operations)",
        "(map|mapping|document|documenting|trace|tracing) ~3 (every|each|their|the customer's|the client's) ~2 (manual|current|existing)? (hand off|hand offs|handoff|handoffs|step|steps|process|processes|workflow|workflows|touchpoint|touchpoints|bottleneck|bottlenecks)",
      ],
      when: ['buyer'],
      examples: {
        signal: [
          'Offer the client a two-week security posture assessment before any proposal.',
          "Spend the first meeting on the client's growth plans and their hiring gaps.",
          'Map every manual hand-off with their line supervisors before we propose a cell.',
          "We'll start with a two-week audit of your existing billing rules and come back with options.",
          "Open with a conversation about the client's timeline, budget worries and goals.",
          'Reps plan the spring reset with the client in the store.',
        ],
        not: ['Our annual risk assessment is due in March.', 'The energy audit of our own warehouse found leaks.'],
      },
    },
    {
      id: 'understanding how they work',
      patterns: [
        // Sized to how they use it: "the system is sized to how the household actually uses power".
        '(sized|designed|built|tailored|configured|specified|scoped|matched|planned) (to|around|for|on) how (the|their|your|each|they|you) ~3 (uses|use|used|works|work|runs|run|operates|operate|lives|live|shops|shop|buys|buy|travels|travel)',
        // Fitted to what they really do, said with "actually" or "really": "tailor the layout to how you guys actually cook", "set
        // it up around how their front desk really works", "match the roast to what you're actually serving", "stock what you
        // actually use" (not "pay only for what you actually use": a price, not a fit).
        // Whose use it is, said (not "plan the freight around what the stand actually uses", our own).
        `(${FIT_VERBS}) ~8 (to|around) (how|what|the way) ${REAL_USERS} ~2 (actually|really) ${REAL_USE}`,
        `(${FIT_VERBS}) ~3 (only)? (what|whatever) ${REAL_USERS} ~2 (actually|really) ${REAL_USE}`,
        "(understand|understanding|learn|learning|see|seeing|map|mapping|find out|get a feel for|go through|goes through|walk through|walks through|dig into|digs into|look at|looks at) ~2 how ~4 (your|their|the customer's|the client's|the buyer's|each|you're|they're|you|they) ~4 (runs|run|running|works|work|working|handles|handle|handling|operates|operate|operating|plans|plan|planning|manages|manage|managing|does|do|doing|handled|managed|planned|flows|flow|breaks|break|=use|=uses|=using|=used)",
        // What is wrong today: "find out what's broken with their current supplier", "what's wrong with their current space".
        // The thing named with it, so that "supplier" is not read as a market: "what's broken with their current supplier".
        // What success means to them: "an intake session to define the role, the culture and what success looks like in year one".
        '(define|defining|agree|agreeing|understand|understanding|map|mapping|ask|asking|find out) ~6 what success (looks|would look|means|would mean)',
        // Assess first, then recommend: "run a fleet assessment first … and only then recommend lease terms".
        '(assessment|audit|diagnostic|discovery|needs analysis) (first)? ~10 (only then|and only then|then and only then) (recommend|recommends|propose|proposes|quote|quotes|price|prices|suggest|suggests)',
        // Why it failed before: "to understand the role, team culture and why the last hire didn't work out".
        "(understand|understanding|learn|find out) ~6 why (the|their|your|they|he|she) ~4 (didn't|did not|failed|fails|isn't|wasn't|stopped|left|lost|broke|went wrong|doesn't)",
        '(interview|interviews|interviewing|survey|surveys|talk to|talks to|sit down with|speak with) ~6 (about|on) (how|where|what|why|which) ~6 (their|your|they|the team|the teams|staff|teachers|nurses|drivers|operators|lose|lost|still|currently|today|work|works|plan|plans|breaks|fails)',
      ],
      examples: {
        signal: [
          'Each quote is sized to how the family actually uses hot water across the year.',
          'Before we quote, sit down with their MD and understand how their distribution actually runs.',
          'Interview each department head about where the team still works in spreadsheets.',
          'I just want to understand how their warehouse team handles returns today.',
          'Before recommending a handset, find out how they actually use it: streaming, hotspot, the kids?',
          'We set up the rota around how their reception desk really works on a Monday.',
          "Match the grind to what they're actually brewing, not to what the last café ordered.",
          'We only stock what your workshop really uses, so nothing sits on the shelf.',
        ],
        not: [
          'You pay only for what you actually use.',
          "We'll only recommend what you actually need.",
          'The email says which paid plan matches what they actually used.',
          'Usage is billed based on what you actually use each month.',
          'Billing is sized to what you actually use, so small teams pay very little.',
          'The meter works out what you actually use each hour and bills to the minute.',
          'Plan the trade-show freight around what the stand actually uses, not the whole catalogue.',
          'Match the invoice to what the depot actually received.',
          'Learn how the new CRM handles duplicates.',
          'We explain how our pricing works on the website.',
          'The demo video shows how they use the app.',
          'New starters need to know how we use the CRM.',
        ],
      },
    },
    {
      id: 'asking about their situation',
      patterns: [
        // Whose it is, said: "ask about the practice's patient mix", "find out the account's travel policy".
        '(ask|asks|asking) about (the|each|every)? {poss}',
        '(find out|finds out|finding out) (about)? (the|each|every)? {poss} ~2 (policy|policies|process|processes|plans|goals|needs|priorities|challenges|situation|criteria|requirements|preferences|workflow|workflows)',
        // What they do today: "ask new workshop customers which vehicle makes they service most".
        '(ask|asks|asking|find out|finds out) ~4 (which|what|how many|how often|how much|where|why) ~3 (they|their|you|your|she|her|he|his) ~3 (use|uses|using|service|services|buy|buys|run|runs|spend|spends|send|sends|lose|loses|struggle|struggles|pay|pays|stock|stocks|order|orders|sell|sells|get wrong|gets wrong|keeps hitting|keep hitting|hits|hit|fight|fights|chase|chases)',
      ],
      examples: {
        signal: [
          "Ask about the practice's patient mix and where chair time is lost.",
          "Before proposing a corporate rate, find out the account's travel policy and preferred cities.",
          'Ask new workshop customers which vehicle makes they service most.',
        ],
        not: ["Ask the receptionist for the practice manager's email.", 'Find out which version of the app is installed before the call.'],
      },
    },
    {
      id: 'learning before pitching',
      patterns: [
        'before (we|you|i)? (talk about|talking about|pitch|pitching|propose|proposing|quote|quoting|recommend|recommending|present|presenting|show|showing|demo|demoing|sell|selling|offer|offering|suggest|suggesting) ~3 (any|a|the|our)? ~1 (product|products|solution|offer|price|pricing|anything|model|machine|system|package|proposal|quote|portfolio|plan|policy|data)',
      ],
      when: ['inquiry'],
      examples: {
        signal: ['Called the owner, asked about staff and peak hours before talking about any product.'],
        not: ['Check stock before quoting any product.'],
      },
    },
    {
      // Our recommendation waits on what we learn: "Recommend a coverage tier only after the broker has told us fleet size",
      // "Hold the product walkthrough until we know which of their warehouses loses the most picks".
      id: 'the recommendation waits on what we learn',
      patterns: [
        "(recommend|recommends|suggest|suggests|propose|proposes|pitch|pitches|specify|draft|drafts|present|presents|prescribe|prescribes) (a|an|the|any|our)? ~4 (only)? (after|once|until|when) (we|we've|we have|they|they've|their|the customer|the client|the buyer|the broker|the grower|the practice|the owner|the school|the clinic|the family|the planner|the couple|the patient|you|you've) ~4 (know|knows|told us|tells us|has told us|have told us|understand|understood|learned|learnt|mapped|heard|seen|walked us through|explained|shared|described)",
        "(hold|holds|save|saves|keep|keeps|park|parks|leave|leaves) (the|our|any)? ~3 (walkthrough|walk through|demo|proposal|pitch|quote|pricing|presentation|deck|recommendation|tour) (back)? (until|till) (we|we've|they|they've|you|you've) ~2 (know|understand|heard|seen|learned|learnt|mapped|walked|found out)",
        // Built on their own figures: "Build the quote from their numbers", "Every proposal opens with the restaurant's own figures".
        '(build|builds|base|bases|start|starts|open|opens|lead|leads) (the|every|each|our|a)? ~2 (quote|quotes|proposal|proposals|pitch|deck|recommendation|business case|price|pricing|plan) (from|on|with|around) (their|his|her) (own)? ~1 (numbers|figures|data|costs|losses|situation|metrics|volumes|downtime)',
        '(build|builds|base|bases|start|starts|open|opens|lead|leads) (the|every|each|our|a)? ~2 (quote|quotes|proposal|proposals|pitch|deck|recommendation|business case|price|pricing|plan) (from|on|with|around) (the)? {poss} own ~1 (numbers|figures|data|costs|losses|situation|metrics|volumes|downtime)',
        '(quote|quotes|proposal|proposals|pitch|deck|recommendation|business case|plan) (opens|open|starts|start|leads|lead|begins|begin) (with|from) (the)? ({poss}|their|his|her) own ~1 (numbers|figures|data|costs|losses|situation|metrics|volumes|downtime)',
        // Nothing priced until we have heard: "We don't price anything until we've heard that", "Don't propose a package until we've
        // heard how their dispatchers spend a shift" (the negation is the family's own).
        "(don't|do not|never|won't|we don't|we never) (price|quote|propose|pitch|recommend|demo|spec|specify|cost) ~3 (until|till|before) (we've|we have|we|i've|i have|i) (heard|learned|learnt|understood|seen|walked|asked|mapped|know|understand)",
        // Built round what they told us: "it's built round what they told us", "the proposal has to point back to what they told us".
        '(built|put together|written|drawn up|designed|shaped|tailored|point back|points back|based) (round|around|from|on|to) what (they|the client|the customer|the couple|the family|the school|the buyer|the owner|the practice) (told|tell|tells|said|say|says|shared|share|shares) (us|me)',
        // Questions only, no pitch yet: "The first call is only questions", "not pitching yet; still learning why their renewals dropped".
        '(first|opening|initial|discovery|intro|introductory) (call|meeting|visit|conversation|session) (is|are|was|were) (only|all|just|pure|nothing but|mostly|entirely|purely|wholly) (questions|listening) (:|;|,)',
        '(first|opening|initial|discovery|intro|introductory) (call|meeting|visit|conversation|session) (is|are|was|were) (only|all|just|pure|nothing but|mostly|entirely|purely|wholly) (questions|listening) about (their|how|what|where|why|which|the client|the customer|the buyer)',
        "(not|no) (pitching|selling|demoing|quoting|presenting) (yet|anything yet) (;|,|:)? (still|just|we're|we are|i'm|i am)? (learning|listening|asking|finding out|working out|understanding|mapping) (why|how|what|who|where|which|about their|about the client|their)",
        // Their plan gone through with them: "the PM rings the organiser and goes through the run sheet with them", "Talk us through your day".
        '(goes|go|going|went) through (the|their|your) ~2 (run sheet|plan|schedule|brief|floor plan|day|process|workflow|setup|set up|requirements|event|programme|program) with (them|the client|the customer|the organiser|the organizer|the couple|the family|the owner)',
        '(talk|talks|walk|walks|take|takes) (us|me) through (your|their) (day|week|event|wedding|process|setup|operation|shift|month|season|plan|run sheet|workflow|business)',
        // Their trouble walked through with us, or how things changed: "owner walked me through his milk-cooling headaches for an
        // hour", "can you walk me through how the business has changed since last renewal".
        '(talk|talks|talked|walk|walks|walked|take|takes|took) (us|me) through (his|her|their|your) ~3 (problems|problem|headaches|headache|issues|issue|pains|challenges|troubles|bottlenecks|numbers|figures|history)',
        '(talk|walk|take) (us|me) through (how|what|where|why|which) (their|your|his|her|you|they|the business|the practice|the farm|the plant|the site|the shop|the store)',
        // What fits them, after: "Then suggest the dock, the slip and the storage setup that actually fits them".
        '(then|and then) (suggest|suggests|recommend|recommends|propose|proposes|pick|picks|choose|chooses|match|matches) ~12 (that|which) (actually|really|best)? (fits|fit|suits|suit) (them|their|the client|the customer|the couple|the family|you|your)',
        // Their day told to us: "Ask the practice owner to walk us through a typical Monday".
        '(walk|walks|talk|talks) (us|me|our team) through (a|an|their|your|his|her) (typical|normal|average|usual|busy|bad|worst|ordinary) (day|week|monday|friday|shift|month|morning|season|job|close|month end)',
        // What a change is worth to them, first: "Work out with the CFO what a one-point drop in claim leakage is worth to them".
        '(what|how much) ~10 (is|would be|are|would) worth to (them|the business|the client|the customer|the practice|the firm|their business)',
      ],
      examples: {
        signal: [
          'The owner walked me through his milk-cooling headaches for an hour before we talked kit.',
          'Before I suggest anything, can you walk me through how the business has changed since last renewal?',
          "Recommend a coverage tier only after the broker has told us fleet size, claims history, and what last year's worst incident cost.",
          'Hold the product walkthrough until we know which of their three warehouses loses the most picks and why.',
          'Build the quote from their numbers: hours lost to manual timesheets and overtime paid.',
          "Every proposal opens with the restaurant's own figures and what fixing each would be worth.",
          'The first call is only questions: how many sites, which ones overrun, and what an overrun costs.',
          'CRM note: not pitching yet; still learning why their renewals dropped 12% and who owns fixing it.',
          'Ask the practice owner to walk us through a typical Monday.',
          'Before anyone writes a kit list, the PM rings the event planner and goes through the run sheet with them.',
          'Talk us through your day, including the bits that went pear-shaped last time.',
          "Then suggest the dock, the slip and the storage setup that actually fits them, even if it's the cheaper one.",
          'Work out with the CFO what a one-point drop in claim leakage is worth to them before we talk about our fee.',
          "We don't price anything until we've heard that, and the proposal has to point back to what they told us.",
          "Don't propose a package until we've heard how their dispatchers spend a typical shift.",
          "The quote's put together after that, not before, and it's built round what they told us.",
        ],
        not: [
          'Recommend a courier only after the warehouse has told us the parcel weights.',
          "Build the quote from the supplier's latest figures, not last year's price book.",
          'The first meeting is all questions from their auditors about our security controls.',
          'New reps spend week one not selling yet, just learning the product and the pricing.',
          'Quote the job only after the stock has arrived.',
          'Hold the quote until finance approves the discount.',
          'Build the quote from the price book.',
        ],
      },
    },
    {
      id: 'who decides',
      patterns: [
        // "map the decision-makers on your top accounts".
        '(map|maps|mapping|identify|identifies|identifying|find|list|document|documenting|confirm|confirming|find out|qualify|qualifying) (the|all|every|each|their|your|its|who the)? (decision makers|decision maker|stakeholders|buying committee|buying committees|buying group|buying groups|influencers|approvers|economic buyer|economic buyers|signatories|budget holders|budget holder|budget owner|budget owners)',
        '(map|mapping|mapped|map out|mapped out|maps out|get clear on|be clear on|nail down|pin down|identify|identifying|identified|find out|found out|work out|worked out|working out|figure out|figured out|learn|confirm|confirming|ask|understand|know|clarify|document) ~3 who ~6 (signs|sign|signs off|approves|approve|decides|decide|owns|holds|controls|has a say|has the final say|has budget|has the budget|has authority|has sign off|has the power|sits|is involved|influences|pays|budgets|blocks|can block|could block|can veto|can kill)',
        // Asked of the buyer: "who besides you signs off on this?", "who else depends on that income?"
        // Everyone the purchase touches: "List everyone at the hospital who touches the purchase", "Find the person whose budget this comes from".
        '(list|lists|listing|listed|map|maps|mapping|mapped|name|names|naming|find|finds|identify|identifies|identifying|identified) (everyone|everybody|every person|all the people|each person) (at|in|on) (the|their|each) ~3 (who|whose) (touches|touch|sign|signs|approve|approves|has a say|have a say|had a say|influence|influences|own|owns|budget|budgets|pays|pay)',
        '(find|finds|identify|identifies|name|names|map|maps) (the|every|each) (person|people) whose (budget|sign off|approval|signature|call|decision)',
        // Whose signature it needs: "get clear on whose signature the purchase order needs and who can block it".
        '(find out|work out|get clear on|be clear on|nail down|pin down|confirm|ask|learn|establish) whose (signature|signatures|sign off|approval|budget|name) ~4 (needs|need|requires|require|goes on|is on)',
        'who (else|besides you|other than you|apart from you|beyond you|beside you) ~3 (signs off|approves|approve|decides|decide|has a say|is involved|would need to|needs to sign|would feel|feels|depends|owns|pays|budgets|weighs in|gets a vote|would notice|notices)',
      ],
      examples: {
        signal: [
          'Map the buying committee on each of the top ten accounts before the first proposal.',
          'Map who signs off on spend over $50k before proposing anything.',
          'Find out who else has a say in the decision.',
          'List everyone at the hospital who touches the purchase, from ward manager to CFO, before drafting anything.',
          'Find the person whose budget this comes from and what they need to see to approve it.',
          'Who besides you signs off on a purchase like this?',
          'Our cycle shortened once we started mapping every person on the buying side who had a say.',
          'Sat in on their planning meeting and worked out who signs off what.',
          'Mapped out who on the P&T committee signs off switches and what evidence each needs.',
          'Ask who else depends on the household income.',
          'And who other than you would feel that change?',
        ],
        not: [
          'We know who wins the award this year.',
          'Analysts tag firms so reps know who has a fresh compliance problem.',
          'Who else signs up for the webinar?',
        ],
      },
    },
    {
      id: 'listening to the people who do the work',
      patterns: [
        '(interview|interviews|interviewing|shadow|shadows|shadowing|survey|surveys|surveying|observe|observing|sit with|sit down with|ride along with) ~6 (about|on) ~2 (their|the|each) ~2 (problem|problems|pain|pains|challenges|challenge|issues|workflow|workflows|process|processes|handover|handovers|needs|frustrations|bottlenecks|priorities|goals|day|routine|shift)',
        `interview|interviews|interviewing|shadow|shadowing|observe|observing ~3 ${BUYER} ~3 (users|staff|team|operators|nurses|drivers|technicians|agents|planners|engineers|clerks|pickers)`,
      ],
      examples: {
        signal: [
          'Interview the dispatchers about their routing problems before scoping.',
          'Shadow their warehouse team for a shift before proposing a layout.',
        ],
        not: ['Interview three candidates for the SDR role on Friday.'],
      },
    },
  ],
  // Named once in a long text: a contest's champion, a sponsor's champion barista. Not "discovery": named once, it is still the
  // practice ("SEs do not take demos without a completed discovery note").
  bare: ['champion', 'champions'],
  senses: [
    // A price that follows their use, not a fit made with them: "Billing is sized to what you actually use".
    '(billing|billed|bill|bills|pricing|priced|price|prices|charge|charges|charged|invoice|invoiced|invoices|cost|costs|fee|fees|subscription|subscriptions|usage) (is|are)? ~2 (sized|scaled|matched|tied|pegged|set|based) (to|on) (what|how much) ~3 (use|uses|using|used|consume|consumes|consumed|need|needs)',
    // Checking what they said, not their situation: "Just so I understand your question: the annual price in euros?"
    '(so|so that) (i|we) ~2 (=understand|=get) (your|their|the) (question|questions|point|request|message|email|comment|ask|query)',
    // The idiom, not a gap analysis: "a 'close the gap' session with the banking team".
    '(close|closes|closing|closed|bridge|bridges|bridging|mind|minding) the gap ~1 (session|sessions|workshop|workshops|call|calls|meeting|meetings|review|reviews|plan|plans)',
    // What it costs, shown or told, not asked: "She presents benchmark data on what absenteeism and turnover cost employers their
    // size", "an honest conversation about what burnout is costing your business", "Here's what Integration Plus would cost".
    // (Not shown from their own figures: "show what each pricing structure would have cost them winter by winter" is a case built
    // with them.)
    "(data|benchmark|benchmarks|figures|numbers|here's|here is|about|presents|present) (on)? what ~5 (cost|costs|costing|would cost|will cost|could cost)",
    // A choice offered at the close, not their situation: "scan the plate and ask which card they'd like on file".
    "(ask|asks|asking) (them|him|her)? which (card|plan|package|option|options|colour|color|size|model|payment method|finish|bundle|tier) (they'd|they would|you'd|you would|he'd|she'd|they) (like|prefer|want)",
    // A time to meet, not their situation: "if they say maybe later, ask which day works better", "ask what time suits".
    '(ask|asks|asking|asked) (them|him|her)? (which|what) (day|days|date|dates|time|times|slot|slots|week|evening|morning|afternoon) (works|work|suits|suit|is best|is better|would work|would suit|they prefer|suits them|works for them) (better|best)? (before|and then|so) (they|you|he|she|we)',
    '(ask|asks|asking|asked) (them|him|her)? (which|what) (day|days|date|dates|time|times|slot|slots|week|evening|morning|afternoon) (works|work|suits|suit|is best|is better|would work|would suit)',
    // A franchise's open day, not discovery with a buyer: "Invite qualified leads to a franchise Discovery Day".
    '(franchise|franchising) ~3 discovery (day|days)',
    // Their wish to know, not our question: "A visitor who wants to know what a load costs has to fill in the form".
    '(visitor|visitors|buyer|buyers|customer|customers|client|clients|someone|anyone|people|caller|callers|who|that) (wants|want|wanted|wanting|needs|need|needed|would like) to (know|find out) (what|how|whether|which|when|where|why|if)',
    // The buyer going over what we sent with their own people, not ours with them: "Sent the full price sheet … so they can go
    // through it with their team first".
    '(they|he|she|buyer|client|customer|manager|owner|director|cfo|ceo|head|lead|board|committee|partner|partners) (can|could|will|would|may|might|to)? (want to|need to|like to|wants to|needs to)? (go|goes|look|looks|run|runs|talk|talks) (through|over) (it|them|this|that|the|our) ~2 with (their|his|her) (own)? ~1 (team|teams|colleagues|boss|board|partner|partners|finance|people|cfo|owner)',
    // A winner by the contest's name: "Client's ops head is a Comrades champion", "a former Olympic champion".
    '(a|an) (former|reigning|two time|three time|national|world)? {name} (champion|champions) (.|,|;|and|from|in|who)',
    // A winner of a contest, not a buyer's advocate: "The champion team gets internship offers".
    '(champion|champions) (team|teams|player|players|squad|side|club|crew|rider|riders|horse|horses|dog|dogs|breeder|breeders|cow|bull|ram|entry|entries)',
    // A model that wins a comparison, in machine learning and testing: "Where the customer already has a champion model in
    // production", "champion and challenger strategies", "the champion/challenger test".
    '(champion|champions) (model|models|challenger|challengers)',
    '(champion|champions) (and|vs|versus|or) (challenger|challengers)',
    // Our own review of deals, not an assessment of the buyer: "Loss analysis: the prospect felt rushed".
    '(win|loss|win loss|churn|lost deal|lost deals|closed lost|deal|pipeline|sales) (analysis|analyses)',
    // A statutory check sold as a service, not an assessment of their needs: "their HIPAA security risk assessment at no charge",
    // "the annual fire risk assessment".
    '(hipaa|gdpr|pci|fire|legionella|asbestos|statutory|regulatory|mandatory|dpia|cyber essentials) (security)? (risk|safety|compliance)? (assessment|assessments|audit|audits|inspection|inspections)',
    // Whether they want more from us, not their situation: "ask whether they would like the full plan pack posted".
    '(ask|asks|asked|asking) ~3 whether (they|he|she|you) (would like|want|wants) (the|a|an|our|more|any)? ~3 (plan|pack|packs|brochure|brochures|information|info|quote|copy|sample|samples|catalogue|catalog)',
    // Asking after them, not their business: "the arranger rings the family to ask how they are".
    '(ask|asks|asked|asking) how (they|he|she|you|the family|everyone|the patient) (are|is|are doing|is doing|are getting on|is getting on|are keeping|are holding up|feel|feels|are feeling|is feeling)',
    // Their question about us, not ours about them: "prospects kept asking what our visibility looked like".
    "(asking|ask|asks|asked) (what|how|whether|if|which) (our|we|we're|we've|us) ~4 (looked like|look like|looks like|was|were|is|are|did|does|do|would|could|can|compared|compare|compares|worked|works|cost|costs|offered|offer|had|have|has|charge|charges)",
    // Asked by someone else, not by us: "the recycling, which housekeepers get asked about by their sustainability managers".
    '(get|gets|got|getting|are|is|was|were|be|been|being) asked ~2 (by|from) (their|his|her|its|guests|customers|clients|the board|auditors|regulators|inspectors|tenants|patients|parents|members)',
    // A question about buying from us, not about their situation: "the console asks HR whether to move to a paid plan".
    '(ask|asks|asked|asking) ~3 whether (to|they want to|they would like to|it should) ~1 (move|upgrade|continue|renew|buy|pay|switch|sign|extend|keep|convert|stay|cancel|add|order|book) ~4 (plan|plans|tier|tiers|subscription|contract|version|licence|license|package|account|it|them|us|one|seats|users)',
    // Which of ours they want, asked at the till: "The checkout asks shoppers which plan they want".
    '(ask|asks|asked|asking) ~3 (which|what) (plan|plans|tier|package|option|size|colour|color|model|edition|product|flavour|flavor|bundle) (they|you|he|she) (want|wants|prefer|prefers|need|needs|would like|like)',
    // Our own books: "a commission from us, which is built into our cost model".
    '(our|the company|the firm) (cost|costs|pricing|financial|business|revenue|margin|commission) (model|models)',
    // Questions sent on to someone, not asked: "Questions about the workflow go to Sales Ops".
    '(questions|queries|question|query) (about|on|regarding) ~4 (go|goes|should go|are sent|is sent|are routed|is routed|are passed|go straight) (to)?',
    // What they are shown, not what we learn: "the point is that they see how their linen is handled".
    '(they|guests|visitors|buyers|customers|clients|prospects|attendees|delegates|managers) (can|could|will|get to|to)? (see|watch|witness) (how|what|where) (their|the|our|its|each|every)? ~3 (is|are|was|were|gets|get) (handled|made|done|run|built|packed|produced|processed|cleaned|tested|stored|washed|treated|checked|sorted|prepared|cooked|grown|brewed|roasted|printed|assembled|repaired|serviced|finished|loaded|shipped)',
    // A place or an outing named Discovery: "Half-term Discovery trail", "the Discovery Centre", "a discovery walk for the kids".
    '=discovery (trail|trails|centre|centres|center|centers|zone|zones|walk|walks|garden|gardens|park|museum|museums|channel|kit|kits|box|boxes|bay|room|tour|tours)',
    {
      // A day spent at their place, not on their problems: "our risk surveyor spends a full day on their biggest live site".
      id: 'a day spent at their place',
      patterns: [
        "(spend|spends|spending|spent) ~4 (on|at) (their|the client's|the customer's|the buyer's|each client's|the contractor's) ~2 (site|sites|premises|farm|farms|yard|yards|floor|plant|plants|property|properties|ward|wards|shop|shops|store|stores|campus|depot|depots|vessel|boat|ranch|estate|kitchen|warehouse)",
      ],
      examples: { not: ['For main contractors our risk surveyor spends a full day on their biggest live site, and lunch is on us.'] },
    },
    // A record kept, not an assessment of the buyer: "customers need audit-trail exports", "the audit log".
    '(audit|audits) (trail|trails|log|logs|logging|history|histories|record|records|export|exports|file|files|stamp|stamps)',
    // A debrief's questions, not discovery: "ring the client to ask what worked, what didn't and whether the event runs again".
    "(ask|asks|asking) ~3 (what|how) (worked|went) , (what|how) (didn't|did not|went wrong|could be better|to change|didn't work)",
    // The buyer finding out a price, not our discovery: "clients have to book a consultation to find out what anything costs".
    '(to|they|clients|customers|buyers|patients|callers) ~2 find out what (anything|it|things|the work|treatment|treatments|a job|the job) (costs|cost|would cost|will cost)',
    // A win-back's question, not discovery: "on a lapsed account, ask what changed" (the blind playbook labellers, every time).
    {
      id: 'what changed, on a win-back',
      patterns: [
        '(ask|asks|asking|asked) ~3 what (has|had|have)? (changed|changes) (for them|for you|with them|with you|for the client|for the business|for their business|at their end|on their side|since)?',
      ],
      examples: { not: ['Call every lapsed venue and ask what changed.', 'On the notice-period call, the account manager asks what has changed for them.'] },
    },
    // Scheduling, not discovery: "ask which delivery day suits them".
    {
      id: 'a day that suits',
      patterns: [
        '(ask|asks|asking) (which|what) ~1 (day|date|time|slot|week|morning|afternoon|evening) ~2 (suits|suit|works|work|is best|is easiest|they prefer) (them|you|him|her|the customer|the client|the buyer|the family|the site team|everyone)?',
      ],
      examples: { not: ['Ask which delivery day suits them.'] },
    },
    // A price sized to the buyer, not a tailored solution: "a quote built around your headcount".
    '(quote|quotes|price|prices|pricing|rate|rates) (built|tailored|sized|priced|scaled) (around|to) (your|their|the) (headcount|team size|seat count|seats|users|employees|volume|volumes|usage|size|fleet size)',
    // An alternative-choice close, not discovery: "ask which payroll date they want to start".
    '(ask|asks|asking) (them|the buyer|the customer|the client)? which (date|day|start date|payroll date|plan|option|package|colour|color|model|time|slot|month|week|tier) (they|you) (want|prefer|would like|like)',
    // A request for instructions, not a question about their situation: "the customer asked how to export their dashboards".
    '(asked|asks|ask|asking) (us|me|you|support|the rep|sales|the team|the csm|the trainer)? how (to|do i|do we|can i|can we|should i) ~4 (their|them|they|your|his|her|its|my|our)',
    // A purchasing consortium, not the buyer's stakeholders: "members of the partner buying group earn a quarterly rebate".
    '(buying|purchasing) (group|groups) ~1 (rebate|rebates|member|members|membership|memberships|pricing|price|prices|discount|discounts|contract|contracts|agreement|agreements|deal|deals|terms)',
    '(partner|purchasing|dental|regional|national|group purchasing|independent) (buying|purchasing) (group|groups)',
    // A metric, not the practice: "champion turnover".
    '(champion|champions) (turnover|churn|loss|losses|attrition|departure|departures|left|leaving)',
    // The buyer asks, not us: "inbound callers asking what it costs".
    '(callers|buyers|customers|clients|prospects|people|visitors|shoppers|users|patients|anyone|those|leads|guests) (asking|who ask|who asks|that ask|who asked) ~2 (what|how|about|for|why|where|which)',
    // A quote asked for, not discovery: "tell us where it's going and what temperature it needs, and we'll ring you with rates".
    "(tell|send|give) us (what|where|how|which|who|when) ~10 (and|then|,) (we'll|we will|we) (ring|call|phone|email|send|come back|get back|quote|reply)",
    // Our figures presented: "contact sales and we'll walk you through the numbers".
    // (Not their own figures: "walk each client through their own claims numbers" is discovery.)
    '(walk|walks|walking|take|takes|taking) (you|them|him|her|the buyer|the client|the customer|the prospect|prospects|buyers|clients|customers|each buyer|each client) through (the|our|a|total|full|overall|standard|typical) ~3 (numbers|figures|pricing|prices|price|quote|quotes|proposal|costs|cost|rates|options|plans|packages|contract|terms|comparison|comparisons|sheet|calculator)',
    // A gatekeeper's routing question in a cold-call script: "a generic script asking who handles the coffee".
    '(script|scripts|opener|openers|cold call|cold calls|dialer|dialler|voicemail) ~6 (asking|ask|asks|asked) (who|whoever) (handles|looks after|manages|is responsible for|deals with|buys|orders|takes care of|is in charge of|runs)',
    // A question to our own people, not about the buyer: "ask your manager what their approval limit is".
    '(ask|asks|asking|check with|checks with|checking with) (your|the|our|a) (manager|managers|director|team lead|deal desk|finance|ops|revops|legal|boss|sales manager|sales director|vp|head of sales|regional manager|supervisor|colleague|colleagues) (what|how|whether|if|which|who|when) ~4 (their|his|her|its|the|our|your|we|i|you|they)',
    // A question to our supplier, not about the buyer: "ask the haulier what they'll charge for the Monday run".
    "(ask|asks|asking|check with|checks with|checking with) (your|the|our|a) (haulier|hauliers|supplier|suppliers|carrier|carriers|vendor|vendors|contractor|contractors|subcontractor|subcontractors|sub|subs|wholesaler|wholesalers|distributor|distributors|manufacturer|manufacturers|courier|couriers|landlord|agency|forwarder|freight forwarder|broker|brokers|printer|printers|mill|factory|lab) (what|how|whether|if|which|who|when) ~4 (their|his|her|its|the|our|your|we|i|you|they|they'll|they'd|it)",
    // Who knows the current promotions, not a question about the buyer: "your Keystone rep will know what's running this month".
    "(rep|reps|distributor|distributors|dealer|dealers|wholesaler|wholesalers|stockist|stockists|branch|branches) (will|would|should|can|may|might|could)? (know|knows|tell you|tells you|confirm) (=what's|what is|what they're|what they are|what it's) (running|on|available|on offer|on promotion)",
    // With words between: "people who ring the office asking what a 49-seater costs".
    '(callers|buyers|customers|clients|prospects|people|visitors|shoppers|users|patients|anyone|those|leads|guests|parents|tenants|members) (who|that) (ring|rings|call|calls|phone|phones|email|emails|write|writes|visit|visits|come|comes|walk|walks) ~4 (asking|to ask) ~2 (what|how|about|for|why|where|which)',
    // A product's feature: "the LMS includes a training needs analysis report for HR admins".
    '(includes|include|included|has|have|ships with|comes with|generates|produces|exports) ~3 needs analysis|assessment (report|reports|module|modules|feature|features|dashboard|dashboards|tool|tools|tab|screen|widget)',
    {
      // Our own new people walked through their own results, not a buyer through theirs: "Walk the new starter through the
      // results of her sales-skills assessment", "take each new hire through their ramp numbers".
      id: 'our own people walked through',
      patterns: [
        // Our own by what they are: a new starter, joiner or hire, words for our own staff (not "the team" or "the reps", nor
        // graduates, apprentices or SDRs, who may be the buyer's: red teams 51 and 52).
        '(walk|walks|walking|walked|take|takes|taking|took|talk|talks|talking|talked) (our|each|every|any|all|the)? (new|newly hired) ~1w (starter|starters|hire|hires|joiner|joiners) through ~6 (results|numbers|scores|assessment|assessments|targets|pipeline|calls|recordings|review|reviews|findings|feedback|plan|plans|metrics|quota|quotas|scorecard|scorecards|dashboard|dashboards|playbook|process|data|model|deck|pitch|script|scripts|objections|costs|cost|audit|gaps|risks)',
        // Or named as ours: "walk our new reps through their first-month results".
        '(walk|walks|walking|walked|take|takes|taking|took|talk|talks|talking|talked) our (own)? (new)? ~1w (starter|starters|joiner|joiners|trainee|trainees|apprentice|apprentices|graduate|graduates|intern|interns|recruit|recruits|sdr|sdrs|bdr|bdrs|rep|reps|ae|aes|hires) through ~6 (results|numbers|scores|assessment|assessments|targets|pipeline|calls|recordings|review|reviews|findings|feedback|plan|plans|metrics|quota|quotas|scorecard|scorecards|dashboard|dashboards|playbook|process|data|model|deck|pitch|script|scripts|objections|costs|cost|audit|gaps|risks)',
      ],
      examples: {
        not: [
          'Walk the new starter through the results of her sales-skills assessment before she shadows any calls.',
          'Take each new hire through their ramp numbers at the end of week two.',
          'Walk our new reps through their first-month results before the QBR.',
        ],
      },
    },
    {
      // A question about paperwork, not about how they run: "Ask the buyer what PO number their finance team needs on the
      // invoice", "ask which email address their accounts payable team uses".
      id: 'a question about paperwork',
      patterns: [
        // Identifiers and addresses only: "which order details their pickers need … and how long a pick takes" and "which billing
        // codes their clinicians use most often" are discovery (red teams 51 and 52).
        '(=ask|=asks|=asked|=asking|=check|=checks|=checked|=confirm|=confirms|=confirmed|find out|finds out|found out) ~3 (what|which) (po|purchase order|vat|gst|postal|zip|bank|cost centre|cost center|supplier|vendor|registration|company|email|invoice|reference|account) ~1 (number|numbers|address|addresses|email|reference|references|name|format) ~5 (needs|need|needed|uses|use|used|wants|want|wanted|prefers|prefer|requires|require|required|expects|expect|quotes|quote)',
      ],
      examples: {
        not: [
          'Ask the buyer what PO number their finance team needs on the invoice before the goods leave the warehouse.',
          'Ask which email address their accounts payable team uses for invoices.',
          'Ask the client what VAT number they want on the invoice.',
        ],
      },
    },
    {
      id: 'our own plans tailored',
      patterns: [
        '(comp|compensation|quota|quotas|territory|territories|bonus|commission|commissions|incentive|incentives|spiff|spiffs|rota|rotas|shift|shifts|training) ~3 (are|is|were|was|get|gets|been)? (tailored|customised|customized|personalised|personalized)',
      ],
      examples: { not: ['Quota plans are tailored to each region.', "Commission plans are tailored to each rep's ramp."] },
    },
    '(legal|e|service|data|asset|product|network|device|api|content|music|drug|patent|electronic|litigation|document|vulnerability|endpoint|cloud|sensitive data|talent) discovery',
    'ediscovery',
    'discovery (request|requests|feed|feeds|scan|scans|sprint|sprints|tool|tools|module|engine|protocol|service|obligations|platform|channel|page|phase of|process of|mode)',
    {
      id: 'discovery in a legal matter',
      patterns: ['discovery'],
      when: ['legal'],
      scope: 'clause',
      examples: { not: ['Counsel needs every email from the account for discovery in the dispute.'] },
    },
    'pipeline|sales|olympic|world|national|reigning|defending|boxing|chess|tennis|golf|league|quiz|spelling|regional|district|sports|club|european|state|county|city|junior|senior|masters|powerlifting|netball|football|rugby|cricket|hockey|athletics|swimming|debating|squad ~1 champion|champions',
    // A title won more than once: "a two-time All-Ireland hurling champion", "the three-time county champion".
    '(two|three|four|five|six|seven|eight|nine|ten|{num}|multiple|several|many) time ~4 (champion|champions)',
    // A title in a sport named at more words: "a county show-jumping champion", "the national sheep-shearing champion".
    '(olympic|world|national|reigning|defending|regional|district|european|state|county|junior|senior|former) ~3 (jumping|eventing|dressage|racing|ploughing|shearing|darts|snooker|polo|rowing|sailing|cycling|skiing|surfing|boxing|chess|tennis|golf|rugby|athletics|swimming|slalom|downhill|giant slalom|freestyle|triathlon|marathon|judo|karate) (champion|champions)',
    // A court's stage, not a discovery call: "Discovery cut-off calendar", "two weeks before the discovery deadline".
    'discovery (cut off|cutoff|deadline|deadlines|period|periods|schedule|motion|motions|request|requests|responses|dispute|disputes|documents|production)',
    // A finding, not a discovery call: "The discovery of damp in the basement delayed the opening".
    '(the|a|its|this|that) discovery of (a|an|the)? ~1 (damp|mould|mold|leak|leaks|asbestos|fault|faults|crack|cracks|defect|defects|fraud|oil|gas|bug|bugs|infestation|rot|termites|pests|rats|mice|woodworm|subsidence|contamination|error|errors|remains|gold|water)',
    // A prize won: "Our Shiraz was named champion red at the county show", "the champion ram".
    '(named|crowned|judged|voted|won|wins|awarded|declared) ~1 (champion|champions)',
    '(champion|champions) (red|white|rosé|rose|wine|wines|beer|beers|ale|cider|cheese|cheeses|bull|ram|ewe|heifer|horse|dog|breed|exhibit|loaf|pie|sausage|gin|whisky|spirit)',
    '(champion|champions) (in|at) (the)? ~2 (powerlifting|cycling|tennis|golf|chess|boxing|racing|swimming|running|sailing|judo|karate|football|soccer|rugby|athletics)',
    // A title won: "the 2019 Canadian Barista Champion", "the national coach driver of the year champion".
    '({year}|year|season|barista|latte art|pastry|sommelier|cocktail|bartender|baker|butcher|apprentice|canadian|british|australian|american|irish|scottish|welsh|french|italian|german|indian|african) ~2 (champion|champions)',
    'value analysis (committee|committees|team|teams|process|group|groups)',
    {
      id: 'a champion of a sport or a title',
      patterns: ['champion|champions'],
      when: ['award'],
      examples: { not: ['She is a real champion: she won the regional cycling title last year.'] },
    },
    'champion of',
    // A role inside our own firm or theirs, not the buyer's advocate in a deal: "the CRM champion on each team", "a safety champion".
    '(crm|safety|wellbeing|wellness|data|process|sustainability|diversity|inclusion|training|systems|system|product|quality|green|digital|fire|first aid|health and safety|change|ai|security|culture|brand|customer|innovation|accessibility) (champion|champions)',
    '(former|ex|retired|olympic|paralympic|rowing|swimming|cycling|marathon|darts|snooker|poker|karate|judo|skiing|sailing|squash|badminton|triathlon|rugby|cricket|hockey|football) ~2 champion|champions',
    '(champion|champions) (league|leaderboard|ladder|table)',
    'champion challenger',
    'we|they|i|to|will|always|proudly|also champion',
    'business case (competition|competitions|study|studies|school|method)',
    'pain relief|killer|killers|medication|clinic|clinics|management',
  ],
};
