/** Waivers silence one rule on one item until a date; the expired and the unused are reported (`expired-waiver`, `unused-waiver`). */
import type { Playbook } from '../playbook/model.js';
import type { Problem } from '../rules/types.js';
/**
 * Applies every waiver of the playbook's tactics and objectives: an active one removes its rule's
 * problems on its item; an expired one keeps them and adds `expired-waiver`; one that matches
 * nothing adds `unused-waiver`, with the closest rule id when it names none.
 */
export declare function applyWaivers(problems: Problem[], playbook: Playbook, today: string, suggest: (rule: string) => string | null): Problem[];
