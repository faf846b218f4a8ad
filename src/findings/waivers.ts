/** Waivers silence one rule on one item until a date; the expired and the unused are reported (`expired-waiver`, `unused-waiver`). */
import type { Playbook, Waiver } from '../playbook/model.js';
import type { Problem } from '../rules/types.js';
import type { Pointer } from '../types.js';

const key = (p: Pointer) => `${p.file}\u0000${p.path.join('\u0000')}`;

/**
 * Applies every waiver of the playbook's tactics and objectives: an active one removes its rule's
 * problems on its item; an expired one keeps them and adds `expired-waiver`; one that matches
 * nothing adds `unused-waiver`, with the closest rule id when it names none.
 */
export function applyWaivers(problems: Problem[], playbook: Playbook, today: string, suggest: (rule: string) => string | null): Problem[] {
  const byItem = new Map<string, Problem[]>();
  for (const p of problems) {
    if (!p.item) continue;
    const k = key(p.item);
    const list = byItem.get(k);
    if (list) list.push(p);
    else byItem.set(k, [p]);
  }
  const items = [
    ...playbook.tactics.map((t) => ({ kind: 'tactic' as const, id: t.id, at: t.at, waivers: t.waivers })),
    ...playbook.strategy.objectives.map((o) => ({ kind: 'objective' as const, id: o.id, at: o.at, waivers: o.waivers })),
  ];
  const silenced = new Set<Problem>();
  const added: Problem[] = [];
  for (const it of items) {
    for (const w of it.waivers) {
      const hits = (byItem.get(key(it.at)) ?? []).filter((p) => p.ruleId === w.rule || p.guardrail === w.rule);
      const ref = it.kind === 'tactic' ? { tactic: it.id } : { objective: it.id };
      const about = { rule: w.rule, kind: it.kind, item: it.id };
      if (hits.length === 0) {
        const suggestion = suggest(w.rule);
        added.push({
          ruleId: 'unused-waiver',
          messageId: 'unused',
          data: { ...about, suggestion: suggestion ?? '' },
          at: w.at,
          ...ref,
          related: [],
          ...(suggestion !== null ? { fix: { text: suggestion, at: { file: w.at.file, path: [...w.at.path, 'rule'] } } } : {}),
        });
      } else if (expired(w, today)) {
        added.push({
          ruleId: 'expired-waiver',
          messageId: 'expired',
          data: { ...about, approvedBy: w.approvedBy ?? '', until: w.until ?? '' },
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

const expired = (w: Waiver, today: string) => w.until !== undefined && today > w.until;
