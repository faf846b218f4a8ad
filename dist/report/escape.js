/**
 * Text from the playbook (messages quote it, excerpts show it, file names come from the pull
 * request) is untrusted: each output shows it so that it can change nothing but itself. Terminals
 * and CI logs get no control or bidi character and no workflow command; Markdown gets no HTML,
 * link, image or mention; XML gets only characters XML allows. JSON and SARIF carry the text as
 * data, escaped by JSON itself.
 */
import { eastAsianWidth } from 'get-east-asian-width';
/**
 * Characters that change what a reader sees without being seen: C0 and C1 controls (ESC starts
 * terminal sequences), DEL, bidi embeddings, overrides, isolates and marks, invisible separators,
 * the BOM, noncharacters, and lone surrogates. ZWJ and ZWNJ stay: emoji and scripts need them.
 */
const HIDDEN = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it finds
/[\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const codeOf = (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
/** Hidden characters as `\u202E`-style escapes, so the reader sees that something was there; tabs and line breaks as spaces. */
export const visible = (text) => text.replace(HIDDEN, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : codeOf(c)));
/**
 * For a terminal or a CI log: visible, and no workflow command. A zero-width space splits `::`
 * (GitHub's `::command::`) and `##[` (the runner's older syntax, matched anywhere in a line).
 */
export const forTerminal = (text) => breakCommands(visible(text));
const breakCommands = (text) => text.replace(/:(?=:)/g, ':\u200B').replace(/#(?=#\[)/g, '#\u200B');
/** Lines we wrote, with untrusted text inside (stderr notes, command output): every line made safe, the line breaks kept. */
export const terminalLines = (text) => text.split('\n').map(forTerminal).join('\n');
/** For XML (JUnit, HTML; attributes are double-quoted): visible, then `&`, `<`, `>` and `"` as entities. */
export const forXml = (text) => visible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/**
 * For Markdown text (a table cell of a PR comment or a step summary): no HTML, no link or image
 * (`[`, `]` escaped), no code span or cell break, no autolink (URLs, `www.`, `#123`) and no
 * `@mention`: a zero-width space keeps each of the last as plain text.
 */
export const forMarkdown = (text) => visible(text)
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/[\\`[\]|]/g, '\\$&')
    .replace(/@(?=[\w-])/g, '@\u200B')
    .replace(/:\/\//g, ':\u200B//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u200B.`)
    .replace(/#(?=\d)/g, '#\u200B');
/**
 * Inline code in Markdown: the text visible, inside a run of backticks longer than any it holds.
 * In a table cell (`cell`, the default) `|` is escaped as `\|`: GFM splits cells before it reads
 * code spans, so a bare `|` would end the cell in the middle of the span and leave the rest of the
 * text (HTML, a mention) outside it; GFM reads `\|` in a cell as `|`, inside code spans too.
 * Elsewhere (a heading) a code span shows `\|` as it is, so `|` stays bare there.
 */
export function markdownCode(text, cell = true) {
    const t = cell ? visible(text).replace(/\|/g, '\\|') : visible(text);
    const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return longest ? `${fence} ${t} ${fence}` : `${fence}${t}${fence}`;
}
/** Columns a code point takes in a terminal: 0 for combining marks and joiners, 2 for wide and fullwidth ones. */
export function charWidth(ch) {
    const cp = ch.codePointAt(0);
    if (/^\p{M}$/u.test(ch) || (cp >= 0x200b && cp <= 0x200d) || (cp >= 0xfe00 && cp <= 0xfe0f))
        return 0;
    return eastAsianWidth(cp);
}
/** Columns a string takes in a terminal. */
export function displayWidth(text) {
    // Printable ASCII, nearly all text: one column a character.
    if (/^[\x20-\x7e]*$/.test(text))
        return text.length;
    let w = 0;
    for (const ch of text)
        w += charWidth(ch);
    return w;
}
/** A source line, character by character, as `forTerminal` would show it, for excerpts with carets that line up. */
export function terminalCells(line) {
    const cells = [];
    const chars = [...line];
    let at = 0;
    chars.forEach((ch, i) => {
        let text = ch === '\t' ? ' ' : visible(ch);
        if ((ch === ':' && chars[i + 1] === ':') || (ch === '#' && chars[i + 1] === '#' && chars[i + 2] === '['))
            text += '\u200B';
        cells.push({ text, width: text === ch || text === ' ' ? charWidth(ch === '\t' ? ' ' : ch) : displayWidth(text), at });
        at += ch.length;
    });
    return cells;
}
