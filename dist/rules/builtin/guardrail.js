import { conditionText, phraseOf } from '../wording.js';
export const meta = {
    id: 'guardrail',
    severity: 'error',
    summary: "No tactic matches a strategy guardrail's forbid condition.",
    rationale: 'Guardrails are the lines the strategy says are never crossed, whatever the quarter looks like. Each one names its reason.',
    tags: ['strategy'],
};
export const messages = {
    breaks: (d) => `Tactic '${d.tactic}' breaks the strategy's guardrail '${d.guardrail}' (forbid: ${d.condition})${d.phrase ? ` with "${d.phrase}"` : ''}: ${d.reason}.`,
};
/** The condition rule of one guardrail: its own `forbid`, severity and reason; the guardrail is the related location. */
export function guardrailRule(g) {
    return {
        type: 'condition',
        ...meta,
        origin: 'built-in',
        messages,
        severity: g.severity ?? meta.severity,
        guardrail: g.id,
        forbid: g.forbid,
        related: [{ at: { file: g.at.file, path: [...g.at.path, 'id'] }, label: `guardrail ${g.id}: ${g.reason}` }],
        report: ({ tactic, evidence }) => ({
            messageId: 'breaks',
            data: { tactic: tactic.id, guardrail: g.id, reason: g.reason.replace(/[.\s]*$/, ''), phrase: phraseOf(evidence) },
            wording: { condition: conditionText(g.forbid) },
        }),
    };
}
const guardrails = [{ id: 'no-sms', forbid: { channel: 'sms' }, reason: 'Our buyers treat texts as spam' }];
export const examples = {
    invalid: { strategy: { guardrails }, tactics: [{ kind: 'follow-up', channel: 'sms' }] },
    valid: { strategy: { guardrails }, tactics: [{ kind: 'follow-up', channel: 'email' }] },
};
