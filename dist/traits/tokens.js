/**
 * Tokens with classes: words, numbers, punctuation and sentence stops, then the multi-word
 * entities the constructions use as slots (numbers in words, percentages, amounts of money,
 * durations, dates and deadlines). Offsets always point into the original text.
 */
import { stemmer } from 'stemmer';
import { LEXICON_STEMS } from './stems.js';
const NUM = String.raw `\d[\d,]*(?:\.\d+)?`;
/** Thousands grouped with spaces (a plain, no-break or narrow no-break one): "1 500", "12 000 000". */
const SPACED = String.raw `\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])`;
const TOKEN = new RegExp([
    // 1 money; rand written as "R4,500" or "R1200" (not a road, a model or a refrigerant: "the R300", "R32", "R410A"); after a
    // currency, thousands grouped with spaces as much of the world writes them ("R1 500", "€12 000")
    String.raw `((?:[$€£₹¥₩₺₽₦₱₫₴₪₵]|R\$)\s?(?:${SPACED}|${NUM})(?:\s?(?:k|m|bn)\b)?|\bR(?=\d{1,3}[ \u00a0\u202f]\d{3}(?![\d,.])|\d{1,3},\d{3}|\d{4}|\d+\.\d)(?:${SPACED}|${NUM})(?![\p{L}\d]))`,
    String.raw `(${NUM}\s?(?:%|percent\b|per\s?cent\b|pct\b))`, // 2 percentage
    // 3 clock time, or a date in digits (2026-12-31, 31/12/2026, and 12/31 after a word such as by or until)
    String.raw `(\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|\d{1,2}:\d\d\b|\d{4}-\d\d-\d\d\b|\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)\b|\d{1,2}\.\d{1,2}\.\d{4}\b|(?<=\b(?:by|before|until|till|thru|through|on|after|from|ends?|expires?|closes?|due)\s)\d{1,2}/\d{1,2}\b(?![/\d]))`,
    // 4 short duration (48h); not the first letter of a word with a letter beyond ASCII, which \b misses ("30 días")
    String.raw `(\d+\s?(?:h|hrs?|d|wks?|mins?)(?![\p{L}\p{N}]))`,
    String.raw `(${NUM}(?:k|m|bn)?(?:st|nd|rd|th)?\b|[½¼¾])`, // 5 number, ordinal, fraction
    String.raw `(\p{L}[\p{L}\p{N}]*(?:['’]\p{L}+)*|\d+x\d+\b)`, // 6 word; "2x1" (two for one) is one
    String.raw `([.!?]+(?=[\s"'”’)\]]|$)|\n\s*\n)`, // 7 sentence stop
    String.raw `([;:()\[\]—–|]|\s-\s|,)`, // 8 clause punctuation; a table's cell border too
].join('|'), 'giu');
/** Words after which a full stop does not end the sentence. */
/** Short forms of month names, which are abbreviations too. */
const MONTH_SHORT = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const ABBREVIATIONS = new Set([
    'inc',
    'ltd',
    'co',
    'corp',
    'eg',
    'ie',
    'vs',
    'etc',
    'st',
    'dr',
    'mr',
    'mrs',
    'ms',
    'no',
    'approx',
    'dept',
    'est',
    // Price tags: "$79 (reg. $129)", "orig. $40", "£4 ea. or 3 for £10".
    'reg',
    'orig',
    'incl',
    'excl',
    'ea',
    'qty',
    ...MONTH_SHORT,
]);
const stemCache = new Map();
/**
 * Every word or class a pattern starts with or needs, numbered (pattern.ts): each token carries
 * the numbers of its stem and text, found when it is read, so that the pattern indexes and the
 * needs work with numbers.
 */
export const wordIds = new Map();
export function idOf(w) {
    let id = wordIds.get(w);
    if (id === undefined) {
        id = wordIds.size;
        wordIds.set(w, id);
    }
    return id;
}
const wordInfo = new Map();
function infoOf(word, isWord) {
    let info = wordInfo.get(word);
    if (!info) {
        info = { text: word, stem: isWord ? stem(word.endsWith("'s") ? word.slice(0, -2) : word) : word, sid: -1, tid: -1, known: -1 };
        if (wordInfo.size < 50_000)
            wordInfo.set(word, info);
    }
    return current(info);
}
/** The word's numbers, found again when patterns named new words since they were last found. */
function current(info) {
    if (info.known !== wordIds.size) {
        info.sid = wordIds.get(info.stem) ?? -1;
        info.tid = info.stem === info.text ? info.sid : (wordIds.get(info.text) ?? -1);
        info.known = wordIds.size;
    }
    return info;
}
/**
 * Plain ASCII words as read (`wordInfo`'s entries), found by their characters in the text: most tokens are words read before,
 * and a word found here is read without a string cut from the text, put in lower case and looked up in a map (which hashes
 * and compares that new string: the tokenizer's largest cost). An open-addressed table of INTERN slots, each two numbers side
 * by side in one array (one cache line holds both): the word's hash, and its number in `interned` plus one (0 for none). Full at
 * INTERN / 2 words: later words go by `infoOf` alone.
 */
const INTERN = 1 << 15;
const internTable = new Int32Array(INTERN * 2);
const interned = [];
/** Set by `internedWord` when it finds nothing: the hash of the word and the free slot it would take. */
let missHash = 0;
let missSlot = -1;
/** Set by `internedWord`: whether the word holds a lower-case letter (a word in capitals throughout holds none). */
let anyLower = false;
/**
 * The word the ASCII letters, digits and apostrophes text[start, end) read as (in lower case, curly apostrophes made straight),
 * when it was read before; else undefined, with `missHash` and `missSlot` set.
 */
function internedWord(text, start, end) {
    let h = 0x811c9dc5;
    let lower = false;
    for (let i = start; i < end; i++) {
        let c = text.charCodeAt(i);
        if (c >= 97)
            lower ||= c <= 122;
        else if (c >= 65 && c <= 90)
            c += 32;
        if (c === 0x2019)
            c = 39;
        h = Math.imul(h ^ c, 0x01000193);
    }
    anyLower = lower;
    let slot = (h ^ (h >>> 16)) & (INTERN - 1);
    for (let e = internTable[slot * 2 + 1]; e > 0; e = internTable[slot * 2 + 1]) {
        if (internTable[slot * 2] === h) {
            const info = interned[e - 1];
            if (sameWord(info.text, text, start, end))
                return current(info);
        }
        slot = (slot + 1) & (INTERN - 1);
    }
    missHash = h;
    missSlot = slot;
    return undefined;
}
/** Whether `word` is text[start, end) read as `internedWord` reads it. */
function sameWord(word, text, start, end) {
    if (word.length !== end - start)
        return false;
    for (let i = start, k = 0; i < end; i++, k++) {
        let c = text.charCodeAt(i);
        if (c >= 65 && c <= 90)
            c += 32;
        else if (c === 0x2019)
            c = 39;
        if (c !== word.charCodeAt(k))
            return false;
    }
    return true;
}
/** Keeps a word `internedWord` did not find (its hash and slot as it left them), while the table has room. */
function intern(info) {
    if (interned.length >= INTERN / 2)
        return;
    internTable[missSlot * 2] = missHash;
    internTable[missSlot * 2 + 1] = interned.push(info);
}
/** Numbers the tokens again when patterns named new words after they were read. */
export function renumber(doc) {
    if (doc.known === wordIds.size)
        return;
    for (const t of doc.tokens) {
        t.sid = wordIds.get(t.stem) ?? -1;
        t.tid = t.text === t.stem ? t.sid : (wordIds.get(t.text) ?? -1);
    }
    doc.known = wordIds.size;
}
export function stem(word) {
    if (!lexiconStemsRead)
        readLexiconStems();
    let s = stemCache.get(word);
    if (s === undefined) {
        s = stemAfresh(word);
        if (stemCache.size < 50_000)
            stemCache.set(word, s);
    }
    return s;
}
/** A word's stem, worked out (`stem` keeps it). */
export function stemAfresh(word) {
    const s = /^\p{L}+$/u.test(word) ? stemmer(word) : word;
    // The stemmer makes "use", "used" and "using" the pronoun "us" ("wants us to" is no "used to").
    return s === 'us' && word !== 'us' ? 'use' : s;
}
/** Whether the stems of the lexicon's words (stems.ts) are in the cache: read on the first `stem`. */
let lexiconStemsRead = false;
function readLexiconStems() {
    lexiconStemsRead = true;
    for (const entry of LEXICON_STEMS.split(' ')) {
        const k = entry.indexOf('=');
        if (k < 0)
            stemCache.set(entry, entry);
        else
            stemCache.set(entry.slice(0, k), entry.slice(k + 1));
    }
}
function numberOf(raw) {
    if (raw === '½')
        return 0.5;
    if (raw === '¼')
        return 0.25;
    if (raw === '¾')
        return 0.75;
    const m = /(\d[\d,]*(?:\.\d+)?)\s?(k|m|bn)?/i.exec(raw.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '$1'));
    if (!m)
        return NaN;
    const n = Number(m[1].replace(/,/g, ''));
    const unit = m[2]?.toLowerCase();
    return n * (unit === 'k' ? 1e3 : unit === 'm' ? 1e6 : unit === 'bn' ? 1e9 : 1);
}
const SHORT_UNIT_DAYS = { h: 1 / 24, hr: 1 / 24, hrs: 1 / 24, d: 1, wk: 7, wks: 7, min: 1 / 1440, mins: 1 / 1440 };
/** Quote pairs: straight and curly double quotes, and single quotes that stand at word edges. */
function quotedRanges(text) {
    const out = [];
    let open;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch !== '"' && ch !== '“' && ch !== '”' && ch !== "'" && ch !== '‘' && ch !== '’')
            continue;
        const before = i === 0 ? ' ' : text[i - 1];
        const after = i + 1 >= text.length ? ' ' : text[i + 1];
        const wordBefore = /[\p{L}\p{N}]/u.test(before);
        const wordAfter = /[\p{L}\p{N}]/u.test(after);
        if ((ch === "'" || ch === '’') && wordBefore && wordAfter)
            continue; // an apostrophe
        const double = ch === '"' || ch === '“' || ch === '”';
        if (open) {
            const pairs = double ? open.ch === '"' || open.ch === '“' || open.ch === '”' : open.ch === "'" || open.ch === '‘' || open.ch === '’';
            if (pairs && !wordAfter) {
                out.push([open.at, i]);
                open = undefined;
                continue;
            }
        }
        if (!wordBefore && (wordAfter || /[\p{P}\p{S}]/u.test(after)))
            open = { at: i, ch };
    }
    return out;
}
/**
 * The character code at i, or -1 past the end (where charCodeAt gives NaN: every test below is false for both). Reading past
 * the end is what optimized code assumes never happens: each place that did cost a deoptimization and a compile afresh.
 */
