import { quoted } from '../wording.js';
export const meta = {
    id: 'product-led-vs-gated',
    severity: 'warning',
    summary: 'A product-led motion does not hold value back behind a sales conversation.',
    rationale: 'Product-led growth lets buyers reach value on their own before they talk to anyone. Gating access, pricing or content behind a demo or a lead form puts sales in the way of the very path the strategy relies on.',
    tags: ['motion', 'prose'],
};
export const messages = {
    gated: (d) => `Tactic '${d.tactic}' holds value back behind sales${quoted(d.phrase)}, which contradicts the product-led motion: buyers should reach value on their own.`,
};
export const condition = {
    when: { motion: 'product-led' },
    forbid: { traits: 'gated' },
    related: ['motion'],
    report: ({ tactic, evidence }) => ({ messageId: 'gated', data: { tactic: tactic.id, phrase: evidence?.text ?? '' } }),
};
export const examples = {
    invalid: { strategy: { motion: 'product-led' }, tactics: [{ kind: 'pricing', description: 'Contact sales for pricing; API keys only after a demo.' }] },
    valid: {
        strategy: { motion: 'product-led' },
        tactics: [{ kind: 'pricing', description: 'Public pricing page; sign up and get an API key in a minute.' }],
    },
};
