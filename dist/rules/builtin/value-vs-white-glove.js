import { quoted } from '../wording.js';
export const meta = {
    id: 'value-vs-white-glove',
    severity: 'warning',
    summary: 'A value position cannot carry costly high-touch service.',
    rationale: 'A value position promises a low price, which is only sustainable with a low cost to serve. White-glove service — on-site visits, dedicated engineers, concierge onboarding — adds cost the price cannot carry.',
    tags: ['positioning', 'prose'],
};
export const messages = {
    costly: (d) => `Tactic '${d.tactic}' promises costly high-touch service${quoted(d.phrase)}, which a value positioning cannot pay for: low prices need a low cost to serve.`,
};
export const condition = {
    when: { 'positioning.tier': 'value' },
    forbid: { traits: 'white-glove' },
    related: ['positioning.tier'],
    report: ({ tactic, evidence }) => ({ messageId: 'costly', data: { tactic: tactic.id, phrase: evidence?.text ?? '' } }),
};
export const examples = {
    invalid: { strategy: { positioning: 'value' }, tactics: [{ description: 'A dedicated CSM and on-site onboarding for every customer.' }] },
    valid: { strategy: { positioning: 'value' }, tactics: [{ description: 'Self-serve onboarding videos and a community forum.' }] },
};
