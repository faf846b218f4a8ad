/** The `consultative` trait: discovery and tailored problem-solving: learning the buyer's problem, qualification frameworks, tailoring. */

import type { TraitLexicon } from './types.js';
import { BUYER } from './words.js';

export const consultative: TraitLexicon = {
  triggers: [
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
    'champion',
    'mutual action plan|plans',
    'success plan|plans|criteria',
    'executive briefing|briefings',
    'stakeholder map|maps|mapping',
    'map|mapping ~1 (stakeholders|the buying committee|the org chart)',
    'account plan|plans|planning',
    'multi thread|threaded|threading',
    'multithread',
    'solution selling',
    'consultative',
    'problem statement',
    'what happens if nothing changes',
    '(decision making unit|buying group|=dmu)',
    'cost of inaction',
    'open ended question|questions',
    'stakeholder interview|interviews',
    'who owns|holds|controls ~1 budget',
    '(decision criteria|decision process|buying committee|budget holder|budget owner|buying process)',
  ],
  constructions: [
    {
      id: 'tailored to the buyer',
      patterns: [
        'tailor|tailors|tailored|tailoring|=customise|=customize|=customised|=customized|=personalise|=personalize|=personalised|=personalized ~2 demo|deck|proposal|proposals|pitch|outreach|agenda|email|emails|message|messaging|presentation|qbr|roadmap|solution|offer|plan',
        `tailor|tailors|tailored|tailoring ~3 to|for|around the|each? ${BUYER}|priorities|needs|goals|pain|problems|challenges`,
        'tailor|tailors|tailored|tailoring|=customised|=customized|=personalised|=personalized ~3 to|for|around ~4 gaps|risks|question|questions|needs|situation|priorities|challenges|problems|goals|industry|environment|stack|requirements|concerns|objections|context|persona|issues|pains|workflow|workflows|regulations|regulator|case|cases',
        `${BUYER} ~1 operational challenges|challenge|problems|priorities`,
      ],
      examples: {
        signal: [
          'Customise the pitch for each hospital group.',
          'Shape the proposal around their priorities, tailored to the CFO.',
          "Rework the demo around the prospect's operational challenges.",
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
      id: "learning the buyer's problem",
      patterns: [
        `understand|understanding|learn|learning|uncover|uncovering|diagnose|quantify|quantifying|size|sizes|sizing|explore|probe|surface|document|capture|map ~3 ${BUYER} ~3 problem|problems|pain|pains|process|processes|workflow|workflows|goals|priorities|kpis|challenges|needs|cost|costs|drivers|objectives|metrics|situation|requirements|criteria|constraints`,
        `(dig into|drill into|drill down into|get into) ~2 how|what|why|where|which ~3 ${BUYER}`,
        'in their own ~1 words|numbers|terms|language',
        `mirror|mirrors|reflect|reflects|echo|echoes ~2 ${BUYER} own`,
        `ask|asking|asks ~1 what|how|why|which ~4 ${BUYER}`,
        'ask|asking|asks ~1 about ~2 their',
        'ask|asking ~1 (what happens|what would|how would|what does|how does|what is)',
        'what ~3 problem|pain|issue|downtime|backlog|delay|it ~2 costs|cost|costing ~1 (them|you|the business)',
        'hypothesis|hypotheses ~4 about|on ~1 their',
      ],
      examples: {
        signal: [
          "Uncover the buyer's real buying process before the demo.",
          'Ask how they handle returns today and why it breaks.',
          'Quantify what the backlog is costing them each month.',
        ],
        not: ['Ask a customer for a logo.', 'Learn the new CRM fields before Monday.'],
      },
    },
  ],
  senses: [
    '(legal|e|service|data|asset|product|network|device|api|content|music|drug|patent|electronic|litigation|document|vulnerability|endpoint|cloud|sensitive data|talent) discovery',
    'ediscovery',
    'discovery (request|requests|feed|feeds|scan|scans|sprint|sprints|tool|tools|module|engine|protocol|service|obligations|platform|channel|page|phase of|process of|mode)',
    'pipeline|sales|olympic|world|national|reigning|defending|boxing|chess|tennis|golf|league|quiz|spelling|regional|district|sports|club ~1 champion|champions',
    'champion of',
    'champion|champions league|leaderboard|ladder|table',
    'champion challenger',
    'we|they|i|to|will|always|proudly|also champion',
    'business case competition|competitions|study|studies|school|method',
    'pain relief|killer|killers|medication|clinic|clinics|management',
  ],
};
