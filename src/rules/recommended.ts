/** The built-in conflict rules, as data in the condition language, each with its message builder. */
import type { Motion } from '../load/schema.js';
import type { ConditionRule, MessageArgs } from './types.js';

const quote = (a: MessageArgs) => (a.evidence?.text ? ` ("${a.evidence.text}")` : '');
const motionList = (m: Motion[]) => m.join(' and ');
/** "an outreach sequence", "a demo". */
const kindPhrase = (kind: string) => {
  const words = kind.replace(/-/g, ' ');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
};

type Def = Omit<ConditionRule, 'type' | 'origin'>;
const rule = (d: Def): ConditionRule => ({ type: 'condition', origin: 'built-in', ...d });

export const premiumVsDiscount = rule({
  id: 'premium-vs-discount',
  severity: 'error',
  summary: 'A premium brand does not compete on price: no discount-driven tactics.',
  rationale:
    "Premium positioning asks buyers to pay more because the product is worth more. A tactic that leads with a discount teaches them the list price is negotiable and that the brand competes on price like everyone else. A bounded concession inside a pricing or objection-handling conversation, within the strategy's max_discount, is not discount-driven outreach and is allowed.",
  when: { 'positioning.tier': 'premium' },
  tactic: { not: { all: [{ kind: ['pricing', 'objection-handling'] }, { discount: { lte: { strategy: 'pricing.max_discount' } } }] } },
  forbid: { traits: 'discount' },
  related: ['positioning.tier'],
  message: (a) =>
    `Tactic '${a.tactic.id}' ${a.tactic.discount ? `offers a ${a.tactic.discount.percent}% discount` : `signals discounting${quote(a)}`}, which undermines the premium positioning (${a.where('positioning.tier')}): discount-driven selling tells buyers the price is negotiable.`,
});

export const discountOverPolicy = rule({
  id: 'discount-over-policy',
  severity: 'error',
  summary: "No tactic may offer a deeper discount than the strategy's pricing.max_discount.",
  rationale:
    'The strategy sets the deepest discount the business can afford without eroding margin and price integrity. A tactic that goes beyond it spends margin the strategy did not approve, and buyers remember the deepest price they were ever offered.',
  when: { 'pricing.max_discount': { exists: true } },
  forbid: { discount: { gt: { strategy: 'pricing.max_discount' } } },
  related: ['pricing.max_discount'],
  message: (a) =>
    `Tactic '${a.tactic.id}' offers a ${a.tactic.discount?.percent}% discount, above the ${a.strategy.data.pricing?.max_discount}% limit set in the strategy's pricing.max_discount (${a.where('pricing.max_discount')}).`,
});

export const consultativeVsPressure = rule({
  id: 'consultative-vs-pressure',
  severity: 'error',
  summary: 'A consultative or account-based motion has no place for high-pressure tactics.',
  rationale:
    "Consultative and account-based selling win by being the trusted adviser who understands the buyer's problem. Manufactured urgency, fear and hard closes break that trust; in large deals more closing pressure goes with lower success (Rackham's SPIN research).",
  when: { motion: ['consultative', 'account-based'] },
  forbid: { traits: 'pressure' },
  related: ['motion'],
  message: (a) =>
    `Tactic '${a.tactic.id}' uses high-pressure selling${quote(a)}, which breaks the trust the ${motionList(a.strategy.motions.filter((m) => m === 'consultative' || m === 'account-based'))} motion relies on (${a.where('motion')}).`,
});

export const premiumVsPressure = rule({
  id: 'premium-vs-pressure',
  severity: 'warning',
  summary: 'Manufactured urgency undercuts a premium position.',
  rationale:
    'Countdown timers, "last chance" and scarcity claims are the vocabulary of discount brands. A premium brand that borrows them signals that it needs the sale more than the buyer needs the product.',
  when: { 'positioning.tier': 'premium', motion: { not: ['consultative', 'account-based'] } },
  forbid: { traits: 'pressure' },
  related: ['positioning.tier'],
  message: (a) =>
    `Tactic '${a.tactic.id}' manufactures urgency${quote(a)}, a discount-brand cue that undercuts the premium positioning (${a.where('positioning.tier')}).`,
});

export const targetedVsMass = rule({
  id: 'targeted-vs-mass',
  severity: 'warning',
  summary: 'Untargeted, high-volume outreach does not fit a targeted strategy or an enterprise audience.',
  rationale:
    'Consultative and account-based motions, and any enterprise buyer, expect outreach built for them. Blasts, bought lists and dial quotas burn the named accounts the strategy depends on and train buyers to ignore the brand.',
  forbid: { traits: 'mass', any: [{ 'strategy.motion': ['consultative', 'account-based'] }, { 'targets.segment': 'enterprise' }] },
  related: ['motion'],
  message: (a) => {
    const targeted = a.strategy.motions.filter((m) => m === 'consultative' || m === 'account-based');
    const why = targeted.length ? `the ${motionList(targeted)} motion (${a.where('motion')})` : 'an enterprise audience';
    return `Tactic '${a.tactic.id}' is untargeted, high-volume outreach${quote(a)}, which does not fit ${why}.`;
  },
});

