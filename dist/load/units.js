/** Parsers for the format's small value languages: percentages, durations, dates, employee ranges. */
/** A percentage in per cent: `20%`, `20` and `0.2` all read as 20. Null when unreadable or outside 0–100. */
export function parsePercent(v) {
    let n;
    if (typeof v === 'number')
        n = v > 1 ? v : v * 100;
    else if (typeof v === 'string') {
        const m = /^\s*(\d+(?:\.\d+)?)\s*(%|percent|per cent)?\s*$/i.exec(v);
        if (!m)
            return null;
        const x = Number(m[1]);
        n = m[2] ? x : x > 1 ? x : x * 100;
    }
    else
        return null;
    if (!Number.isFinite(n) || n < 0 || n > 100)
        return null;
    return Math.round(n * 1e6) / 1e6;
}
const DURATION_WORDS = {
    monthly: { amount: 1, unit: 'm' },
    quarterly: { amount: 3, unit: 'm' },
    yearly: { amount: 12, unit: 'm' },
    annually: { amount: 12, unit: 'm' },
};
/** The durations written as words (`quarterly`), in any case. */
export const DURATION_NAMES = Object.keys(DURATION_WORDS);
export function parseDuration(v) {
    if (typeof v !== 'string')
        return null;
    const s = v.trim().toLowerCase();
    const word = DURATION_WORDS[s];
    if (word)
        return word;
    const m = /^(\d+)\s*([dwmy])$/.exec(s);
    if (!m || Number(m[1]) <= 0)
        return null;
    return { amount: Number(m[1]), unit: m[2] };
}
export function describeDuration(d) {
    const names = { d: 'day', w: 'week', m: 'month', y: 'year' };
    return `${d.amount} ${names[d.unit]}${d.amount === 1 ? '' : 's'}`;
}
/** A calendar date as days since the epoch, UTC; null when not a real YYYY-MM-DD date. */
export function parseDate(v) {
    if (typeof v !== 'string')
        return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
    if (!m)
        return null;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3]))
        return null;
    return v.trim();
}
/** Adds a duration to a YYYY-MM-DD date; months clamp to the month's last day (Jan 31 + 1m = Feb 28). */
export function addDuration(date, d) {
    const [y, m, day] = date.split('-').map(Number);
    if (d.unit === 'd' || d.unit === 'w') {
        const t = new Date(Date.UTC(y, m - 1, day + d.amount * (d.unit === 'w' ? 7 : 1)));
        return t.toISOString().slice(0, 10);
    }
    const months = d.unit === 'y' ? d.amount * 12 : d.amount;
    const total = m - 1 + months;
    const ty = y + Math.floor(total / 12);
    const tm = total % 12;
    const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
    return new Date(Date.UTC(ty, tm, Math.min(day, last))).toISOString().slice(0, 10);
}
/** A size in bytes: a number, or text such as `10MB`, `500 KB`, `2GB`. Null when unreadable or not positive. */
export function parseSize(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) && v > 0 ? Math.floor(v) : null;
    if (typeof v !== 'string')
        return null;
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(v);
    if (!m)
        return null;
    const unit = (m[2] ?? 'b').toLowerCase()[0];
    const n = Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
    return n > 0 ? Math.floor(n) : null;
}
const num = (s) => Number(s.replace(/[,_\s]/g, ''));
/** `100-999`, `1000+`, `<50`, `<=50`, `>1000`, `500`, with thousands separators allowed. */
export function parseRange(v) {
    if (typeof v === 'number')
        return Number.isInteger(v) && v >= 0 ? { min: v, max: v } : null;
    if (typeof v !== 'string')
        return null;
    const s = v.trim();
    const n = String.raw `(\d[\d,_]*)`;
    const match = (re) => new RegExp(re).exec(s);
    const range = match(`^${n}\\s*(?:-|–|to)\\s*${n}$`);
    if (range) {
        const r = { min: num(range[1]), max: num(range[2]) };
        return r.min <= r.max ? r : null;
    }
    const atLeast = match(`^${n}\\s*\\+$`) ?? match(`^>=\\s*${n}$`);
    if (atLeast)
        return { min: num(atLeast[1]), max: Infinity };
    const above = match(`^>\\s*${n}$`);
    if (above)
        return { min: num(above[1]) + 1, max: Infinity };
    const atMost = match(`^<=\\s*${n}$`);
    if (atMost)
        return { min: 0, max: num(atMost[1]) };
    const below = match(`^<\\s*${n}$`);
    if (below)
        return num(below[1]) > 0 ? { min: 0, max: num(below[1]) - 1 } : null;
    const exact = match(`^${n}$`);
    if (exact)
        return { min: num(exact[1]), max: num(exact[1]) };
    return null;
}
export function intersect(a, b) {
    const r = { min: Math.max(a.min, b.min), max: Math.min(a.max, b.max) };
    return r.min <= r.max ? r : null;
}
export function describeRange(r) {
    const f = (n) => n.toLocaleString('en-US');
    if (r.max === Infinity)
        return `${f(r.min)}+`;
    if (r.min === 0)
        return `under ${f(r.max + 1)}`;
    if (r.min === r.max)
        return f(r.min);
    return `${f(r.min)}–${f(r.max)}`;
}
