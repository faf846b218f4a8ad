/** GitHub Actions workflow commands: each finding becomes an annotation on its line of the pull request. */
import { visible } from './escape.js';
import { plural } from './text.js';
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' };
/** Escapes a command's message as GitHub requires: %, CR and LF. */
export const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escapes a property value: also the colon and comma that separate properties. */
export const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
export function github(ctx) {
    const lines = ctx.findings.map((f) => {
        const props = [
            `file=${escapeProperty(visible(f.file))}`,
            `line=${f.line}`,
            `col=${f.column}`,
            `endLine=${f.endLine}`,
            `endColumn=${f.endColumn}`,
            `title=${escapeProperty(`${f.ruleId} (playbook-align)`)}`,
        ];
        // Untrusted text shows its hidden characters, and no `##[` (the runner's older commands) survives in it.
        const text = (s) => visible(s).replace(/#(?=#\[)/g, '#\u200B');
        const related = f.related.map((r) => `\n${text(`${r.file}:${r.line}:${r.column} ${r.message}`)}`).join('');
        return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(text(f.message) + related)}`;
    });
    const { error, warning, info } = ctx.summary;
    lines.push(`${plural(error + warning + info, 'problem')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info)`);
    return `${lines.join('\n')}\n`;
}
