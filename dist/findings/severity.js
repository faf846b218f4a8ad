/** Gives each problem its severity and drops those whose rule is off. */
export function rate(problems, override, rules) {
    const defaults = new Map(rules.map((r) => [r.id, r.severity]));
    const out = [];
    for (const p of problems) {
        const severity = override(p.ruleId) ?? p.severity ?? defaults.get(p.ruleId) ?? 'warning';
        if (severity !== 'off')
            out.push({ ...p, severity });
    }
    return out;
}
