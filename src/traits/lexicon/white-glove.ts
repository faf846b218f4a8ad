/** The `white-glove` trait: costly high-touch service: on-site work, dedicated people, hospitality, work done for the customer. */

import type { TraitLexicon } from './types.js';
import { EXECS, ROLES } from './words.js';

export const whiteGlove: TraitLexicon = {
  triggers: [
    'white glove',
    'concierge',
    'dedicated onboarding',
    'bespoke',
    '=custom implementation|integration|integrations|build|builds|development|onboarding|configuration|deployment',
    "executive|private|vip|exclusive ~1 dinner|dinners|lunch|lunches|retreat|retreats|reception|tasting|suite|box|evening|trip|getaway|golf|chef|chef's",
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
    'a human answers',
    `named|dedicated|=personal|assigned ~1 onboarding|solutions|success|account|support|implementation|project|technical|customer ~1 ${ROLES}`,
    `named|dedicated|=personal|assigned ${ROLES}`,
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
        'dinner|lunch|drinks|meal|hotel|flights|travel|tickets ~2 (on us|on the house|covered|paid for)',
      ],
      when: ['hospitality'],
      examples: {
        signal: ['Wine tasting for six CFOs, hosted by our CEO.', 'Flights and hotel covered for the customer council.'],
        not: ['Webinar hosted by our CEO on the new release.'],
      },
    },
  ],
  senses: [
    'concierge medicine|medical|doctor|doctors|physician|physicians|practice|practices',
    'executive summary|search|sponsor|assistant|team|committee',
    'glove box',
    '(on site|onsite|on premises) ~4 deployment|hosting|option|options|cloud|hybrid|search|parking',
    'white label|labelled|labeled',
  ],
};