const codeAt = (text, i) => (i < text.length ? text.charCodeAt(i) : -1);
const isAsciiLetter = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/**
 * The end of the ASCII word that starts at `p` (what TOKEN's word part would match there), or -1 when
 * the text at `p` is something else or goes on in letters outside ASCII (left to the expression).
 */
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function asciiWordEnd(text, p) {
    const c = codeAt(text, p);
    if (!isAsciiLetter(c))
        return -1;
    // R$ and rand ("R4,500"), money: left to the expression.
    if ((c === 82 || c === 114) && (codeAt(text, p + 1) === 36 || isDigit(codeAt(text, p + 1))))
        return -1;
    let i = p + 1;
    for (let d = codeAt(text, i); isAsciiLetter(d) || (d >= 48 && d <= 57); d = codeAt(text, i))
        i++;
    // Apostrophes between letters: it's, rock'n'roll.
    for (;;) {
        const d = codeAt(text, i);
        if (d !== 39 && d !== 0x2019)
            break;
        const e = codeAt(text, i + 1);
        if (e >= 128)
            return -1;
        if (!isAsciiLetter(e))
            break;
        let j = i + 2;
        while (isAsciiLetter(codeAt(text, j)))
            j++;
        i = j;
    }
    return codeAt(text, i) >= 128 ? -1 : i;
}
const isStopMark = (c) => c === 46 || c === 33 || c === 63; // . ! ?
/**
 * The end of the punctuation at `p` as TOKEN would read it, a clause mark (, ; : ( ) [ ] — –) or a run of . ! ? that ends
 * a sentence before a space, a straight quote, a bracket or the end; -1 for anything else (left to the expression, as are
 * stops before curly quotes and other spaces).
 */
