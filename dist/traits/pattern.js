/**
 * The phrase pattern language of the lexicon and of users' `lexicon:` additions, compiled to
 * slots and matched over tokens. One phrase is words separated by spaces:
 *   word          the word or a simple inflection of it (discount, discounts, discounted)
 *   =word         exactly this word, no inflection
 *   a|b|c         any of these (words and classes may be mixed: today|{date})
 *   word?         the slot may be left out (any part may end in ?)
 *   (a b|c d)     a group: any of these word sequences (may end in ? too)
 *   {num} {pct} {money} {amount} {duration} {date} {code} {poss} {name}
 *                 a number (digits or words: 80, 1,000, 60k, fifteen, a dozen), a percentage
 *                 (25%, 15 pct, twelve per cent, half), money ($2k, €500, 40 dollars), a
 *                 percentage or money, a duration (72 hours, a fortnight, 48h, 30-day), a date
 *                 or deadline (Friday, 31 December, the 28th, EOQ, end of the quarter, tonight, 5pm),
 *                 a code as written in copy (capitals and digits: SPRING30, Q4SAVE), a
 *                 possessive that is no contraction (TechWire's, the planner's; not it's), a name
 *                 written with capitals inside a sentence, or as CamelCase (CleanTex, Coastal Cable)
 *   {year}        a year as a time or a label ("in 2022", "since 2019", "the 2023 list"), which is no {num}
 *   {num>=N}      a class with a lower bound (durations in days, percentages in percent)
 *   {money<} {pct>} a class below (above) the last number the phrase matched before it:
 *                 "$89 instead of $129" is `{money} ~3 instead of {money>}`
 *   #  #%  $#     short for {num}, {pct} and {money}
 *   ~N            up to N tokens of anything, within the clause (commas may be crossed, and a
 *                 parenthesis of up to 24 tokens is passed over whole, as one word)
 *   ~Nw           up to N words, crossing no punctuation at all
 *   : ; ? . ! —   the punctuation itself (? . and ! end a sentence; a dash, spaced, is written —)
 *   ^             at the start of the phrase: only at the start of a sentence (a heading, "Denied:")
 * Before matching, hyphens, underscores and slashes count as spaces.
 */
