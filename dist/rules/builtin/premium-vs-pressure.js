import { quoted } from '../wording.js';
export const meta = {
    id: 'premium-vs-pressure',
    severity: 'warning',
    summary: 'Manufactured urgency undercuts a premium position.',
    rationale: 'Countdown timers, "last chance" and scarcity claims are the vocabulary of discount brands. A premium brand that borrows them signals that it needs the sale more than the buyer needs the product.',
    tags: ['positioning', 'prose'],
};
export const messages = {
    urgency: (d) => `Tactic '${d.tactic}' manufactures urgency${quoted(d.phrase)}, a discount-brand cue that undercuts the premium positioning.`,
};
export const condition = {
    when: { 'positioning.tier': 'premium', motion: { not: ['consultative', 'account-based'] } },
    forbid: { traits: 'pressure' },
    related: ['positioning.tier'],
    report: ({ tactic, evidence }) => ({ messageId: 'urgency', data: { tactic: tactic.id, phrase: evidence?.text ?? '' } }),
};
export const examples = {
    invalid: { strategy: { positioning: 'premium' }, tactics: [{ kind: 'promotion', messaging: 'Only 3 left in stock. Hurry!' }] },
    valid: { strategy: { positioning: 'premium' }, tactics: [{ kind: 'promotion', messaging: 'Restocked every month; order when it suits your studio.' }] },
};
