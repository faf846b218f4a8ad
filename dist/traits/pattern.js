/**
 * The phrase pattern language of the lexicon and of users' `lexicon:` additions, compiled to
 * slots and matched over tokens. One phrase is words separated by spaces:
 *   word          the word or a simple inflection of it (discount, discounts, discounted)
 *   =word         exactly this word, no inflection
 *   a|b|c         any of these (words and classes may be mixed: today|{date})
 *   word?         the slot may be left out (any part may end in ?)
 *   (a b|c d)     a group: any of these word sequences (may end in ? too)
 *   {num} {pct} {money} {amount} {duration} {date} {code}
 *                 a number (digits or words: 80, 1,000, 60k, fifteen, a dozen), a percentage
 *                 (25%, 15 pct, twelve per cent, half), money ($2k, €500, 40 dollars), a
 *                 percentage or money, a duration (72 hours, a fortnight, 48h, 30-day), a date
 *                 or deadline (Friday, 31 December, the 28th, EOQ, end of the quarter, tonight, 5pm),
 *                 a code as written in copy (capitals and digits: SPRING30, Q4SAVE)
 *   {num>=N}      a class with a lower bound (durations in days, percentages in percent)
 *   #  #%  $#     short for {num}, {pct} and {money}
 *   ~N            up to N tokens of anything, within the clause (commas may be crossed)
 *   : ;           the punctuation itself
 * Before matching, hyphens, underscores and slashes count as spaces.
 */