import { createHash } from 'node:crypto';
import { idOf, renumber, stem, tokenize, wordIds } from './tokens.js';
/** `has` once the slot was first matched (IDS_KNOWN), and whether it is matched by number (BY_IDS). */
const IDS_KNOWN = 8;
const BY_IDS = 16;
const HAS_STEMS = 1;
const HAS_EXACT = 2;
const HAS_CLASSES = 4;
const NO_WORDS = new Set();
const NO_CLASSES = [];
/** A slot of these words and classes; empty parts are shared (slots are never changed). */
function slotOfWords(stems, exact, classes, optional) {
    const slot = shape('words', optional);
    if (stems.size)
        slot.stems = stems;
    if (exact.size)
        slot.exact = exact;
    if (classes.length)
        slot.classes = classes;
    slot.has = (stems.size ? HAS_STEMS : 0) | (exact.size ? HAS_EXACT : 0) | (classes.length ? HAS_CLASSES : 0);
    return slot;
}
/** Decides, on a slot's first match, whether its words are all numbered, and keeps their numbers if so. */
function numberSlot(slot) {
    const s = [];
    const e = [];
    let all = true;
    for (const w of slot.stems) {
        const id = wordIds.get(w);
        if (id === undefined)
            all = false;
        else
            s.push(id);
    }
    for (const w of slot.exact) {
        const id = wordIds.get(w);
        if (id === undefined)
            all = false;
        else
            e.push(id);
    }
    if (all) {
        slot.s0 = s[0] ?? -2;
        slot.s1 = s[1] ?? -2;
        if (s.length > 2)
            slot.sMore = new Set(s.slice(2));
        slot.e0 = e[0] ?? -2;
        slot.e1 = e[1] ?? -2;
        if (e.length > 2)
            slot.eMore = new Set(e.slice(2));
    }
    slot.has |= IDS_KNOWN | (all ? BY_IDS : 0);
}
/** A slot of that type with every field at its default. */
function shape(type, optional) {
    return {
        type,
        optional,
        stems: NO_WORDS,
        exact: NO_WORDS,
        classes: NO_CLASSES,
        has: 0,
        s0: -2,
        s1: -2,
        sMore: undefined,
        e0: -2,
        e1: -2,
        eMore: undefined,
        alts: NO_ALTS,
        byWord: undefined,
        byId: undefined,
        always: NONE,
        flat: undefined,
        max: 0,
        words: false,
    };
}
const NO_ALTS = [];
const CLASS = /^\{(num|pct|money|amount|duration|date|code|poss|name|year)(?:>=(\d+(?:\.\d+)?)|([<>]))?\}$/;
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
    // Long alternations (a list of buyers, of acts) recur across patterns: each is compiled once. Slots are never changed.
    const known = slotCache.get(raw);
    if (known)
        return known;
    const optional = raw.length > 1 && raw.endsWith('?');
    const part = optional ? raw.slice(0, -1) : raw;
    // Each part made when it gets its first word (most slots hold stems alone): fewer objects made while the lexicon is built.
    let stems;
    let exact;
    let classes;
    for (let alt of part.split('|')) {
        if (!alt)
            continue;
        const word = wordCache.get(alt);
        if (word !== undefined) {
            if (word.exact)
                exact = withWord(exact, word.key);
            else
                stems = withWord(stems, word.key);
            continue;
        }
        alt = SHORT[alt] ?? alt;
        const c = CLASS.exec(alt);
        if (c) {
            const ref = { kind: c[1], min: c[2] ? Number(c[2]) : -Infinity };
            if (c[3])
                ref.than = c[3];
            classes = withClass(classes, ref);
        }
        else if (alt.startsWith('{'))
            throw new Error(`unknown class ${alt}`);
        else if (alt === ':' || alt === ';' || alt === ',' || alt === '?' || alt === '.' || alt === '!' || alt === '—')
            exact = withWord(exact, alt);
        else if (alt.startsWith('='))
            exact = withWord(exact, remember(alt, alt.slice(1), true));
        else if (/^[a-z]+$/.test(alt))
            stems = withWord(stems, remember(alt, stem(alt), false));
        // A word with an apostrophe is stemmed as the tokenizer stems it ("competitor's" as competitor).
        else if (/^[a-z]+(?:'[a-z]+)*$/.test(alt))
            stems = withWord(stems, stem(alt.endsWith("'s") ? alt.slice(0, -2) : alt));
        else
            for (const t of tokenize(alt))
                if (t.kind !== 'punct' && t.kind !== 'stop')
                    stems = withWord(stems, t.stem);
    }
    if (!stems && !exact && !classes)
        throw new Error(`nothing to match in "${raw}"`);
    const made = slotOfWords(stems ?? NO_WORDS, exact ?? NO_WORDS, classes ?? NO_CLASSES, optional);
    slotCache.set(raw, made);
    return made;
}
/** The set with the word added, made when there is none yet. */
function withWord(set, word) {
    const words = set ?? new Set();
    words.add(word);
    return words;
}
/** The list with the class added, made when there is none yet. */
function withClass(list, ref) {
    if (!list)
        return [ref];
    list.push(ref);
    return list;
}
const slotCache = new Map();
/** What a plain alternative (a word, =word) adds to a slot, by how it is written: most recur across patterns. */
const wordCache = new Map();
function remember(alt, key, exact) {
    wordCache.set(alt, { key, exact });
    return key;
}
const groupCache = new Map();
/** Words so common that a text almost always holds them: a poor test of whether a pattern can match. */
const COMMON = new Set([
    'the',
    'a',
    'an',
    'of',
    'for',
    'to',
    'in',
    'on',
    'at',
    'and',
    'or',
    'by',
    'with',
    'from',
    'is',
    'are',
    'be',
    'it',
    'that',
    'this',
    'we',
    'you',
    'they',
    'our',
    'your',
    'their',
    'us',
    'not',
    'no',
    ':',
    ',',
]);
/** Every need a pattern checks by number, and by a word's number the needs it meets. */
const needList = [];
const needsOfWord = [];
function need(words) {
    // Every word is numbered here, checked or not: the numbers stay those the words have always had.
    for (const w of words)
        idOf(w);
    return { id: -1, words, vague: words.length + (words.some((w) => COMMON.has(w)) ? 1000 : 0) };
}
/** Numbers a need that a pattern checks, so that `mark` marks it. */
function use(n) {
    if (n.id >= 0)
        return n;
    n.id = needList.length;
    needList.push(n);
    for (const w of n.words) {
        const id = idOf(w);
        while (needsOfWord.length <= id)
            needsOfWord.push(undefined);
        const ids = needsOfWord[id];
        if (!ids)
            needsOfWord[id] = [n.id];
        else if (ids[ids.length - 1] !== n.id)
            ids.push(n.id);
    }
    return n;
}
/**
 * Per need, two numbers side by side (one cache line holds both): at 2 × need the number of the text that last met it, at
 * 2 × need + 1 the last token of that text where it is met (a word of it, or an entity of its class that starts there): a
 * pattern whose need is met only before a start cannot match from there. The text marked last and its number.
 */
let met = new Int32Array(2048).fill(-1);
let marked;
let markedUpTo = 0;
let texts = 0;
/** The numbers of the entity classes ({pct}, …) among the words, by kind, once some need names them. */
const classIds = new Map();
/**
 * `needsOfWord` laid flat: the needs of word w are `needIds` from `needStart[w]` to `needStart[w + 1]` (one array of numbers,
 * not an array per word). Laid again when needs were numbered since (`use`), but while they are still being numbered (the
 * first texts of a run, which compile patterns lazily) only when many are new or some texts have passed: a need numbered after
 * the last laying is asked word by word (`meets`), as one numbered during a scan always was.
 */
let needStart = new Int32Array(1);
let needIds = new Int32Array(0);
let needsLaid = 0;
let laidAtText = 0;
function layNeeds() {
    const words = needsOfWord.length;
    const start = new Int32Array(words + 1);
    let total = 0;
    for (let w = 0; w < words; w++) {
        start[w] = total;
        total += needsOfWord[w]?.length ?? 0;
    }
    start[words] = total;
    const ids = new Int32Array(total);
    let k = 0;
    for (const list of needsOfWord)
        if (list)
            for (const n of list)
                ids[k++] = n;
    needStart = start;
    needIds = ids;
    needsLaid = needList.length;
    laidAtText = texts;
}
/** Marks every need the text meets: once a text, and again only when another text was marked in between. */
function mark(doc) {
    if (marked === doc)
        return texts;
    marked = doc;
    // A long-lived process (the editor server) could count past what an Int32Array holds: start again.
    if (++texts === 2 ** 31 - 1) {
        for (let n = 0; n < met.length; n += 2)
            met[n] = -1;
        texts = 1;
        laidAtText = 0;
    }
    if (needsLaid !== needList.length && (needList.length - needsLaid > needsLaid / 4 || texts - laidAtText >= 64 || texts < laidAtText))
        layNeeds();
    if (met.length < needsLaid * 2) {
        const grown = new Int32Array(needsLaid * 4).fill(-1);
        grown.set(met);
        met = grown;
    }
    renumber(doc);
    const stamp = texts;
    const words = needStart.length - 1;
    // Tokens in order: the last token a need is met at is the last one written.
    const { tokens } = doc;
    for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k];
        if (t.sid >= 0 && t.sid < words)
            meet(needStart[t.sid], needStart[t.sid + 1], k, stamp);
        if (t.tid !== t.sid && t.tid >= 0 && t.tid < words)
            meet(needStart[t.tid], needStart[t.tid + 1], k, stamp);
    }
    // Then entities by their class, which may start before a token that met the same need.
    for (const e of doc.list) {
        let id = classIds.get(e.kind);
        if (id === undefined) {
            id = wordIds.get(CLASS_KEYS[e.kind]);
            if (id === undefined)
                continue;
            classIds.set(e.kind, id);
        }
        if (id >= words)
            continue;
        for (let n = needStart[id]; n < needStart[id + 1]; n++) {
            const at = needIds[n] * 2;
            if (met[at] !== stamp || e.start > met[at + 1]) {
                met[at] = stamp;
                met[at + 1] = e.start;
            }
        }
    }
    markedUpTo = needsLaid;
    return texts;
}
/** Marks the needs `needIds` from `from` to `to` as met at token k. */
function meet(from, to, k, stamp) {
    for (let n = from; n < to; n++) {
        const at = needIds[n] * 2;
        met[at] = stamp;
        met[at + 1] = k;
    }
}
/** Whether a pattern whose needs (NEEDS numbers in `ids` from `first`) the marked text meets may match from token i: each is met at i or after (one numbered after the marking is not asked). */
function metFrom(ids, first, i) {
    for (let n = first; n < first + NEEDS && ids[n] >= 0; n++)
        if (ids[n] < markedUpTo && met[ids[n] * 2 + 1] < i)
            return false;
    return true;
}
/** A pair of word numbers hashed (multiplicatively) for a PatternIndex's table of pairs. */
const pairHash = (first, second) => Math.imul(first * 0x10001 + second, 0x9e3779b1) >>> 12;
/** The bits of a flat index's pair filter (one bit a pair, `pairHash`'s top bits): the table of pairs is looked in only on a set bit. */
const PAIR_BITS = 1 << 16;
/** The row of a pair of words in the flat index's table of pairs, or -1 when no pattern starts with them. */
function pairRow(flat, first, second) {
    const h = pairHash(first, second);
    const bit = h >>> 4;
    if (((flat.pairBits[bit >>> 5] >>> (bit & 31)) & 1) === 0)
        return -1;
    const { pairs } = flat;
    for (let r = (h & flat.mask) * PAIR;; r = (r + PAIR) % pairs.length) {
        const w = pairs[r];
        if (w === -1)
            return -1;
        if (w === first && pairs[r + 1] === second)
            return r;
    }
}
/** A word's row in a flat index: HEAD numbers, its stem list's start and end, its exact list's, and whether it starts pairs. */
const HEAD = 5;
const STEM = 0;
const EXACT = 2;
const PAIRED = 4;
/** A slot of the table of pairs: first word, second word, start and end of its list. */
const PAIR = 4;
/** Entity kinds in the order of a flat index's `kinds` (two numbers a kind: where its list starts and ends). */
const KIND_NAMES = ['num', 'pct', 'money', 'duration', 'date', 'code', 'poss', 'name', 'year'];
const KIND_ROW = Object.fromEntries(KIND_NAMES.map((k, i) => [k, i * 2]));
/** A pattern's numbers in a PatternIndex's `state`: STRIDE of them, at these offsets. */
const STRIDE = 8;
const TRIED = 0;
const CHECKED = 1;
const FITS = 2;
const ANCHORED = 3;
const NEED = 4;
/** The most needs a pattern checks (`needsOf`), and what NEED holds for a pattern not tried yet. */
const NEEDS = 4;
const UNKNOWN = -2;
/** Whether the marked text meets need `id`; one numbered after the marking (a lazy pattern compiled meanwhile) is looked up word by word. */
function meets(id, doc, stamp) {
    if (id < markedUpTo)
        return met[id * 2] === stamp;
    doc.vocab ??= vocabulary(doc);
    for (const w of needList[id].words)
        if (doc.vocab.has(w))
            return true;
    return false;
}
/** Slots are shared between patterns (the caches below): what each needs is worked out once. */
const needCache = new WeakMap();
/** What a slot needs the text to hold, or undefined when it can be left out. */
function needOf(slot) {
    if (slot.type === 'gap' || slot.optional)
        return undefined;
    const known = needCache.get(slot);
    if (known !== undefined)
        return known ?? undefined;
    const words = needOfSlot(slot);
    const n = words ? need(words) : undefined;
    needCache.set(slot, n ?? null);
    return n;
}
function needOfSlot(slot) {
    if (slot.type === 'words') {
        const words = [];
        for (const w of slot.stems)
            words.push(w);
        for (const w of slot.exact)
            words.push(w);
        for (const c of slot.classes) {
            if (c.kind === 'amount')
                words.push('{pct}', '{money}');
            else
                words.push(`{${c.kind}}`);
        }
        return words;
    }
    // Each alternative needs its own most telling slot.
    const words = new Set();
    for (const alt of slot.alts) {
        let best;
        for (const s of alt) {
            const n = needOf(s);
            if (n && (!best || n.vague < best.vague))
                best = n;
        }
        if (!best)
            return undefined;
        for (const w of best.words)
            words.add(w);
    }
    return [...words];
}
/** Compiles one part of a phrase: a gap, a group or a slot of words. */
function slotOf(raw, phrase) {
    if (isGap(raw)) {
        const max = Number.parseInt(raw.slice(1), 10);
        const gap = shape('gap', false);
        gap.max = max;
        gap.words = raw.endsWith('w');
        return gap;
    }
    if (!raw.startsWith('('))
        return wordsSlot(raw);
    const known = groupCache.get(raw);
    if (known)
        return known;
    const optional = raw.endsWith('?');
    const inner = raw.slice(1, optional ? -2 : -1);
    // Loops that push (arrays of one kind, packed), and an alternative of one word (most are) taken whole: this runs once per
    // group of the lexicon as it is built, before the engine has optimized anything.
    // Arrays made at their size ([x], a copy): one grown by a push keeps room for 17 elements, and a lexicon holds tens of
    // thousands of alternatives.
    const alts = [];
    for (const a of inner.split('|')) {
        const words = a.trim();
        if (!SPACE.test(words)) {
            alts.push(words ? [groupWord(words, phrase)] : []);
            continue;
        }
        const alt = [];
        for (const w of words.split(/\s+/))
            if (w)
                alt.push(groupWord(w, phrase));
        alts.push(alt.slice());
    }
    for (const a of alts)
        if (a.length === 0 || a[0].optional)
            throw new Error(`an empty alternative in a group: "${phrase}"`);
    const g = group(alts, optional);
    groupCache.set(raw, g);
    return g;
}
const SPACE = /\s/;
/** A word of a group's alternative, as a slot. */
function groupWord(w, phrase) {
    if (isGap(w))
        throw new Error(`a group holds words, not gaps: "${phrase}"`);
    return wordsSlot(w);
}
/** Whether a part is a gap (~N or ~Nw); most parts are not, and are told so by their first character. */
const isGap = (raw) => raw.charCodeAt(0) === 126 && /^~\d+w?$/.test(raw);
/** The four most telling required slots (after the first word, which the index already checks; a leading group counts). */
function needsOf(slots) {
    const needs = slots
        .map((slot, i) => (i > 0 || slot.type === 'group' ? needOf(slot) : undefined))
        .filter((n) => n !== undefined && n.vague < 1000)
        .sort((a, b) => a.vague - b.vague)
        .slice(0, 4)
        .map(use);
    return needs.length ? needs : undefined;
}
/**
 * Compiles one phrase. Throws with a reason when it is empty or malformed. With `lazy`, only the
 * parts the index needs are compiled now (the first, and the second when it is short); the rest
 * waits for the first time the pattern is tried (`ready`), so that a run pays only for the
 * patterns its text can reach. Only phrases already known to compile may be lazy.
 */
