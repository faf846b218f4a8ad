/** Waivers silence one rule on one item until a date: `expired-waiver` and `unused-waiver`. */
import type { Waiver } from '../../playbook/model.js';
import type { Pointer } from '../../types.js';
import type { Problem, RuleMeta } from '../types.js';

export const expiredWaiverMessage = (item: string, w: Waiver) =>
  `The waiver of '${w.rule}' on ${item}${w.approvedBy ? `, approved by ${w.approvedBy},` : ''} expired on ${w.until}, so its finding is reported again. Fix the ${item.split(' ')[0]} or renew the waiver with a new 'until' date.`;

export const unusedWaiverMessage = (item: string, w: Waiver, suggestion: string | null) =>
  `The waiver of '${w.rule}' on ${item} silences no finding and can be removed.${suggestion ? ` ('${w.rule}' is not a rule id; did you mean '${suggestion}'?)` : ''}`;

export const expiredWaiverMeta: RuleMeta = {
  id: 'expired-waiver',
  severity: 'warning',
  origin: 'built-in',
  summary: "A waiver's until date has passed; the waived finding is reported again.",
  rationale:
    'Exceptions are granted for a time. When the time is up, the exception should be renewed deliberately or the tactic brought back in line — not forgotten.',
};

export const unusedWaiverMeta: RuleMeta = {
  id: 'unused-waiver',
  severity: 'info',
  origin: 'built-in',
  summary: 'A waiver silences no finding and can be removed.',
  rationale: 'A waiver for a rule that no longer fires is clutter, and it would silently hide the finding if the tactic drifted again.',
};

interface Item {
  label: string;
  at: Pointer;
  id: string;
  kind: 'tactic' | 'objective';
  waivers: Waiver[];
}

const key = (p: Pointer) => `${p.file}\u0000${p.path.join('\u0000')}`;

/**
 * Applies every waiver: an active one removes its rule's problems on its item; an expired one
 * keeps them and adds `expired-waiver`; one that matches nothing adds `unused-waiver`.
 */
export function applyWaivers(problems: Problem[], items: Item[], today: string, suggest: (rule: string) => string | null): Problem[] {
  const byItem = new Map<string, Problem[]>();
  for (const p of problems) {
    if (!p.item) continue;
    const k = key(p.item);
    const list = byItem.get(k);
    if (list) list.push(p);
    else byItem.set(k, [p]);
  }
  const silenced = new Set<Problem>();
  const added: Problem[] = [];
  for (const it of items) {
    for (const w of it.waivers) {
      const hits = (byItem.get(key(it.at)) ?? []).filter((p) => p.ruleId === w.rule || p.guardrail === w.rule);
      const ref = it.kind === 'tactic' ? { tactic: it.id } : { objective: it.id };
      const expired = w.until !== undefined && today > w.until;
      if (hits.length === 0) {
        added.push({ ruleId: 'unused-waiver', message: unusedWaiverMessage(it.label, w, suggest(w.rule)), at: w.at, ...ref, related: [] });
      } else if (expired) {
        added.push({
          ruleId: 'expired-waiver',
          message: expiredWaiverMessage(it.label, w),
          at: { file: w.at.file, path: [...w.at.path, 'until'] },
          ...ref,
          related: [],
        });
      } else {
        for (const h of hits) silenced.add(h);
      }
    }
  }
  return [...problems.filter((p) => !silenced.has(p)), ...added];
}
