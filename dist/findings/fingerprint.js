/** A finding's identity across edits: survives line moves, reordering, reformatting and rewording. Used by SARIF, baselines and --since. */
import { createHash } from 'node:crypto';
/** Object keys sorted, so the same data always gives the same text. */
const canonical = (data) => JSON.stringify(Object.keys(data ?? {})
    .sort()
    .map((k) => [k, data[k]]));
/** The rule, the item (tactic or objective), the message id and its data; an input error, which has no message id, by its message. */
export function fingerprint(f) {
    const what = f.messageId !== undefined ? [f.messageId, canonical(f.data)] : ['', f.message];
    return createHash('sha256')
        .update([f.ruleId, f.tactic ?? '', f.objective ?? '', ...what].join('\u0000'))
        .digest('hex')
        .slice(0, 32);
}