export function compilePattern(phrase, opts = {}) {
    const anchored = /^\s*\^/.test(phrase);
    const raws = parts(phrase
        .replace(/^\s*\^/, '')
        .toLowerCase()
        .replace(/[-_/]+/g, ' '));
    const gaps = raws.filter(isGap);
    const wide = gaps.find((g) => Number.parseInt(g.slice(1), 10) > 12);
    if (wide)
        throw new Error(`a gap is at most ~12 words, not ${wide}: "${phrase}"`);
    if (gaps.length > 3)
        throw new Error(`a phrase may have at most 3 gaps: "${phrase}"`);
    const head = raws[0];
    if (!head || isGap(head) || (head.length > 1 && head.endsWith('?')))
        throw new Error(`a phrase must start with a word or a class: "${phrase}"`);
    if (isGap(raws[raws.length - 1]))
        throw new Error(`a phrase cannot end with a gap: "${phrase}"`);
    const second = raws[1];
    // A lazy pattern compiles its first part alone: the index needs only the words of the second (`followOf`), and those of a
    // second part of 64 alternatives or more never (a long list is left to the first word).
    const eager = !opts.lazy ? raws.length : 1;
    const slots = [];
    for (let k = 0; k < eager; k++)
        slots.push(slotOf(raws[k], phrase));
    const follows = !opts.lazy ? follow(slots[1]) : second !== undefined && !isGap(second) && bars(second) < 64 ? followOf(second) : undefined;
    // Every pattern has the same fields, so that the scan's hot loop sees one shape.
    const p = {
        source: phrase,
        slots,
        needs: undefined,
        needsKnown: false,
        anchored,
        rest: eager < raws.length ? raws.slice(eager) : undefined,
        follows,
    };
    return p;
}
/** How many alternatives' bars (|) a part holds. */
function bars(part) {
    let n = 0;
    for (let k = part.indexOf('|'); k >= 0; k = part.indexOf('|', k + 1))
        n++;
    return n;
}
/** Compiles what a lazy pattern left for later. */
export function ready(p) {
    if (p.slots.length === 0)
        whole(p);
    if (p.rest) {
        for (const raw of p.rest)
            p.slots.push(slotOf(raw, p.source));
        p.rest = undefined;
    }
    if (!p.needsKnown) {
        p.needs = needsOf(p.slots);
        p.needsKnown = true;
    }
    return p;
}
/** A pattern of which nothing is compiled yet, not even its first slot (an index made from an image: `PatternIndex.load`). */
function stub(phrase) {
    return { source: phrase, slots: [], needs: undefined, needsKnown: false, anchored: /^\s*\^/.test(phrase), rest: undefined, follows: undefined };
}
/** Compiles a pattern that is a stub whole (its needs are left to `ready`). */
function whole(p) {
    const c = compilePattern(p.source);
    p.slots = c.slots;
    p.follows = c.follows;
}
/** A hash of a list of sources in order (MD5, native: a run hashes the built-in lexicon's 600,000 characters as it starts). */
export function sourcesHash(sources) {
    return createHash('md5').update(sources.join('\u0000')).digest('hex');
}
/** A group slot; its alternatives are indexed by their first word when it is first tried. */
function group(alts, optional) {
    const g = shape('group', optional);
    g.alts = alts;
    return g;
}
/** A group's alternatives by their first word, made once: most groups of a lexicon are never tried in a run. */
function indexed(g) {
    if (g.byWord)
        return g.byWord;
    const byWord = new Map();
    const always = [];
    g.alts.forEach((alt, i) => {
        const head = alt[0];
        if (head.classes.length)
            always.push(i);
        for (const w of [...head.stems, ...head.exact]) {
            const list = byWord.get(w);
            if (!list)
                byWord.set(w, [i]);
            else if (list[list.length - 1] !== i)
                list.push(i);
        }
    });
    g.always = always;
    // The same lists by word number, when every word they are listed under has one: numbers compare without reading text.
    const byId = new Map();
    for (const [w, list] of byWord) {
        const id = wordIds.get(w);
        if (id === undefined)
            break;
        byId.set(id, list);
    }
    if (byId.size === byWord.size)
        g.byId = byId;
    if (g.alts.every((alt) => alt.length === 1 && alt[0].classes.length === 0)) {
        const stems = new Set();
        const exact = new Set();
        for (const [head] of g.alts) {
            for (const w of head.stems)
                stems.add(w);
            for (const w of head.exact)
                exact.add(w);
        }
        g.flat = slotOfWords(stems, exact, [], g.optional);
    }
    g.byWord = byWord;
    return byWord;
}
const NONE = [];
/** Whether the slot holds the token's stem or names its text exactly (by number: the token's must be current, `renumber`; `numberSlot` first). */
const wordAccepts = (slot, t) => namesExactly(slot, t) || ((slot.has & HAS_STEMS) !== 0 && (t.kind === 'word' || t.kind === 'num') && holdsStem(slot, t));
const holdsStem = (slot, t) => (slot.has & BY_IDS) !== 0 ? t.sid === slot.s0 || t.sid === slot.s1 || slot.sMore?.has(t.sid) === true : slot.stems.has(t.stem);
/** Whether the slot names this word exactly (punctuation and sentence stops are matched so only). */
const namesExactly = (slot, t) => (slot.has & HAS_EXACT) !== 0 &&
    ((slot.has & BY_IDS) !== 0 ? t.tid === slot.e0 || t.tid === slot.e1 || slot.eMore?.has(t.tid) === true : slot.exact.has(t.text));
