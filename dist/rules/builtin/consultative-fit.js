import { kindPhrase } from '../wording.js';
export const meta = {
    id: 'consultative-fit',
    severity: 'info',
    summary: 'In a consultative motion, outreach, demos and closing for mid-market and enterprise buyers should be tailored.',
    rationale: 'Mid-market and enterprise buyers in a consultative motion expect conversations tailored to their operational challenges: discovery first, then a demo or close built on what was learnt. A generic tactic wastes the trust the discovery earned.',
    tags: ['motion', 'audience', 'prose'],
};
export const messages = {
    generic: (d) => `Tactic '${d.tactic}' is ${d.kind} for mid-market or enterprise buyers with no sign of discovery or tailoring; in a consultative motion such buyers expect conversations tailored to their operational challenges.`,
};
export const condition = {
    when: { motion: 'consultative' },
    tactic: { kind: ['outreach-sequence', 'demo', 'closing'], 'targets.segment': ['mid-market', 'enterprise'] },
    require: { traits: 'consultative' },
    related: ['motion'],
    report: ({ tactic }) => ({ messageId: 'generic', data: { tactic: tactic.id, kind: kindPhrase(tactic.data.kind) } }),
};
export const examples = {
    invalid: { strategy: { motion: 'consultative' }, tactics: [{ kind: 'demo', description: 'The standard 30-minute feature tour.' }] },
    valid: {
        strategy: { motion: 'consultative' },
        tactics: [{ kind: 'demo', description: 'A demo tailored to the operational challenges found in discovery.' }],
    },
};
