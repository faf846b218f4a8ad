export const meta = {
    id: 'expired-waiver',
    severity: 'warning',
    summary: "A waiver's until date has passed; the waived finding is reported again.",
    rationale: 'Exceptions are granted for a time. When the time is up, the exception should be renewed deliberately or the tactic brought back in line — not forgotten.',
    tags: ['waivers'],
};
export const messages = {
    expired: (d) => `The waiver of '${d.rule}' on ${d.kind} '${d.item}'${d.approvedBy ? `, approved by ${d.approvedBy},` : ''} expired on ${d.until}, so its finding is reported again. Fix the ${d.kind} or renew the waiver with a new 'until' date.`,
};
export const examples = {
    invalid: {
        strategy: { positioning: 'premium' },
        tactics: [{ offer: { discount: '15%' }, waivers: [{ rule: 'premium-vs-discount', reason: 'Launch offer', approved_by: 'CRO', until: '2026-06-30' }] }],
    },
    valid: {
        strategy: { positioning: 'premium' },
        tactics: [{ offer: { discount: '15%' }, waivers: [{ rule: 'premium-vs-discount', reason: 'Launch offer', approved_by: 'CRO', until: '2026-12-31' }] }],
    },
};
