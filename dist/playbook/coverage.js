/** Each objective's coverage, by objective id. */
export function coverage(objectives, tactics) {
    const active = new Set();
    const planned = new Set();
    for (const t of tactics) {
        if (t.status === 'retired')
            continue;
        for (const s of t.supports)
            (t.status === 'active' ? active : planned).add(s);
    }
    return new Map(objectives.map((o) => [o.id, active.has(o.id) ? 'carried' : planned.has(o.id) ? 'planned' : 'none']));
}
