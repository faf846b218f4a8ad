import { discountPhrase, phraseOf, quoted } from '../wording.js';
export const meta = {
    id: 'premium-vs-discount',
    severity: 'error',
    summary: 'A premium brand does not compete on price: no discount-driven tactics.',
    rationale: "Premium positioning asks buyers to pay more because the product is worth more. A tactic that leads with a discount teaches them the list price is negotiable and that the brand competes on price like everyone else. A bounded concession inside a pricing or objection-handling conversation, within the strategy's max_discount, is not discount-driven outreach and is allowed.",
    tags: ['positioning', 'pricing'],
};
const harm = 'which undermines the premium positioning: discount-driven selling tells buyers the price is negotiable.';
export const messages = {
    offers: (d) => `Tactic '${d.tactic}' offers ${discountPhrase(d.discount, d.phrase)}, ${harm}`,
    signals: (d) => `Tactic '${d.tactic}' signals discounting${quoted(d.phrase)}, ${harm}`,
};
export const condition = {
    when: { 'positioning.tier': 'premium' },
    tactic: { not: { all: [{ kind: ['pricing', 'objection-handling'] }, { discount: { lte: { strategy: 'pricing.max_discount' } } }] } },
    forbid: { traits: 'discount' },
    related: ['positioning.tier'],
    report: ({ tactic, evidence }) => {
        // The discount's own words, as discount-over-policy quotes them: one reading, one piece of evidence.
        if (tactic.discount)
            return {
                messageId: 'offers',
                data: { tactic: tactic.id, discount: tactic.discount.percent },
                wording: { phrase: phraseOf(tactic.discount.evidence) },
                evidence: tactic.discount.evidence,
            };
        return { messageId: 'signals', data: { tactic: tactic.id, phrase: evidence?.text ?? '' } };
    },
};
export const examples = {
    invalid: { strategy: { positioning: 'premium' }, tactics: [{ kind: 'outreach-sequence', messaging: 'Get 20% off your first year with promo code SPRING.' }] },
    valid: {
        strategy: { positioning: 'premium', pricing: { max_discount: '10%' } },
        tactics: [{ kind: 'pricing', description: 'For three-year terms the AE may concede a small discount.', offer: { discount: '5%' } }],
    },
};
