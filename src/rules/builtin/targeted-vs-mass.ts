/** Untargeted, high-volume outreach does not fit a targeted strategy or an enterprise audience. */
import type { ConditionSpec, MessageData, RuleExamples } from '../types.js';
import { motionList, quoted } from '../wording.js';

export const meta = {
  id: 'targeted-vs-mass',
  severity: 'warning',
  summary: 'Untargeted, high-volume outreach does not fit a targeted strategy or an enterprise audience.',
  rationale:
    'Consultative and account-based motions, and any enterprise buyer, expect outreach built for them. Blasts, bought lists and dial quotas burn the named accounts the strategy depends on and train buyers to ignore the brand.',
  tags: ['motion', 'audience', 'prose'],
} as const;

const mass = (d: MessageData) => `Tactic '${d.tactic}' is untargeted, high-volume outreach${quoted(d.phrase)}, which does not fit`;
export const messages = {
  motion: (d: MessageData) => `${mass(d)} the ${d.motion} motion.`,
  enterprise: (d: MessageData) => `${mass(d)} ${d.audience ? `the enterprise audience '${d.audience}' it targets` : 'the enterprise audience it targets'}.`,
};

export const condition: ConditionSpec = {
  forbid: { traits: 'mass', any: [{ 'strategy.motion': ['consultative', 'account-based'] }, { 'targets.segment': 'enterprise' }] },
  related: ['motion'],
  report: ({ tactic, evidence, strategy }) => {
    const targeted = strategy.motions.filter((m) => m === 'consultative' || m === 'account-based');
    const data = { tactic: tactic.id, phrase: evidence?.text ?? '' };
    if (targeted.length) return { messageId: 'motion', data: { ...data, motion: motionList(targeted) } };
    // An enterprise audience: named, and shown as the related location (the motion is not what the tactic misses).
    const target = tactic.targets.find((t) => t.audience?.segment === 'enterprise');
    const audience = target?.audience;
    const name = audience?.id ?? target?.id ?? '';
    const at = audience && audience.origin !== 'inline' ? audience.at : target?.at;
    return {
      messageId: 'enterprise',
      data,
      wording: { audience: name },
      ...(at ? { related: [{ at, label: name ? `${name}: enterprise` : 'an enterprise audience' }] } : {}),
    };
  },
};

export const examples: RuleExamples = {
  invalid: { strategy: { motion: 'account-based' }, tactics: [{ kind: 'outreach-sequence', description: 'Email blast to a purchased list of 50k contacts.' }] },
  valid: {
    strategy: { motion: 'account-based' },
    tactics: [{ kind: 'outreach-sequence', description: 'A personal note to five named accounts about their expansion plans.' }],
  },
};
