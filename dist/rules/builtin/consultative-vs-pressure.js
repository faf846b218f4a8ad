import { motionList, quoted } from '../wording.js';
export const meta = {
    id: 'consultative-vs-pressure',
    severity: 'error',
    summary: 'A consultative or account-based motion has no place for high-pressure tactics.',
    rationale: "Consultative and account-based selling win by being the trusted adviser who understands the buyer's problem. Manufactured urgency, fear and hard closes break that trust; in large deals more closing pressure goes with lower success (Rackham's SPIN research).",
    tags: ['motion', 'prose'],
};
export const messages = {
    pressure: (d) => `Tactic '${d.tactic}' uses high-pressure selling${quoted(d.phrase)}, which breaks the trust the ${d.motion} motion relies on.`,
};
export const condition = {
    when: { motion: ['consultative', 'account-based'] },
    forbid: { traits: 'pressure' },
    related: ['motion'],
    report: ({ tactic, evidence, strategy }) => ({
        messageId: 'pressure',
        data: {
            tactic: tactic.id,
            phrase: evidence?.text ?? '',
            motion: motionList(strategy.motions.filter((m) => m === 'consultative' || m === 'account-based')),
        },
    }),
};
export const examples = {
    invalid: { strategy: { motion: 'consultative' }, tactics: [{ kind: 'closing', messaging: 'Last chance: the offer ends Friday, so sign today.' }] },
    valid: {
        strategy: { motion: 'consultative' },
        tactics: [{ kind: 'closing', description: 'Agree a mutual action plan with the champion. No artificial deadlines.' }],
    },
};
