import { excerpt } from '../load/quote.js';
import { compileRule } from './engine.js';
import { conditionText } from './wording.js';
/** Builds a custom rule from its config entry. */
export function customRule(id, d, origin) {
    const severity = d.severity && d.severity !== 'off' ? d.severity : 'warning';
    const rule = {
        type: 'condition',
        id,
        severity,
        summary: d.description ?? d.message,
        rationale: d.description ?? d.message,
        tags: ['custom'],
        origin,
        // The message the config gives, then what made it fire: the words matched, or the requirement the tactic does not meet.
        messages: {
            custom: (m) => `Tactic '${m.tactic}': ${d.message}${m.phrase ? ` ("${m.phrase}")` : ''}${m.unmet ? ` (it requires ${m.unmet})` : ''}.`.replace(/\.(["')]*)\.$/, '.$1'),
        },
        report: ({ tactic, evidence }) => ({
            messageId: 'custom',
            data: { tactic: tactic.id, phrase: evidence?.text ?? '' },
            wording: { unmet: d.require ? conditionText(d.require) : '' },
        }),
    };
    if (d.when)
        rule.when = d.when;
    if (d.tactic)
        rule.tactic = d.tactic;
    if (d.forbid)
        rule.forbid = d.forbid;
    if (d.require)
        rule.require = d.require;
    return rule;
}
/** Every entry compiled: those that compile, in order, and the mistakes of those that do not (at the key). */
export function compileCustomRules(entries) {
    const rules = [];
    const errors = [];
    for (const { id, data, file, path } of entries) {
        const rule = customRule(id, data, file);
        const c = compileRule(rule, path);
        for (const e of c.errors)
            errors.push({ file, path: e.path, key: true, message: `Custom rule '${excerpt(id)}': ${e.message}` });
        if (!c.errors.length)
            rules.push({ rule, compiled: c.compiled, file, path });
    }
    return { rules, errors };
}