import { stem, tokenize } from './tokens.js';
const CLASS = /^\{(num|pct|money|amount|duration|date|code)(?:>=(\d+(?:\.\d+)?))?\}$/;
const SHORT = { '#': '{num}', '#%': '{pct}', '$#': '{money}' };
/** Splits a phrase into its parts: words, gaps, and groups kept whole ("(talk to|speak with)?"). */
function parts(phrase) {
    const out = [];
    let i = 0;
    const text = phrase.trim();
    while (i < text.length) {
        if (text[i] === ' ') {
            i++;
            continue;
        }
        if (text[i] === '(') {
            const close = text.indexOf(')', i);
            if (close < 0)
                throw new Error(`unbalanced "(" in "${phrase}"`);
            let end = close + 1;
            if (text[end] === '?')
                end++;
            if ((i > 0 && text[i - 1] !== ' ') || (end < text.length && text[end] !== ' '))
                throw new Error(`a group stands alone between spaces: "${phrase}"`);
            out.push(text.slice(i, end));
            i = end;
            continue;
        }
        let end = text.indexOf(' ', i);
        if (end < 0)
            end = text.length;
        const part = text.slice(i, end);
        if (part.includes('(') || part.includes(')'))
            throw new Error(`a group stands alone between spaces: "${phrase}"`);
        out.push(part);
        i = end;
    }
    return out;
}
/** One part of words, classes or punctuation, as a slot. */
function wordsSlot(raw) {
    const optional = raw.length > 1 && raw.endsWith('?');
    const part = optional ? raw.slice(0, -1) : raw;
    const slot = { type: 'words', stems: new Set(), exact: new Set(), classes: [], optional };
    for (let alt of part.split('|').filter(Boolean)) {
        alt = SHORT[alt] ?? alt;
        const c = CLASS.exec(alt);
        if (c)
            slot.classes.push({ kind: c[1], min: c[2] ? Number(c[2]) : -Infinity });
        else if (alt.startsWith('{'))
            throw new Error(`unknown class ${alt}`);
        else if (alt === ':' || alt === ';' || alt === ',')
            slot.exact.add(alt);
        else if (alt.startsWith('='))
            slot.exact.add(alt.slice(1));
        else if (/^[a-z]+$/.test(alt))
            slot.stems.add(stem(alt));
        else
            for (const t of tokenize(alt))
                if (t.kind !== 'punct' && t.kind !== 'stop')
                    slot.stems.add(t.stem);
    }
    if (slot.stems.size + slot.exact.size + slot.classes.length === 0)
        throw new Error(`nothing to match in "${raw}"`);
    return slot;
}
/** What a slot needs the text to hold, or undefined when it can be left out. */
function needOf(slot) {
    if (slot.type === 'gap' || slot.optional)
        return undefined;
    if (slot.type === 'words') {
        const need = [...slot.stems, ...slot.exact];
        for (const c of slot.classes)
            need.push(...(c.kind === 'amount' ? ['{pct}', '{money}'] : [`{${c.kind}}`]));
        return need;
    }
    const need = [];
    for (const alt of slot.alts) {
        const last = [...alt].reverse().map(needOf).find(Boolean);
        if (!last)
            return undefined;
        need.push(...last);
    }
    return need;
}
/** Compiles one phrase. Throws with a reason when it is empty or malformed. */
export function compilePattern(phrase) {
    const slots = [];
    let gaps = 0;
    for (const raw of parts(phrase.toLowerCase().replace(/[-_/]+/g, ' '))) {
        if (/^~\d+$/.test(raw)) {
            if (Number(raw.slice(1)) > 12)
                throw new Error(`a gap is at most ~12 words, not ${raw}: "${phrase}"`);
            slots.push({ type: 'gap', max: Number(raw.slice(1)) });
            if (++gaps > 3)
                throw new Error(`a phrase may have at most 3 gaps: "${phrase}"`);
        }
        else if (raw.startsWith('(')) {
            const optional = raw.endsWith('?');
            const inner = raw.slice(1, optional ? -2 : -1);
            const alts = inner.split('|').map((a) => a
                .trim()
                .split(/\s+/)
                .filter(Boolean)
                .map((w) => {
                if (/^~\d+$/.test(w))
                    throw new Error(`a group holds words, not gaps: "${phrase}"`);
                return wordsSlot(w);
            }));
            if (alts.some((a) => a.length === 0 || a[0].optional))
                throw new Error(`an empty alternative in a group: "${phrase}"`);
            slots.push({ type: 'group', alts, optional });
        }
        else
            slots.push(wordsSlot(raw));
    }
    const first = slots[0];
    if (!first || first.type === 'gap' || first.optional)
        throw new Error(`a phrase must start with a word or a class: "${phrase}"`);
    if (slots[slots.length - 1].type === 'gap')
        throw new Error(`a phrase cannot end with a gap: "${phrase}"`);
    let need;
    for (let i = slots.length - 1; i > 0 && !need; i--)
        need = needOf(slots[i]);
    return { source: phrase, slots, need };
}
const wordAccepts = (slot, t) => slot.exact.has(t.text) || ((t.kind === 'word' || t.kind === 'num') && slot.stems.has(t.stem));
/** Where a gap may not reach: sentence stops and clause punctuation other than commas. */
const blocksGap = (t) => t.kind === 'stop' || (t.kind === 'punct' && t.text !== ',');
/** The end index (exclusive) of a match of `slots` from token i, or -1. Work is bounded by the slots. */
function matchAt(doc, i, slots, s) {
    if (s === slots.length)
        return i;
    const slot = slots[s];
    const { tokens } = doc;
    if (slot.type === 'gap') {
        for (let skip = 0; skip <= slot.max; skip++) {
            const j = i + skip;
            if (j > tokens.length)
                break;
            if (skip > 0 && blocksGap(tokens[j - 1]))
                break;
            const end = matchAt(doc, j, slots, s + 1);
            if (end >= 0)
                return end;
        }
        return -1;
    }
    if (slot.type === 'group') {
        for (const alt of slot.alts) {
            const end = matchAt(doc, i, alt, 0);
            if (end < 0)
                continue;
            const rest = matchAt(doc, end, slots, s + 1);
            if (rest >= 0)
                return rest;
        }
        return slot.optional ? matchAt(doc, i, slots, s + 1) : -1;
    }
    const t = tokens[i];
    if (t && t.kind !== 'stop') {
        for (const c of slot.classes) {
            for (const e of doc.entities.get(i) ?? []) {
                if (e.kind !== c.kind && !(c.kind === 'amount' && (e.kind === 'pct' || e.kind === 'money')))
                    continue;
                if (!(e.value >= c.min) && c.min !== -Infinity)
                    continue;
                const end = matchAt(doc, e.end, slots, s + 1);
                if (end >= 0)
                    return end;
            }
        }
        if (wordAccepts(slot, t) && (t.kind !== 'punct' || slot.exact.has(t.text))) {
            const end = matchAt(doc, i + 1, slots, s + 1);
            if (end >= 0)
                return end;
        }
    }
    return slot.optional ? matchAt(doc, i, slots, s + 1) : -1;
}
/** Patterns indexed by what their first slot accepts, so a scan tries only the candidates of each token. */
export class PatternIndex {
    byStem = new Map();
    byExact = new Map();
    byKind = new Map();
    entries = [];
    scans = 0;
    size = 0;
    add(p, tag) {
        const head = p.slots[0];
        const firsts = head.type === 'group' ? head.alts.map((a) => a[0]) : [head];
        const entry = { pattern: p, tag, tried: -1 };
        this.entries.push(entry);
        const push = (m, k) => {
            const list = m.get(k);
            if (!list)
                m.set(k, [entry]);
            else if (list[list.length - 1] !== entry)
                list.push(entry);
        };
        for (const first of firsts) {
            for (const c of first.classes) {
                if (c.kind === 'amount') {
                    push(this.byKind, 'pct');
                    push(this.byKind, 'money');
                }
                else
                    push(this.byKind, c.kind);
            }
            for (const s of first.stems)
                push(this.byStem, s);
            for (const e of first.exact)
                push(this.byExact, e);
        }
        this.size++;
    }
    /** Every match, in text order of its start; each pattern at most once per start. */
    scan(doc) {
        const out = [];
        if (this.size === 0)
            return out;
        const { tokens } = doc;
        doc.vocab ??= vocabulary(doc);
        // Marks which patterns were tried at this start; a scan number keeps marks of earlier scans apart.
        if (++this.scans >= 1_000_000) {
            this.scans = 1;
            for (const e of this.entries)
                e.tried = -1;
        }
        const base = this.scans * 1_000_000_000;
        for (let i = 0; i < tokens.length; i++) {
            const t = tokens[i];
            if (t.kind === 'stop')
                continue;
            const mark = base + i;
            this.attempt(this.byStem.get(t.stem), doc, i, mark, out);
            this.attempt(this.byExact.get(t.text), doc, i, mark, out);
            const ents = doc.entities.get(i);
            if (ents)
                for (const e of ents)
                    this.attempt(this.byKind.get(e.kind), doc, i, mark, out);
        }
        return out;
    }
    attempt(list, doc, i, mark, out) {
        if (!list)
            return;
        const vocab = doc.vocab;
        for (const entry of list) {
            if (entry.tried === mark)
                continue;
            entry.tried = mark;
            const need = entry.pattern.need;
            if (need) {
                let met = false;
                for (let n = 0; n < need.length && !met; n++)
                    met = vocab.has(need[n]);
                if (!met)
                    continue;
            }
            const end = matchAt(doc, i, entry.pattern.slots, 0);
            if (end > i)
                out.push({ start: i, end, pattern: entry.pattern, tag: entry.tag });
        }
    }
}
/** Every stem and word of a text and its entity classes ({kind}): what a pattern's `need` is checked against. */
function vocabulary(doc) {
    const v = new Set();
    for (const t of doc.tokens) {
        v.add(t.stem);
        if (t.text !== t.stem)
            v.add(t.text);
    }
    for (const e of doc.list)
        v.add(CLASS_KEYS[e.kind]);
    return v;
}
const CLASS_KEYS = { num: '{num}', pct: '{pct}', money: '{money}', duration: '{duration}', date: '{date}', code: '{code}' };
