/**
 * The quick fixes: each finding's "did you mean" as an edit (what `align check --fix` applies), a
 * waiver for a finding on a tactic or an objective (its reason left to fill in), and, for a tactic
 * that supports nothing, the strategy's objectives to add to its `supports`. Pure: a result in,
 * edits by offset out; the server turns them into the protocol's code actions.
 */
import { offsetOf } from '../findings/fix.js';
import { addItem, addKey, spanOf } from './document.js';
/** The rules a waiver cannot silence: the waiver's own findings. */
const UNWAIVABLE = new Set(['unused-waiver', 'expired-waiver']);
/** The reason a new waiver carries until someone writes the real one. */
export const WAIVER_REASON = 'TODO why this exception is approved, and by whom';
/** Offsets of a finding's range in its file's text. */
function offsets(source, l) {
    const starts = source.lineCounter.lineStarts;
    return { start: offsetOf(source.text, starts, l.line, l.column), end: offsetOf(source.text, starts, l.endLine, l.endColumn) };
}
const insert = (file, i) => ({ file, start: i.offset, end: i.offset, text: i.text });
/** A plain YAML scalar for an id or rule name, quoted when it would not read back as the same string. */
export const scalar = (s) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) ? s : JSON.stringify(s);
/** The tactic a finding is about: the one of its id whose mapping holds the finding, in the finding's file. */
function tacticOf(f, playbook, sources) {
    if (f.tactic === null)
        return undefined;
    const candidates = playbook.tactics.filter((t) => t.id === f.tactic && t.at.file === f.file);
    const source = sources.get(f.file);
    if (!source || candidates.length <= 1)
        return candidates[0] ?? playbook.tactics.find((t) => t.id === f.tactic);
    const at = offsets(source, f).start;
    return candidates.find((t) => {
        const span = spanOf(source, t.at.path);
        return span && span.start <= at && at <= span.end;
    });
}
function objectiveOf(f, playbook) {
    return f.objective === null ? undefined : playbook.strategy.objectives.find((o) => o.id === f.objective);
}
/** The waiver that would silence a finding: the guardrail's id for a guardrail, else the rule's. */
const waiverRule = (f) => (f.ruleId === 'guardrail' && f.data?.guardrail ? String(f.data.guardrail) : f.ruleId);
/** A waiver added to an item's `waivers:` list, or the list itself added to the item. */
function addWaiver(source, path, rule) {
    const item = [`rule: ${scalar(rule)}`, `reason: ${WAIVER_REASON}`];
    const list = addItem(source, [...path, 'waivers'], item);
    if (list)
        return list;
    if (spanOf(source, [...path, 'waivers']))
        return null;
    return addKey(source, path, ['waivers:', ...item.map((l, i) => `${i === 0 ? '  - ' : '    '}${l}`)]);
}
/** The supports list of a tactic with one more objective. */
function addSupport(source, path, id) {
    const list = addItem(source, [...path, 'supports'], [scalar(id)]);
    if (list)
        return list;
    if (spanOf(source, [...path, 'supports']))
        return null;
    return addKey(source, path, [`supports: [${scalar(id)}]`]);
}
/** Every quick fix for the findings of `file` whose range meets [start, end] (offsets). */
export function actionsFor(result, file, start, end, opts) {
    const source = result.sources.get(file);
    if (!source)
        return [];
    const out = [];
    for (const f of result.findings) {
        if (f.file !== file)
            continue;
        const at = offsets(source, f);
        if (at.end < start || at.start > end)
            continue;
        if (f.fix && f.fix.file === file) {
            const r = offsets(source, f.fix);
            const before = source.text.slice(r.start, r.end);
            if (before !== f.fix.text)
                out.push({ title: `Change '${before}' to '${f.fix.text}'`, finding: f, edits: [{ file, ...r, text: f.fix.text }], preferred: true });
        }
        const playbook = result.playbook;
        if (!playbook)
            continue;
        if (f.ruleId === 'orphan-tactic') {
            const t = tacticOf(f, playbook, result.sources);
            if (t)
                for (const o of playbook.strategy.objectives) {
                    const i = addSupport(source, t.at.path, o.id);
                    if (i)
                        out.push({ title: `Add '${o.id}' to the supports of '${t.id}' (${o.statement})`, finding: f, edits: [insert(file, i)], preferred: false });
                }
        }
        if (UNWAIVABLE.has(f.ruleId) || !opts.waivableRules.has(f.ruleId))
            continue;
        const item = f.tactic !== null ? tacticOf(f, playbook, result.sources) : objectiveOf(f, playbook);
        if (!item)
            continue;
        const itemSource = result.sources.get(item.at.file);
        const i = itemSource && addWaiver(itemSource, item.at.path, waiverRule(f));
        if (i)
            out.push({
                title: `Add a waiver for ${waiverRule(f)} to ${f.tactic !== null ? 'tactic' : 'objective'} '${item.id}'`,
                finding: f,
                edits: [insert(item.at.file, i)],
                preferred: false,
            });
    }
    return out;
}
