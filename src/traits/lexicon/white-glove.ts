/** The `white-glove` trait: costly high-touch service: on-site work, dedicated people, hospitality, work done for the customer. */

import type { TraitLexicon } from './types.js';
import { EXECS, ROLES } from './words.js';

export const whiteGlove: TraitLexicon = {
  triggers: [
    'white =glove',
    'concierge',
    'dedicated onboarding',
    'bespoke',
    '=custom implementation|integration|integrations|build|builds|development|onboarding|configuration|deployment',
    "executive|private|vip|exclusive|complimentary|=hosted ~2 dinner|dinners|lunch|lunches|retreat|retreats|reception|tasting|suite|box|evening|trip|getaway|golf|chef|chef's",
    'hospitality suite|suites|box|boxes|tent|package|lounge',
    '(box|courtside|vip|front row|hospitality|suite|pitchside|ringside) (seats|tickets|passes|seat|ticket)',
    '(complimentary|private|personal) (styling|stylist|stylists|fitting|fittings|consultation|consultations|shopping|appointment|appointments|tasting|tastings|tour|tours|shopper|shoppers|banker|bankers|trainer|trainers)',
    '(in home|at home|in person|home) (fitting|fittings|visit|visits|consultation|consultations|installation|measuring|measure|design|assessment|survey)',
    "(producer|engineer|engineers|rep|reps|manager|designer|designers|specialist|specialists|consultant|consultants|advisor|adviser|agent|technician|technicians|team|we|our|inspector|surveyor|assessor) ~2 (visits|visit|visiting|walks|walk|walking|tours|tour|inspects|inspect|surveys|survey) (the|their|each|every|the customer's|the client's)? ~1 (site|sites|home|homes|plant|plants|premises|warehouse|farm|facility|property|floor|line|kitchen|shop|store|office|offices)",
    '(walks|walk|walking|tours|tour|touring) (the|their|each) ~1 (plant|floor|line|facility|warehouse|property|premises|kitchen|site|yard)',
    '(specialist|specialists|engineer|engineers|nurse|nurses|trainer|trainers|consultant|consultants|technician|technicians|clinician|clinicians|team) ~2 (spends|spend|spending|stays|stay|works|work|sits|sit) ~4 (on|at|in|with) (the|their|its) ~1 (wards|ward|floor|site|plant|premises|offices|warehouse|store|clinic|team|line|kitchen)',
    '(drive|drives|driving|fly|flies|flying|travel|travels|travelling|traveling|go|goes|head|heads) out to ~3 (farm|farms|site|sites|office|plant|home|homes|premises|store|clinic|warehouse|branch|yard)',
    '(kickoff|kick off|training|onboarding|workshop|install|installation|setup|review|audit|go live|launch|visit|meeting|meetings|support) : (on site|onsite|in person)',
    '(our team|our engineers|our people|our staff|our trainers|we) (travel|travels|will travel|fly|flies|come to you|comes to you|fly in|flies in)',
    "chef's table",
    'in person kickoff|training|trainings|workshop|workshops|visit|visits|onboarding|session|sessions|review|reviews',
    'hand delivered|delivery',
    'done for you',
    '(site survey|site surveys|site visit|site visits|site walkthrough)',
    '(built|designed|drawn|configured|installed|set up|done) by our ~1 engineers|team|experts|specialists|technicians',
    'do it for you',
    'all expenses|expense ~1 covered|paid',
    'expenses paid',
    'direct line',
    `named|dedicated|=personal|assigned ~2 ${ROLES}`,
    `dedicate|dedicates|assign|assigns ~1 a|an|our ~1 ${ROLES}`,
    '(on site|onsite) ~1 workshop|workshops|visit|visits|training|trainings|review|reviews|kickoff|support|session|sessions|install|installation|setup|presence|engineer|engineers|consultant|day|days|meeting|meetings|onboarding|implementation|rollout|audit|assessment|service|check|checks|inspection|inspections',
    '(on site|onsite) for|during|every|each',
    'is|are|be|goes|go|fly|flies|send|sends|come|comes|travel|travels|arrive|arrives (on site|onsite)',
    `engineer|engineers|lead|leads|team|architect|architects|trainer|trainers|consultant|consultants|specialist|specialists|installer|installers|technician|technicians|${EXECS} ~6 (on site|onsite|on the floor|in the building|at their site|at their offices)`,
    `fly|flies|flying ~4 out|over|in`,
    'send|sends|fly|flies|dispatch|dispatches ~2 engineer|engineers|technician|technicians|team|specialist|consultant|trainer|architect ~3 to ~3 site|sites|office|offices|plant|plants|hq|headquarters|premises|customer|customers|location|locations',
    'host|hosts|hosting ~3 dinner|dinners|lunch|lunches|reception|drinks|retreat|breakfast|tasting',
    `visit|visits ~2 from ~1 our ~2 ${EXECS}|executive|executives|team|engineers`,
    `our|we ~1 engineers|team|experts|staff|people ~4 for you`,
  ],
  constructions: [
    {
      id: 'hospitality',
      patterns: [
        `hosted|host|hosts by ~1 our|the ~1 ${EXECS}|executive|executives|leadership`,
        'dinner|lunch|drinks|meal|meals|hotel|hotels|flights|travel|tickets|suite|box|seats|passes|rooms|accommodation ~2 (on us|on the house|covered|paid for|at our expense|comped)',
        "(we're|we are|we|i'm|i am|our team is|our team) (hosting|host|hosts|paying|pay|buying|covering|treat|treating)",
        '(hosted by us|we host|on our tab|our treat)',
      ],
      when: ['hospitality'],
      examples: {
        signal: ['Wine tasting for six CFOs, hosted by our CEO.', 'Flights and hotel covered for the customer council.'],
        not: ['Webinar hosted by our CEO on the new release.'],
      },
    },
    {
      id: "at the customer's site",
      patterns: [
        "(workshop|workshops|training|trainings|session|sessions|review|reviews|kickoff|visit|visits|walk|walks|walkthrough|tour|tours|audit|audits|assessment|install|installation|setup|demo|demos|meeting|meetings|day|days|week|weeks|ride along) ~4 (at|on|in) (their|the customer's|the client's|the buyer's|the prospect's|each customer's|every customer's|the account's|your) ~2 (site|sites|hq|headquarters|offices|office|plant|plants|premises|warehouse|warehouses|facility|facilities|campus|floor|ward|wards|store|stores|branch|branches|shop|yard|farm|depot|clinic|kitchen)",
        '(site walk|site walks|floor walk|plant tour|plant visit|ride along|ride alongs|ride-along)',
      ],
      examples: {
        signal: [
          "Run the quarterly review at the client's plant, not over video.",
          'A half-day workshop at their headquarters with the ops leads.',
          'Schedule a site walk before quoting the retrofit.',
        ],
        not: ['Meetings at our offices on Fridays are for internal planning.', 'The conference is at the Hilton this year.'],
      },
    },
    {
      id: 'someone sent to the customer',
      patterns: [
        'send|sends|ship|ships|dispatch|dispatches|deploy|deploys|put|puts ~6 (technician|technicians|engineer|engineers|specialist|specialists|fitter|fitters|installer|installers|tech|techs|trainer|trainers|nurse|nurses|clinician|clinicians) ~5 (within {duration}|same day|next day|to site|on site|onsite|to every site|at every site|at their site|at the site|to their site|on the floor|to the customer)',
        '(technician|technicians|engineer|engineers|specialist|installer|fitter|tech) ~3 (on call|on standby) ~2 (for|at) ~2 (them|each|every|the customer|the client|their)',
      ],
      examples: {
        signal: ['Dispatch a field engineer within four hours of any outage.', 'Put a clinical specialist on the floor for go-live week.'],
        not: ['Engineers ship releases within two weeks of a fix.', 'Send the technician schedule to the ops team.'],
      },
    },
  ],
  senses: [
    '(wear|wears|wearing|wore|put on|pair of|pairs of|in) white gloves',
    'concierge medicine|medical|doctor|doctors|physician|physicians|practice|practices',
    'executive summary|search|sponsor|assistant|team|committee',
    'glove box',
    '(on site|onsite|on premises) ~4 deployment|hosting|option|options|cloud|hybrid|search|parking',
    'white label|labelled|labeled',
  ],
};
