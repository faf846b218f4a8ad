import type { Finding } from '../types.js';
/** The rule, the item (tactic or objective), the message id and its data; an input error, which has no message id, by its message. */
export declare function fingerprint(f: Pick<Finding, 'ruleId' | 'tactic' | 'objective' | 'message' | 'messageId' | 'data'>): string;