/** How many tokens a parenthesis a gap passes over may hold. */
const PAREN_MAX = 24;
/** The index of the ")" that closes the "(" at token k, in its sentence and within PAREN_MAX tokens, or -1. */
function closingParen(tokens, k) {
    for (let j = k + 1; j < tokens.length && j <= k + PAREN_MAX; j++) {
        const t = tokens[j];
        if (t.text === ')')
            return j;
        if (t.kind === 'stop' || t.text === '(')
            return -1;
    }
    return -1;
}
/** Where a gap may not reach: sentence stops and clause punctuation other than commas. */
const blocksGap = (t) => t.kind === 'stop' || (t.kind === 'punct' && t.text !== ',');
/** The slots of the pattern being matched (not of a group's alternative), and where its match starts (`attempt`). */
let topSlots;
let topStart = 0;
/** The end index (exclusive) of a match of `slots` from token i, or -1. Work is bounded by the slots. */
function matchAt(doc, i, slots, s, last = Number.NaN) {
    // A phrase of two or more words does not end on the first word of a hyphenated compound (`Tokens.compound`): a longer
    // match is looked for instead.
    if (s === slots.length)
        return slots === topSlots && i - topStart >= 2 && doc.compound?.[i - 1] === 1 ? -1 : i;
    const part = slots[s];
    const { tokens } = doc;
    if (part.type === 'gap') {
        const slot = part;
        for (let skip = 0, j = i; skip <= slot.max; skip++, j++) {
            if (j > tokens.length)
                break;
            if (skip > 0) {
                const before = tokens[j - 1];
                // A parenthesis is passed over whole, as one word: "asks about the room (size, humidity, whether it is moved), how many
                // hours it is played and who tunes it now".
                if (before.text === '(' && !slot.words) {
                    const close = closingParen(tokens, j - 1);
                    if (close < 0)
                        break;
                    j = close + 1;
                }
                else if (blocksGap(before) || (slot.words && before.kind === 'punct'))
                    break;
            }
            const end = matchAt(doc, j, slots, s + 1, last);
            if (end >= 0)
                return end;
        }
        return -1;
    }
    let slot;
    if (part.type === 'group' && (part.byWord ?? indexed(part)) && part.flat)
        slot = part.flat;
    else if (part.type === 'group') {
        const slot = part;
        // Only the alternatives whose first word the token can be (by stem, by exact text) or that start with a class.
        const t = i < tokens.length ? tokens[i] : undefined;
        const byWord = slot.byWord ?? indexed(slot);
        let byStem = NONE;
        let byText = NONE;
        if (t && slot.byId) {
            // By number when every first word is numbered (a token's numbers are current here: `attempt` renumbers).
            if (t.sid >= 0)
                byStem = slot.byId.get(t.sid) ?? NONE;
            if (t.tid !== t.sid && t.tid >= 0)
                byText = slot.byId.get(t.tid) ?? NONE;
        }
        else if (t) {
            byStem = byWord.get(t.stem) ?? NONE;
            if (t.text !== t.stem)
                byText = byWord.get(t.text) ?? NONE;
        }
        // In this order, each alternative once: by stem, by text, then those that start with a class.
        let end = alternatives(doc, i, slot, byStem, NONE, NONE, slots, s, last);
        if (end < 0 && byText.length)
            end = alternatives(doc, i, slot, byText, byStem, NONE, slots, s, last);
        if (end < 0 && slot.always.length)
            end = alternatives(doc, i, slot, slot.always, byStem, byText, slots, s, last);
        if (end >= 0)
            return end;
        return slot.optional ? matchAt(doc, i, slots, s + 1, last) : -1;
    }
    else
        slot = part;
    if ((slot.has & IDS_KNOWN) === 0)
        numberSlot(slot);
    const t = i < tokens.length ? tokens[i] : undefined;
    if (t && (t.kind !== 'stop' || namesExactly(slot, t))) {
        if ((slot.has & HAS_CLASSES) !== 0)
            for (const c of slot.classes) {
                for (const e of doc.entities[i] ?? NO_ENTITIES) {
                    if (e.kind !== c.kind && !(c.kind === 'amount' && (e.kind === 'pct' || e.kind === 'money')))
                        continue;
                    if (!(e.value >= c.min) && c.min !== -Infinity)
                        continue;
                    if (c.than && !(c.than === '<' ? e.value < last : e.value > last))
                        continue;
                    const end = matchAt(doc, e.end, slots, s + 1, Number.isNaN(e.value) ? last : e.value);
                    if (end >= 0)
                        return end;
                }
            }
        if (wordAccepts(slot, t) && (t.kind !== 'punct' || namesExactly(slot, t))) {
            const end = matchAt(doc, i + 1, slots, s + 1, last);
            if (end >= 0)
                return end;
        }
    }
    return slot.optional ? matchAt(doc, i, slots, s + 1, last) : -1;
}
/** The end of a match through one of a group's alternatives `list` (but not those in `skip` or `skip2`) and the slots after it, or -1. */
function alternatives(doc, i, slot, list, skip, skip2, slots, s, last) {
    for (const a of list) {
        if (skip.includes(a) || skip2.includes(a))
            continue;
        const end = matchAt(doc, i, slot.alts[a], 0, last);
        if (end < 0)
            continue;
        const rest = matchAt(doc, end, slots, s + 1, last);
        if (rest >= 0)
            return rest;
    }
    return -1;
}
const NO_ENTITIES = [];
/** Patterns indexed by what their first slot accepts, so a scan tries only the candidates of each token. */
export class PatternIndex {
    /**
     * By a word: the patterns that start with its stem (`stem`) or with exactly it (`exact`), and
     * those whose first two words are fixed ("no longer", "is|are =not"), by the second word
     * (`pair`: common first words try few). One lookup a word finds all three. Lists hold pattern numbers.
     */
    heads = [];
    byKind = new Map();
    /** The lists above laid flat for the scan (`flatten`), made again after an `add`. */
    flat;
    /** The patterns by number, and the tag each is found with. */
    patterns = [];
    tags = [];
    /**
     * What a scan asks of each pattern at every start it is a candidate for, STRIDE numbers a pattern (from `pattern * STRIDE`)
     * in one array rather than on an object per pattern: a text makes a scan look at a few dozen patterns, most only to find
     * that the text lacks a word they need, and each pattern's numbers share a cache line. At TRIED the start (`starts`) it was
     * last tried at; at CHECKED and FITS the scan whose text was last checked for what it needs, and the answer (1 or 0); at
     * ANCHORED whether it matches only at the start of a sentence; from NEED the numbers of its needs (at most NEEDS, -1 past
     * the last), all UNKNOWN until it is first tried.
     */
    state = new Int32Array(64 * STRIDE);
    scans = 0;
    /** Starts tried so far, over all scans: each start of each scan has a number of its own, a small integer. */
    starts = 0;
    size = 0;
    add(p, tag) {
        // A pattern loaded from an image (`load`) into another index is compiled whole first: the index reads its first slot.
        if (p.slots.length === 0)
            whole(p);
        const head = p.slots[0];
        const entry = this.entry(p, tag);
        // Loops and methods, not closures made per pattern: this runs once per pattern as the lexicon is built, before the engine
        // has optimized anything.
        const next = p.follows;
        if (head.type === 'group')
            for (const alt of head.alts)
                this.addFirst(alt[0], alt.length > 1 ? follow(alt[1]) : next, entry);
        else
            this.addFirst(head, next, entry);
    }
    /** Numbers pattern p with its tag, and readies its row in `state`; its number. */
    entry(p, tag) {
        const entry = this.patterns.push(p) - 1;
        this.tags.push(tag);
        this.flat = undefined;
        if ((entry + 1) * STRIDE > this.state.length) {
            const grown = new Int32Array(this.state.length * 2);
            grown.set(this.state);
            this.state = grown;
        }
        const row = entry * STRIDE;
        const { state } = this;
        state[row + TRIED] = -1;
        state[row + CHECKED] = -1;
        state[row + FITS] = 0;
        state[row + ANCHORED] = p.anchored ? 1 : 0;
        for (let n = 0; n < NEEDS; n++)
            state[row + NEED + n] = UNKNOWN;
        this.size++;
        return entry;
    }
    /**
     * What `load` makes this index again from, without compiling a pattern: the lists of pattern numbers by first word (and
     * by first and second word), by entity class, and a hash of the patterns' sources in the order they were added.
     */
    image() {
        const names = [...wordIds.keys()];
        const heads = [];
        this.heads.forEach((h, w) => {
            if (h)
                heads.push([names[w], h.stem ?? [], h.exact ?? [], h.pair ? [...h.pair].map(([s, list]) => [names[s], list]) : []]);
        });
        const kinds = {};
        for (const [k, list] of this.byKind)
            kinds[k] = list;
        // Each pattern's needs, worked out as a scan would on its first try (`ready`): the numbers of distinct needs, by their words.
        const needs = [];
        const numbered = new Map();
        const patternNeeds = this.patterns.map((p) => (ready(p).needs ?? []).map((n) => {
            let k = numbered.get(n);
            if (k === undefined) {
                k = needs.push(n.words) - 1;
                numbered.set(n, k);
            }
            return k;
        }));
        return { size: this.patterns.length, hash: sourcesHash(this.patterns.map((p) => p.source)), heads, kinds, needs, patternNeeds };
    }
    /**
     * Makes the index an image describes (`image`), from the sources of its patterns in the order they were added and their
     * tags. No pattern is compiled: each is compiled whole the first time a scan tries it (`ready`). False, with nothing
     * changed, when the index is not empty or the sources are not those the image was made from.
     */
    load(image, sources, tags) {
        if (this.size !== 0 || sources.length !== image.size || sources.length !== tags.length || sourcesHash(sources) !== image.hash)
            return false;
        for (let e = 0; e < sources.length; e++)
            this.entry(stub(sources[e]), tags[e]);
        for (const [w, stem, exact, pairs] of image.heads) {
            const h = this.headOf(w);
            if (stem.length)
                h.stem = stem;
            if (exact.length)
                h.exact = exact;
            if (pairs.length)
                h.pair = new Map(pairs.map(([second, list]) => [idOf(second), list]));
        }
        for (const [k, list] of Object.entries(image.kinds))
            this.byKind.set(k, list);
        this.loaded = { needs: image.needs, patternNeeds: image.patternNeeds, made: [] };
        return true;
    }
    /** The needs of the patterns loaded from an image, and those made so far (by number in `needs`): see `learnNeeds`. */
    loaded;
    /** Lists pattern `entry` under what its first slot (or one alternative's) accepts, and under pairs with `seconds` when they pay. */
    addFirst(first, seconds, entry) {
        for (const c of first.classes) {
            if (c.kind === 'amount') {
                listIn(this.byKind, 'pct', entry);
                listIn(this.byKind, 'money', entry);
            }
            else
                listIn(this.byKind, c.kind, entry);
        }
        // Pairs pay where a common first word has a specific second; a long list times a long list is left to the first word.
        if (seconds && seconds.length * (first.stems.size + first.exact.size) <= PAIRS) {
            for (const w of first.stems)
                this.pairs(w, seconds, entry);
            for (const w of first.exact)
                this.pairs(w, seconds, entry);
            return;
        }
        for (const w of first.stems) {
            const h = this.headOf(w);
            h.stem = appended(h.stem, entry);
        }
        for (const w of first.exact) {
            const h = this.headOf(w);
            h.exact = appended(h.exact, entry);
        }
    }
    /** Lists pattern `entry` under the first word `w` followed by each of `seconds`. */
    pairs(w, seconds, entry) {
        const h = this.headOf(w);
        h.pair ??= new Map();
        for (const s of seconds)
            listIn(h.pair, idOf(s), entry);
    }
    /** What a scan finds under word `w`, made on first use. */
    headOf(w) {
        const id = idOf(w);
        while (this.heads.length <= id)
            this.heads.push(undefined);
        let h = this.heads[id];
        if (!h) {
            h = { stem: undefined, exact: undefined, pair: undefined };
            this.heads[id] = h;
        }
        return h;
    }
    /** Every match, in text order of its start; each pattern at most once per start. */
    scan(doc) {
        const out = [];
        if (this.size === 0)
            return out;
        const { tokens } = doc;
        const stamp = mark(doc);
        renumber(doc);
        // Marks which patterns were tried at this start, by the start's number (a small integer, which the engine keeps unboxed);
        // the numbers start again, and the marks are cleared, before they grow past what fits.
        if (++this.scans >= 2 ** 30 || this.starts + tokens.length >= 2 ** 30) {
            this.scans = 1;
            this.starts = 0;
            for (let e = 0; e < this.patterns.length; e++) {
                this.state[e * STRIDE + TRIED] = -1;
                this.state[e * STRIDE + CHECKED] = -1;
            }
        }
        const base = this.starts;
        this.starts += tokens.length;
        const flat = this.flat ?? this.flatten();
        const { heads, lists, words } = flat;
        for (let i = 0; i < tokens.length; i++) {
            const t = tokens[i];
            const at = base + i;
            // Each word's row in `heads`, or -1: a word numbered after the index was laid flat starts no pattern.
            const ws = t.sid >= 0 && t.sid < words ? t.sid * HEAD : -1;
            const wt = t.tid === t.sid ? ws : t.tid >= 0 && t.tid < words ? t.tid * HEAD : -1;
            const next = tokens[i + 1];
            if (next) {
                if (ws >= 0 && heads[ws + PAIRED])
                    this.attemptPair(flat, t.sid, next, doc, i, at, stamp, out);
                if (wt !== ws && wt >= 0 && heads[wt + PAIRED])
                    this.attemptPair(flat, t.tid, next, doc, i, at, stamp, out);
            }
            if (t.kind === 'stop') {
                if (wt >= 0)
                    this.attempt(lists, heads[wt + EXACT], heads[wt + EXACT + 1], doc, i, at, stamp, out);
                continue;
            }
            if (ws >= 0)
                this.attempt(lists, heads[ws + STEM], heads[ws + STEM + 1], doc, i, at, stamp, out);
            if (wt >= 0)
                this.attempt(lists, heads[wt + EXACT], heads[wt + EXACT + 1], doc, i, at, stamp, out);
            const ents = doc.entities[i];
            if (ents)
                for (const e of ents) {
                    const k = KIND_ROW[e.kind];
                    this.attempt(lists, flat.kinds[k], flat.kinds[k + 1], doc, i, at, stamp, out);
                }
        }
        return out;
    }
    /** The patterns whose first two words are the token (word number `first`) and the next one. */
    attemptPair(flat, first, next, doc, i, at, stamp, out) {
        if (next.sid >= 0) {
            const r = pairRow(flat, first, next.sid);
            if (r >= 0)
                this.attempt(flat.lists, flat.pairs[r + 2], flat.pairs[r + 3], doc, i, at, stamp, out);
        }
        if (next.tid !== next.sid && next.tid >= 0) {
            const r = pairRow(flat, first, next.tid);
            if (r >= 0)
                this.attempt(flat.lists, flat.pairs[r + 2], flat.pairs[r + 3], doc, i, at, stamp, out);
        }
    }
    /** Tries the patterns numbered in `lists` from `from` to `to` (exclusive) at token i. */
    attempt(lists, from, to, doc, i, at, stamp, out) {
        const { state } = this;
        for (let k = from; k < to; k++) {
            const e = lists[k];
            const row = e * STRIDE;
            if (state[row + TRIED] === at)
                continue;
            state[row + TRIED] = at;
            if (state[row + ANCHORED] && !startsSentence(doc.tokens, i))
                continue;
            if (state[row + NEED] === UNKNOWN)
                this.learnNeeds(e);
            if (state[row + NEED] >= 0) {
                // Whether the text holds what the pattern needs is the same at every start: asked once a scan.
                if (state[row + CHECKED] !== this.scans) {
                    state[row + CHECKED] = this.scans;
                    let ok = true;
                    for (let n = row + NEED; n < row + STRIDE && ok && state[n] >= 0; n++)
                        ok = meets(state[n], doc, stamp);
                    state[row + FITS] = ok ? 1 : 0;
                }
                // Every required slot matches at the start or after it: a need met only before the start rules the start out.
                if (!state[row + FITS] || !metFrom(state, row + NEED, i))
                    continue;
            }
            const pattern = this.patterns[e];
            if (pattern.slots.length === 0)
                whole(pattern);
            // A pattern compiled during this scan may have numbered new words: the tokens' numbers must know them (matchAt).
            renumber(doc);
            topSlots = pattern.slots;
            topStart = i;
            const end = matchAt(doc, i, pattern.slots, 0);
            if (end > i)
                out.push({ start: i, end, pattern, tag: this.tags[e] });
        }
    }
    /**
     * Lays the lists flat: every list of pattern numbers in one Int32Array (`lists`), found by word number through `heads`
     * (HEAD numbers a word: where its stem list and its exact list start and end, and whether it starts pairs), by entity kind
     * through `kinds`, and by a pair of words through `pairs`, an open-addressed table (PAIR numbers a slot: first word, second
     * word, where the list starts and ends; -1 first in an empty slot). The same patterns in the same order as the lists.
     */
    flatten() {
        const words = this.heads.length;
        const heads = new Int32Array(words * HEAD);
        // Sized first, then filled in order with plain loops: laid once per index on its first scan, before the engine has
        // optimized anything.
        let pairCount = 0;
        let total = 0;
        for (let w = 0; w < words; w++) {
            const h = this.heads[w];
            if (!h)
                continue;
            total += (h.stem?.length ?? 0) + (h.exact?.length ?? 0);
            if (!h.pair)
                continue;
            pairCount += h.pair.size;
            for (const list of h.pair.values())
                total += list.length;
        }
        for (const kind of KIND_NAMES)
            total += this.byKind.get(kind)?.length ?? 0;
        let size = 8;
        while (size < pairCount * 2)
            size *= 2;
        const pairs = new Int32Array(size * PAIR).fill(-1);
        const pairBits = new Uint32Array(PAIR_BITS / 32);
        const lists = new Int32Array(total);
        const flat = { words, heads, kinds: new Int32Array(KIND_NAMES.length * 2), pairs, pairBits, mask: size - 1, lists };
        let end = 0;
        for (let w = 0; w < words; w++) {
            const h = this.heads[w];
            end = put(h?.stem, lists, end, heads, w * HEAD + STEM);
            end = put(h?.exact, lists, end, heads, w * HEAD + EXACT);
            if (!h?.pair)
                continue;
            heads[w * HEAD + PAIRED] = 1;
            for (const [second, list] of h.pair) {
                const hash = pairHash(w, second);
                pairBits[hash >>> 9] |= 1 << ((hash >>> 4) & 31);
                let r = (hash & flat.mask) * PAIR;
                while (pairs[r] !== -1)
                    r = (r + PAIR) % pairs.length;
                pairs[r] = w;
                pairs[r + 1] = second;
                end = put(list, lists, end, pairs, r + 2);
            }
        }
        for (let k = 0; k < KIND_NAMES.length; k++)
            end = put(this.byKind.get(KIND_NAMES[k]), lists, end, flat.kinds, k * 2);
        this.flat = flat;
        return flat;
    }
    /**
     * Keeps the numbers of a pattern's needs, on its first try. A pattern loaded from an image takes them from it and is not
     * compiled yet: most patterns a text reaches lack a word they need, and are never compiled in a run. Others are readied.
     */
    learnNeeds(e) {
        const p = this.patterns[e];
        if (p.slots.length === 0 && !p.needsKnown && this.loaded) {
            const { needs, patternNeeds, made } = this.loaded;
            const list = patternNeeds[e].map((k) => {
                made[k] ??= need(needs[k]);
                return use(made[k]);
            });
            p.needs = list.length ? list : undefined;
            p.needsKnown = true;
        }
        const needs = (p.needsKnown ? p.needs : ready(p).needs) ?? [];
        for (let n = 0; n < NEEDS; n++)
            this.state[e * STRIDE + NEED + n] = n < needs.length ? needs[n].id : -1;
    }
}
/** The words that may stand second in a phrase whose second part is this slot, or undefined when anything may (a gap, a class, an optional part). */
function follow(slot) {
    if (!slot || slot.type === 'gap' || slot.optional)
        return undefined;
    if (slot.type === 'words')
        return slot.classes.length ? undefined : [...slot.stems, ...slot.exact];
    // A long group is not worth a pair index (PAIRS): it is left to the first word.
    if (slot.alts.length > PAIRS)
        return undefined;
    const out = [];
    for (const alt of slot.alts) {
        const f = follow(alt[0]);
        if (!f)
            return undefined;
        out.push(...f);
    }
    return out;
}
/**
 * What `follow(slotOf(raw))` gives, read from the part's text without compiling it (the words of each alternative as `wordsSlot`
 * reads them, stems before exact words, each once), and kept by text: the lexicon's second parts are compiled only when their
 * pattern is first tried. Only for parts known to compile (a lazy pattern's).
 */
