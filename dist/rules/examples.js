/**
 * The playbook every rule example starts from: each rule module's `examples` say only what they
 * change. The tests run every example, and `align explain` and docs/rules.md show them, so the
 * documentation cannot drift from the behaviour.
 */
/** A strategy that triggers no rule on its own; each example overrides what it needs. */
export const BASE_STRATEGY = {
    version: 1,
    name: 'Example strategy',
    reviewed: '2026-10-01',
    positioning: { tier: 'mainstream', differentiators: ['fast setup'] },
    motion: 'transactional',
    ideal_customers: [{ id: 'mid', segment: 'mid-market', industries: ['software'] }],
    value: { outcomes: [{ statement: 'Cut planning time by 40%' }] },
    objectives: [{ id: 'grow', statement: 'Grow revenue 30% a year', horizon: 'long-term' }],
};
/** A tactic that triggers no rule on its own. */
export const BASE_TACTIC = {
    id: 'q4-play',
    name: 'Q4 play',
    kind: 'expansion',
    targets: ['mid'],
    supports: ['grow'],
    metrics: ['qualified-opportunities'],
};
export const EXAMPLE_TODAY = '2026-11-01';
/** The full strategy and tactics of a scenario. */
export function scenarioData(s) {
    return {
        strategy: { ...BASE_STRATEGY, ...s.strategy },
        tactics: (s.tactics ?? [{}]).map((t) => ({ ...BASE_TACTIC, ...t })),
    };
}
