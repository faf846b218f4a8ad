/**
 * Modifiers as data, in the manner of NegEx and ConText: cues that negate a signal before or
 * after it, pseudo-cues that look like negation but are not, what ends a cue's scope, and the
 * words that make a quoted phrase a mention rather than a use.
 */

/** Cues that negate a signal that follows them in the same clause (NegEx "pre" triggers). */
export const NEGATION_BEFORE: readonly string[] = [
  '=no',
  '=not',
  'never',
  'without',
  'avoid',
  'avoids',
  'avoiding',
  "don't",
  'dont',
  'do =not',
  "doesn't",
  'does =not',
  "didn't",
  'did =not',
  "won't",
  'will =not',
  "can't",
  'cannot',
  'can =not',
  "shouldn't",
  'should =not',
  "mustn't",
  'must =not',
  'may =not',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "we're =not",
  'instead of',
  'rather than',
  'no longer',
  'refuse|refuses|refused to',
  'prohibit|prohibits|forbid|forbids|ban|bans',
  '=nor',
  'neither',
  'nobody',
  'no one',
  '=none',
  'nothing',
  '=zero',
  'stop|stopped|stops|stopping',
  'quit',
  'cease|ceased',
  '=dropped',
  'ditch|ditched',
  'abandon|abandoned',
  'retire|retired',
  'remove|removed|removing',
  '=pulled',
  'cancel|cancelled|canceled',
  'kill|killed',
  'scrap|scrapped',
  'eliminate|eliminated',
  'moved|moving|move away from',
  'got|get rid of',
  'phase|phased out',
  'forget',
  'skip|skips|skipped|skipping',
  'ignore',
  'bypass',
  'replace|replaced|replacing',
];

/** Cues that negate a signal before them in the same clause (NegEx "post" triggers). */
export const NEGATION_AFTER: readonly string[] = [
  'not allowed|permitted|offered|included|available|used|needed|required|welcome|acceptable|here',
  'not (an option|part of|for us|our style|how we)',
  'off the table',
  'off limits',
  'is|are|was|were|be|been|get|gets|got|being prohibited|forbidden|banned|discontinued|retired|dropped|removed|cancelled|canceled|scrapped|abandoned|replaced|phased|killed|sunset|sunsetted|pulled|eliminated|axed|deprecated|outlawed',
  'is|are|was|were =not',
  "isn't|aren't|wasn't|weren't",
  'is|are|was|were no longer',
  'is|are|was|were never',
  'no longer',
  "(don't|do not|doesn't|does not) belong|work|fly|happen",
  'never ~1 used|happen|happens|works',
  'moving|moved away from',
  'has|have|had been replaced|dropped|retired|removed|discontinued|cancelled|canceled|scrapped|banned',
  "(won't|will not) be",
  "we (don't|never) do",
];

/** Look like cues and negate nothing (NegEx pseudo-triggers), including limits on an amount. */
export const PSEUDO_NEGATIONS: readonly string[] = [
  'not only',
  'not just',
  'not merely',
  'not simply',
  'no doubt',
  'no brainer',
  'no question',
  'no wonder',
  'no matter',
  'nothing but',
  "(don't|doesn't|do not|does not) just|only|merely",
  'not necessarily',
  'no later than',
  'no more than',
  'not more than',
  'not to mention',
  'not exceed|exceeding',
  'never more than',
  "(isn't|is not|not|won't be|wasn't|was not) until",
  'no sooner',
  "(can't|cannot|can not) guarantee|promise|hold",
  'no exceptions',
  'no excuses',
];

/** Words after a negation cue that make it govern a limit, not the practice ("won't extend trials past 14 days"). */
export const LIMIT_WORDS: readonly string[] = ['extend', 'extends', 'extended', 'exceed', 'exceeds', 'beyond', 'past'];

/** Words after a signal that put a limit on it ("never discount more than 10%"). */
export const LIMIT_AFTER: readonly string[] = ['more than {amount}|{duration}|{num}', 'beyond|above|over|past {amount}|{duration}|{num}', 'by more than'];

/** Words that end a negation's scope inside a clause (ConText terminators). */
export const TERMINATORS: readonly string[] = [
  'but',
  'however',
  'although',
  'though',
  'except',
  'yet',
  'whereas',
  'instead',
  'just',
  'while',
  'unless',
  'then',
  'so',
  'plus',
];

/** Subjects that, after "and" or "or", start a new clause. */
export const NEW_SUBJECTS: readonly string[] = ['we', 'you', 'they', 'i', 'reps', 'customers', 'buyers', 'it', 'he', 'she'];

/** Words that turn a negation into a condition ("if the PO isn't in by the 28th"). */
export const CONDITIONALS: readonly string[] = ['if', 'unless'];

/** Words that, with a phrase in quotes, make it a mention ("'ACT NOW' is banned in our copy"). */
export const MENTION_CUES: readonly string[] = [
  'ban',
  'banned',
  'bans',
  'avoid',
  'avoids',
  'remove',
  'removed',
  'strip',
  'delete',
  'deleted',
  'rewrite',
  'replace',
  'criticise',
  'criticize',
  'cringe',
  'spammy',
  'spam',
  'desperate',
  'cheesy',
  'never',
  'nobody',
  'forbid',
  'forbidden',
  'prohibited',
  'flag',
  'flagged',
  'words like',
  'phrases like',
  'language like',
  'sounds',
  'reads as',
  'instead of',
  'rather than',
];

/** Words before a quoted phrase that make it a name ("a chatbot branded 'Concierge'"). */
export const NAME_CUES: readonly string[] = [
  'branded',
  'called',
  'named',
  'titled',
  'nicknamed',
  'dubbed',
  'crown',
  'crowned',
  'award',
  'awarded',
  'won',
  'label',
  'labelled',
  'labeled',
];
