/** A rule's severity: the override, else the item's own, else the rule's default. */
const severityOf = (override, ruleId, own, byDefault) => override(ruleId) ?? own ?? byDefault ?? 'warning';
/** Whether a rule is off: the rules stage does not run it, and no problem of it is rated. */
export const isOff = (override, ruleId) => severityOf(override, ruleId, undefined, 'error') === 'off';
/** Gives each problem its severity and drops those whose rule is off (the rules reported by other stages: waivers). */
export function rate(problems, override, rules) {
    const defaults = new Map(rules.map((r) => [r.id, r.severity]));
    const out = [];
    for (const p of problems) {
        const severity = severityOf(override, p.ruleId, p.severity, defaults.get(p.ruleId));
        if (severity !== 'off')
            out.push({ ...p, severity });
    }
    return out;
}
