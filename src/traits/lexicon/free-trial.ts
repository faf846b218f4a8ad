/** The `free-trial` trait: self-serve trial: free trials, free tiers, no card needed. */
import type { TraitLexicon } from './types.js';

export const freeTrial: TraitLexicon = {
  triggers: [
    'free trial|trials',
    'free tier|tiers',
    'free plan|plans|edition|version|account|workspace|forever',
    'free ~1 tier|plan|edition|version|account|sandbox|sandboxes|environment',
    'freemium',
    'forever free',
    'free forever',
    'try ~2 free',
    'try ~2 for free',
    'try before you buy',
    'test drive',
    'kick the tyres|tires',
    'no ~1 credit? card',
    "card (not|isn't) ~1 required|needed",
    'without a ~1 credit? card',
    'no ~1 (payment details|payment info|payment information|billing details|payment method|card details)',
    '(self serve|self service) trial|trials',
    'reverse trial',
    '(pay only|only pay) ~2 if|when|after ~3 stay|continue|keep|convert|upgrade|decide',
    '{duration} evaluation|eval|pilot ~3 (at no cost|no charge|free|free of charge)',
    'free ~2 evaluation|eval',
    'evaluation|eval licence|license|copy|account|version|period|tier',
    '(get started|start|sign up|join|begin|signup) ~1 free',
    '(get started|start|sign up|join|begin|signup) for free',
    'free to ~1 (start|use|signup|try|sign up|get started)',
    '(is|are) free for (public|open source|personal|individual|hobby|hobbyist|non commercial|noncommercial|community|students|educators|small teams|solo|indie|side) ~1 (repos|repositories|projects|use|developers|users|teams)?',
    '(free|starter|hobby|community) , (pro|plus|team|teams|business|premium|standard|growth|scale|enterprise)',
    'is|are free ~1 forever',
    'free for {duration}',
    '(community|open source|starter|developer) ~1 edition|plan|tier ~1 is|are free',
  ],
  constructions: [
    {
      id: 'a trial of the product',
      patterns: [
        '{duration} trial|trials',
        '=cancel|=cancels|=start|=starts|=begin|=begins|=activate|=activates ~2 trial',
        'trial period|account|accounts|user|users|workspace|workspaces|version|licence|license|environment|environments|signup|signups|days|day|start|starts|conversion|conversions|activation|activations|funnel|cohort|cohorts',
        'trial sign up|ups',
        'day {num} of the trial',
      ],
      unless: ['hiring', 'trait:gated'],
      examples: {
        signal: ['A 10-day trial of the analytics add-on.', 'Trial accounts get a welcome email on day one.'],
        not: ['New hires are on a 90-day trial period.', 'Trial environments are switched on only after sales approval.'],
      },
    },
  ],
  senses: [
    'trial close|closes|closing',
    '(clinical|drug|jury|court|field|a b|ab|split|randomised|randomized|controlled|pilot) trial|trials',
    'trial (balance|and error|run|runs|lawyer|attorney|date|court)',
  ],
};
