/** Each objective's coverage, by objective id. */
export function coverage(playbook) {
    const active = new Set();
    const planned = new Set();
    for (const t of playbook.tactics) {
        if (t.status === 'retired')
            continue;
        for (const s of t.supports)
            (t.status === 'active' ? active : planned).add(s);
    }
    return new Map(playbook.strategy.objectives.map((o) => [o.id, active.has(o.id) ? 'carried' : planned.has(o.id) ? 'planned' : 'none']));
}
