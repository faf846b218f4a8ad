/**
 * The prose reader: finds trait signals in text and decides, for each, whether it stands.
 * A signal is cancelled by a look-alike that overlaps it, by another sense of its words (an
 * industry named as a market, a name in quotes), by being mentioned rather than used (quoted
 * inside a sentence that bans it), or by a negation whose scope reaches it (NegEx/ConText:
 * cues before and after, scope ending at the clause, double negation, pseudo-cues and limits).
 * Every step is linear in the number of tokens.
 */
import { CONTEXTS, ORG_NOUNS } from './lexicon.js';
import { CONDITIONALS, LIMIT_AFTER, LIMIT_WORDS, MENTION_CUES, NAME_CUES, NEGATION_AFTER, NEGATION_BEFORE, NEW_SUBJECTS, PSEUDO_NEGATIONS, TERMINATORS, } from './modifiers.js';
import { compilePattern, PatternIndex } from './pattern.js';
import { read, stem } from './tokens.js';
export { compilePattern } from './pattern.js';
const SCOPE = 8;
/** The memo keeps texts up to this length, and this many of them. */
const MEMO_TEXT = 2000;
const MEMO_SIZE = 10_000;
const FUNCTION_WORDS = new Set([
    'to',
    'for',
    'at',
    'in',
    'on',
    'with',
    'from',
    'of',
    'the',
    'a',
    'an',
    'and',
    'or',
    'by',
    'every',
    'all',
    'each',
    'our',
    'their',
    'your',
    'its',
    'is',
    'are',
    'was',
    'were',
    'than',
]);
/** The modifiers, compiled once on first use into one index that every reader shares. */
let shared;
function modifiers() {
    if (shared)
        return shared;
    const index = new PatternIndex();
    const add = (list, tag) => {
        for (const p of list)
            index.add(compilePattern(p), tag);
    };
    add(NEGATION_BEFORE, { k: 'cue', cue: 'before' });
    add(NEGATION_AFTER, { k: 'cue', cue: 'after' });
    add(PSEUDO_NEGATIONS, { k: 'cue', cue: 'pseudo' });
    add(MENTION_CUES, { k: 'mention' });
    add(LIMIT_AFTER, { k: 'limit' });
    const contexts = new PatternIndex();
    for (const [name, list] of Object.entries(CONTEXTS))
        for (const p of list)
            contexts.add(compilePattern(p), { k: 'context', name });
    shared = {
        index,
        contexts,
        names: new Set(NAME_CUES),
        orgs: new Set(ORG_NOUNS.map(stem)),
        terminators: new Set(TERMINATORS),
        subjects: new Set(NEW_SUBJECTS),
        conditionals: new Set(CONDITIONALS),
        limitWords: new Set(LIMIT_WORDS),
    };
    return shared;
}
/** A set of trait phrases and constructions compiled into one reader. */
export class Lexicon {
    /** Rules and look-alikes; the modifiers are scanned only when a rule matched. */
    index = new PatternIndex();
    traits = [];
    /** `phrases`: per trait, its triggers, constructions and look-alikes in the pattern syntax (pattern.ts). Throws on a malformed phrase. */
    constructor(phrases) {
        for (const [trait, { triggers, constructions = [], lookalikes = [] }] of Object.entries(phrases)) {
            this.traits.push(trait);
            for (const t of triggers) {
                const tag = { k: 'rule', rule: { trait, id: t, kind: 'phrase' } };
                this.index.add(compilePattern(t), tag);
            }
            for (const c of constructions) {
                const dependent = [...(c.when ?? []), ...(c.unless ?? [])].some((x) => x.startsWith('trait:'));
                const tag = { k: 'rule', rule: { trait, id: c.id, kind: 'construction', when: c.when, unless: c.unless, scope: c.scope, dependent } };
                for (const p of c.patterns)
                    this.index.add(compilePattern(p), tag);
            }
            for (const l of lookalikes)
                this.index.add(compilePattern(l), { k: 'lookalike', trait, source: l });
        }
    }
    /** Readings of texts seen before: tactics written from templates repeat their wording. */
    memo = new Map();
    /** Every trait signal in the text that stands. The result is shared between equal texts: do not change it. */
    scan(text, opts = {}) {
        const known = opts.cache === false ? undefined : this.memo.get(text);
        if (known)
            return known;
        const { tokens, entities, matches } = this.read(text, false);
        const result = { tokens, entities, matches };
        if (opts.cache !== false && text.length <= MEMO_TEXT) {
            if (this.memo.size >= MEMO_SIZE)
                this.memo.clear();
            this.memo.set(text, result);
        }
        return result;
    }
    /** Every trait signal that stands, and every phrase that matched but was cancelled, with the reason. */
    explain(text) {
        return this.read(text, true);
    }
    read(text, record) {
        const doc = read(text);
        const found = this.index.scan(doc);
        let rules = 0;
        for (const h of found)
            if (h.tag.k === 'rule')
                rules++;
        if (rules === 0)
            return { tokens: doc.tokens, entities: doc.list, matches: [], cancelled: [] };
        return new Pass(doc, text, found, modifiers().index.scan(doc), record).run();
    }
}
/** One reading of one text. */
class Pass {
    doc;
    text;
    record;
    m = modifiers();
    tokens;
    contexts;
    clauseContexts = [];
    blocked = new Map();
    /** Per trait: for each token, the furthest end of a look-alike starting at or before it, and which. */
    reach = new Map();
    cueEnd = new Map();
    cueStart = new Map();
    limitAt = new Set();
    inPhrase = new Set();
    mentionSentences = new Set();
    kept = [];
    cancelled = [];
    keptTraits = [];
    stops;
    hits = [];
    constructor(doc, text, found, mods, record) {
        this.doc = doc;
        this.text = text;
        this.record = record;
        this.tokens = doc.tokens;
        for (const h of found)
            if (h.tag.k === 'rule')
                this.hits.push({ start: h.start, end: h.end, pattern: h.pattern, tag: h.tag.rule });
        const hits = this.hits;
        const all = found.concat(mods);
        // A cue that is a word of another phrase ("now or never", "don't miss out") negates nothing else.
        for (const h of hits)
            for (let k = h.start + 1; k < h.end; k++)
                if (literalIn(h, this.tokens[k]))
                    this.inPhrase.add(k);
        const cues = [];
        const pseudo = [];
        for (const h of all) {
            const tag = h.tag;
            const t = this.tokens[h.start];
            if (tag.k === 'lookalike') {
                const list = this.blocked.get(tag.trait);
                if (list)
                    list.push([h.start, h.end, tag.source]);
                else
                    this.blocked.set(tag.trait, [[h.start, h.end, tag.source]]);
            }
            else if (tag.k === 'cue')
                (tag.cue === 'pseudo' ? pseudo : cues).push(h);
            else if (tag.k === 'limit')
                this.limitAt.add(h.start);
            else if (tag.k === 'mention') {
                if (!t.quoted)
                    this.mentionSentences.add(t.sentence);
            }
        }
        let p = 0;
        for (const c of cues) {
            if (this.inPhrase.has(c.start))
                continue;
            while (p < pseudo.length && pseudo[p].end <= c.start)
                p++;
            let isPseudo = false;
            for (let j = p; j < pseudo.length && pseudo[j].start <= c.start; j++)
                if (c.end <= pseudo[j].end)
                    isPseudo = true;
            if (isPseudo)
                continue;
            const cue = c.tag.cue;
            const e = this.cueEnd.get(c.end);
            if (e)
                e.push([c.start, cue]);
            else
                this.cueEnd.set(c.end, [[c.start, cue]]);
            const st = this.cueStart.get(c.start);
            if (st)
                st.push([c.end, cue]);
            else
                this.cueStart.set(c.start, [[c.end, cue]]);
            if (!this.tokens[c.start].quoted)
                this.mentionSentences.add(this.tokens[c.start].sentence);
        }
    }
    run() {
        // Constructions that depend on another trait in the sentence go second.
        for (const h of this.hits)
            if (!h.tag.dependent)
                this.judge(h);
        for (const h of this.hits)
            if (h.tag.dependent)
                this.judge(h);
        // A percentage a negation reaches is not an offer ("never more than 10%, not even 20%").
        for (const e of this.doc.list)
            if (e.kind === 'pct')
                e.negated = Boolean(this.cueBefore(e.start, e.end, 0) ?? this.cueAfter(e.end));
        return { tokens: this.tokens, entities: this.doc.list, matches: this.dedupe(), cancelled: this.cancelled };
    }
    judge(h) {
        const { trait } = h.tag;
        const first = this.tokens[h.start];
        const last = this.tokens[h.end - 1];
        const match = {
            trait,
            phrase: this.text.slice(first.start, last.end),
            start: first.start,
            end: last.end,
            sentence: first.sentence,
            construction: h.tag.id,
            kind: h.tag.kind,
        };
        const cancel = (reason, by) => {
            if (this.record)
                this.cancelled.push({ ...match, reason, by });
        };
        const clause = h.tag.scope === 'clause' ? first.clause : undefined;
        const missing = h.tag.when &&
            !h.tag.when.some((c) => this.has(c, first.sentence, clause) || (clause === undefined && first.sentence > 0 && this.has(c, first.sentence - 1)));
        if (missing) {
            cancel('context', `needs ${h.tag.when.map(describeContext).join(' or ')} nearby`);
            return;
        }
        const against = h.tag.unless?.find((c) => this.has(c, first.sentence, clause));
        if (against) {
            cancel('sense', `${describeContext(against)} in the sentence`);
            return;
        }
        const lookalike = this.lookalike(trait, h);
        if (lookalike) {
            cancel('look-alike', lookalike);
            return;
        }
        const sense = this.otherSense(h);
        if (sense) {
            cancel('sense', sense);
            return;
        }
        if (this.mentionSentences.has(first.sentence) && this.quoted(h)) {
            cancel('mention', 'quoted in a sentence that rejects it');
            return;
        }
        const negation = this.negation(h);
        if (negation) {
            cancel('negated', negation);
            return;
        }
        this.kept.push(match);
        addTo(this.keptTraits, first.sentence, trait);
    }
    /** The look-alike of the trait that overlaps the hit, if any; linear in the text over all hits. */
    lookalike(trait, h) {
        const spans = this.blocked.get(trait);
        if (!spans)
            return undefined;
        let r = this.reach.get(trait);
        if (!r) {
            const end = new Int32Array(this.tokens.length).fill(-1);
            const source = [];
            for (const [a, b, src] of spans) {
                if (b > end[a]) {
                    end[a] = b;
                    source[a] = src;
                }
            }
            for (let i = 1; i < end.length; i++) {
                if (end[i - 1] > end[i]) {
                    end[i] = end[i - 1];
                    source[i] = source[i - 1];
                }
            }
            r = { end, source };
            this.reach.set(trait, r);
        }
        // A look-alike [a, b) overlaps [start, end) when a < end and b > start.
        return r.end[h.end - 1] > h.start ? r.source[h.end - 1] : undefined;
    }
    /** Whether context `c` is in the sentence (or, given `clause`, in that clause only). */
    has(c, sentence, clause) {
        if (c.startsWith('trait:'))
            return this.keptTraits[sentence]?.has(c.slice(6)) ?? false;
        if (!this.contexts) {
            this.contexts = [];
            for (const h of this.m.contexts.scan(this.doc)) {
                const t = this.tokens[h.start];
                const name = h.tag.name;
                addTo(this.contexts, t.sentence, name);
                addTo(this.clauseContexts, t.clause, name);
            }
        }
        return (clause === undefined ? this.contexts[sentence] : this.clauseContexts[clause])?.has(c) ?? false;
    }
    quoted(h) {
        for (let i = h.start; i < h.end; i++)
            if (this.tokens[i].quoted)
                return true;
        return false;
    }
    /** An industry named as a market ("concierge medicine practices"), or a name in quotes. */
    otherSense(h) {
        const t = this.tokens;
        const org = (i) => t[i]?.kind === 'word' && this.m.orgs.has(t[i].stem);
        const next = t[h.end];
        // An industry is a short noun phrase ("discount retailers", "bulk email providers"); a longer
        // phrase ends in a verb or a count ("ransomware crews target firms", "a list of 18k store owners").
        if (t[h.end - 1].kind === 'word' && h.end - h.start <= 2) {
            if (org(h.end))
                return `an industry named as a market ("${next.text}")`;
            if (next?.kind === 'word' && !FUNCTION_WORDS.has(next.text) && org(h.end + 1))
                return `an industry named as a market ("${t[h.end + 1].text}")`;
        }
        const market = this.marketSubject(h);
        if (market)
            return market;
        const product = this.productUse(h);
        if (product)
            return product;
        return this.quotedName(h);
    }
    /** "A chatbot branded 'Concierge'": the phrase is a name in quotes. */
    quotedName(h) {
        const t = this.tokens;
        for (let i = h.start; i < h.end; i++)
            if (!t[i].quoted)
                return undefined;
        for (let i = h.start - 1; i >= Math.max(0, h.start - 2); i--)
            if (t[i].kind === 'word' && this.m.names.has(t[i].text))
                return `a name ("${t[i].text}")`;
        return undefined;
    }
    /** "Discount grocers are a new segment": the phrase is the subject of a sentence that names a market. */
    marketSubject(h) {
        const t = this.tokens;
        const clause = t[h.start].clause;
        if (h.start > 2 && t[h.start - 3]?.clause === clause)
            return undefined;
        for (let k = h.end; k < t.length && k < h.end + 6 && t[k].clause === clause; k++) {
            if (t[k].text !== 'are' && t[k].text !== 'is')
                continue;
            for (let j = k + 1; j < t.length && j <= k + 5 && t[j].clause === clause; j++)
                if (MARKET_WORDS.has(t[j].text))
                    return `a market named ("${t[j].text}")`;
            return undefined;
        }
        return undefined;
    }
    /** "Our software helps retailers run flash sales": what the product does for its users, not a tactic. */
    productUse(h) {
        const t = this.tokens;
        const clause = t[h.start].clause;
        for (let k = h.start - 1; k >= 0 && k >= h.start - 6 && t[k].clause === clause; k--) {
            if (!PRODUCT_VERBS.has(t[k].stem))
                continue;
            for (let j = k - 1; j >= 0 && j >= k - 3 && t[j].clause === clause; j--)
                if (PRODUCT_WORDS.has(t[j].stem))
                    return `what the product does ("${t[j].text} ${t[k].text}")`;
        }
        return undefined;
    }
    /** The cue that negates the hit, if any. */
    negation(h) {
        const limited = this.limitAt.has(h.end);
        // A cue inside the phrase that is not one of its words ("the list we never bought").
        for (let k = h.start + 1; k < h.end; k++) {
            const inner = this.cueStart.get(k)?.find(([, tag]) => tag === 'before');
            if (inner && !literalIn(h, this.tokens[k]))
                return this.text.slice(this.tokens[k].start, this.tokens[inner[0] - 1].end);
        }
        const startsNegated = this.cueStart.get(h.start)?.some(([, tag]) => tag === 'before');
        if (!startsNegated && !limited) {
            const cue = this.cueBefore(h.start, h.end, 0);
            if (cue)
                return cue;
        }
        const after = this.cueAfter(h.end);
        if (after && !limited)
            return after;
        return this.rhetorical(h);
    }
    /** Scans back from token `a` for a cue whose scope reaches it; `depth` 1 asks whether a cue is itself negated. */
    cueBefore(a, b, depth) {
        const t = this.tokens;
        for (let k = a - 1, seen = 0; k >= 0 && seen < SCOPE; k--, seen++) {
            for (const [start, tag] of this.cueEnd.get(k + 1) ?? []) {
                if (tag !== 'before')
                    continue;
                if (t[start].quoted && !t[a].quoted)
                    continue; // a cue inside quotes stays there
                if (this.conditional(start))
                    return undefined;
                const after = t[k + 1];
                if (after && k + 1 < a && after.kind === 'word' && this.m.limitWords.has(after.text))
                    return undefined;
                // Double negation: a cue that is itself negated ("never … without discovery") keeps the signal.
                if (depth === 0 && this.cueBefore(start, k + 1, 1))
                    return undefined;
                return this.text.slice(t[start].start, t[k].end);
            }
            if (this.ends(k, b))
                return undefined;
        }
        return undefined;
    }
    /** Scans forward from token `b` for a cue after the signal within its clause. */
    cueAfter(b) {
        const t = this.tokens;
        for (let k = b, seen = 0; k < t.length && seen < SCOPE; k++, seen++) {
            const tok = t[k];
            if (tok.kind === 'stop' || (tok.kind === 'punct' && tok.text !== ','))
                return undefined;
            for (const [end, tag] of this.cueStart.get(k) ?? [])
                if (tag === 'after' && (!tok.quoted || t[b - 1].quoted))
                    return this.text.slice(tok.start, t[end - 1].end);
            if (tok.kind === 'word' && this.m.terminators.has(tok.text))
                return undefined;
        }
        return undefined;
    }
    /** Whether token k ends the scope of a cue before it, for a signal ending at token b. */
    ends(k, b) {
        const tok = this.tokens[k];
        if (tok.kind === 'stop' || (tok.kind === 'punct' && tok.text !== ','))
            return true;
        if (tok.kind === 'punct')
            return !this.listAfter(k, b);
        if (tok.kind !== 'word')
            return false;
        if (this.m.terminators.has(tok.text))
            return true;
        const prev = this.tokens[k - 1];
        return this.m.subjects.has(tok.text) && prev !== undefined && (prev.text === 'and' || prev.text === 'or');
    }
    /** A comma inside a list ("no coupons, vouchers or rebates") keeps the scope open. */
    listAfter(comma, b) {
        const t = this.tokens;
        const clause = t[comma].clause;
        for (let j = comma + 1; j < t.length && j < b + SCOPE && t[j].clause === clause && t[j].kind !== 'stop'; j++) {
            if (t[j].text === 'or' || t[j].text === 'nor')
                return true;
        }
        return false;
    }
    /** "If the PO isn't in by the 28th": a negation under a condition is a threat, not a negation. */
    conditional(cueStart) {
        const t = this.tokens;
        for (let j = cueStart - 1; j >= 0 && j >= cueStart - 4; j--) {
            if (t[j].kind === 'stop' || t[j].kind === 'punct')
                return false;
            if (this.m.conditionals.has(t[j].text))
                return true;
        }
        return false;
    }
    /** "Discounting? Not here.": a question answered by a negation. */
    rhetorical(h) {
        const t = this.tokens;
        if (!this.stops) {
            // The stop that ends each sentence, found once per text.
            this.stops = [];
            for (let i = 0; i < t.length; i++)
                if (t[i].kind === 'stop')
                    this.stops[t[i].sentence] = i;
        }
        const k = this.stops[t[h.start].sentence];
        if (k === undefined || !t[k].text.startsWith('?'))
            return undefined;
        const answer = t[k + 1];
        if (answer && answer.kind === 'word' && ['no', 'not', 'never', 'nope', 'nah'].includes(answer.text))
            return `${t[k].text} ${this.text.slice(answer.start, answer.end)}`;
        return undefined;
    }
    /** One signal per phrase: a shorter signal inside a longer one of the same trait adds nothing. */
    dedupe() {
        const sorted = [...this.kept].sort((x, y) => (x.trait < y.trait ? -1 : x.trait > y.trait ? 1 : x.start - y.start || y.end - x.end));
        const out = [];
        let trait = '';
        let maxEnd = -1;
        for (const m of sorted) {
            if (m.trait !== trait) {
                trait = m.trait;
                maxEnd = -1;
            }
            if (m.end <= maxEnd)
                continue;
            maxEnd = m.end;
            out.push(m);
        }
        return out.sort((x, y) => x.start - y.start || x.end - y.end);
    }
}
const PRODUCT_VERBS = new Set(['help', 'let', 'enabl', 'allow', 'autom']);
const PRODUCT_WORDS = new Set(['softwar', 'product', 'platform', 'tool', 'app', 'solut', 'modul', 'system', 'featur']);
const MARKET_WORDS = new Set(['segment', 'segments', 'vertical', 'verticals', 'market', 'markets', 'icp', 'icps', 'niche', 'niches', 'sector', 'sectors']);
/** Whether a token is one of the words a phrase names (not a token its gap skipped). */
function literalIn(h, t) {
    const has = (slots) => slots.some((slot) => (slot.type === 'words' ? slot.exact.has(t.text) || slot.stems.has(t.stem) : slot.type === 'group' && slot.alts.some(has)));
    return has(h.pattern.slots);
}
/** Adds a name to the set at `i`, making the set when it is not there. */
function addTo(sets, i, name) {
    let set = sets[i];
    if (!set) {
        set = new Set();
        sets[i] = set;
    }
    set.add(name);
}
function describeContext(c) {
    if (c.startsWith('trait:'))
        return `a ${c.slice(6)} signal`;
    const words = {
        offer: 'an offer or a price',
        buyer: 'the buyer',
        decision: 'a decision to sign, order or register',
        capacity: 'seats, places or stock',
        outreach: 'outreach',
        hospitality: 'hospitality',
        finance: 'finance',
        legal: 'a legal matter',
        tech: 'technology',
        award: 'an award or a sport',
        hiring: 'hiring',
        trial: 'a trial',
    };
    return words[c] ?? c;
}