export const valueVsWhiteGlove = rule({
  id: 'value-vs-white-glove',
  severity: 'warning',
  summary: 'A value position cannot carry costly high-touch service.',
  rationale:
    'A value position promises a low price, which is only sustainable with a low cost to serve. White-glove service — on-site visits, dedicated engineers, concierge onboarding — adds cost the price cannot carry.',
  when: { 'positioning.tier': 'value' },
  forbid: { traits: 'white-glove' },
  related: ['positioning.tier'],
  message: (a) =>
    `Tactic '${a.tactic.id}' promises costly high-touch service${quote(a)}, which a value positioning (${a.where('positioning.tier')}) cannot pay for: low prices need a low cost to serve.`,
});

export const productLedVsGated = rule({
  id: 'product-led-vs-gated',
  severity: 'warning',
  summary: 'A product-led motion does not hold value back behind a sales conversation.',
  rationale:
    'Product-led growth lets buyers reach value on their own before they talk to anyone. Gating access, pricing or content behind a demo or a lead form puts sales in the way of the very path the strategy relies on.',
  when: { motion: 'product-led' },
  forbid: { traits: 'gated' },
  related: ['motion'],
  message: (a) =>
    `Tactic '${a.tactic.id}' holds value back behind sales${quote(a)}, which contradicts the product-led motion (${a.where('motion')}): buyers should reach value on their own.`,
});

export const consultativeFit = rule({
  id: 'consultative-fit',
  severity: 'info',
  summary: 'In a consultative motion, outreach, demos and closing for mid-market and enterprise buyers should be tailored.',
  rationale:
    'Mid-market and enterprise buyers in a consultative motion expect conversations tailored to their operational challenges: discovery first, then a demo or close built on what was learnt. A generic tactic wastes the trust the discovery earned.',
  when: { motion: 'consultative' },
  tactic: { kind: ['outreach-sequence', 'demo', 'closing'], 'targets.segment': ['mid-market', 'enterprise'] },
  require: { traits: 'consultative' },
  related: ['motion'],
  message: (a) =>
    `Tactic '${a.tactic.id}' is ${kindPhrase(a.tactic.data.kind)} for mid-market or enterprise buyers with no sign of discovery or tailoring; in a consultative motion (${a.where('motion')}) such buyers expect conversations tailored to their operational challenges.`,
});

export const orphanTactic = rule({
  id: 'orphan-tactic',
  severity: 'warning',
  summary: 'Every tactic supports at least one objective.',
  rationale: 'A tactic that supports no objective is activity without direction: nobody can say whether it works, because nobody said what it was for.',
  forbid: { supports: { exists: false } },
  related: [],
  message: (a) => `Tactic '${a.tactic.id}' supports no objective: activity without direction. Add the objective ids it serves under 'supports'.`,
});

export const unmeasuredTactic = rule({
  id: 'unmeasured-tactic',
  severity: 'warning',
  summary: 'Every tactic names how it is measured.',
  rationale: 'Tactics must be specific and measurable; without a metric, nobody can tell whether the tactic works or should be stopped.',
  forbid: { metrics: { exists: false } },
  related: [],
  message: (a) => `Tactic '${a.tactic.id}' has no metrics: tactics must be specific and measurable. Name how it is measured under 'metrics'.`,
});

export const activityMetricsOnly = rule({
  id: 'activity-metrics-only',
  severity: 'warning',
  summary: 'A tactic measured only by activity (dials, emails, meetings booked) needs an outcome metric.',
  rationale:
    'Volume of touches is not impact. Measured only on activity, a team optimises the activity — more dials, more emails — whether or not buyers move. Outcome metrics (qualified opportunities, win rate, retention) keep the tactic honest.',
  forbid: { 'metrics.class': { not: ['outcome', 'unknown'] }, metrics: { exists: true } },
  related: ['metrics'],
  message: (a) => {
    const own = a.strategy.data.metrics ?? [];
    const suggestion = own.length
      ? `such as the strategy's ${own.slice(0, 3).join(', ')} (${a.where('metrics')})`
      : 'such as qualified-opportunities or win-rate';
    return `Tactic '${a.tactic.id}' is measured only by activity (${a.tactic.metrics.join(', ')}): volume of touches is not impact. Add an outcome metric ${suggestion}.`;
  },
});

/** The built-in rules written in the condition language. */
export const CONDITION_RULES: ConditionRule[] = [
  premiumVsDiscount,
  discountOverPolicy,
  consultativeVsPressure,
  premiumVsPressure,
  targetedVsMass,
  valueVsWhiteGlove,
  productLedVsGated,
  consultativeFit,
  orphanTactic,
  unmeasuredTactic,
  activityMetricsOnly,
];
