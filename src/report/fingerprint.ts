/** A finding's identity across edits: survives line moves, reordering and reformatting. Used by SARIF and baselines. */
import { createHash } from 'node:crypto';
import type { Finding } from '../types.js';

/** The message without the positions it mentions ("strategy.yaml:7", "line 12"). */
const withoutPositions = (message: string) => message.replace(/([\w./-]+\.ya?ml):\d+(:\d+)?/g, '$1').replace(/\bline \d+/g, 'line');

export function fingerprint(f: Pick<Finding, 'ruleId' | 'tactic' | 'objective' | 'evidence' | 'message'>): string {
  return createHash('sha256')
    .update([f.ruleId, f.tactic ?? '', f.objective ?? '', f.evidence ?? '', withoutPositions(f.message)].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}
