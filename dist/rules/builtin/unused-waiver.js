export const meta = {
    id: 'unused-waiver',
    severity: 'info',
    summary: 'A waiver silences no finding and can be removed.',
    rationale: 'A waiver for a rule that no longer fires is clutter, and it would silently hide the finding if the tactic drifted again.',
    tags: ['waivers'],
};
export const messages = {
    unused: (d) => `The waiver of '${d.rule}' on ${d.kind} '${d.item}' silences no finding and can be removed.${d.suggestion ? ` ('${d.rule}' is not a rule id; did you mean '${d.suggestion}'?)` : ''}`,
};
export const examples = {
    invalid: { strategy: { positioning: 'premium' }, tactics: [{ waivers: [{ rule: 'premium-vs-discount', reason: 'Left over from the launch offer' }] }] },
    valid: {
        strategy: { positioning: 'premium' },
        tactics: [{ offer: { discount: '15%' }, waivers: [{ rule: 'premium-vs-discount', reason: 'Launch offer', until: '2026-12-31' }] }],
    },
};