function followOf(raw) {
    const known = followCache.get(raw);
    if (known !== undefined)
        return known ?? undefined;
    const words = followOfPart(raw);
    followCache.set(raw, words ?? null);
    return words;
}
const followCache = new Map();
function followOfPart(raw) {
    // An optional part (a group or words) may be left out: anything may follow.
    if (raw.length > 1 && raw.endsWith('?'))
        return undefined;
    if (!raw.startsWith('('))
        return followOfWords(raw);
    const alts = raw.slice(1, -1).split('|');
    if (alts.length > PAIRS)
        return undefined;
    const out = [];
    for (const a of alts) {
        const words = a.trim();
        const first = SPACE.test(words) ? words.split(/\s+/).find(Boolean) : words;
        const f = first ? followOfWords(first) : undefined;
        if (!f)
            return undefined;
        for (const w of f)
            out.push(w);
    }
    return out;
}
/** The stems, then the exact words, of a part of words (each once, in the order written), or undefined when it holds a class. */
function followOfWords(raw) {
    const known = slotCache.get(raw);
    if (known)
        return follow(known);
    const stems = new Set();
    const exact = new Set();
    for (let alt of raw.split('|')) {
        if (!alt)
            continue;
        const word = wordCache.get(alt);
        if (word !== undefined) {
            (word.exact ? exact : stems).add(word.key);
            continue;
        }
        alt = SHORT[alt] ?? alt;
        if (CLASS.test(alt))
            return undefined;
        if (alt === ':' || alt === ';' || alt === ',' || alt === '?' || alt === '.' || alt === '!' || alt === '—')
            exact.add(alt);
        else if (alt.startsWith('='))
            exact.add(remember(alt, alt.slice(1), true));
        else if (/^[a-z]+$/.test(alt))
            stems.add(remember(alt, stem(alt), false));
        else if (/^[a-z]+(?:'[a-z]+)*$/.test(alt))
            stems.add(stem(alt.endsWith("'s") ? alt.slice(0, -2) : alt));
        else
            for (const t of tokenize(alt))
                if (t.kind !== 'punct' && t.kind !== 'stop')
                    stems.add(t.stem);
    }
    return [...stems, ...exact];
}
/** The most first × second words a pattern is indexed under as pairs. */
const PAIRS = 64;
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
const CLASS_KEYS = {
    num: '{num}',
    pct: '{pct}',
    money: '{money}',
    duration: '{duration}',
    date: '{date}',
    code: '{code}',
    poss: '{poss}',
    name: '{name}',
    year: '{year}',
};
/** Writes a list of patterns into `lists` from `end`, and where it starts and ends into `at` (at k and k + 1); the new end. */
function put(list, lists, end, at, k) {
    at[k] = end;
    if (list)
        for (let n = 0; n < list.length; n++)
            lists[end++] = list[n];
    at[k + 1] = end;
    return end;
}
/** Lists pattern `entry` under key `k` of a map of lists. */
function listIn(m, k, entry) {
    m.set(k, appended(m.get(k), entry));
}
/** A list of patterns with one more at its end (once: a pattern with several first words is listed once under each). */
function appended(list, entry) {
    if (!list)
        return [entry];
    if (list[list.length - 1] !== entry)
        list.push(entry);
    return list;
}
/** Bullets a line may start with: "- Internal deadline: …" opens its sentence as "Internal deadline: …" would. */
const BULLETS = new Set(['—', '–', '-', '*', '•', '·', '▪', '‣']);
/**
 * Whether token i opens its sentence, a bullet before it aside, or a label of one or two words ("Background: until 2023 …"; not
 * a one-letter "A:" of a question and its answer, which opens no heading).
 */
function startsSentence(tokens, i) {
    if (i === 0 || tokens[i - 1].sentence !== tokens[i].sentence)
        return true;
    const b = tokens[i - 1];
    if (b.kind === 'punct' && BULLETS.has(b.text))
        return i === 1 || tokens[i - 2].sentence !== b.sentence;
    if (b.text !== ':')
        return false;
    let k = i - 2;
    while (k >= 0 && k >= i - 3 && tokens[k].kind === 'word' && tokens[k].text.length > 1 && tokens[k].sentence === b.sentence)
        k--;
    return k < i - 2 && startsSentence(tokens, k + 1);
}