function punctuationEnd(text, p) {
    const c = codeAt(text, p);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2014 || c === 0x2013)
        return p + 1;
    if (!isStopMark(c))
        return -1;
    let j = p + 1;
    while (isStopMark(codeAt(text, j)))
        j++;
    const d = codeAt(text, j);
    return j === text.length || d === 32 || d === 10 || d === 13 || d === 9 || d === 34 || d === 39 || d === 41 || d === 93 ? j : -1;
}
/** Splits text into tokens; hyphens, underscores, slashes and other symbols separate words. */
export function tokenize(text) {
    const tokens = [];
    const quotes = QUOTE_CHARS.test(text) ? quotedRanges(text) : [];
    // A text wholly in quotes (a message as the buyer reads it) is those words themselves, its sentences its own.
    if (quotes.length && quotes[0][0] === text.search(/\S/) && quotes[0][1] === text.trimEnd().length - 1)
        quotes.shift();
    let q = 0;
    let sentence = 0;
    let clause = 0;
    let pos = 0;
    for (;;) {
        // Most tokens are plain ASCII words, read here; the rest, and any word with other letters, by the expression.
        while (codeAt(text, pos) === 32 && codeAt(text, pos + 1) !== 45)
            pos++;
        let raw;
        let start;
        let group;
        const wordEnd = asciiWordEnd(text, pos);
        const markEnd = wordEnd > 0 ? -1 : punctuationEnd(text, pos);
        if (wordEnd > 0) {
            start = pos;
            const known = internedWord(text, pos, wordEnd);
            if (known !== undefined) {
                // A word read before: its text and numbers are known, and no string is cut from the text.
                pos = wordEnd;
                while (q < quotes.length && quotes[q][1] < start)
                    q++;
                const c0 = text.charCodeAt(start);
                const cap = c0 >= 65 && c0 <= 90;
                tokens.push({
                    kind: 'word',
                    text: known.text,
                    stem: known.stem,
                    start,
                    end: wordEnd,
                    value: NaN,
                    sentence,
                    clause,
                    quoted: q < quotes.length && quotes[q][0] < start && wordEnd <= quotes[q][1],
                    cap,
                    upper: cap && !anyLower,
                    sid: known.sid,
                    tid: known.tid,
                });
                continue;
            }
            raw = text.slice(pos, wordEnd);
            group = 6;
        }
        else if (markEnd > 0) {
            start = pos;
            raw = text.slice(pos, markEnd);
            group = isStopMark(codeAt(text, pos)) ? 7 : 8;
        }
        else {
            TOKEN.lastIndex = pos;
            const m = TOKEN.exec(text);
            if (m === null)
                break;
            raw = m[0];
            start = m.index;
            group = m[7] !== undefined ? 7 : m[8] !== undefined ? 8 : m[1] ? 1 : m[2] ? 2 : m[3] ? 3 : m[4] ? 4 : m[5] ? 5 : 6;
        }
        const end = start + raw.length;
        pos = end;
        while (q < quotes.length && quotes[q][1] < start)
            q++;
        const quoted = q < quotes.length && quotes[q][0] < start && end <= quotes[q][1];
        let lower = raw.toLowerCase();
        if (lower.includes('’'))
            lower = lower.replace(/’/g, "'");
        const c0 = raw.charCodeAt(0);
        const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : /^\p{Lu}/u.test(raw);
        let kind;
        let value = NaN;
        let word = lower;
        if (group === 7) {
            const prev = tokens[tokens.length - 1];
            if (raw === '.' && prev && prev.kind === 'word' && prev.end === start && (ABBREVIATIONS.has(prev.text) || prev.text.length === 1)) {
                // "No." before a number is the abbreviation of number (and no negation); elsewhere it is an answer.
                if (prev.text !== 'no')
                    continue;
                if (/^\s*\d/.test(text.slice(end))) {
                    prev.text = 'no.';
                    prev.stem = 'no.';
                    prev.sid = prev.tid = wordIds.get('no.') ?? -1;
                    continue;
                }
            }
            // A stop inside quotes ends the quoted words' clause, not the sentence that quotes them.
            kind = quoted ? 'punct' : 'stop';
            word = lower.trim() || '\n';
        }
        else if (group === 8) {
            kind = 'punct';
            word = lower.trim();
            if (word === '-' || word === '–')
                word = '—';
        }
        else if (group === 1) {
            kind = 'money';
            value = numberOf(raw);
        }
        else if (group === 2) {
            kind = 'pct';
            value = numberOf(raw);
        }
        else if (group === 3)
            kind = 'time';
        else if (group === 4) {
            kind = 'dur';
            const unit = /[a-z]+$/i.exec(raw)[0].toLowerCase();
            value = numberOf(raw) * (SHORT_UNIT_DAYS[unit] ?? 1);
        }
        else if (group === 5) {
            kind = 'num';
            value = numberOf(raw);
        }
        else
            kind = 'word';
        const upper = cap && lower !== raw && raw === raw.toUpperCase();
        const info = infoOf(word, kind === 'word');
        if (wordEnd > 0)
            intern(info);
        tokens.push({
            kind,
            text: word,
            stem: info.stem,
            start,
            end,
            value,
            sentence,
            clause,
            quoted,
            cap,
            upper,
            sid: info.sid,
            tid: info.tid,
        });
        if (kind === 'stop') {
            sentence++;
            clause++;
        }
        else if (kind === 'punct' && word !== ',')
            clause++;
    }
    newSubjects(tokens);
    return tokens;
}
/** Words that join a new clause after a comma ("…, and the supervisor enters it …"). */
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whilst', 'whereas']);
/** Words that open the subject of a new clause after a joining word. */
const SUBJECT_OPENERS = new Set(['the', 'our', 'we', 'they', 'he', 'she', 'his', 'her', 'their', 'its', 'each', 'every', 'i']);
/** A comma, a joining word and a new subject start a clause: "Drivers pass the name to their supervisor, and the supervisor enters it". */
function newSubjects(tokens) {
    let bump = 0;
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
        const t = tokens[i];
        t.clause += bump;
        // Added at every token (0 or 1): optimized code that never saw the rare increment would be thrown away when it first ran.
        bump += t.text === ',' && !t.quoted && i + 2 < n && CLAUSE_JOINS.has(tokens[i + 1].text) && SUBJECT_OPENERS.has(tokens[i + 2].text) ? 1 : 0;
    }
}
const QUOTE_CHARS = /["“”'‘’]/;
const UNITS = {
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
};
const TENS = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
/** Fractions that follow "and a" after a number. */
const FRACTIONS = { half: 0.5, quarter: 0.25, third: 1 / 3 };
/** Money in words. */
const SLANG_MONEY = { fiver: 5, tenner: 10 };
const DAY_UNITS = {
    minute: 1 / 1440,
    minutes: 1 / 1440,
    hour: 1 / 24,
    hours: 1 / 24,
    day: 1,
    days: 1,
    week: 7,
    weeks: 7,
    fortnight: 14,
    fortnights: 14,
    month: 30,
    months: 30,
    quarter: 91,
    quarters: 91,
    year: 365,
    years: 365,
};
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Short weekdays, a date only right after a word that sets one ("sign by fri", "until Thurs"): "sun" and "sat" are words too. */
const WEEKDAYS_SHORT = new Set(['mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
const DAY_SETTERS = new Set(['by', 'before', 'until', 'till', 'til', 'thru', 'through', 'on', 'this', 'next', 'ends', 'expires', 'closes', 'due']);
const MONTHS = new Set([
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    ...MONTH_SHORT,
]);
/** Currency words after a number ("40 dollars", "2,000 rupees", "500 reais", "5 cents"). */
/** Names of currencies, written after the amount ("40 dollars", "500 kr", "2,000 naira"); the codes are `CURRENCY_CODES`. */
const CURRENCY_NAMES = /^(dollars?|euros?|pounds?|cents?|pence|bucks|quid|rupees?|yen|yuan|reais|pesos?|lira|liras|zloty|zlotys|rand|dirhams?|ringgit|baht|dong|francs?|krona|kronor|kroner|kr|naira|shillings?|cedis?|forints?|koruna|rupiah|lei)$/;
/** Whether a word negates what follows: "not", "never", "cannot", "don't", "won't". */
export function isNegation(w) {
    return w === 'not' || w === 'never' || w === 'cannot' || w.endsWith("n't");
}
/** A fraction of a price, in words: "a third off", "a fifth off". */
const FRACTION_PCT = { third: 100 / 3, quarter: 25, fifth: 20, tenth: 10 };
/** Currency codes and abbreviations, written before the amount or after it ("USD 500", "500 THB", "Rs 2,000"). */
const CURRENCY_CODES = new Set([
    'usd',
    'eur',
    'gbp',
    'rs',
    'inr',
    'aud',
    'cad',
    'nzd',
    'sgd',
    'zar',
    'aed',
    'kes',
    'ksh',
    'ngn',
    'chf',
    'myr',
    // More codes, for playbooks written far from the dollar ("NOK 180 per tonne back"); not PHP, PEN, COP, MAD or RON, which are words or names.
    'nok',
    'sek',
    'dkk',
    'isk',
    'pln',
    'czk',
    'huf',
    'jpy',
    'cny',
    'rmb',
    'hkd',
    'twd',
    'krw',
    'idr',
    'thb',
    'vnd',
    'brl',
    'mxn',
    'clp',
    'egp',
    'ghs',
    'tzs',
    'ugx',
    'sar',
    'qar',
    'kwd',
    'ils',
]);
/** Words after which a word in capitals is a code ("use code FRESH"). */
const CODE_WORDS = new Set(['code', 'coupon', 'voucher', 'promo', 'codes']);
/** Words that are a point in time on their own. */
const TIME_WORDS = new Set([
    'today',
    'tonight',
    'tomorrow',
    'midnight',
    'noon',
    'eod',
    'eow',
    'eom',
    'eoq',
    'eoy',
    'cob',
    'eofy',
    'q1',
    'q2',
    'q3',
    'q4',
    'h1',
    'h2',
    'spring',
    'summer',
    'autumn',
    'winter',
]);
const PERIODS = new Set(['day', 'week', 'weekend', 'wknd', 'wkend', 'month', 'quarter', 'year', 'half', 'season', 'sprint', 'term']);
const PERIOD_ENDS = new Set(['end', 'close']);
/** Seasons of the year and of a trade, as the end of one is a date: "before the end of harvest", "by the end of summer". */
const SEASONS = new Set(['harvest', 'spring', 'summer', 'autumn', 'fall', 'winter', 'semester', 'planting', 'calving', 'lambing']);
/** What "half" before it measures when it is no price: a half-day session, a half-hour call. */
const HALF_OF_TIME = new Set([
    'day',
    'days',
    'hour',
    'hours',
    'hourly',
    'term',
    'terms',
    'time',
    'year',
    'yearly',
    'session',
    'sessions',
    'marathon',
    'board',
    'way',
    'dozen',
    'width',
    'height',
    'century',
]);
/** Festivals named as a day after "by", "until", "this" and the like ("valid till Diwali only", "this Christmas only"). */
const FESTIVALS = new Set([
    'christmas',
    'xmas',
    'easter',
    'diwali',
    'deepavali',
    'eid',
    'holi',
    'onam',
    'pongal',
    'navratri',
    'dussehra',
    'hanukkah',
    'passover',
    'thanksgiving',
    'halloween',
    'ramadan',
    "valentine's",
    'hogmanay',
]);
/** Words of a holiday's name written in lower case ("this bank holiday weekend"). */
const HOLIDAY_WORDS = new Set(['bank', 'holiday', 'long', 'day', 'public', 'school', 'half', 'term', 'easter', 'labor', 'labour', 'memorial']);
/** Words that can start an entity; any other word is passed over at once. */
let ENTITY_WORDS;
function entityWords() {
    ENTITY_WORDS ??= new Set([
        ...Object.keys(UNITS),
        ...Object.keys(TENS),
        ...Object.keys(DAY_UNITS),
        ...WEEKDAYS,
        ...WEEKDAYS_SHORT,
        ...FESTIVALS,
        ...MONTHS,
        ...TIME_WORDS,
        ...PERIODS,
        ...PERIOD_ENDS,
        'dozen',
        'fiver',
        'tenner',
        'half',
        'halve',
        'this',
        'next',
        'coming',
        ...CURRENCY_CODES,
    ]);
    return ENTITY_WORDS;
}
/** Function words that start an entity only before certain words: a dozen, the 28th, our fiscal year that ends. */
const LEADS = new Map([
    [
        'a',
        (n) => n.text === 'dozen' || n.text === 'hundred' || n.text === 'thousand' || n.text === 'third' || n.text === 'quarter' || DAY_UNITS[n.text] !== undefined,
    ],
    ['an', (n) => DAY_UNITS[n.text] !== undefined],
    ['the', (n) => n.kind === 'num' || PERIODS.has(n.text) || WEEKDAYS.has(n.text)],
    ['our', (n) => n.text === 'fiscal' || n.text === 'financial' || PERIODS.has(n.text)],
    ['their', (n) => n.text === 'fiscal' || n.text === 'financial' || PERIODS.has(n.text)],
]);
/** Whether token i may start an entity; most words may not, and are passed over at once. */
function mayStart(tokens, i, starts) {
    const t = tokens[i];
    if (t.kind === 'punct' || t.kind === 'stop')
        return false;
    if (t.kind !== 'word')
        return true;
    if (starts.has(t.text))
        return true;
    const lead = LEADS.get(t.text);
    if (lead)
        return i + 1 < tokens.length && lead(tokens[i + 1]);
    if (ORDINAL_DAYS.has(t.text))
        return i + 2 < tokens.length && tokens[i + 1].text === 'of';
    if (t.upper && t.text.length >= 3 && i > 0 && CODE_WORDS.has(tokens[i - 1].text))
        return true;
    if (isPossessive(t))
        return true;
    return t.upper && t.text.length >= 4 && /\d/.test(t.text);
}
/** Words with 's that say "is" or "has" ("it's", "that's"), not whose. */
const CONTRACTIONS = new Set([
    "it's",
    "that's",
    "what's",
    "let's",
    "here's",
    "there's",
    "he's",
    "she's",
    "who's",
    "where's",
    "how's",
    "when's",
    "why's",
    "one's",
    "everyone's",
    "everybody's",
    "nobody's",
    "someone's",
    "somebody's",
    "this's",
]);
const isPossessive = (t) => t.kind === 'word' && t.text.length > 3 && t.text.endsWith("'s") && !CONTRACTIONS.has(t.text);
const isYear = (t) => t !== undefined && t.kind === 'num' && t.value >= 1990 && t.value <= 2100 && !t.text.includes(',');
const RANGE_WORDS = new Set(['—', '–', '-', 'to', 'through', 'thru', 'and', 'until', 'till']);
/** Words before a year that make it a time, not a count ("in 2023", "since 2019"). */
const YEAR_SETTERS = new Set(['in', 'since', 'during', 'until', 'till', 'before', 'after', 'circa', 'early', 'late', 'mid', 'fy', 'by']);
/** Words after which a year alone is how long something lasted, not a date to act by. */
const UNTIL = new Set(['until', 'till', 'til']);
/** Whether token b follows token a with nothing but a hyphen between them ("price-match", "KB-7000"). */
export function hyphenJoined(a, b, text) {
    return b !== undefined && b.start === a.end + 1 && text.charCodeAt(a.end) === 45;
}
/** Whether the number at i is the number of a model or a part, joined by a hyphen to capitals before it: "KB-7000", "XR-200". */
function modelNumber(tokens, i, text) {
    const before = tokens[i - 1];
    if (!text || !before || before.kind !== 'word' || !before.upper || before.end - before.start > 5)
        return false;
    return hyphenJoined(before, tokens[i], text);
}
/** Whether token i is a year as a time: after "in", "since" and the like, or in a range of years. */
function yearAsTime(tokens, i) {
    if (!isYear(tokens[i]))
        return false;
    if (yearsRange(tokens, i))
        return true;
    const before = i > 0 ? tokens[i - 1].text : '';
    if (YEAR_SETTERS.has(before))
        return true;
    // A date's year: "1 September 2025", "September 1, 2025".
    if (MONTHS.has(before) && isMonth(tokens, i - 1))
        return true;
    if (before === ',' && i >= 3 && tokens[i - 2].kind === 'num' && MONTHS.has(tokens[i - 3].text))
        return true;
    // After "the", "our" and the like, a year is a label only near now and not before a count noun: "the 2025 new-logo
    // number" is a year, "call our 2080 lapsed accounts" and "the 2000 dials a month target" are counts.
    if (!LABEL_SETTERS.has(before))
        return false;
    const v = tokens[i].value;
    if (v < 2015 || v > 2035)
        return false;
    for (let k = i + 1; k < Math.min(tokens.length, i + 3); k++)
        if (COUNT_NOUNS.has(tokens[k].stem))
            return false;
    return true;
}
/** Determiners before which a year is a label ("the 2025 plan"), not a time. */
const LABEL_SETTERS = new Set(['the', 'this', 'last', 'next', 'our', 'their']);
/** Nouns that make the number before them a count. */
const COUNT_NOUNS = new Set([
    'accounts',
    'names',
    'dials',
    'calls',
    'emails',
    'contacts',
    'leads',
    'numbers',
    'customers',
    'clients',
    'people',
    'records',
    'addresses',
    'households',
    'prospects',
    'companies',
    'members',
    'users',
    'subscribers',
    'texts',
    'messages',
    'touches',
    'seats',
    'units',
    'stores',
    'clinics',
    'schools',
].map(stem));
/** Whether token i is a year next to another one, or one word of a range away ("2022–2026", "the 2025 and 2026 Summits"): a period or a label, no deadline. */
function yearsRange(tokens, i) {
    if (!isYear(tokens[i]))
        return false;
    if (isYear(tokens[i - 1]) || isYear(tokens[i + 1]))
        return true;
    return (isYear(tokens[i - 2]) && RANGE_WORDS.has(tokens[i - 1].text)) || (isYear(tokens[i + 2]) && RANGE_WORDS.has(tokens[i + 1].text));
}
/** Reads the entities of a token list (`text`, when given, is what the tokens were read from: it shows names written as CamelCase). */
export function entities(tokens, text, rivals) {
    const starts = entityWords();
    const named = names(tokens, text, rivals);
    let any = false;
    // Which tokens may start one, asked once each.
    const may = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
        if (!mayStart(tokens, i, starts))
            continue;
        may[i] = 1;
        any = true;
    }
    // Names alone need none of the number and date reading below.
    if (!any)
        return { tokens, entities: byStartOf(named, tokens.length), list: named, vocab: undefined, known: wordIds.size };
    const list = named;
    const n = tokens.length;
    const numAt = numbersAt(tokens, may);
    const inFraction = fractionsAt(tokens, numAt);
    // Each token that may start one, read in small steps (one function each, in this order: entities of the same span keep
    // the order they are found in): small functions are optimized sooner, and each more cheaply, than one long one.
    for (let i = 0; i < n; i++) {
        if (!may[i])
            continue;
        countsAt(tokens, i, numAt, inFraction, text, list);
        durationsAt(tokens, i, numAt, list);
        const w = wordAt(tokens, i);
        if (w !== undefined)
            datesAt(tokens, i, w, list);
        marksAt(tokens, i, list);
    }
    // The sort is stable: a list already in order (most are) is left as it is, without the sort's copy.
    if (!inOrder(list))
        list.sort(entityOrder);
    return { tokens, entities: byStartOf(list, tokens.length), list, vocab: undefined, known: wordIds.size };
}
const entityOrder = (a, b) => a.start - b.start || b.end - a.end;
/** Whether entities are in `entityOrder` already. */
function inOrder(list) {
    for (let k = 1; k < list.length; k++)
        if (entityOrder(list[k - 1], list[k]) > 0)
            return false;
    return true;
}
/** The word at i, or undefined for another token and past either end (never read: optimized code assumes it is not, and is thrown away the first time it is). */
function wordAt(tokens, i) {
    return i >= 0 && i < tokens.length && tokens[i].kind === 'word' ? tokens[i].text : undefined;
}
function addEntity(list, kind, start, end, value) {
    list.push({ kind, start, end, value });
}
/** Numbers: digits, and numbers in words (twenty five, a dozen, two hundred, half). */
function numbersAt(tokens, may) {
    const n = tokens.length;
    const numAt = new Array(n);
    for (let i = 0; i < n; i++) {
        const t = tokens[i];
        if (t.kind === 'num') {
            // 1.2 million, 40 thousand: digits with a scale in words.
            const scale = SCALES[wordAt(tokens, i + 1) ?? ''];
            numAt[i] = scale && scale >= 1000 ? { end: i + 2, value: t.value * scale } : { end: i + 1, value: t.value };
            continue;
        }
        const w = wordAt(tokens, i);
        if (w === undefined || !may[i])
            continue;
        if ((w === 'a' || w === 'an') && (wordAt(tokens, i + 1) === 'dozen' || wordAt(tokens, i + 1) === 'hundred' || wordAt(tokens, i + 1) === 'thousand')) {
            numAt[i] = { end: i + 2, value: wordAt(tokens, i + 1) === 'dozen' ? 12 : SCALES[wordAt(tokens, i + 1)] };
            continue;
        }
        if (w === 'dozen')
            numAt[i] = { end: i + 1, value: 12 };
        let value;
        let j = i;
        if (TENS[w] !== undefined) {
            value = TENS[w];
            j = i + 1;
            if (wordAt(tokens, j) !== undefined && UNITS[wordAt(tokens, j)] !== undefined && UNITS[wordAt(tokens, j)] > 0 && UNITS[wordAt(tokens, j)] < 10)
                value += UNITS[wordAt(tokens, j++)];
        }
        else if (UNITS[w] !== undefined) {
            value = UNITS[w];
            j = i + 1;
        }
        if (value === undefined)
            continue;
        while (wordAt(tokens, j) !== undefined && SCALES[wordAt(tokens, j)] !== undefined)
            value *= SCALES[wordAt(tokens, j++)];
        numAt[i] = { end: j, value };
    }
    return numAt;
}
/** A fraction after a number ("seven and a half", "2 and a quarter", "three and three quarters"): the number is made longer; the fraction's tokens. */
function fractionsAt(tokens, numAt) {
    const n = tokens.length;
    const inFraction = new Set();
    for (let i = 0; i < n; i++) {
        const num = numAt[i];
        if (!num || wordAt(tokens, num.end) !== 'and')
            continue;
        const k = num.end + 1;
        const part = (wordAt(tokens, k) === 'a' || wordAt(tokens, k) === 'an') && FRACTIONS[wordAt(tokens, k + 1) ?? ''] !== undefined
            ? 2
            : wordAt(tokens, k) === 'three' && wordAt(tokens, k + 1) === 'quarters'
                ? 2
                : 0;
        if (!part)
            continue;
        numAt[i] = { end: k + 2, value: num.value + (wordAt(tokens, k) === 'three' ? 0.75 : FRACTIONS[wordAt(tokens, k + 1)]) };
        inFraction.add(k + 1);
        inFraction.add(k);
    }
    return inFraction;
}
/** Numbers, years, percentages and money that start at token i. */
function countsAt(tokens, i, numAt, inFraction, text, list) {
    const t = tokens[i];
    const num = numAt[i];
    // A year as a time ("in 2023", "policies 2022–2026") is no count, nor a model number ("the KB-7000 acrylic line").
    if (num && !(i > 0 && numAt[i - 1] && numAt[i - 1].end > i) && !modelNumber(tokens, i, text)) {
        if (!yearAsTime(tokens, i))
            addEntity(list, 'num', i, num.end, num.value);
        // It is a year ({year}): "in 2022", "the 2023 list".
        else
            addEntity(list, 'year', i, i + 1, t.value);
    }
    // Percentages in every form.
    if (t.kind === 'pct')
        addEntity(list, 'pct', i, i + 1, t.value);
    const w = wordAt(tokens, i);
    // Half on its own is 50% ("half off"), not inside a number ("seven and a half") or a duration ("half a month").
    const halfOf = wordAt(tokens, i + 1) === 'a' || wordAt(tokens, i + 1) === 'an' ? DAY_UNITS[wordAt(tokens, i + 2) ?? ''] : undefined;
    if (w === 'half' && halfOf !== undefined)
        addEntity(list, 'duration', i, i + 3, halfOf / 2);
    // Half a price, not half a day: "a half-day training" is a duration.
    else if ((t.text === '½' || ((t.text === 'half' || t.text === 'halve') && t.kind === 'word')) &&
        !inFraction.has(i) &&
        !HALF_OF_TIME.has(wordAt(tokens, i + 1) ?? ''))
        addEntity(list, 'pct', i, i + 1, 50);
    // A fraction of a price: "a third below standard", "a quarter off".
    if ((w === 'a' || w === 'one') &&
        FRACTION_PCT[wordAt(tokens, i + 1) ?? ''] !== undefined &&
        /^(off|below|under|less|cheaper)$/.test(wordAt(tokens, i + 2) ?? ''))
        addEntity(list, 'pct', i, i + 2, FRACTION_PCT[wordAt(tokens, i + 1)]);
    // Money in words: a fiver, a tenner, two grand.
    if (w !== undefined && SLANG_MONEY[w] !== undefined)
        addEntity(list, 'money', i > 0 && (wordAt(tokens, i - 1) === 'a' || wordAt(tokens, i - 1) === 'an') ? i - 1 : i, i + 1, SLANG_MONEY[w]);
    if (num && wordAt(tokens, num.end) === 'grand')
        addEntity(list, 'money', i, num.end + 1, num.value * 1000);
    if (num && tokens[i].kind !== 'pct') {
        const u = wordAt(tokens, num.end);
        if (u === 'percent' || u === 'pct')
            addEntity(list, 'pct', i, num.end + 1, num.value);
        else if (u === 'per' && wordAt(tokens, num.end + 1) === 'cent')
            addEntity(list, 'pct', i, num.end + 2, num.value);
        // Money written with a currency's name or code after it.
        if (u && (CURRENCY_NAMES.test(u) || CURRENCY_CODES.has(u)))
            addEntity(list, 'money', i, num.end + 1, num.value);
    }
    if (t.kind === 'money')
        addEntity(list, 'money', i, i + 1, t.value);
    // A currency written before the number: "USD 500", "Rs 2,000", "Rs. 1,800", "KES 5,000".
    if (w !== undefined && CURRENCY_CODES.has(w)) {
        const at = numAt[i + 1] ?? (tokens[i + 1]?.text === '.' ? numAt[i + 2] : undefined);
        if (at)
            addEntity(list, 'money', i, at.end, at.value);
    }
}
/** Durations that start at token i: 72 hours, a fortnight, 48h, 30-day, seven days, a week. */
function durationsAt(tokens, i, numAt, list) {
    const t = tokens[i];
    const num = numAt[i];
    const w = wordAt(tokens, i);
    if (t.kind === 'dur')
        addEntity(list, 'duration', i, i + 1, t.value);
    if (num) {
        const u = wordAt(tokens, num.end);
        if (u && DAY_UNITS[u] !== undefined)
            addEntity(list, 'duration', i, num.end + 1, num.value * DAY_UNITS[u]);
    }
    if ((w === 'a' || w === 'an') && wordAt(tokens, i + 1) && DAY_UNITS[wordAt(tokens, i + 1)] !== undefined)
        addEntity(list, 'duration', i, i + 2, DAY_UNITS[wordAt(tokens, i + 1)]);
    if (w === 'fortnight')
        addEntity(list, 'duration', i, i + 1, 14);
}
/** A day of the month as a word ("the first of February"). */
const ORDINAL_DAYS = new Set([
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
    'twentieth',
    'thirtieth',
]);
/** Dates and deadlines that start at word w (token i). */
function datesAt(tokens, i, w, list) {
    if (WEEKDAYS.has(w) || TIME_WORDS.has(w))
        addEntity(list, 'date', i, dayAfter(tokens, i + 1), NaN);
    else if ((WEEKDAYS_SHORT.has(w) || FESTIVALS.has(w)) && i > 0 && DAY_SETTERS.has(wordAt(tokens, i - 1) ?? ''))
        addEntity(list, 'date', i, i + 1, NaN);
    // The first of February, the fifteenth of June.
    if (ORDINAL_DAYS.has(w) && wordAt(tokens, i + 1) === 'of' && MONTHS.has(wordAt(tokens, i + 2) ?? ''))
        addEntity(list, 'date', i > 0 && wordAt(tokens, i - 1) === 'the' ? i - 1 : i, i + 3, NaN);
    if (MONTHS.has(w) && isMonth(tokens, i)) {
        const next = tokens[i + 1];
        const end = next && next.kind === 'num' && next.value >= 1 && next.value <= 31 ? i + 2 : i + 1;
        addEntity(list, 'date', i, end, NaN);
    }
    // this|next|coming week, this Friday, next month
    if ((w === 'this' || w === 'next' || w === 'coming' || w === 'the') &&
        wordAt(tokens, i + 1) &&
        (PERIODS.has(wordAt(tokens, i + 1)) || WEEKDAYS.has(wordAt(tokens, i + 1)))) {
        if (w !== 'the' || wordAt(tokens, i + 2) === 'end')
            addEntity(list, 'date', i, i + 2, NaN);
    }
    // A holiday's weekend by its name: Memorial Day weekend, Presidents' Day weekend.
    if (w === 'weekend' && wordAt(tokens, i - 1) === 'day' && i >= 2 && tokens[i - 2].kind === 'word' && tokens[i - 2].cap && tokens[i - 1].cap)
        addEntity(list, 'date', i - 2, i + 1, NaN);
    // A named holiday's weekend: this Presidents' Day weekend, next bank holiday weekend.
    if (w === 'this' || w === 'next' || w === 'coming') {
        let j = i + 1;
        while (j <= i + 3 && wordAt(tokens, j) !== undefined && (tokens[j].cap || HOLIDAY_WORDS.has(wordAt(tokens, j))))
            j++;
        if (j > i + 1 && (wordAt(tokens, j) === 'weekend' || wordAt(tokens, j) === 'wknd' || wordAt(tokens, j) === 'week'))
            addEntity(list, 'date', i, j + 1, NaN);
    }
    // end of (the|this) quarter|year, close of business
    if (PERIOD_ENDS.has(w) && wordAt(tokens, i + 1) === 'of') {
        let j = i + 2;
        if (wordAt(tokens, j) === 'the' || wordAt(tokens, j) === 'this' || wordAt(tokens, j) === 'our' || wordAt(tokens, j) === 'next')
            j++;
        if (wordAt(tokens, j) === 'fiscal' || wordAt(tokens, j) === 'financial' || wordAt(tokens, j) === 'calendar')
            j++;
        if (wordAt(tokens, j) &&
            (PERIODS.has(wordAt(tokens, j)) ||
                SEASONS.has(wordAt(tokens, j)) ||
                wordAt(tokens, j) === 'business' ||
                TIME_WORDS.has(wordAt(tokens, j)) ||
                MONTHS.has(wordAt(tokens, j))))
            addEntity(list, 'date', i, j + 1, NaN);
    }
    // quarter end, year-end, month end
    if (PERIODS.has(w) &&
        (wordAt(tokens, i + 1) === 'end' || wordAt(tokens, i + 1) === 'ends') &&
        (i === 0 || (wordAt(tokens, i - 1) !== 'the' && wordAt(tokens, i - 1) !== 'our' && wordAt(tokens, i - 1) !== 'fiscal')))
        addEntity(list, 'date', i, i + 2, NaN);
    // (our|the) (fiscal) year ends
    if ((w === 'our' || w === 'the' || w === 'their') &&
        (wordAt(tokens, i + 1) === 'fiscal' || wordAt(tokens, i + 1) === 'financial' || PERIODS.has(wordAt(tokens, i + 1) ?? ''))) {
        let j = i + 1;
        if (wordAt(tokens, j) === 'fiscal' || wordAt(tokens, j) === 'financial')
            j++;
        if (PERIODS.has(wordAt(tokens, j) ?? '') && (wordAt(tokens, j + 1) === 'ends' || wordAt(tokens, j + 1) === 'end' || wordAt(tokens, j + 1) === 'closes'))
            addEntity(list, 'date', i, j + 2, NaN);
    }
}
/** Times, possessives, codes, and dates in digits that start at token i. */
function marksAt(tokens, i, list) {
    const t = tokens[i];
    if (t.kind === 'time')
        addEntity(list, 'date', i, i + 1, NaN);
    // Whose: "TechWire's", "the planner's".
    if (isPossessive(t))
        addEntity(list, 'poss', i, i + 1, NaN);
    // A code as written in copy: capitals and digits together (SPRING30, Q4SAVE), or capitals after the word code (code FRESH).
    if (t.kind === 'word' && t.text.length >= 4 && /\d/.test(t.text) && /[a-z]/.test(t.text) && t.upper)
        addEntity(list, 'code', i, i + 1, NaN);
    else if (t.kind === 'word' && t.upper && t.text.length >= 3 && i > 0 && CODE_WORDS.has(tokens[i - 1].text))
        addEntity(list, 'code', i, i + 1, NaN);
    // the 28th, 31 December, December 31st
    if (t.kind === 'num' && /(st|nd|rd|th)$/.test(t.text) && t.value >= 1 && t.value <= 31)
        addEntity(list, 'date', i > 0 && wordAt(tokens, i - 1) === 'the' ? i - 1 : i, i + 1, NaN);
    if (t.kind === 'num' && t.value >= 1 && t.value <= 31 && MONTHS.has(wordAt(tokens, i + 1) ?? ''))
        addEntity(list, 'date', i, i + 2, NaN);
    // A year on its own after "until" that opens the sentence or clause is a stretch of history, no deadline: "Until 2024
    // the site said …" (but "the founder rate runs until 2026" ends then).
    if (isYear(t) &&
        !yearsRange(tokens, i) &&
        !(i > 0 && UNTIL.has(tokens[i - 1].text) && (i === 1 || tokens[i - 2].kind === 'stop' || tokens[i - 2].kind === 'punct')))
        addEntity(list, 'date', i, i + 1, NaN);
}
/** Entities by the token they start at (the list is in text order). */
function byStartOf(list, n) {
    // Filled, so that every text's array is of one kind (HOLEY_ELEMENTS) whether or not it holds an entity: the pattern scan
    // reads it at every token, and optimized code that met one kind is thrown away the first time it meets another.
    const byStart = new Array(n).fill(undefined);
    for (const e of list) {
        const l = byStart[e.start];
        if (l)
            l.push(e);
        else
            byStart[e.start] = [e];
    }
    return byStart;
}
/** A weekday or time word may be followed by "at 5pm" or "midnight": the date runs on. */
function dayAfter(tokens, j) {
    const t = tokens[j];
    if (t?.kind === 'word' && t.text === 'at' && (tokens[j + 1]?.kind === 'time' || tokens[j + 1]?.text === 'midnight' || tokens[j + 1]?.text === 'noon'))
        return j + 2;
    if (t?.kind === 'time' || t?.text === 'midnight')
        return j + 1;
    return j;
}
/** May and March are months only when written with a capital and near a day or a preposition. */
function isMonth(tokens, i) {
    const t = tokens[i];
    if (!t.cap)
        return false;
    if (t.text !== 'may' && t.text !== 'march' && t.text !== 'jan' && t.text !== 'dec' && t.text !== 'mar')
        return true;
    const prev = tokens[i - 1]?.text;
    const next = tokens[i + 1];
    return ((next?.kind === 'num' && next.value <= 31) ||
        (tokens[i - 1]?.kind === 'num' && tokens[i - 1].value <= 31) ||
        ['in', 'by', 'before', 'until', 'till', 'on', 'of', 'from', 'through', 'since', 'the'].includes(prev ?? ''));
}
/** Tokens and entities of a text; `rivals`: names another text about the same tactic marked as another seller's (`nameKey`), marked here too. */
export function read(text, rivals) {
    return entities(tokenize(text), text, rivals);
}
/** A name as the texts of a tactic share it: its words in lower case, without a possessive ("Valley Bee's" is valley bee). */
export function nameKey(tokens, e) {
    return tokens
        .slice(e.start, e.end)
        .map((t) => t.text.replace(/'s$/, ''))
        .join(' ');
}
/** Whether two name keys name the same business: one is the other or its first words ("apex" and "apex home medical"). */
export function sameName(a, b) {
    return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}
/**
 * Capitalised words that are no names: what opens a sentence or a heading, our side, teams and roles, days and months.
 * A name is a run of capitalised words inside a sentence ("switch from Coastal Cable"), or one that opens it when it is
 * written as CamelCase ("CleanTex has been cutting …"), runs on into another capitalised word ("Coastal Cable offers …") or
 * is written with a capital inside a sentence elsewhere in the text ("Crewpay advertises …; what Crewpay charges").
 */
const NOT_NAMES = new Set(('i we our us you your they their them he she his her it its this that these those the a an and or but if when once ' +
    'sales marketing finance legal compliance procurement purchasing operations ops revops salesops devrel enablement support success ' +
    'product engineering management leadership partners partner customers customer clients client buyers buyer prospects prospect ' +
    'reps rep sdr sdrs bdr bdrs ae aes am ams csm csms cs hr it pr ceo cfo cto coo cmo cro vp svp evp md gm director directors ' +
    'manager managers team teams everyone anyone nobody no none every each all any some most many few ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    "october november december q1 q2 q3 q4 fy eoq eoy crm erp roi kpi faq note notes step steps tip tips do don't never always " +
    'please subject hi hello dear thanks cheers dr mr mrs ms ' +
    // Verbs and prepositions that open a sentence before a name: "Asked Pat what …", "Against Hallam Supplies we …".
    'asked ask asks told tells called calls rang rings met meets emailed emails texted texts messaged visited visits showed ' +
    'shows thanked invited against versus vs unlike from with without before after via per give gives offer offers quote quotes ' +
    'send sends sell sells invite invites remind reminds').split(' '));
/** A word written with a capital (not in capitals throughout) that may be part of a name. */
function isCapName(t) {
    return t !== undefined && t.kind === 'word' && t.cap && !t.upper && !NOT_NAMES.has(t.text);
}
/** Whether token i opens its sentence, a clause after punctuation, or a quotation (or the words after one). */
function opensAt(tokens, i) {
    return i === 0 || tokens[i - 1].sentence !== tokens[i].sentence || tokens[i - 1].kind === 'punct' || tokens[i - 1].quoted !== tokens[i].quoted;
}
function names(tokens, text, rivals) {
    const out = [];
    const n = tokens.length;
    // Which words are written with a capital inside a sentence somewhere in the text.
    let inner;
    for (let i = 0; i < n; i++) {
        if (!isCapName(tokens[i])) {
            if (upperName(tokens, i))
                out.push({ kind: 'name', start: i, end: i + 1, value: 0 });
            continue;
        }
        inner ??= innerCaps(tokens);
        // A heading's verb is no part of the name it answers: "Countering Orbisoft's launch discount".
        if ((ANSWERS.has(tokens[i].text) || ANSWERS_TO.has(tokens[i].text)) && isCapName(tokens[i + 1]) && tokens[i + 1].sentence === tokens[i].sentence)
            continue;
        let j = i + 1;
        while (j < n && isCapName(tokens[j]) && tokens[j].sentence === tokens[i].sentence)
            j++;
        if (isName(tokens, i, j, text, rivals, inner))
            out.push({ kind: 'name', start: i, end: j, value: 0 });
        i = j - 1;
    }
    // A name the text marks as another seller's ("switch from Coastal Cable", "cheaper than Kinetix", "Reps do not price match
    // CleanTex", "Kinetix reps") is worth 1 wherever it stands ({name>=1}); our own brand, unmarked, stays at 0.
    if (out.length)
        markNames(tokens, out, text, rivals);
    return out;
}
/** The words written with a capital inside a sentence (not where one opens). */
function innerCaps(tokens) {
    const inner = new Set();
    for (let k = 1; k < tokens.length; k++)
        if (isCapName(tokens[k]) && !opensAt(tokens, k))
            inner.add(tokens[k].text);
    return inner;
}
/** A business written in capitals at token i that the sentence sets against us: "LEAP is offering six months free; we won't match it". */
function upperName(tokens, i) {
    const t = tokens[i];
    return (t.kind === 'word' &&
        t.upper &&
        t.text.length >= 3 &&
        !NOT_NAMES.has(t.text) &&
        opensAt(tokens, i) &&
        actsNext(tokens, i + 1) &&
        contrastedWithUs(tokens, i + 1));
}
/** Whether the capitalised words [i, j) are a name: inside a sentence, CamelCase, more than one word, and so on. */
function isName(tokens, i, j, text, rivals, inner) {
    const t = tokens[i];
    const raw = text?.slice(t.start, t.end) ?? '';
    const camel = /\p{Ll}\p{Lu}/u.test(raw);
    return (!opensAt(tokens, i) ||
        camel ||
        j > i + 1 ||
        inner.has(t.text) ||
        apposedRival(tokens, j) ||
        answered(tokens, i) ||
        reportedOf(tokens, j) ||
        hearsayBefore(tokens, i) ||
        rivalInParens(tokens, i) ||
        RIVAL_AFTER.has(tokens[j]?.text ?? '') ||
        (actsNext(tokens, j) && (contrastedWithUs(tokens, j) || speaksOfItself(tokens, j))) ||
        (rivals?.some((r) => sameName(r, t.text.replace(/'s$/, ''))) ?? false));
}
/** Marks the names the text sets against us (value 1, or 2 in the possessive). */
function markNames(tokens, out, text, rivals) {
    const key = (e) => nameKey(tokens, e);
    const marked = new Set();
    for (const e of out) {
        // Marked in another text of the same tactic: "Responding to Valley Bee's price cut" above "Valley Bee Supply has been …".
        if (rivals?.some((r) => sameName(r, key(e))))
            marked.add(key(e));
        const before = tokens[e.start - 1]?.text ?? '';
        const after = tokens[e.end]?.text ?? '';
        // Ours, said so: "Our Brightpath reps quote 8% off list".
        if (before === 'our' || before === 'ours' || before === 'we')
            continue;
        if (RIVAL_BEFORE.has(before) ||
            RIVAL_AFTER.has(after) ||
            reportedOf(tokens, e.end) ||
            hearsayBefore(tokens, e.start) ||
            rivalInParens(tokens, e.start) ||
            apposedRival(tokens, e.end) ||
            answered(tokens, e.start) ||
            (!PLAN_WORDS.has(tokens[e.end - 1].stem) &&
                (((opensAt(tokens, e.start) || SUBJECT_AFTER.has(before)) && contrastedWithUs(tokens, e.end)) || speaksOfItself(tokens, e.end))))
            marked.add(key(e));
    }
    // The same business named at more or fewer words is marked too: "Responding to Valley Bee. Valley Bee Supply has been …".
    if (marked.size)
        for (const e of out)
            if (!marked.has(key(e)) && [...marked].some((m) => sameName(m, key(e))))
                marked.add(key(e));
    // Names joined to a marked one are marked too: "WeWork and Spaces both run …".
    for (let k = 1; k < out.length; k++) {
        const a = out[k - 1];
        const b = out[k];
        if (b.start === a.end + 1 && JOINS.has(tokens[a.end].text) && (marked.has(key(a)) || marked.has(key(b)))) {
            marked.add(key(a));
            marked.add(key(b));
        }
    }
    // A marked name in the possessive is worth 2 ({name>=2}): "Kernow Travel's price cut", "Apex's free first week".
    if (marked.size)
        for (const e of out) {
            if (!marked.has(key(e)))
                continue;
            const last = tokens[e.end - 1];
            const after = text?.[last.end];
            e.value = last.text.endsWith("'s") || after === "'" || after === '’' ? 2 : 1;
        }
}
/** Words after which a name is the subject of a new clause: "and this month Stromrad gives 20% off on top". */
const SUBJECT_AFTER = new Set([
    'and',
    'but',
    'while',
    'whereas',
    'because',
    'since',
    'when',
    'now',
    'month',
    'week',
    'year',
    'quarter',
    'season',
    'spring',
    'summer',
    'autumn',
    'winter',
    'lately',
    'recently',
    'today',
]);
/** Words before a name that make it another seller: "switch from X", "cheaper than X", "match X", "unlike X". */
const RIVAL_BEFORE = new Set([
    'from',
    'than',
    'against',
    'versus',
    'vs',
    'unlike',
    'match',
    'matching',
    'beat',
    'beating',
    'undercut',
    'displace',
    'displacing',
    'replace',
    'replacing',
    'competitor',
    'rival',
    'incumbent',
]);
/** Whether the words after a name (from token j) set it off as a rival: "Lexivo, our closest competitor, is running …". */
function apposedRival(tokens, j) {
    if (tokens[j]?.text !== ',')
        return false;
    for (let k = j + 1; k < Math.min(tokens.length, j + 5) && tokens[k].kind !== 'punct' && tokens[k].kind !== 'stop'; k++)
        if (RIVAL_NOUNS.has(tokens[k].stem))
            return true;
    return false;
}
/**
 * Whether the sentence, after the clause a name opens, turns to us in refusal: "Vitrum has been slashing prices; we don't
 * follow them", "LEAP is offering six months free; we won't match it", "Prairie Gold is offering cashback; we compete on yield
 * data instead". A limit on our own offer is no refusal ("Pro Annual gives two months free; we don't go beyond that").
 */
function contrastedWithUs(tokens, j) {
    const sentence = tokens[j - 1].sentence;
    let k = j;
    // The turn: a semicolon or a dash, or ", but", ", while", ", whereas".
    for (; k < tokens.length && tokens[k].sentence === sentence; k++) {
        const t = tokens[k];
        // A clause about us is no rival's: "Northgate is our new region; we …". Set below us, it is theirs: "… a bottle under us".
        if (FIRST_PERSON.has(t.text) && !((t.text === 'us' || t.text === 'ours') && BELOW_US.has(tokens[k - 1]?.text ?? '')))
            return false;
        // No turn in its own sentence: the next one may refuse it outright ("Payflo is advertising half price for six months. We
        // don't match it.", "… quote below cost. Shippers ask us to beat it. We don't.").
        if (t.kind === 'stop')
            return refusedNext(tokens, k, sentence);
        if (TURNS.has(t.text))
            break;
        if (t.text === ',' && TURN_AFTER_COMMA.has(tokens[k + 1]?.text ?? ''))
            break;
    }
    if (k >= tokens.length || tokens[k].sentence !== sentence)
        return refusedNext(tokens, k, sentence);
    let us = false;
    let contrast = false;
    for (k++; k < tokens.length && tokens[k].sentence === sentence && tokens[k].kind !== 'stop'; k++) {
        const w = tokens[k].text;
        if (FIRST_PERSON.has(w))
            us = true;
        else if (CONTRAST.has(w))
            contrast = true;
        // A refusal of what they do: "we won't match it", "we don't follow them", "we don't." (not "we don't discount monthly plans").
        else if (isNegation(w)) {
            const j = pastIntent((n) => tokens[n]?.stem, k + 1);
            const next = tokens[j];
            if (!next || next.kind === 'punct' || next.kind === 'stop' || (REPLIES.has(next.stem) && tokens[j + 1]?.text !== 'up'))
                contrast = true;
        }
        if (us && contrast)
            return true;
    }
    return false;
}
/**
 * Whether one of the two sentences after `sentence` (read on from token `from`) holds our refusal of what was said, in a clause
 * of its own that opens with us: "We don't match.", "We do not match it.", "We don't.", "We don't discount to compete with
 * either.", "Our line: we don't match it", "We do not lower our price for this", "… and we don't cut the per-head rate" (not
 * "We don't discount monthly plans", a limit of ours).
 */
function refusedNext(tokens, from, sentence) {
    // From where the name's sentence was left (`from`), not from the text's start: one pass a name.
    let i = from;
    while (i < tokens.length && tokens[i].sentence <= sentence)
        i++;
    for (let s = 0; s < 2 && i < tokens.length; s++) {
        const here = tokens[i].sentence;
        let clause = [];
        for (; i < tokens.length && tokens[i].sentence === here; i++) {
            const t = tokens[i];
            // A clause ends at punctuation (a label's colon too: "Our line: we don't match it") and at "and", "but".
            const ends = t.kind === 'punct' || t.kind === 'stop' || t.text === 'and' || t.text === 'but';
            if (ends && refuses(clause))
                return true;
            if (ends)
                clause = [];
            else if (t.kind === 'word')
                clause.push(t.stem);
        }
        if (refuses(clause))
            return true;
    }
    return false;
}
/** Whether the words (stems) of a clause are our refusal: we (or reps), a negation, then matching, or cutting our price. */
function refuses(words) {
    if (words.length === 0 || words.length > 12 || !WE.has(words[0]))
        return false;
    const not = words.findIndex(isNegation);
    if (not <= 0 || not > 3)
        return false;
    const rest = words.slice(pastIntent((n) => words[n], not + 1));
    // "We don't." / "We do not match (it|either|them)." / "We don't discount to compete (with …)." / "We don't lower our price".
    return rest.length === 0 || REPLIES.has(rest[0]) || rest.includes('compet') || (CUTS.has(rest[0]) && rest.slice(1, 6).some((w) => PRICES.has(w)));
}
/**
 * Where the verb of a refusal stands (stems from `n`), past its words of intent: "we're not going to match that", "we're not
 * gonna chase it", "we won't be answering with one of our own".
 */
function pastIntent(stemAt, n) {
    if (stemAt(n) === 'go' && stemAt(n + 1) === 'to')
        n += 2;
    else if (stemAt(n) === 'gonna')
        n++;
    return stemAt(n) === 'be' ? n + 1 : n;
}
/** Who refuses, as a clause opens (stems): "We don't", "We're not matching it", "Reps do not match". */
const WE = new Set(['we', "we're", "we'll", 'rep']);
/** Cutting, in a refusal, and what is cut (stems): "we don't cut the per-head rate", "we do not lower our price". */
const CUTS = new Set(['cut', 'lower', 'reduc', 'drop', 'slash', 'discount']);
const PRICES = new Set(['price', 'rate', 'fee', 'tariff', 'fare']);
/** Whether the word at j reads as the verb of a subject before it ("Vitrum has", "Raymarine cut"), not the object of an order ("Offer the bundle"). */
function actsNext(tokens, j) {
    const t = tokens[j];
    return t !== undefined && t.kind === 'word' && !OBJECT_OPENERS.has(t.text);
}
/** Words that open what an order at the start of a sentence acts on: "Offer the bundle", "Send them the deck". */
const OBJECT_OPENERS = new Set('the a an our your their them it its this that these those every each all any some him her us me up out in on to with for'.split(' '));
/** Last words of a plan's, a tier's or a programme's name, most often our own ("Field Kit Pro cut its list price by 12%"); stems. */
const PLAN_WORDS = new Set('pro plu premium annual kit basic starter growth enterpris busi saver max lite edit bundl pack plan tier club reward desk team programm program offer deal special essenti standard advanc ultim elit'.split(' '));
/**
 * Whether the words before a name answer it or report it: "Responding to Northside's price cut", "Handling Apex", "when
 * families mention Apex's free week", "buyers tell us that TransGlobe gives them 25% off". What we answer is another's.
 */
function answered(tokens, i) {
    let k = i - 1;
    if (tokens[k]?.text === 'that')
        k--;
    const w = tokens[k]?.text ?? '';
    if (ANSWERS.has(w))
        return true;
    // The buyer's objection, as a heading names it: "Objection: FlexiPhysio gives the first three months free".
    if (w === ':' && OBJECTIONS.has(tokens[k - 1]?.text ?? '') && tokens[k - 1].sentence === tokens[i].sentence)
        return true;
    if (w === 'to' && ANSWERS_TO.has(tokens[k - 1]?.text ?? ''))
        return true;
    // "Competing with Navan and TravelPerk", "when we compete against Lexivo".
    if ((w === 'with' || w === 'against') && COMPETING.has(tokens[k - 1]?.text ?? ''))
        return true;
    // Set beside us by the buyer: "Families compare us with DirectRest", "buyers weigh us against Tidewell".
    if ((w === 'with' || w === 'against' || w === 'to') && tokens[k - 1]?.text === 'us' && COMPARING.has(tokens[k - 2]?.text ?? ''))
        return true;
    return w === 'us' && TOLD.has(tokens[k - 1]?.text ?? '');
}
const COMPETING = new Set(['competing', 'compete', 'competes', 'competed', 'competition']);
const COMPARING = new Set([
    'compare',
    'compares',
    'compared',
    'comparing',
    'weigh',
    'weighs',
    'weighing',
    'benchmark',
    'benchmarks',
    'measure',
    'measures',
]);
const ANSWERS = new Set([
    'handling',
    'countering',
    'answering',
    'mention',
    'mentions',
    'mentioned',
    'mentioning',
    'cite',
    'cites',
    'cited',
    'citing',
]);
const ANSWERS_TO = new Set(['responding', 'response', 'respond', 'responds', 'reply', 'replying', 'replies', 'reacting', 'reaction']);
const TOLD = new Set(['tell', 'tells', 'told', 'telling']);
const OBJECTIONS = new Set(['objection', 'objections', 'pushback']);
/**
 * Whether a name speaks of itself in the third person in its own clause ("Kernow Travel cut its coach hire prices",
 * "Northside slashed its wholesale price"), or measures itself against us ("bids 20 to 30% under us", "cheaper than us"):
 * we write "our" of our own.
 */
function speaksOfItself(tokens, j) {
    for (let k = j; k < Math.min(tokens.length, j + 8); k++) {
        const t = tokens[k];
        if (t.kind === 'punct' || t.kind === 'stop' || FIRST_PERSON.has(t.text) || t.text === 'you' || t.text === 'your') {
            // Set below us or below our own price: "12% under ours", "12% below our cylinder rates" (not "15% below our list price",
            // our own price cut from our own list).
            const ours = t.text === 'us' || t.text === 'ours' || (t.text === 'our' && !OUR_LIST.has(tokens[k + 1]?.text ?? ''));
            return ours && k > j && BELOW_US.has(tokens[k - 1].text);
        }
        if (t.text === 'its' && k > j)
            return true;
    }
    return false;
}
/** After "below our", our own reference price: a cut from it is ours. */
const OUR_LIST = new Set(['list', 'usual', 'normal', 'standard', 'regular', 'full', 'rrp', 'recommended', 'book', 'rack']);
const BELOW_US = new Set(['under', 'below', 'than', 'undercut', 'undercuts', 'undercutting', 'off']);
const TURNS = new Set([';', '—', '–', '-']);
const TURN_AFTER_COMMA = new Set(['but', 'while', 'whereas']);
const FIRST_PERSON = new Set(['we', "we'll", "we're", "we've", "we'd", 'our', 'ours', 'us']);
/**
 * Words of a reply that does something else instead. Not "hold the line", "stick to that" or "we don't go beyond that",
 * which as often limit our own offer ("Pro Annual gives two months free; we don't go beyond that").
 */
const CONTRAST = new Set(['instead', 'rather']);
/** What a refusal after the turn refuses to do (stems). */
const REPLIES = new Set(['match', 'follow', 'copi', 'chase', 'mirror', 'price', 'beat', 'undercut', 'answer']);
const JOINS = new Set(['and', '&', 'or']);
/**
 * Whether what a name does is reported, not done by us: "FaZe is reportedly offering half-price slots", "Medline apparently
 * quoted 11% under". Our own offer is never hearsay.
 */
function reportedOf(tokens, j) {
    let k = j;
    if (AUXILIARIES.has(tokens[k]?.text ?? ''))
        k++;
    return REPORTED.has(tokens[k]?.text ?? '') && tokens[k].sentence === tokens[j - 1].sentence;
}
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', "'s"]);
const REPORTED = new Set(['reportedly', 'apparently', 'allegedly', 'supposedly', 'rumoured', 'rumored', 'said']);
/** Whether hearsay opens the clause the name acts in: "Word is Harlow Tools will run 10% off", "rumour has it that Kestrel …". */
function hearsayBefore(tokens, i) {
    const w1 = tokens[i - 1]?.text ?? '';
    const w2 = tokens[i - 2]?.text ?? '';
    const w3 = tokens[i - 3]?.text ?? '';
    if (w1 === 'is' && (w2 === 'word' || w2 === 'rumour' || w2 === 'rumor'))
        return true;
    // What we heard it did for the buyer: "I heard Patterson offered you free shipping", "I've been told Halden gave you …" (not
    // "I heard Marco already offered the clinic a free month": a colleague, and no word of the buyer).
    const heard = ((w1 === 'heard' || w1 === 'hear') && (w2 === 'i' || w2 === 'we' || w2 === "i've" || w2 === "we've")) ||
        (w1 === 'that' && (w2 === 'heard' || w2 === 'hear') && (w3 === 'i' || w3 === 'we' || w3 === "i've" || w3 === "we've")) ||
        (w1 === 'told' && w2 === 'been');
    // A business named at more than one word is one whatever it did; a single name only when it did it to our buyer.
    if (heard)
        return (tokens[i + 1] !== undefined && isCapName(tokens[i + 1]) && tokens[i + 1].sentence === tokens[i].sentence) || toTheBuyer(tokens, i);
    if (w1 === 'that' && (w2 === 'it' || w2 === 'is') && (w3 === 'has' || w3 === 'word' || w3 === 'rumour' || w3 === 'rumor'))
        return true;
    // (Not "said": "our launch email said Lumen Pro is now 30% off" reports our own words.)
    return (w1 === 'it' && w2 === 'has' && (w3 === 'rumour' || w3 === 'rumor')) || (w1 !== 'said' && REPORTED.has(w1));
}
/** Whether "you" or "your" follows a name within its clause's next few words: what it did was done to our buyer. */
function toTheBuyer(tokens, i) {
    for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
        const t = tokens[k];
        if (t.kind === 'punct' || t.kind === 'stop')
            return false;
        if (t.text === 'you' || t.text === 'your')
            return true;
    }
    return false;
}
/**
 * Whether a name stands in brackets, between dashes or after a comma, right after a word that makes it a rival: "Competitor
 * (Motion) is pushing a 12% discount", "Competitor - Motion - is …", "The competitor, Motion, is …".
 */
function rivalInParens(tokens, i) {
    return APPOSITION_OPENERS.has(tokens[i - 1]?.text ?? '') && RIVAL_NOUNS.has(tokens[i - 2]?.stem ?? '');
}
const APPOSITION_OPENERS = new Set(['(', '-', '—', '–', ',']);
/** Nouns that, in apposition after a name, make it another seller. */
const RIVAL_NOUNS = new Set(['competitor', 'rival', 'incumbent', 'challenger']);
/** Words after a name that make it another seller: "Kinetix reps" (not "X customers", which may be ours: "Brightpath customers get …"). */
const RIVAL_AFTER = new Set(['reps', 'salespeople']);
