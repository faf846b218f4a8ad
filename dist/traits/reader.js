/**
 * The prose reader: finds trait signals in text and decides, for each, whether it stands. The
 * words are data (lexicon.ts: triggers, constructions, senses; qualifiers.ts: ConText
 * qualifiers); this module is the algorithm, the same for every entry:
 *
 * 1. a construction stands only with the context it binds to (`when`, `unless`);
 * 2. a sense of its trait that overlaps it and is at least as long cancels it (the longest span wins);
 * 3. a qualifier whose scope reaches it cancels it: negated, retired, hypothetical, another
 *    party's, or mentioned (quoted in a sentence that rejects it).
 *
 * Every step is linear in the number of tokens.
 */
import { besideReader } from './beside.js';
import { CONTEXTS } from './lexicon/index.js';
import { ROLES } from './lexicon/words.js';
import { compilePattern, PatternIndex } from './pattern.js';
import { DEFAULT_WINDOW, QUALIFIERS, QUOTE_USED_AFTER } from './qualifiers.js';
import { hyphenJoined, isNegation, read } from './tokens.js';
import { featureOfToken, features, logOdds, readyModel, VETO_THRESHOLD, weightiest } from './veto.js';
export { compilePattern } from './pattern.js';
/**
 * A rule or a sense with every field, set or not, in one order: the reader asks both the same questions (`unmet`, `unbound`),
 * and code that sees objects of one shape is optimized once.
 */
function ruleOf(trait, id, kind, f) {
    return {
        trait,
        id,
        kind,
        when: f.when,
        unless: f.unless,
        scope: f.scope,
        near: f.near,
        dependent: f.dependent,
        notIn: f.notIn,
        onlyIn: f.onlyIn,
        quiet: f.quiet,
        wide: f.wide,
    };
}
/** The memo keeps texts up to this length, and this many of them. */
const MEMO_TEXT = 2000;
const MEMO_SIZE = 10_000;
/** Categories whose cue, outside quotes, makes a quoted phrase in its sentence a mention. */
const REJECTING = new Set(['negated', 'retired', 'mentioned']);
/** Words that continue a list after a comma ("no coupons, vouchers or rebates"). */
const LIST_WORDS = new Set(['or', 'nor']);
/** Relative pronouns: a cue right after one speaks of the last item only. */
const RELATIVES = new Set(['that', 'which', 'who']);
/** Words that open a question: a list of them is a list of questions, not of practices. */
const WH = new Set(['who', 'what', 'when', 'where', 'why', 'which', 'how', 'whether', 'whose']);
/** Words that join the items of a list before a cue after it ("coupons, vouchers and rebates are banned"). */
const JOINS = new Set(['and', 'or', 'nor', '&']);
/** Words that open an aside between commas ("lists, even the verified ones, are never used"). */
const ASIDES = new Set([
    'even',
    'including',
    // "The old program, with customer coupons in the truck, ended in 2022".
    'with',
    'especially',
    'which',
    'who',
    'like',
    'such',
    'whether',
    'however',
    'whatever',
    'whenever',
    'wherever',
    'no',
    'not',
]);
/** Auxiliaries and common finite verbs: a comma followed by one opens a clause, not a list item. */
const FINITE = new Set("is are was were will would can could should must has have had does did shall may might won't can't isn't aren't wasn't weren't".split(' '));
/** The longest aside a scope passes over, in tokens. */
const ASIDE_MAX = 16;
const USED_AFTER = new Set(QUOTE_USED_AFTER);
/** Nouns after a phrase that make it talk about wording ("price-match language"): a mention, like quotes. */
const WORDING = new Set(['language', 'wording', 'phrasing', 'terminology', 'vocabulary', 'claims', 'claim', 'tone']);
function compileQualifier(q) {
    return { ...q, ends: new Set(q.terminatedBy ?? []) };
}
function qualifierEntries(qualifiers, into = { sources: [], tags: [] }) {
    for (const q of qualifiers)
        for (const p of q.patterns) {
            into.sources.push(p);
            into.tags.push({ k: 'qualifier', q });
        }
    return into;
}
/**
 * Fills an empty index with these patterns: from the image when it was made from the same ones (nothing compiled), else by
 * compiling each (`lazy`: only phrases known to compile).
 */
