/**
 * One failing and one passing example per built-in rule. The tests run every one of them, and
 * `align explain` and docs/rules.md show them, so the documentation cannot drift from the behaviour.
 */

/** A strategy that triggers no rule on its own; each example overrides what it needs. */
export const BASE_STRATEGY: Record<string, unknown> = {
  version: 1,
  name: 'Example strategy',
  reviewed: '2026-10-01',
  positioning: { tier: 'mainstream', differentiators: ['fast setup'] },
  motion: 'transactional',
  ideal_customers: [{ id: 'mid', segment: 'mid-market', industries: ['software'] }],
  value: { outcomes: [{ statement: 'Cut planning time by 40%' }] },
  objectives: [{ id: 'grow', statement: 'Grow revenue 30% a year', horizon: 'long-term' }],
};

/** A tactic that triggers no rule on its own. */
export const BASE_TACTIC: Record<string, unknown> = {
  id: 'q4-play',
  name: 'Q4 play',
  kind: 'expansion',
  targets: ['mid'],
  supports: ['grow'],
  metrics: ['qualified-opportunities'],
};

export interface Scenario {
  /** Strategy keys that differ from BASE_STRATEGY (shown as the strategy excerpt). */
  strategy?: Record<string, unknown>;
  /** Tactics, each merged over BASE_TACTIC; default: one BASE_TACTIC. */
  tactics?: Array<Record<string, unknown>>;
  /** YYYY-MM-DD; default 2026-11-01. */
  today?: string;
}

export interface RuleExamples {
  fails: Scenario;
  passes: Scenario;
}

export const EXAMPLE_TODAY = '2026-11-01';

