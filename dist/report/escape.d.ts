/** Hidden characters as `\u202E`-style escapes, so the reader sees that something was there; tabs and line breaks as spaces. */
export declare const visible: (text: string) => string;
/**
 * For a terminal or a CI log: visible, and no workflow command. A zero-width space splits `::`
 * (GitHub's `::command::`) and `##[` (the runner's older syntax, matched anywhere in a line).
 */
export declare const forTerminal: (text: string) => string;
/** Lines we wrote, with untrusted text inside (stderr notes, command output): every line made safe, the line breaks kept. */
export declare const terminalLines: (text: string) => string;
/** For XML (JUnit, HTML; attributes are double-quoted): visible, then `&`, `<`, `>` and `"` as entities. */
export declare const forXml: (text: string) => string;
/**
 * For Markdown text (a table cell of a PR comment or a step summary): no HTML, no link or image
 * (`[`, `]` escaped), no code span or cell break, no autolink (URLs, `www.`, `#123`) and no
 * `@mention`: a zero-width space keeps each of the last as plain text.
 */
export declare const forMarkdown: (text: string) => string;
/**
 * Inline code in Markdown: the text visible, inside a run of backticks longer than any it holds.
 * In a table cell (`cell`, the default) `|` is escaped as `\|`: GFM splits cells before it reads
 * code spans, so a bare `|` would end the cell in the middle of the span and leave the rest of the
 * text (HTML, a mention) outside it; GFM reads `\|` in a cell as `|`, inside code spans too.
 * Elsewhere (a heading) a code span shows `\|` as it is, so `|` stays bare there.
 */
export declare function markdownCode(text: string, cell?: boolean): string;
/** Columns a code point takes in a terminal: 0 for combining marks and joiners, 2 for wide and fullwidth ones. */
export declare function charWidth(ch: string): number;
/** Columns a string takes in a terminal. */
export declare function displayWidth(text: string): number;
/** One character of a source line as a terminal shows it: its text (made safe), its columns, and where it was in the line (UTF-16 index). */
export interface Cell {
    text: string;
    width: number;
    at: number;
}
/** A source line, character by character, as `forTerminal` would show it, for excerpts with carets that line up. */
export declare function terminalCells(line: string): Cell[];