function fill(index, entries, image, lazy) {
    if (image && index.load(image, entries.sources, entries.tags))
        return;
    for (let e = 0; e < entries.sources.length; e++)
        index.add(compilePattern(entries.sources[e], { lazy }), entries.tags[e]);
}
/** The build's image; without one (or not one this build reads), the patterns are compiled. */
function lexiconImage() {
    return besideReader('lexicon-image.json', 1);
}
/** The built-in qualifiers and contexts, made once on first use (from the image when there is one) and shared by every reader. */
let builtins;
function shared() {
    builtins ??= builtinIndexes(lexiconImage());
    return builtins;
}
function builtinIndexes(image) {
    const qualifiers = QUALIFIERS.map(compileQualifier);
    const index = new PatternIndex();
    fill(index, qualifierEntries(qualifiers), image?.qualifiers, true);
    const contexts = new PatternIndex();
    const entries = { sources: [], tags: [] };
    for (const [name, list] of Object.entries(CONTEXTS))
        for (const p of list) {
            entries.sources.push(p);
            entries.tags.push({ k: 'context', name });
        }
    fill(contexts, entries, image?.contexts, true);
    return { qualifiers, index, contexts };
}
/** A set of trait phrases, constructions, senses and qualifiers compiled into one reader. */
export class Lexicon {
    /** Rules and senses; the qualifiers are scanned only when a rule matched. */
    index = new PatternIndex();
    qualifiers;
    /**
     * The tactic kinds some construction does not count in (`notIn`) or some qualifier counts in alone (`onlyIn`): a scan of any
     * other kind reads as one with none.
     */
    kinds = new Set();
    /** Per trait, its bare names of the practice (`TraitLexicon.bare`). */
    bare = new Map();
    traits = [];
    /**
     * `phrases`: per trait, its triggers, constructions and senses in the pattern syntax (pattern.ts);
     * `qualifiers`: entries added to the built-in ones. Throws on a malformed phrase; with `lazy`
     * (phrases known to compile: the built-in ones, a config's once it was validated) most of each
     * pattern is compiled the first time the text reaches it. `image`: false to compile every index (as when there is no image),
     * or an image to load instead of the build's (`LexiconImage`). `model`: the statistical check's model (veto.ts); none by
     * default (buildLexicon gives the build's with `statistical: true`).
     */
    constructor(phrases, qualifiers = [], opts = {}) {
        const entries = { sources: [], tags: [] };
        const add = (p, tag) => {
            entries.sources.push(p);
            entries.tags.push(tag);
        };
        for (const [trait, { triggers, constructions = [], senses = [], bare }] of Object.entries(phrases)) {
            this.traits.push(trait);
            if (bare?.length)
                this.bare.set(trait, new Set(bare));
            for (const t of triggers)
                add(t, { k: 'rule', rule: ruleOf(trait, t, 'phrase', {}) });
            for (const c of constructions) {
                for (const k of [...(c.notIn ?? []), ...(c.onlyIn ?? [])])
                    this.kinds.add(k);
                const dependent = [...(c.when ?? []), ...(c.unless ?? [])].some((x) => x.startsWith('trait:'));
                const rule = ruleOf(trait, c.id, 'construction', {
                    when: c.when,
                    unless: c.unless,
                    scope: c.scope,
                    near: c.near,
                    dependent,
                    notIn: c.notIn,
                    onlyIn: c.onlyIn,
                    quiet: c.quiet,
                });
                for (const p of c.patterns)
                    add(p, { k: 'rule', rule });
            }
            for (const s of senses) {
                const sense = typeof s === 'string'
                    ? ruleOf(trait, s, 'phrase', {})
                    : ruleOf(trait, s.id, 'phrase', { when: s.when, unless: s.unless, scope: s.scope, wide: s.wide });
                for (const p of typeof s === 'string' ? [s] : s.patterns)
                    add(p, { k: 'sense', sense });
            }
        }
        // The image is for the built-in lexicon's patterns; with a config's phrases among them, it does not hold and is not used.
        const image = opts.image === false ? undefined : typeof opts.image === 'object' ? opts.image : lexiconImage();
        fill(this.index, entries, image?.index, opts.lazy === true);
        const base = opts.image === undefined || opts.image === true ? shared() : builtinIndexes(image);
        for (const q of [...base.qualifiers, ...qualifiers])
            for (const k of q.onlyIn ?? [])
                this.kinds.add(k);
        if (qualifiers.length === 0)
            this.qualifiers = base.index;
        else {
            // The built-in qualifiers first, then the config's, as one index.
            this.qualifiers = new PatternIndex();
            fill(this.qualifiers, qualifierEntries(base.qualifiers), image?.qualifiers, true);
            const own = qualifierEntries(qualifiers.map(compileQualifier));
            for (let e = 0; e < own.sources.length; e++)
                this.qualifiers.add(compilePattern(own.sources[e], { lazy: opts.lazy }), own.tags[e]);
        }
        this.builtins = base;
        this.model = opts.model === false ? undefined : opts.model;
    }
    /** The statistical check's model, or undefined when the check is off. */
    model;
    /** The built-in qualifiers and contexts this reader uses (`shared()`, or its own when given `image`). */
    builtins;
    /** The image of this reader's indexes (scripts/lexicon-image.mjs makes it from the built-in lexicon's reader, made with `image: false`). */
    image() {
        return { version: 1, index: this.index.image(), qualifiers: this.builtins.index.image(), contexts: this.builtins.contexts.image() };
    }
    /** Readings of texts seen before: tactics written from templates repeat their wording. */
    memo = new Map();
    /**
     * Every trait signal in the text that stands. The result is shared between equal texts: do not change it. `rivals`: names
     * (`nameKey`) that another text of the same tactic marks as another seller's, so that a name marked in a tactic's `name`
     * counts as marked in its description; `kind`: the tactic's kind, for constructions that do not count in some (`notIn`).
     */
    scan(text, opts = {}) {
        let key = opts.rivals?.length ? `${text}\u0000${opts.rivals.join('\u0000')}` : text;
        if (opts.kind && this.kinds.has(opts.kind))
            key = `${key}\u0001${opts.kind}`;
        const known = opts.cache === false ? undefined : this.memo.get(key);
        if (known)
            return known;
        const { tokens, entities, matches } = this.read(text, false, opts.rivals, opts.kind);
        const result = { tokens, entities, matches };
        if (opts.cache !== false && text.length <= MEMO_TEXT) {
            if (this.memo.size >= MEMO_SIZE)
                this.memo.clear();
            this.memo.set(key, result);
        }
        return result;
    }
    /** Every trait signal that stands, and every phrase that matched but was cancelled, with the reason. */
    explain(text, rivals, kind) {
        return this.read(text, true, rivals, kind);
    }
    read(text, record, rivals, kind) {
        const doc = read(text, rivals?.length ? rivals : undefined);
        doc.compound = compounds(doc.tokens, text);
        const found = this.index.scan(doc);
        if (!hasRule(found))
            return { tokens: doc.tokens, entities: doc.list, matches: [], cancelled: [] };
        return new Pass(doc, text, found, this.qualifiers.scan(doc), this.builtins.contexts, record, kind && this.kinds.has(kind) ? kind : undefined, this.bare, this.model).run();
    }
}
/** Whether some hit is a rule's (not only senses). */
function hasRule(found) {
    for (let k = 0; k < found.length; k++)
        if (found[k].tag.k === 'rule')
            return true;
    return false;
}
/** The statistical check's log-odds of the reading under way (`Pass.sentenceScores`). */
let scoreBuffer = new Float64Array(64);
const percent = (p) => `${(p * 100).toFixed(p < 0.1 ? 1 : 0)}%`;
/** One reading of one text. */
class Pass {
    doc;
    text;
    contextIndex;
    record;
    kind;
    bare;
    model;
    tokens;
    hits = [];
    senses = [];
    cues = [];
    /** Per token: the cues whose scope reaches a signal starting there (forward) or ending there (backward). */
    forward = [];
    backward = [];
    /** Per token: the cues that start there. */
    startsAt = [];
    /** Per sentence: a cue outside quotes that rejects what is quoted in its sentence. */
    rejecting = [];
    /** Per trait, per token: the longest accepted sense covering it, and which. */
    senseCover = new Map();
    contexts;
    /** Per sentence, where each context starts. */
    contextHits = [];
    clauseContexts = [];
    kept = [];
    cancelled = [];
    keptTraits = [];
    asideMap;
    /** Per sentence, its number of words; counted on first use. */
    sentenceWords;
    constructor(doc, text, found, mods, contextIndex, record, kind, bare = new Map(), model) {
        this.doc = doc;
        this.text = text;
        this.contextIndex = contextIndex;
        this.record = record;
        this.kind = kind;
        this.bare = bare;
        this.model = model;
        this.tokens = doc.tokens;
        for (const h of found) {
            if (h.tag.k === 'rule')
                this.hits.push({ start: h.start, end: h.end, pattern: h.pattern, tag: h.tag.rule });
            else if (h.tag.k === 'sense')
                this.senses.push({ start: h.start, end: h.end, pattern: h.pattern, tag: h.tag.sense });
        }
        this.placeCues(mods);
    }
    /** Whether token k is a capitalised word joined by a hyphen to another capitalised one that is no signal ("Nor-Fishing"). */
    namePart(k) {
        const tok = this.tokens[k];
        const next = this.tokens[k + 1];
        const first = this.text.charCodeAt(tok.start);
        if (first < 65 || first > 90 || !hyphenJoined(tok, next, this.text))
            return false;
        const second = this.text.charCodeAt(tok.end + 1);
        // Unless it negates the word it is joined to: "No-Discount Renewal Policy".
        if (second < 65 || second > 90)
            return false;
        this.hitStarts ??= new Set(this.hits.map((h) => h.start));
        return !this.hitStarts.has(k + 1);
    }
    /** Keeps the cues that count, and marks the tokens each one's scope reaches. */
    placeCues(mods) {
        const t = this.tokens;
        // A cue that is a word of a signal's own phrase ("no credit card", "now or never") is part of that phrase, unless the cue
        // spans the whole phrase and more: the longer span wins ("Until the 2023 season we emailed …" over "Until the 2023").
        // The hits over each token that are phrases here (bound to what they need, though perhaps in another sense), found once,
        // so that telling a cue from a phrase's own word stays linear.
        const over = [];
        for (const h of this.hits) {
            // A phrase in another sense keeps its own words too: "at no charge" beside a trial still owns its "no".
            if (this.unmet(h.tag, h.start))
                continue;
            for (let k = h.start; k < h.end; k++) {
                const at = over[k];
                if (at)
                    at.push(h);
                else
                    over[k] = [h];
            }
        }
        const found = [];
        const pseudo = [];
        let terminators;
        // A list item that opens with a negation of its own phrase ("No contract and no credit card", "no setup fee, no card
        // details") has its own polarity: a negation before it does not reach over it.
        let ownNegations;
        for (const m of mods) {
            if (m.tag.k !== 'qualifier')
                continue;
            const cue = { start: m.start, end: m.end, q: m.tag.q };
            if (cue.q.onlyIn && !(this.kind && cue.q.onlyIn.includes(this.kind)))
                continue;
            // A word of a hyphenated name is no cue: "During Nor-Fishing we invite the owners …", "No-Frills Foods".
            if (m.end - m.start === 1 && this.namePart(m.start))
                continue;
            // A pseudo-cue whose last word is inside a signal that began before it ("not allowed to give a test period without
            // payment") is no double negation; one that ends where a signal begins ("nobody gets it without talking to sales") is.
            if (cue.q.direction === 'pseudo') {
                const k = m.end - 1;
                if (k - m.start < 2 || !literalAt(over[k], t[k], k))
                    pseudo.push(cue);
            }
            // A cue that answers earlier sentences reaches only what comes before it, never the phrase it is a word of: "Hivespace's
            // deal: 50% off … We don't match it" (a negated price match too) still refuses the offer before it. A negation after a
            // phrase of its own ("the rate won't be around after Friday") stays part of it.
            else if (cue.q.scope !== 'earlier-sentences' && literalAt(over[m.start], t[m.start], -1, m)) {
                if (cue.q.category === 'negated' && m.start > 0 && CONJUNCT_OPENERS.has(t[m.start - 1].text)) {
                    ownNegations ??= new Set();
                    ownNegations.add(m.start);
                }
            }
            else if (cue.q.direction === 'terminate') {
                terminators ??= [];
                terminators.push(cue);
            }
            else {
                // A phrase that opens with the cue's own first word and ends inside it ("Until March" in "Until March 2026 the order page
                // showed …") is reached as well.
                if (over[m.start]?.some((h) => h.start === m.start && h.end < m.end))
                    cue.covers = true;
                found.push(cue);
            }
        }
        // A pseudo-cue takes every cue it overlaps that is no longer than itself ("not only", "never … without").
        if (pseudo.length > 1)
            pseudo.sort(byStart);
        // A word that ends a scope, unless a pseudo-cue takes it ("just to hurry a purchase" is no new clause).
        let ends = NO_ENDS;
        if (terminators) {
            const set = new Set();
            for (const c of terminators)
                if (!absorbedBy(pseudo, c))
                    for (let k = c.start; k < c.end; k++)
                        set.add(k);
            ends = set;
        }
        const forwardEnds = ownNegations ? new Set([...ends, ...ownNegations]) : ends;
        for (const found1 of this.withOthers(found, pseudo)) {
            let c = found1;
            let p = absorbedBy(pseudo, c);
            // An exception belongs to the nearest negation before it: in "no hard sell on the day, and nobody gets followed up unless
            // they ask", "unless" pairs with "nobody", and "no" is a negation of its own.
            if (p && c.q.category === 'negated' && EXCEPTIONS.has(t[p.end - 1].text) && negationBetween(found, c, p.end - 1))
                p = undefined;
            if (p) {
                // A negation under a condition still reaches what lies between it and the condition ("may not run coupons without
                // approval"): it goes on as a cue that ends before the condition's word.
                if (!p.q.inside || c.start !== p.start || c.q.direction !== 'forward')
                    continue;
                c = { ...c, reachEnd: p.end - 1 };
            }
            const i = this.cues.push(c) - 1;
            addAt(this.startsAt, c.start, i);
            if (c.covers)
                addAt(this.forward, c.start, i);
            const { direction, window = DEFAULT_WINDOW } = c.q;
            const asides = this.asides();
            if (direction === 'forward' || direction === 'both')
                this.reachForward(c, i, window, forwardEnds, asides);
            if (c.q.scope === 'earlier-sentences')
                this.reachEarlier(c, i, window);
            else if (direction === 'backward' || direction === 'both')
                this.reachBackward(c, i, window, ends, asides);
            const first = t[c.start];
            if (REJECTING.has(c.q.category) && !c.q.nextQuoteOnly && !first.quoted && this.rejecting[first.sentence] === undefined)
                this.rejecting[first.sentence] = c;
        }
    }
    /** Marks the tokens the scope of cue c (number i) reaches forward. */
    reachForward(c, i, window, ends, asides) {
        const t = this.tokens;
        // The cue's own span reaches the signals inside it ("competitors discount").
        if (c.q.inside !== false)
            for (let k = c.start + 1; k < c.end; k++)
                addAt(this.forward, k, i);
        const sentence = t[c.end - 1].sentence;
        // A heading that speaks for the whole text ("HR note:", "For context only.") reaches every sentence after it, whatever
        // its window.
        const later = c.q.scope === 'later-sentences';
        let quote = false;
        const last = c.reachEnd ?? t.length;
        // A negation inside a relative clause, or in a phrase after "with", ends where the main clause goes on, at its modal:
        // "Families who aren't sure can take a piano home for 14 days without paying", "Sole proprietors with no employees can stay
        // on the Solo plan at no cost".
        const relative = c.q.category === 'negated' &&
            ((!NEGATING_SUBJECTS.has(t[c.start].text) && this.inRelative(c.start)) || MODIFIER_OPENERS.has(t[c.start - 1]?.text ?? ''));
        // A modal after a clause of the negated phrase's own is that clause's: "with no deadline that could read as act now".
        let ownClause = false;
        const scripts = (c.q.category === 'retired' || c.q.category === 'negated') && !t[c.start].quoted;
        let script = false;
        const denies = c.q.category === 'negated' && c.end - c.start === 1 && DENIERS.has(t[c.start].text);
        // A quotation the cue introduces is one party's words to its end, over its own sentence stops: "Until 2025 counselors closed
        // with: 'Prices go up January 1. If you sign tonight …'" reaches the second sentence of the script too.
        for (let k = c.end, n = 0; k < last && (later || (n < window && (t[k].sentence === sentence || (quote && t[k].quoted)))); k++) {
            if (relative && RELATIVES.has(t[k].text))
                ownClause = true;
            // Not a modal of the relative clause's own subject ("… that don't think they could …").
            if (relative && !ownClause && MODALS.has(t[k].text) && !PRONOUNS.has(t[k - 1].text))
                break;
            // "instead of 'X', write 'Y'" reaches X, not Y; "instead of a discount, offer 'white-glove onboarding'" reaches no quotation.
            if (c.q.nextQuoteOnly && !t[k].quoted && (quote || n >= 2))
                break;
            quote ||= t[k].quoted;
            // A colon that opens the quotation a retirement or a negation introduces: "Until 2025 some counselors closed with: 'If you
            // sign tonight …'" reaches the script, and ends with it (not an ask: "every salesperson asks for the sale: 'are we doing
            // this today?'").
            if (script && !t[k].quoted)
                break;
            if (t[k].text === ':' && !script && scripts && t[k + 1]?.quoted === true) {
                script = true;
                continue;
            }
            // An aside ("we will not, whatever the competitor does, blast …") is passed over, and counts for nothing.
            const close = asides.opens.get(k);
            if (close !== undefined) {
                for (; k < close; k++)
                    addAt(this.forward, k, i);
                continue;
            }
            if (this.endsForward(k, c, ends))
                break;
            // A conjunct with an article of its own is not what "no" denies: "no setup fee, no lock-in, and a named engineer for
            // the rollout", "no setup fee and a free first month".
            if (denies && CONJUNCTS.has(t[k].text) && OWN_ARTICLES.has(t[k + 1]?.text ?? ''))
                break;
            if (t[k].kind !== 'punct')
                n++;
            // Each item of a list the scope runs on through is counted afresh: "never free kegs, glassware beyond the legal
            // limit, or buy-one-get-one deals" reaches the last item as it reaches the first.
            else if (t[k].text === ',' && (c.q.scope ?? 'clause') === 'clause')
                n = 0;
            addAt(this.forward, k, i);
            // Another party's second act, joined to its first with no subject of its own: "A local competitor quotes ₹40 per student per
            // year and sometimes gives centres the first year free" reaches the second act as it reaches the first (an adverb between
            // is passed over, not read as a word that ends the scope).
            const act = c.q.category === 'other-party' && t[k].text === 'and' ? this.secondAct(k) : -1;
            if (act > 0) {
                n = 0;
                while (k + 1 < act)
                    addAt(this.forward, ++k, i);
            }
        }
    }
    /**
     * Where the second act of the same subject stands when the "and" at token k joins one (a verb in -s right after it, or after
     * one adverb), or -1.
     */
    secondAct(k) {
        const t = this.tokens;
        let j = k + 1;
        if (t[j] && ADVERBS_OF_HABIT.has(t[j].text))
            j++;
        return t[j] !== undefined && t[j].sentence === t[k].sentence && SECOND_ACTS.has(t[j].text) ? j : -1;
    }
    /** Whether token k opens with, or follows, a relative pronoun after a word of its sentence ("families who aren't sure"). */
    inRelative(k) {
        const t = this.tokens;
        for (let j = k - 1; j >= k - 2 && j >= 1; j--) {
            if (t[j].sentence !== t[k].sentence)
                return false;
            // After a noun, not after a verb that "that" completes ("our policy is that …").
            if (RELATIVES.has(t[j].text))
                return t[j - 1].kind === 'word' && !FINITE.has(t[j - 1].text) && t[j - 1].sentence === t[k].sentence;
        }
        return false;
    }
    /** Marks the tokens the scope of cue c (number i) reaches backward, within its own sentence or over one stop. */
    reachBackward(c, i, window, ends, asides) {
        const t = this.tokens;
        // A cue that points back at what was said before reaches over one sentence stop.
        for (let k = c.start - 1, n = 0, stops = c.q.scope === 'previous-sentence' ? 1 : 0; k >= 0 && n < window; k--) {
            if (stops > 0 && t[k].kind === 'stop') {
                // Another party's, not into a sentence where we act: "We take 10% off the first order. The bank's card offer is the bank's,
                // not ours." (A retirement does reach it: "We talked about a free weekend. Decided against it in March.")
                if (c.q.category === 'other-party' && this.oursBefore(k))
                    break;
                stops--;
                continue;
            }
            const open = asides.closes.get(k);
            if (open !== undefined) {
                for (; k > open; k--)
                    addAt(this.backward, k, i);
                continue;
            }
            if (this.endsBackward(k, c, ends))
                break;
            // A negation in a relative clause about people is theirs, not the practice's before it: "home visits for patients who
            // can't travel".
            if (t[k].text === 'who' && k >= c.start - 2 && c.q.category === 'negated')
                break;
            if (t[k].kind !== 'punct')
                n++;
            // Each item of a list before the cue is counted afresh, as forward: "Waiving the travel charge, throwing in free washout or
            // shaving the hourly rate to win a job is not allowed" (not a list of questions: "who signs off, when the budget resets, and
            // why the last supplier was dropped").
            else if (t[k].text === ',' && this.afresh(c) && this.listBefore(k, c.start) && !this.questionAfter(k))
                n = 0;
            // And the last item, after its "or" or "and", when a comma before it makes it a list of three or more.
            if (JOINS.has(t[k].text) && this.afresh(c) && this.listCommaBefore(k) && !this.questionAfter(k - 1))
                n = 0;
            addAt(this.backward, k, i);
        }
    }
    /**
     * The cues that count: one that needs another of a category in its sentence (`withCategory`: "In 2022 we bought a list …;
     * we stopped after two quarters") counts only beside such a cue that counts on its own.
     */
    withOthers(found, pseudo) {
        let any = false;
        for (let k = 0; k < found.length && !any; k++)
            any = found[k].q.withCategory !== undefined;
        if (!any)
            return found;
        const t = this.tokens;
        const present = new Map();
        for (const c of found) {
            if (c.q.withCategory || !c.q.category || absorbedBy(pseudo, c))
                continue;
            const s = t[c.start].sentence;
            const at = present.get(s);
            if (at)
                at.add(c.q.category);
            else
                present.set(s, new Set([c.q.category]));
        }
        return found.filter((c) => !c.q.withCategory || c.q.withCategory.some((cat) => present.get(t[c.start].sentence)?.has(cat)));
    }
    /** Whether token k stops a scope running forward from cue c. */
    endsForward(k, c, ends) {
        const tok = this.tokens[k];
        // A heading's reach over the sentences after it ends only at a word of its own ends.
        if (c.q.scope === 'later-sentences')
            return c.q.ends.has(tok.text);
        // A word inside a quotation the cue introduces is the quoted party's ("tells prospects they will 'leave you breached'").
        const said = tok.quoted && !this.tokens[c.start].quoted;
        if (tok.kind === 'stop')
            return !said;
        // A quotation the cue introduces is one party's words to its end: "Parent says: 'X is charging only Rs. 1,800, and they are
        // giving 20% off'" does not end at "and they" inside it.
        if ((ends.has(k) && !said) || (c.q.ends.has(tok.text) && !said))
            return true;
        if (tok.kind !== 'punct' || said || (c.q.scope ?? 'clause') !== 'clause')
            return false;
        // A heading's colon right after a cue that opens its sentence: "Flagged: the email says 'last chance'".
        if (k === c.end && tok.text === ':' && (c.start === 0 || this.tokens[c.start - 1].sentence !== this.tokens[c.start].sentence))
            return false;
        return tok.text !== ',' || !this.listContinues(k);
    }
    /** Whether the sentence that ends at the stop at token k opens with us as its subject ("We take …", "I'll knock …"). */
    oursBefore(k) {
        const t = this.tokens;
        let j = k - 1;
        while (j > 0 && t[j - 1].kind !== 'stop')
            j--;
        const first = t[j]?.text ?? '';
        // (Not "our": "Our integration partner is running 10% off …. That's their deal" is the partner's.)
        return OUR_OPENERS.has(first);
    }
    /** Whether token k stops a scope running backward from cue c. */
    endsBackward(k, c, ends) {
        const tok = this.tokens[k];
        if (tok.kind === 'stop')
            return true;
        // A cue that points back at what was said ("…, but that died in April") passes over the words that end a clause.
        if ((ends.has(k) && c.q.scope !== 'previous-sentence') || c.q.ends.has(tok.text))
            return true;
        // A quotation's own punctuation does not end the clause that quotes it ("the line 'Act now!' was retired").
        const said = tok.quoted && !this.tokens[c.start].quoted;
        if (tok.kind !== 'punct' || said || (c.q.scope ?? 'clause') !== 'clause')
            return false;
        // A heading's colon, a parenthesis or a table's cell border right before the cue: "Coupons: off the table", "Freemium plan
        // (sunset)", "| Promo codes | Not allowed |".
        if (k === c.start - 1 && (tok.text === ':' || tok.text === '(' || tok.text === '|') && (c.q.category === 'negated' || c.q.category === 'retired'))
            return false;
        return tok.text !== ',' || !this.listBefore(k, c.start);
    }
    /**
     * The reach of a backward cue over earlier sentences (`earlier-sentences`): its own sentence's words before it, back to a
     * word of its ends, then each sentence before it whole, while each holds a context of its `over` (another party named or
     * reported) and no word of its ends: "Planners come back asking for 20% off. We hold rate." reaches the ask; "Annual
     * prepay earns 10% off. We don't match." reaches nothing, and nothing before it.
     */
    reachEarlier(c, i, window) {
        const t = this.tokens;
        let to = c.start;
        let n = 0;
        for (let own = true; to > 0 && n < window; own = false) {
            let from = to;
            while (from > 0 && t[from - 1].kind !== 'stop')
                from--;
            if (from < to) {
                const told = !c.q.over || c.q.over.some((name) => this.heldIn(name, t[from].sentence, from, to));
                // An earlier sentence is reached whole or not at all; the cue's own, back to a word of its ends, and only when it tells
                // of another party ("Brokers ask us to match a rival's free months; we don't price match"), though the reach goes on
                // before it ("We don't give machines away and we don't cut bean prices" is one refusal after another, no act of ours).
                if (!own && !told)
                    return;
                // An order to our reps opens a sentence where we act: "Beat any written quote from a local installer by 5%. We don't
                // match it blindly, though".
                if (!own && OUR_ORDERS.has(t[from].text))
                    return;
                let k = to - 1;
                if (!own)
                    for (; k >= from; k--)
                        if (c.q.ends.has(t[k].text) && !objectOf(t, k) && !theirsToDo(t, k))
                            return;
                for (k = to - 1; k >= from && n < window; k--) {
                    if (own && c.q.ends.has(t[k].text) && !refusing(t, k + 1))
                        return;
                    if (t[k].kind !== 'punct')
                        n++;
                    if (told)
                        addAt(this.backward, k, i);
                }
            }
            to = from - 1;
        }
    }
    /** Whether a context of that name starts in sentence `s` between tokens `from` and `to`. */
    heldIn(name, s, from, to) {
        this.findContexts();
        return this.contextHits[s]?.some((h) => h.name === name && h.start >= from && h.start < to) ?? false;
    }
    /** A comma inside a list that goes on with "or" or "nor" keeps a forward scope open. */
    listContinues(comma) {
        const t = this.tokens;
        // Items may be long ("glassware beyond the legal limit for a bar, or …"): twice a scope's reach.
        for (let j = comma + 1; j < t.length && j <= comma + 2 * DEFAULT_WINDOW; j++) {
            if (t[j].kind === 'stop' || (t[j].kind === 'punct' && t[j].text !== ','))
                return false;
            if (LIST_WORDS.has(t[j].text))
                return true;
            // A verb of its own makes it a clause, not an item: "…, the first client is emailed and given 48 hours to confirm or …".
            if (FINITE.has(t[j].text))
                return false;
        }
        return false;
    }
    /** Whether a backward cue counts each item of a list before it afresh: in a clause scope, and not in a relative clause of the
     * last item ("free delivery, 10% off and a birthday voucher that cannot be combined").
     */
    afresh(c) {
        return (c.q.scope ?? 'clause') === 'clause' && !RELATIVES.has(this.tokens[c.start - 1]?.text ?? '');
    }
    /** Whether a wh-word opens the item after a comma ("…, when the budget resets, and why …"). */
    questionAfter(comma) {
        const t = this.tokens;
        const next = t[comma + 1]?.text ?? '';
        return WH.has(next) || (JOINS.has(next) && WH.has(t[comma + 2]?.text ?? ''));
    }
    /** Whether a comma of a list stands in the clause before the join at k ("A, B or C"), within twice a scope's reach. */
    listCommaBefore(join) {
        const t = this.tokens;
        for (let j = join - 1; j >= 0 && j >= join - 2 * DEFAULT_WINDOW; j--) {
            if (t[j].kind === 'stop' || t[j].clause !== t[join].clause)
                return false;
            if (t[j].text === ',')
                return true;
        }
        return false;
    }
    /** A comma between the items of a list ("A, B and C are banned") keeps a backward scope open. */
    listBefore(comma, cue) {
        const t = this.tokens;
        for (let j = comma + 1; j < cue; j++)
            if (JOINS.has(t[j].text))
                return true;
        return false;
    }
    /**
     * Asides a scope passes over: a parenthesis, or a pair of commas whose first is followed by an
     * aside word ("even", "which", "whatever"), with no sentence stop inside. Found once a text;
     * `opens` maps the opening token to the closing one, `closes` the other way.
     */
    asides() {
        if (this.asideMap)
            return this.asideMap;
        const t = this.tokens;
        const opens = new Map();
        const closes = new Map();
        for (let i = 0; i < t.length; i++) {
            const open = t[i].text;
            if (open !== '(' && !(open === ',' && ASIDES.has(t[i + 1]?.text ?? '')))
                continue;
            const close = open === '(' ? ')' : ',';
            for (let j = i + 1; j < t.length && j <= i + ASIDE_MAX; j++) {
                const tok = t[j];
                if (tok.kind === 'stop' || (open === ',' && tok.kind === 'punct' && tok.text !== ','))
                    break;
                if (tok.text === close) {
                    opens.set(i, j);
                    closes.set(j, i);
                    break;
                }
            }
        }
        // A quoted example after its subject ("Scarcity lines such as 'last few in the country' are prohibited"): a cue after it
        // reaches back over it as over an aside, and the quotation is reached too.
        for (let i = 0; i < t.length; i++) {
            const w = EXAMPLE_INTRODUCERS.get(t[i].text);
            if (w === undefined || (w !== '' && t[i + 1]?.text !== w))
                continue;
            let j = i + (w === '' ? 1 : 2);
            if (!t[j]?.quoted)
                continue;
            while (t[j + 1]?.quoted && t[j + 1].sentence === t[i].sentence)
                j++;
            if (j - i <= ASIDE_MAX && !closes.has(j))
                closes.set(j, i);
        }
        this.asideMap = { opens, closes };
        return this.asideMap;
    }
    run() {
        // Constructions that depend on another trait in the sentence go second.
        for (const h of this.hits)
            if (!h.tag.dependent)
                this.judge(h);
        // A sense that hangs on another trait's signal ("unless a discount is in the clause") is read again now that every signal
        // of the first pass is known: a cover made while they were still being read would miss them.
        this.senseCover.clear();
        for (const h of this.hits)
            if (h.tag.dependent)
                this.judge(h);
        // A percentage a qualifier reaches is not an offer ("never more than 10%, not even 20%").
        for (const e of this.doc.list)
            if (e.kind === 'pct')
                e.negated = this.reaching(e.start, e.end, 'discount') !== undefined;
        return { tokens: this.tokens, entities: this.doc.list, matches: this.unlikely(this.passing(this.dedupe())), cancelled: this.cancelled };
    }
    /**
     * The signals less those the statistical check reads as unlikely (veto.ts): a construction's signal of a trait the model
     * knows, when no sentence of the text has a probability of that trait above VETO_THRESHOLD. A plain trigger phrase (the
     * config's among them) always stands: red team 49 found the model cancelling plain phrases in long sentences of ordinary
     * words ("spray and pray", "last chance", "demo required"); on the development playbooks, reading constructions alone kept
     * about half of the gain. The check is off unless the config turns it on (`model` undefined): red team 50 found it cancelling
     * constructions in operations and CRM wording just as wholesale.
     */
    unlikely(matches) {
        const model = this.model;
        if (!model || !matches.some((m) => m.kind === 'construction'))
            return matches;
        const r = readyModel(model);
        const n = r.bias.length;
        // Per sentence, every trait's log-odds, made on first need.
        let scores;
        // Per trait, the sentence that reads most as it (-1 until asked), and the signals set aside: each found once, so that a
        // long text of many signals stays linear.
        const best = new Int32Array(n).fill(-1);
        let unlikely;
        for (const m of matches) {
            const t = r.traits.get(m.trait);
            if (t === undefined || m.kind !== 'construction')
                continue;
            scores ??= this.sentenceScores(r);
            if (best[t] < 0) {
                let s = 0;
                for (let k = 1; k < scores.spans.length; k++)
                    if (scores.z[k * n + t] > scores.z[s * n + t])
                        s = k;
                best[t] = s;
            }
            const s = best[t];
            const p = 1 / (1 + Math.exp(-scores.z[s * n + t]));
            if (p > VETO_THRESHOLD)
                continue;
            unlikely ??= new Set();
            unlikely.add(m);
            if (this.record) {
                const [from, to] = scores.spans[s];
                const veto = { p, sentence: { from, to, feats: features(this.tokens, from, to) } };
                const words = weightiest(model, m.trait, veto.sentence.feats, (f) => this.asWritten(f, veto.sentence));
                const by = `no sentence of the text reads as ${m.trait} to the statistical check: ${percent(veto.p)} at most, under ${percent(VETO_THRESHOLD)}${words.length ? ` (the words that weighed most: ${words.join(', ')})` : ''}`;
                this.cancelled.push({ ...m, reason: 'unlikely', by });
            }
        }
        return unlikely ? matches.filter((m) => !unlikely.has(m)) : matches;
    }
    /** Per sentence of the text, its tokens [from, to) and, `n` a sentence, every trait's log-odds to the statistical check. */
    sentenceScores(r) {
        const spans = [];
        let from = 0;
        for (let k = 1; k <= this.tokens.length; k++) {
            if (k === this.tokens.length || this.tokens[k].sentence !== this.tokens[from].sentence) {
                spans.push([from, k]);
                from = k;
            }
        }
        // One array for every reading (a typed array is slow to make), read before the next reading starts.
        if (scoreBuffer.length < spans.length * r.bias.length)
            scoreBuffer = new Float64Array(spans.length * r.bias.length * 2);
        for (let i = 0; i < spans.length; i++)
            logOdds(r, this.tokens, spans[i][0], spans[i][1], scoreBuffer, i * r.bias.length);
        return { spans, z: scoreBuffer };
    }
    /** A feature (a stem, or two) as the sentence writes it: "limit time" as "Limited time". */
    asWritten(feature, s) {
        const parts = feature.split(' ');
        for (let k = s.from; k + parts.length <= s.to; k++) {
            if (featureOfToken(this.tokens[k]) !== parts[0])
                continue;
            let at = k;
            let ok = true;
            for (const part of parts) {
                while (at < s.to && featureOfToken(this.tokens[at]) === undefined)
                    at++;
                if (at >= s.to || featureOfToken(this.tokens[at]) !== part) {
                    ok = false;
                    break;
                }
                at++;
            }
            if (ok)
                return this.text.slice(this.tokens[k].start, this.tokens[at - 1].end);
        }
        return feature;
    }
    /**
     * The signals less those that only name the practice in passing: in a text of BARE_SENTENCES sentences or more, a trait whose
     * one signal is a single bare name of it (`TraitLexicon.bare`: "coupon", "countdown", "champion") is a mention. A text that
     * uses the practice says more of it ("Lapsed members get a win-back coupon: 15% off their next order" is two signals); a long
     * text that names it once is about something else ("… paid partly in cash and partly in meal coupons, as per HR policy").
     * Any other signal in its sentence says more of it too, and a bare name used as a verb of ours is no name (`bareVerb`).
     */
    passing(matches) {
        if (this.bare.size === 0 || matches.length === 0)
            return matches;
        // Sentences of three words or more: a label ("Q8.", "Answer: 12%.") is no sentence of its own.
        let sentences = 0;
        let words = 0;
        for (let k = 0; k < this.tokens.length; k++) {
            const t = this.tokens[k];
            if (k > 0 && t.sentence !== this.tokens[k - 1].sentence)
                words = 0;
            if (t.kind === 'word' && ++words === 3)
                sentences++;
        }
        if (sentences < BARE_SENTENCES)
            return matches;
        let out = matches;
        for (const m of matches) {
            const names = this.bare.get(m.trait);
            if (!names)
                continue;
            const k = tokenStarting(this.tokens, m.start);
            const t = this.tokens[k];
            if (!t || t.end !== m.end || !names.has(t.text) || this.bareVerb(k))
                continue;
            // Another signal of the trait, or any signal in its sentence ("a voucher on the Thursday before the holiday weekend"),
            // says more of it.
            if (matches.some((x) => x !== m && (x.trait === m.trait || x.sentence === m.sentence)))
                continue;
            out = out.filter((x) => x !== m);
            if (this.record)
                this.cancelled.push({ ...m, reason: 'passing', by: `the only ${m.trait} word in ${sentences} sentences` });
        }
        return out;
    }
    /**
     * Whether the bare name at token k is a verb of ours, not a name: after its subject or a modal ("we blast", "AEs discount",
     * "reps will discount"), or before what it acts on ("Blast the spring catalogue to …", "discount the renewal").
     */
    bareVerb(k) {
        const before = this.tokens[k - 1];
        const after = this.tokens[k + 1];
        return BARE_VERB_AFTER.has(before?.text ?? '') || (after !== undefined && after.sentence === this.tokens[k].sentence && BARE_VERB_BEFORE.has(after.text));
    }
    judge(h) {
        const why = this.why(h);
        // A scan keeps no cancelled phrase: it needs neither the match nor why.
        if (why && !this.record)
            return;
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
        if (why) {
            // A quiet construction's words alone ("this week") are no reading when its context is missing.
            if (!(h.tag.quiet && why.reason === 'context'))
                this.cancelled.push({ ...match, ...why });
            return;
        }
        this.kept.push(match);
        addTo(this.keptTraits, first.sentence, trait);
    }
    /** Why the hit does not signal its trait, or undefined when it stands (`UNSAID` for a scan, which keeps no reason). */
    why(h) {
        // A construction of other tactic kinds is no reading here at all, before any sense is read for it.
        const off = h.tag.onlyIn && this.offKind(h.tag);
        if (off)
            return this.record ? { reason: 'context', by: off } : UNSAID;
        // Another sense first: it also hides the context words it holds ("enrolment" in a study's enrolment).
        const sense = this.sense(h.tag.trait, h);
        if (sense)
            return this.record ? { reason: 'sense', by: sense, rule: sense } : UNSAID;
        const missing = this.unbound(h.tag, h.start);
        if (missing)
            return this.record ? { reason: 'context', by: missing } : UNSAID;
        const cue = this.reaching(h.start, h.end, h.tag.trait) ?? this.reachingAround(h);
        if (cue)
            return this.record ? { reason: cue.q.category, by: this.words(cue.start, cue.end), rule: cue.q.id } : UNSAID;
        // A quoted phrase, or one followed by a word about wording ("price-match language"), in a
        // sentence with a rejecting cue outside the quotes is mentioned, not used.
        const mention = (this.quotedSpan(h.start, h.end) && !this.quoteInUse(h.start)) || WORDING.has(this.tokens[h.end]?.text ?? '');
        const rejecting = mention ? this.rejecting[this.tokens[h.start].sentence] : undefined;
        if (rejecting)
            return this.record ? { reason: 'mentioned', by: this.words(rejecting.start, rejecting.end), rule: rejecting.q.id } : UNSAID;
        return undefined;
    }
    /**
     * The negation or retirement before a longer phrase of the same trait around the hit: a word inside a phrase so cancelled is
     * cancelled with it ("we removed the popup that offered a 20% coupon": "coupon" goes with "20% coupon", though the cue's window
     * ends before it).
     */
    reachingAround(h) {
        if (this.cues.length === 0)
            return undefined;
        const len = h.end - h.start;
        // Only the hits that start close enough before it to hold it, in the order they were found: each hit looks at a few,
        // not at every other one (a long description would otherwise take minutes).
        for (const i of this.around(h.start)) {
            const g = this.hits[i];
            if (g === h || g.tag.trait !== h.tag.trait || g.start > h.start || g.end < h.end || g.end - g.start <= len)
                continue;
            if (this.sense(g.tag.trait, g) || this.unbound(g.tag, g.start))
                continue;
            const cue = this.reaching(g.start, g.end, g.tag.trait);
            // Only a negation or a retirement that comes before both: a phrase that runs on to a cue after it ("who signs off … and why
            // the last supplier was dropped") or another party's act reached only by its longer reading stays the shorter one's own.
            if (!cue || cue.end > g.start || (cue.q.category !== 'negated' && cue.q.category !== 'retired'))
                continue;
            // And in the clause of the cue, with no comma between but a list's: "there is no price, the client must call" negates the
            // price, not the call.
            if (this.tokens[cue.end - 1].clause === this.tokens[h.start].clause && !this.commaBetween(cue.end, h.start))
                return cue;
        }
        return undefined;
    }
    /** Where each hit starts; made on first use. */
    hitStarts;
    /** The hits by where they start, and the longest span of any; made on first use. */
    byStart;
    /** The numbers of the hits that start at most the longest span before `start` and not after it, in the order found. */
    around(start) {
        if (!this.byStart) {
            const order = this.hits.map((_, i) => i).sort((a, b) => this.hits[a].start - this.hits[b].start || a - b);
            let span = 0;
            for (const g of this.hits)
                span = Math.max(span, g.end - g.start);
            this.byStart = { order, span };
        }
        const { order, span } = this.byStart;
        let lo = 0;
        let hi = order.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.hits[order[mid]].start < start - span)
                lo = mid + 1;
            else
                hi = mid;
        }
        const out = [];
        for (let k = lo; k < order.length && this.hits[order[k]].start <= start; k++)
            out.push(order[k]);
        return out.sort((a, b) => a - b);
    }
    /** Whether a comma that is not a list's stands between tokens a and b. */
    commaBetween(a, b) {
        for (let k = a; k < b; k++)
            if (this.tokens[k].text === ',' && !this.listContinues(k))
                return true;
        return false;
    }
    /** What a construction or a sense needs and does not have, or undefined when it is bound. */
    unbound(r, start) {
        const missing = this.unmet(r, start);
        if (missing)
            return missing;
        const { unless } = r;
        if (!unless)
            return undefined;
        const first = this.tokens[start];
        const clause = r.scope === 'clause' ? first.clause : undefined;
        for (let k = 0; k < unless.length; k++)
            if (this.has(unless[k], first.sentence, clause))
                return this.record ? `${describeContext(unless[k])} in the sentence` : UNSAID.by;
        return undefined;
    }
    /** Why a rule does not count in this tactic's kind (`notIn`, `onlyIn`), or undefined when it does. */
    offKind(r) {
        if (this.kind && r.notIn?.includes(this.kind))
            return this.record ? `a tactic of kind ${this.kind} does not count it` : UNSAID.by;
        if (r.onlyIn && !(this.kind && r.onlyIn.includes(this.kind)))
            return this.record ? `counts only in a tactic of kind ${r.onlyIn.join(' or ')}` : UNSAID.by;
        return undefined;
    }
    /** Why a rule's phrase is no phrase here at all: a kind it does not count in, or none of its `when` contexts nearby. */
    unmet(r, start) {
        // The tactic's kind is a context too: "a question put to the buyer" does not count in an objection-handling tactic, and a
        // question about their situation counts as discovery on its own in a discovery tactic.
        const off = this.offKind(r);
        if (off)
            return off;
        const { when } = r;
        if (!when)
            return undefined;
        const first = this.tokens[start];
        const clause = r.scope === 'clause' ? first.clause : -1;
        // A short sentence ("Ends Sunday.") binds to the one before it, and so does a brief one that opens with the phrase after a
        // headline, as copy sets a price and its terms ("Spring check-up, $69. This week only in Oakwood."; not "Winter tyres, $89.
        // Until 30 November our Eastgate bay is closed for repairs, so book at Northgate."); a longer one only to itself, or to its
        // clause, and a clause that opens with the phrase ("20% off — ends Friday") to the clause before it.
        const before = first.sentence > 0 &&
            (this.shortSentence(first.sentence) ||
                ((start === 0 || this.tokens[start - 1].sentence !== first.sentence) &&
                    this.shortSentence(first.sentence, TERMS_WORDS) &&
                    this.shortSentence(first.sentence - 1, HEADLINE_WORDS)));
        const opens = clause > 0 &&
            (start === 0 || this.tokens[start - 1].clause !== clause || (start > 1 && this.tokens[start - 2].clause !== clause)) &&
            this.tokens[start - 1].sentence === first.sentence;
        for (let k = 0; k < when.length; k++)
            if (this.bound(when[k], r.near, first.sentence, clause, before, opens))
                return undefined;
        return this.record ? needsNearby(when) : UNSAID.by;
    }
    /** Whether context c is bound for a phrase in that sentence (and clause, or -1): see `unmet`. */
    bound(c, near, sentence, clause, before, opens) {
        return (this.has(c, sentence, clause < 0 ? undefined : clause) ||
            (near?.includes(c) === true && ((sentence > 0 && this.has(c, sentence - 1)) || this.has(c, sentence + 1))) ||
            (before && this.has(c, sentence - 1)) ||
            (opens && this.has(c, sentence, clause - 1)));
    }
    /** Whether a sentence has at most `most` words (four: a fragment that leans on the sentence before). */
    shortSentence(sentence, most = 4) {
        if (!this.sentenceWords) {
            this.sentenceWords = [];
            for (const t of this.tokens)
                if (t.kind !== 'punct' && t.kind !== 'stop')
                    this.sentenceWords[t.sentence] = (this.sentenceWords[t.sentence] ?? 0) + 1;
        }
        return (this.sentenceWords[sentence] ?? 0) <= most;
    }
    /** The nearest cue of a cancelling category whose scope reaches tokens [a, b). */
    reaching(a, b, trait) {
        this.best = undefined;
        this.distance = Infinity;
        this.consider(this.forward[a], a, b, trait);
        this.consider(this.backward[b - 1], a, b, trait);
        // A negating cue inside the phrase that is not one of its words ("the list we never bought").
        for (let k = a + 1; k < b; k++)
            this.consider(this.startsAt[k], a, b, trait);
        return this.best;
    }
    /** The nearest so far (`reaching`): the cues numbered in `list` that reach tokens [a, b), and how far the nearest is. */
    best = undefined;
    distance = Infinity;
    consider(list, a, b, trait) {
        if (!list)
            return;
        for (let k = 0; k < list.length; k++) {
            const c = this.cues[list[k]];
            if (!this.reaches(c, a, b, trait))
                continue;
            const d = c.start >= b ? c.start - b : c.start < a ? a - c.end : 0;
            if (d < this.distance) {
                this.distance = d;
                this.best = c;
            }
        }
    }
    /** Whether cue c may cancel the signal on tokens [a, b): quotes keep their cues inside. */
    reaches(c, a, b, trait) {
        const t = this.tokens;
        if (c.q.traits && !c.q.traits.includes(trait))
            return false;
        const quoted = this.quotedSpan(a, b);
        // A cue about quoted words stands outside the quotes (a talk track that says "rather than" is not rejecting itself).
        if (c.q.quotedOnly && (!quoted || t[c.start].quoted))
            return false;
        if (t[c.start].quoted && !quoted)
            return false;
        if (c.start > a && c.start < b)
            return c.q.category !== 'mentioned' && c.q.category !== 'hypothetical' && c.q.direction !== 'backward';
        return true;
    }
    /** A sense of the trait that overlaps the hit and is at least as long, by its id: the longest span wins, a tie goes to the sense. */
    sense(trait, h) {
        const cover = this.coverOf(trait);
        if (!cover)
            return undefined;
        const len = h.end - h.start;
        for (let k = h.start; k < h.end; k++)
            if (cover.len[k] >= len)
                return cover.id[k];
        return undefined;
    }
    /** Per token, the longest bound sense of a trait covering it; built once per trait and text. */
    coverOf(trait) {
        let cover = this.senseCover.get(trait);
        if (cover)
            return cover;
        let any = false;
        for (let k = 0; k < this.senses.length && !any; k++)
            any = this.senses[k].tag.trait === trait;
        if (!any)
            return undefined;
        cover = { len: new Int32Array(this.tokens.length), id: [] };
        for (const s of this.senses) {
            if (s.tag.trait !== trait || this.unbound(s.tag, s.start))
                continue;
            const len = s.end - s.start;
            for (let k = s.start; k < s.end; k++) {
                if (len > cover.len[k]) {
                    cover.len[k] = len;
                    cover.id[k] = s.tag.id;
                }
            }
        }
        this.senseCover.set(trait, cover);
        return cover;
    }
    /** Whether context `c` is in the sentence (or, given `clause`, in that clause only). */
    has(c, sentence, clause) {
        if (c.startsWith('trait:'))
            return this.keptTraits[sentence]?.has(c.slice(6)) ?? false;
        const contexts = this.findContexts();
        return (clause === undefined ? contexts[sentence] : this.clauseContexts[clause])?.has(c) ?? false;
    }
    /** The contexts of the text, per sentence and per clause, with where each starts; found once, on first use. */
    findContexts() {
        if (!this.contexts) {
            const found = this.contextIndex.scan(this.doc);
            // A word read in another sense is no context: no offer in "submit the discount log by the 30th", no decision in
            // "closing support tickets within 48 hours". Only a sense that is read here hides them, not one whose condition fails
            // ("a bond's coupon" without a finance context). That condition is read on the contexts every sense leaves, so a sense's
            // own words are no context of its own ("our team sends clients the rates by March 31" keeps its sense, unless the buyer
            // is named outside it); a condition on another trait's signal is not known yet, so that sense hides as it always did.
            const hiding = [];
            const conditional = [];
            for (const s of this.senses) {
                if (s.tag.wide)
                    continue;
                hiding.push(s);
                if ((s.tag.when || s.tag.unless) && !onTraits(s.tag))
                    conditional.push(s);
            }
            this.readContexts(found, hiding);
            const failing = conditional.filter((s) => this.unbound(s.tag, s.start));
            if (failing.length) {
                this.contextHits = [];
                this.clauseContexts = [];
                this.readContexts(found, hiding.filter((s) => !failing.includes(s)));
            }
        }
        return this.contexts;
    }
    /** Reads the context hits `found` into the per-sentence and per-clause sets, leaving out those inside a sense of `hiding`. */
    readContexts(found, hiding) {
        this.contexts = [];
        // How far the senses that start at or before each token reach: a context hit [a, b) lies inside a sense when
        // reach[a] >= b. One pass, not a look through every sense for every hit.
        const reach = new Int32Array(this.tokens.length);
        for (const sense of hiding)
            if (sense.end > reach[sense.start])
                reach[sense.start] = sense.end;
        for (let k = 1; k < reach.length; k++)
            if (reach[k - 1] > reach[k])
                reach[k] = reach[k - 1];
        for (const h of found) {
            if (reach[h.start] >= h.end)
                continue;
            const t = this.tokens[h.start];
            const name = h.tag.name;
            addTo(this.contexts, t.sentence, name);
            addTo(this.clauseContexts, t.clause, name);
            const hits = this.contextHits[t.sentence];
            if (hits)
                hits.push({ name, start: h.start });
            else
                this.contextHits[t.sentence] = [{ name, start: h.start }];
        }
    }
    quoted(h) {
        return this.quotedSpan(h.start, h.end);
    }
    /** Whether the quotation holding token k is put to use by the verb before it ("say 'this price is only good today'"). */
    quoteInUse(k) {
        const t = this.tokens;
        let q = k;
        while (q > 0 && t[q - 1].quoted && t[q - 1].kind !== 'stop')
            q--;
        for (let j = q - 1; j >= 0 && j >= q - 2; j--)
            if (t[j].kind === 'word' && USED_AFTER.has(t[j].text))
                return true;
        return false;
    }
    quotedSpan(a, b) {
        for (let i = a; i < b; i++)
            if (this.tokens[i].quoted)
                return true;
        return false;
    }
    words(a, b) {
        return this.text.slice(this.tokens[a].start, this.tokens[b - 1].end);
    }
    /** One signal per phrase: a shorter signal inside a longer one of the same trait adds nothing. */
    dedupe() {
        if (this.kept.length <= 1)
            return this.kept.slice();
        const sorted = inOrder(this.kept, byTrait) ? this.kept : [...this.kept].sort(byTrait);
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
        return inOrder(out, bySpan) ? out : out.sort(bySpan);
    }
}
const byTrait = (x, y) => (x.trait < y.trait ? -1 : x.trait > y.trait ? 1 : x.start - y.start || y.end - x.end);
const bySpan = (x, y) => x.start - y.start || x.end - y.end;
/** Whether a list is in that order already (a stable sort would leave it as it is). */
function inOrder(list, order) {
    for (let k = 1; k < list.length; k++)
        if (order(list[k - 1], list[k]) > 0)
            return false;
    return true;
}
/** Words that introduce a quoted example, each with the word that must follow it ('' for none): "such as", "e.g.", "like". */
const EXAMPLE_INTRODUCERS = new Map([
    ['such', 'as'],
    ['e', 'g'],
    ['eg', ''],
    ['like', ''],
    ['including', ''],
    ['for', 'example'],
]);
/** What opens a list item after the one before it: "no contract and no credit card", "no setup fee, no card details". */
const CONJUNCT_OPENERS = new Set(['and', 'or', 'nor', ',', ';']);
/**
 * Words that open a noun phrase of its own after "and" or a comma, outside the scope of a "no" before it: articles and
 * possessives, and Spanish "con" ("sin plazo forzoso y con un mes gratis").
 */