export const RULE_EXAMPLES: Record<string, RuleExamples> = {
  'duplicate-id': {
    fails: {
      tactics: [
        { id: 'q4-webinar', name: 'Q4 webinar' },
        { id: 'q4-webinar', name: 'Q4 webinar replay' },
      ],
    },
    passes: {
      tactics: [
        { id: 'q4-webinar', name: 'Q4 webinar' },
        { id: 'q4-webinar-replay', name: 'Q4 webinar replay' },
      ],
    },
  },
  'unknown-reference': {
    fails: { tactics: [{ supports: ['grwo'] }] },
    passes: { tactics: [{ supports: ['grow'] }] },
  },
  'premium-vs-discount': {
    fails: { strategy: { positioning: 'premium' }, tactics: [{ kind: 'outreach-sequence', messaging: 'Get 20% off your first year with promo code SPRING.' }] },
    passes: {
      strategy: { positioning: 'premium', pricing: { max_discount: '10%' } },
      tactics: [{ kind: 'pricing', description: 'For three-year terms the AE may concede a small discount.', offer: { discount: '5%' } }],
    },
  },
  'discount-over-policy': {
    fails: { strategy: { pricing: { max_discount: '10%' } }, tactics: [{ kind: 'promotion', offer: { discount: '25%' } }] },
    passes: { strategy: { pricing: { max_discount: '10%' } }, tactics: [{ kind: 'promotion', offer: { discount: '10%' } }] },
  },
  'consultative-vs-pressure': {
    fails: { strategy: { motion: 'consultative' }, tactics: [{ kind: 'closing', messaging: 'Last chance: the offer ends Friday, so sign today.' }] },
    passes: {
      strategy: { motion: 'consultative' },
      tactics: [{ kind: 'closing', description: 'Agree a mutual action plan with the champion. No artificial deadlines.' }],
    },
  },
  'premium-vs-pressure': {
    fails: { strategy: { positioning: 'premium' }, tactics: [{ kind: 'promotion', messaging: 'Only 3 left in stock. Hurry!' }] },
    passes: { strategy: { positioning: 'premium' }, tactics: [{ kind: 'promotion', messaging: 'Restocked every month; order when it suits your studio.' }] },
  },
  'targeted-vs-mass': {
    fails: { strategy: { motion: 'account-based' }, tactics: [{ kind: 'outreach-sequence', description: 'Email blast to a purchased list of 50k contacts.' }] },
    passes: {
      strategy: { motion: 'account-based' },
      tactics: [{ kind: 'outreach-sequence', description: 'A personal note to five named accounts about their expansion plans.' }],
    },
  },
  'value-vs-white-glove': {
    fails: { strategy: { positioning: 'value' }, tactics: [{ description: 'A dedicated CSM and on-site onboarding for every customer.' }] },
    passes: { strategy: { positioning: 'value' }, tactics: [{ description: 'Self-serve onboarding videos and a community forum.' }] },
  },
  'product-led-vs-gated': {
    fails: { strategy: { motion: 'product-led' }, tactics: [{ kind: 'pricing', description: 'Contact sales for pricing; API keys only after a demo.' }] },
    passes: {
      strategy: { motion: 'product-led' },
      tactics: [{ kind: 'pricing', description: 'Public pricing page; sign up and get an API key in a minute.' }],
    },
  },
  'excluded-market': {
    fails: {
      strategy: { exclude: [{ id: 'public-sector', industries: ['public-sector'], reason: 'Procurement cycles we cannot serve' }] },
      tactics: [{ targets: [{ industries: ['public-sector'] }] }],
    },
    passes: {
      strategy: { exclude: [{ id: 'public-sector', industries: ['public-sector'], reason: 'Procurement cycles we cannot serve' }] },
      tactics: [{ targets: ['mid'] }],
    },
  },
  'off-target': {
    fails: { tactics: [{ targets: [{ segment: 'enterprise', industries: ['retail'] }] }] },
    passes: { tactics: [{ targets: [{ segment: 'mid-market', industries: ['software'] }] }] },
  },
  'consultative-fit': {
    fails: { strategy: { motion: 'consultative' }, tactics: [{ kind: 'demo', description: 'The standard 30-minute feature tour.' }] },
    passes: {
      strategy: { motion: 'consultative' },
      tactics: [{ kind: 'demo', description: 'A demo tailored to the operational challenges found in discovery.' }],
    },
  },
  'orphan-tactic': {
    fails: { tactics: [{ supports: [] }] },
    passes: { tactics: [{ supports: ['grow'] }] },
  },
  'unexecuted-objective': {
    fails: {
      strategy: {
        objectives: [
          { id: 'grow', statement: 'Grow revenue 30% a year', horizon: 'long-term' },
          { id: 'keep', statement: 'Keep churn under 3%', horizon: 'annual' },
        ],
      },
      tactics: [{ supports: ['grow'] }],
    },
    passes: {
      strategy: {
        objectives: [
          { id: 'grow', statement: 'Grow revenue 30% a year', horizon: 'long-term' },
          { id: 'keep', statement: 'Keep churn under 3%', horizon: 'annual' },
        ],
      },
      tactics: [{ supports: ['grow', 'keep'] }],
    },
  },
  'unmeasured-tactic': {
    fails: { tactics: [{ metrics: [] }] },
    passes: { tactics: [{ metrics: ['qualified-opportunities'] }] },
  },
  'activity-metrics-only': {
    fails: { tactics: [{ metrics: ['dials', 'emails-sent'] }] },
    passes: { tactics: [{ metrics: ['dials', 'qualified-opportunities'] }] },
  },
  'stale-strategy': {
    fails: { strategy: { reviewed: '2026-01-15', review_every: 'quarterly' } },
    passes: { strategy: { reviewed: '2026-10-01', review_every: 'quarterly' } },
  },
  'strategy-clarity': {
    fails: { strategy: { value: { outcomes: [{ statement: 'Happier customers' }] } } },
    passes: { strategy: { value: { outcomes: [{ statement: 'Happier customers', measure: 'csat' }] } } },
  },
  guardrail: {
    fails: {
      strategy: { guardrails: [{ id: 'no-sms', forbid: { channel: 'sms' }, reason: 'Our buyers treat texts as spam' }] },
      tactics: [{ kind: 'follow-up', channel: 'sms' }],
    },
    passes: {
      strategy: { guardrails: [{ id: 'no-sms', forbid: { channel: 'sms' }, reason: 'Our buyers treat texts as spam' }] },
      tactics: [{ kind: 'follow-up', channel: 'email' }],
    },
  },
  'expired-waiver': {
    fails: {
      strategy: { positioning: 'premium' },
      tactics: [{ offer: { discount: '15%' }, waivers: [{ rule: 'premium-vs-discount', reason: 'Launch offer', approved_by: 'CRO', until: '2026-06-30' }] }],
    },
    passes: {
      strategy: { positioning: 'premium' },
      tactics: [{ offer: { discount: '15%' }, waivers: [{ rule: 'premium-vs-discount', reason: 'Launch offer', approved_by: 'CRO', until: '2026-12-31' }] }],
    },
  },
  'unused-waiver': {
    fails: { strategy: { positioning: 'premium' }, tactics: [{ waivers: [{ rule: 'premium-vs-discount', reason: 'Left over from the launch offer' }] }] },
    passes: {
      strategy: { positioning: 'premium' },
      tactics: [{ offer: { discount: '15%' }, waivers: [{ rule: 'premium-vs-discount', reason: 'Launch offer', until: '2026-12-31' }] }],
    },
  },
};

/** The full strategy and tactics of a scenario. */
export function scenarioData(s: Scenario): { strategy: Record<string, unknown>; tactics: Array<Record<string, unknown>> } {
  return {
    strategy: { ...BASE_STRATEGY, ...s.strategy },
    tactics: (s.tactics ?? [{}]).map((t) => ({ ...BASE_TACTIC, ...t })),
  };
}
