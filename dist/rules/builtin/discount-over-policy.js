import { discountPhrase, phraseOf } from '../wording.js';
export const meta = {
    id: 'discount-over-policy',
    severity: 'error',
    summary: "No tactic may offer a deeper discount than the strategy's pricing.max_discount.",
    rationale: 'The strategy sets the deepest discount the business can afford without eroding margin and price integrity. A tactic that goes beyond it spends margin the strategy did not approve, and buyers remember the deepest price they were ever offered.',
    tags: ['pricing'],
};
export const messages = {
    over: (d) => `Tactic '${d.tactic}' offers ${discountPhrase(d.discount, d.phrase)}, above the ${d.limit}% limit set in the strategy's pricing.max_discount.`,
};
export const condition = {
    when: { 'pricing.max_discount': { exists: true } },
    forbid: { discount: { gt: { strategy: 'pricing.max_discount' } } },
    related: ['pricing.max_discount'],
    report: ({ tactic, strategy }) => ({
        messageId: 'over',
        data: { tactic: tactic.id, discount: tactic.discount?.percent ?? '', limit: strategy.data.pricing?.max_discount ?? '' },
        wording: { phrase: phraseOf(tactic.discount?.evidence) },
    }),
};
export const examples = {
    invalid: { strategy: { pricing: { max_discount: '10%' } }, tactics: [{ kind: 'promotion', offer: { discount: '25%' } }] },
    valid: { strategy: { pricing: { max_discount: '10%' } }, tactics: [{ kind: 'promotion', offer: { discount: '10%' } }] },
};