const OWN_ARTICLES = new Set(['a', 'an', 'our', 'your', 'their', 'un', 'una', 'con', 'nuestro', 'nuestra']);
/** Words that open a sentence in which we act (`oursBefore`). */
const OUR_OPENERS = new Set(['we', "we'll", "we're", "we've", "we'd", 'i', "i'll", "i'm", "i've"]);
/** Determiner negations, English and Spanish ("no setup fee", "sin plazo forzoso"), and the words that join a conjunct after one. */
const DENIERS = new Set(['no', 'sin']);
const CONJUNCTS = new Set(['and', ',', 'plus', 'y']);
/** Why a phrase is cancelled, for a scan, which keeps no reason: the reading is the same, the words of the reason are not made. */
const UNSAID = { reason: 'context', by: 'unsaid', rule: undefined };
/** Scopes with no word that ends them. */
const NO_ENDS = new Set();
const byStart = (a, b) => a.start - b.start;
/** The pseudo-cue (of `pseudo`, sorted by start) that takes a cue, if any. */
/**
 * The second parts of compounds whose first part keeps its sense: the endings that make an adjective of what they follow
 * ("white-glove-style onboarding", "a discount-led plan", "no credit card-required sign-up") and the words that link two
 * ("free trial-to-paid"). Not particles, which make a noun of their own ("price cut-off", "hard close-out", "match-up"): a
 * compound that keeps its sense with one is written into the phrase ("bulk mail-out").
 */
