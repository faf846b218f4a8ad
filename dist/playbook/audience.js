import { describeRange, intersect } from '../load/units.js';
/** Builds an audience; returns an error message when its segment and employee range do not meet. */
export function buildAudience(data, at, origin, bands) {
    const a = { at, origin };
    if (data.id !== undefined)
        a.id = data.id;
    if (data.segment !== undefined)
        a.segment = data.segment;
    if (data.employees !== undefined)
        a.employees = data.employees;
    if (data.industries)
        a.industries = data.industries;
    if (data.regions)
        a.regions = data.regions;
    if (data.roles)
        a.roles = data.roles;
    if (data.pains)
        a.pains = data.pains;
    if (data.reason !== undefined)
        a.reason = data.reason;
    const segBand = a.segment ? bands[a.segment] : undefined;
    if (segBand && a.employees) {
        const band = intersect(segBand, a.employees);
        if (!band) {
            return {
                audience: a,
                error: `The segment '${a.segment}' (${describeRange(segBand)} employees) and employees '${describeRange(a.employees)}' do not overlap; change one of them.`,
            };
        }
        a.band = band;
    }
    else {
        a.band = segBand ?? a.employees;
    }
    return { audience: a };
}
const lower = (xs) => new Set(xs.map((x) => x.trim().toLowerCase()));
const shares = (a, b) => {
    const s = lower(a);
    return b.some((x) => s.has(x.trim().toLowerCase()));
};
/**
 * Compares two audiences dimension by dimension: `overlap` when every dimension both specify
 * overlaps (so two audiences with no dimension in common overlap), and `shared`, how many
 * dimensions both specify.
 */
export function compareAudiences(a, b) {
    let shared = 0;
    let overlap = true;
    if (a.band && b.band) {
        shared++;
        if (!intersect(a.band, b.band))
            overlap = false;
    }
    for (const dim of ['industries', 'regions']) {
        const x = a[dim];
        const y = b[dim];
        if (x && y && x.length && y.length) {
            shared++;
            if (!shares(x, y))
                overlap = false;
        }
    }
    return { overlap, shared };
}
/** The segments whose bands an audience's band intersects (for `targets.segment`). */
export function segmentsOf(a, bands) {
    if (a.segment && !a.employees)
        return [a.segment];
    if (!a.band)
        return a.segment ? [a.segment] : [];
    return Object.keys(bands).filter((s) => intersect(bands[s], a.band));
}
/** "enterprise (1,000+ employees), retail" — an audience as a sales leader would say it. */
export function describeAudience(a) {
    const parts = [];
    if (a.segment)
        parts.push(a.band ? `${a.segment} (${describeRange(a.band)} employees)` : a.segment);
    else if (a.band)
        parts.push(`${describeRange(a.band)} employees`);
    if (a.industries?.length)
        parts.push(a.industries.join('/'));
    if (a.regions?.length)
        parts.push(a.regions.join('/'));
    const what = parts.join(', ') || 'any company';
    return a.id ? `'${a.id}' (${what})` : what;
}
/**
 * Whether a targeted audience falls in an excluded market: the excluded entry itself, or an
 * overlap on at least one dimension both name. (A vacuous overlap — no dimension in common —
 * does not count here, or an exclusion by industry would catch every audience defined by size.)
 */
export function inExcluded(target, excluded) {
    if (target === excluded)
        return true;
    const { overlap, shared } = compareAudiences(target, excluded);
    return overlap && shared > 0;
}
