/** `align rules`, `align explain` and `align traits`: what the rules and the reader do here, with the config's additions. */
import { readFileSync } from 'node:fs';
import { KINDS } from '../load/schema.js';
import { terminalLines } from '../report/escape.js';
import { wrap } from '../report/text.js';
import { builtinRule } from '../rules/registry.js';
import { setup } from '../setup.js';
import { didYouMean } from '../suggest.js';
import { UsageError } from '../types.js';
/** Loads the config for a command that lists or explains rules; its input errors are printed and end the run. */
function rulesSetup(config, io) {
    const s = setup(config !== undefined ? { config } : {});
    if (s.problems.length) {
        for (const f of s.problems)
            io.err(`${f.file}:${f.line}:${f.column}: ${f.message}\n`);
        return null;
    }
    return s;
}
/** The checks that run here: built-in, then custom. */
const checks = (s) => s.rules.filter((r) => r.kind === 'check');
export function listRules(flags, io) {
    if (flags.format !== 'stylish' && flags.format !== 'json')
        throw new UsageError(`align rules prints stylish or json, not '${flags.format}'.`);
    const s = rulesSetup(flags.config, io);
    if (!s)
        return 2;
    const rules = checks(s);
    if (flags.format === 'json') {
        const list = rules.map((r) => ({ id: r.id, severity: r.effective, defaultSeverity: r.severity, origin: r.origin, summary: r.summary }));
        io.out(`${JSON.stringify({ version: 1, rules: list }, null, 2)}\n`);
        return 0;
    }
    const idWidth = Math.max(...rules.map((r) => r.id.length));
    const lines = [];
    for (const r of rules) {
        const origin = r.origin === 'built-in' ? 'built-in' : `custom (${r.origin})`;
        lines.push(`${r.id.padEnd(idWidth)}  ${r.effective.padEnd(7)}  ${origin}`);
        for (const l of wrap(r.summary, 76))
            lines.push(`  ${l}`);
    }
    lines.push('', `${rules.length} rules (${rules.filter((r) => r.effective === 'off').length} off). 'align explain RULE' tells why a rule exists and shows examples.`);
    io.out(`${terminalLines(lines.join('\n'))}\n`);
    return 0;
}
export async function runExplain(id, flags, io) {
    const { explainText, ruleDoc } = await import('../explain.js');
    const s = rulesSetup(flags.config, io);
    if (!s)
        return 2;
    const ids = checks(s).map((r) => r.id);
    const rule = checks(s).find((r) => r.id === id);
    if (!rule)
        throw new UsageError(`Unknown rule '${id}'.${didYouMean(id, ids)} Run 'align rules' to list the rules.`);
    const full = builtinRule(id) ?? s.customRules.find((c) => c.rule.id === id).rule;
    io.out(terminalLines(explainText(ruleDoc(full), rule.effective)));
    return 0;
}
export async function runTraits(texts, flags, io) {
    if (flags.format !== 'stylish' && flags.format !== 'json')
        throw new UsageError(`align traits prints stylish or json, not '${flags.format}'.`);
    if (flags.kind !== undefined && !KINDS.includes(flags.kind))
        throw new UsageError(`'${flags.kind}' is no tactic kind.${didYouMean(flags.kind, KINDS)} The kinds: ${KINDS.join(', ')}.`);
    const s = rulesSetup(flags.config, io);
    if (!s)
        return 2;
    const [{ lexiconOf }, { readTraits, traitsText }] = await Promise.all([import('../traits/index.js'), import('../traits/explain.js')]);
    const lexicon = lexiconOf(s.config);
    const inputs = texts.map((t) => (t === '-' ? readFileSync(0, 'utf8').replace(/\r?\n$/, '') : t));
    const readings = inputs.map((t) => readTraits(lexicon, t, undefined, flags.kind));
    io.out(flags.format === 'json' ? `${JSON.stringify({ version: 1, texts: readings }, null, 2)}\n` : terminalLines(traitsText(readings)));
    return 0;
}