const PARTICLES = new Set('style styled level grade type like based led driven heavy only friendly ready focused centric oriented related linked tied specific wide first required needed enabled approved backed to and or of for per'.split(' '));
/**
 * The words that are the first part of a hyphenated compound, where a phrase of two or more words may not end (`Tokens.compound`):
 * "dropped the price" is not in "dropped the price-match promise", nor "20% off" in "20% off-peak". An adjective's
 * ending or a linking word keeps the word's sense ("white-glove-style", "trial-to-paid"), and a person of two trades is a person
 * ("a dedicated chef-consultant").
 */
function compounds(tokens, text) {
    if (!text.includes('-'))
        return undefined;
    let out;
    for (let k = 0; k + 1 < tokens.length; k++) {
        const a = tokens[k];
        const b = tokens[k + 1];
        if (a.kind !== 'word' || b.kind !== 'word' || !hyphenJoined(a, b, text))
            continue;
        if (PARTICLES.has(b.text) || (PERSONS.has(a.text) && PERSONS.has(b.text)))
            continue;
        out ??= new Uint8Array(tokens.length);
        out[k] = 1;
    }
    return out;
}
/** People by their trade or role (lexicon/words.ts). */
const PERSONS = new Set(ROLES.split('|'));
/** The modals and verbs that carry a main clause on after a relative one ("who aren't sure can take …"). */
const MODALS = new Set(['can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'shall']);
/** Words before a negation that make it a phrase describing a noun ("sole proprietors with no employees"). */
const MODIFIER_OPENERS = new Set(['with']);
/** How many sentences a text holds before a bare name alone in it is a passing mention (`Pass.passing`). */
const BARE_SENTENCES = 3;
/** Words after which a bare name is a verb of ours ("we blast", "AEs discount", "reps will discount"), not a name. */
const BARE_VERB_AFTER = new Set([
    'we',
    'i',
    'you',
    'reps',
    'aes',
    'sdrs',
    'bdrs',
    'agents',
    'advisors',
    'advisers',
    'staff',
    'team',
    'managers',
    'also',
    'will',
    "we'll",
    "i'll",
    "you'll",
    "they'll",
    'can',
    'may',
    'might',
    'should',
    'must',
    'could',
    'would',
    'to',
]);
/** Words before which a bare name is a verb of ours ("blast our whole file", "discount every renewal"), not a name. */
const BARE_VERB_BEFORE = new Set([
    'the',
    'our',
    'your',
    'their',
    'every',
    'each',
    'all',
    'them',
    'it',
    'this',
    'that',
    'these',
    'those',
    'any',
]);
/** The token that starts at offset `at` (a match's first), by halving; -1 when none does. */
function tokenStarting(tokens, at) {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = tokens[mid].start;
        if (s === at)
            return mid;
        if (s < at)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}
/** Negations that are a clause's subject or its object ("no pub gets …"): the verb after them is their own. */
const NEGATING_SUBJECTS = new Set(['no', 'nobody', 'nothing', 'none', 'neither', 'no one']);
/** Subject pronouns: a modal after one belongs to its own clause. */
const PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it']);
/** Words that open an exception to a negation before them ("no discounts without approval", "nobody calls unless asked"). */
const EXCEPTIONS = new Set(['without', 'unless', 'until', 'except']);
/** Whether another negation starts after cue c and ends before token `before`. */
function negationBetween(cues, c, before) {
    for (const d of cues)
        if (d !== c && d.q.category === 'negated' && d.start >= c.end && d.end <= before)
            return true;
    return false;
}
function absorbedBy(pseudo, c) {
    for (const p of pseudo) {
        if (p.start >= c.end)
            return undefined;
        if (p.end > c.start && c.end - c.start <= p.end - p.start)
            return p;
    }
    return undefined;
}
/**
 * Whether token t (number k) is a word a phrase over it names, of a phrase that began before k when k >= 0, and not one that
 * `cue` spans with more besides (`placeCues`).
 */
function literalAt(over, t, k, cue) {
    if (!over)
        return false;
    for (const h of over)
        if ((k < 0 || h.start < k) && !(cue && cue.start <= h.start && cue.end > h.end) && literalIn(h.pattern, t))
            return true;
    return false;
}
/** Whether a token is one of the words a phrase names (not a token its gap skipped). */
function literalIn(p, t) {
    const has = (slots) => slots.some((slot) => (slot.type === 'words' ? slot.exact.has(t.text) || slot.stems.has(t.stem) : slot.type === 'group' && slot.alts.some(has)));
    return has(p.slots);
}
/** Adds an index to the list at `k`, making the list when it is not there. */
function addAt(lists, k, i) {
    const list = lists[k];
    if (!list)
        lists[k] = [i];
    else if (list[list.length - 1] !== i)
        list.push(i);
}
/** Words after which "our" is what another party's offer is measured against ("15% below our price"), not our act. */
const OBJECT_OF = new Set('below under beneath off than from against beyond over above undercut undercuts undercutting beat beats beating match matches matching into vs versus'.split(' '));
/** Whether the words from k refuse ("don't", "do not", "are not", "will never"). */
function refusing(t, k) {
    // Said to them: "I said we don't match", "we told him we won't".
    if (SAID.has(t[k]?.text ?? '')) {
        k++;
        if (HEARERS.has(t[k]?.text ?? ''))
            k++;
        else if (t[k]?.text === 'the' && BUYER_NOUNS.has(t[k + 1]?.text ?? ''))
            k += 2;
        if (t[k]?.text === 'that')
            k++;
        if (t[k]?.text === 'we' || t[k]?.text === 'i')
            k++;
    }
    const w = t[k]?.text ?? '';
    return isNegation(w) || ((w === 'do' || FINITE.has(w)) && isNegation(t[k + 1]?.text ?? ''));
}
/** Verbs of saying, and whom to, before our refusal (`refusing`). */
const SAID = new Set(['said', 'say', 'told', 'tell', 'replied', 'reply', 'answered', 'explained']);
const HEARERS = new Set(['him', 'her', 'them']);
const BUYER_NOUNS = new Set(['customer', 'buyer', 'client', 'farmer', 'owner', 'dealer', 'caller']);
/** Verbs that open an order to our own people about a price ("Beat any written quote", "Waive the set-up fee"). */
const OUR_ORDERS = new Set('beat match offer give take knock waive quote throw add include extend honour honor hold keep discount price drop cut sell'.split(' '));
/** Whether the word at k follows one of OBJECT_OF, over a full stop ("vs. our $655"). */
function objectOf(t, k) {
    const before = t[k - 1]?.text === '.' ? t[k - 2] : t[k - 1];
    // So is "we" in what we ask: "at roughly 20% below what we ask for a five-year-old unit".
    return OBJECT_OF.has(before?.text ?? '') || (before?.text === 'what' && OBJECT_OF.has(t[k - 2]?.text ?? ''));
}
/**
 * Whether the word at k is "can" or "may" said of the buyer's side, not of our people: "Prospects say they can get 20% off
 * elsewhere" reports what they are offered ("the rep can offer 5%" is ours).
 */
function theirsToDo(t, k) {
    const w = t[k].text;
    return (w === 'can' || w === 'may') && THEIR_SIDE.has(t[k - 1]?.text ?? '');
}
/** The buyer's side as the subject of a clause. */
const THEIR_SIDE = new Set('they you he she buyers customers clients prospects patients guests members families couples owners shoppers callers'.split(' '));
/** Adds a name to the set at `i`, making the set when it is not there. */
function addTo(sets, i, name) {
    let set = sets[i];
    if (!set) {
        set = new Set();
        sets[i] = set;
    }
    set.add(name);
}
/** How `align traits` names each context a construction binds to; a new context needs its words here. */
const CONTEXT_WORDS = {
    offer: 'an offer or a price',
    asked: 'questions put to them',
    pricechange: 'a price change',
    buyer: 'the buyer',
    reported: 'another party named or reported',
    internal: 'our own staff or books',
    refund: 'a refund',
    decision: 'a decision to sign, order or register',
    lapse: 'something gone or over',
    nocharge: 'nothing to pay',
    salesdesk: 'our people who give the price',
    priceroute: 'a way to the price: asked for, quoted, or from a person',
    alone: 'the buyer on their own',
    urge: 'our people pressing for a signature or a decision',
    limiting: 'a limit said as such',
    segment: 'an audience chosen',
    capacity: 'seats, places or stock',
    outreach: 'outreach',
    hospitality: 'hospitality',
    finance: 'finance',
    legal: 'a legal matter',
    tech: 'technology',
    award: 'an award or a sport',
    deal: 'a deal or the people in it',
    audience: 'whom or what a send goes to',
    briefing: 'our own people briefed or trained',
    hiring: 'hiring',
    consent: 'an audience that opted in or bought that line',
    personal: 'messages written one by one',
    trial: 'a trial',
    push: 'a push to act before it',
    lockin: 'a price held for those who act in time',
    used: 'an amount, or the buyer getting it, or our people handing it over or sending it',
    given: 'money off handed to buyers',
    asset: 'a price list or an asset',
    rival: 'a rival',
    inquiry: 'a question',
    forecasting: 'a forecast',
    studied: 'their situation looked into with them',
};
/** The most words of a headline that a brief sentence after it (TERMS_WORDS at most), opening with a construction, binds to. */
const HEADLINE_WORDS = 12;
const TERMS_WORDS = 8;
/** What a construction with these `when` contexts lacks when none is nearby. */
function needsNearby(when) {
    return `needs ${when.map(describeContext).join(' or ')} nearby`;
}
function describeContext(c) {
    return c.startsWith('trait:') ? `a ${c.slice(6)} signal` : CONTEXT_WORDS[c];
}
/** Whether a rule's condition names another trait's signal (`trait:discount`), which is known only after the first reading. */
function onTraits(r) {
    return (r.when?.some((c) => c.startsWith('trait:')) ?? false) || (r.unless?.some((c) => c.startsWith('trait:')) ?? false);
}
/** Adverbs that may stand between "and" and a second act ("and sometimes gives"). */
const ADVERBS_OF_HABIT = new Set('sometimes often also even then usually always occasionally now still'.split(' '));
/** Acts of another party, in the third person, that an "and" may join to its first (`secondAct`). */
const SECOND_ACTS = new Set('gives offers throws runs sends cuts drops hands waives sells quotes charges undercuts discounts promises pushes blasts texts emails calls slashes knocks adds includes bundles'.split(' '));
