/** Wording shared by the text formats. */
import { displayWidth } from './escape.js';
/** "1 tactic", "3 tactics". */
export const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Splits text into lines of at most `width` terminal columns at spaces. */
export function wrap(text, width) {
    const lines = [];
    let line = '';
    let used = 0;
    for (const word of text.split(/\s+/).filter(Boolean)) {
        const w = displayWidth(word);
        if (line && used + 1 + w > width) {
            lines.push(line);
            line = word;
            used = w;
        }
        else {
            line = line ? `${line} ${word}` : word;
            used += (used ? 1 : 0) + w;
        }
    }
    if (line)
        lines.push(line);
    return lines.length ? lines : [''];
}
