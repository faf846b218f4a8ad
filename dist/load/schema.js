/** The playbook and config formats as zod schemas: the single source of truth for validation and types. */
import * as z from 'zod';
import { RULE_SEVERITIES, SEVERITY_OR_OFF } from '../types.js';
import { excerpt } from './quote.js';
import { DURATION_NAMES, parseDate, parseDuration, parsePercent, parseRange, parseSize } from './units.js';
export const TIERS = ['premium', 'mainstream', 'value'];
export const MOTIONS = ['consultative', 'transactional', 'product-led', 'account-based', 'channel'];
export const SEGMENTS = ['smb', 'mid-market', 'enterprise'];
export const HORIZONS = ['long-term', 'annual', 'quarterly'];
export const STATUSES = ['active', 'planned', 'paused', 'retired'];
export const KINDS = [
    'outreach-sequence',
    'discovery',
    'demo',
    'business-case',
    'proof-of-value',
    'objection-handling',
    'pricing',
    'closing',
    'follow-up',
    'expansion',
    'pipeline',
    'crm-workflow',
    'quota',
    'event',
    'content',
    'referral',
    'partner',
    'promotion',
    'other',
];
export const CHANNELS = [
    'email',
    'phone',
    'sms',
    'social',
    'direct-mail',
    'in-person',
    'event',
    'webinar',
    'web',
    'in-product',
    'ads',
    'partner',
    'community',
    'other',
];
/** What a qualifier of the prose reader says about the signals it reaches (src/traits/qualifiers.ts). */
export const QUALIFIER_CATEGORIES = ['negated', 'retired', 'hypothetical', 'other-party', 'mentioned'];
/** Which way a qualifier's scope runs from its cue, or that it is a pseudo-cue or a terminator. */
export const QUALIFIER_DIRECTIONS = ['forward', 'backward', 'both', 'pseudo', 'terminate'];
export const DEFAULT_BANDS = {
    smb: { min: 0, max: 99 },
    'mid-market': { min: 100, max: 999 },
    enterprise: { min: 1000, max: Infinity },
};
/** An enum matched case-insensitively, with surrounding spaces ignored (`caseless` tells the JSON Schema to say so: schemas.ts). */
const choice = (values) => z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(values)).meta({ caseless: true });
/**
 * A JSON Schema pattern (ECMA-262, no flags, so every validator reads it alike) that matches the
 * words in any case, as the checker does: anyCase('per cent') = '[Pp][Ee][Rr] [Cc][Ee][Nn][Tt]'.
 */
export const anyCase = (word) => [...word].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
/** Ids of tactics, objectives, audiences, guardrails and custom rules: the one pattern. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ID_MESSAGE = 'ids are lower-case kebab-case: letters, digits and hyphens (e.g. "grow-midmarket")';
export const id = z
    .string()
    .regex(ID_PATTERN, { message: ID_MESSAGE })
    .meta({ patternErrorMessage: `Not an id: ${ID_MESSAGE}.` });
const text = z.string();
const texts = z.array(z.string());
/** Metric names are free strings; a bare number is read as its text. */
const metricNames = z.array(z.union([z.string(), z.number().transform(String)]));
export const percentage = z
    .union([
    z.number().meta({ minimum: 0, maximum: 100 }),
    z.string().meta({
        pattern: `^\\s*0*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*(%|${anyCase('percent')}|${anyCase('per cent')})?\\s*$`,
        patternErrorMessage: 'Not a percentage: write e.g. 20%, 20 (per cent) or 0.2, from 0 to 100%.',
    }),
])
    .transform((v, ctx) => {
    const p = parsePercent(v);
    if (p === null) {
        ctx.addIssue({ code: 'custom', input: v, message: `"${excerpt(String(v))}" is not a percentage from 0 to 100% (write e.g. 20%)` });
        return z.NEVER;
    }
    return p;
})
    .describe('A percentage: 20%, 20 (per cent) or 0.2 (a fraction), from 0 to 100%.');
/** The longest duration in each unit: 100 years, far beyond any review period, well inside what dates can hold. */
const MAX_DURATION = { d: 36_525, w: 5_218, m: 1_200, y: 100 };
export const duration = z
    .string()
    .transform((v, ctx) => {
    const d = parseDuration(v);
    if (!d) {
        ctx.addIssue({
            code: 'custom',
            input: v,
            message: `"${excerpt(String(v))}" is not a duration (write e.g. 30d, 6w, 3m, 1y, monthly, quarterly or yearly)`,
        });
        return z.NEVER;
    }
    if (d.amount > MAX_DURATION[d.unit]) {
        ctx.addIssue({ code: 'custom', input: v, message: `"${excerpt(String(v))}" is longer than 100 years; write a period such as 6m or 1y` });
        return z.NEVER;
    }
    return d;
})
    .meta({
    description: 'A duration: 30d, 6w, 3m (calendar months), 1y, monthly, quarterly or yearly.',
    pattern: `^\\s*(\\d*[1-9]\\d*\\s*[dwmyDWMY]|${DURATION_NAMES.map(anyCase).join('|')})\\s*$`,
    patternErrorMessage: 'Not a duration: write e.g. 30d, 6w, 3m, 1y, monthly, quarterly or yearly.',
});
export const date = z
    .string()
    .transform((v, ctx) => {
    const d = parseDate(v);
    if (!d) {
        ctx.addIssue({ code: 'custom', input: v, message: `"${excerpt(String(v))}" is not a date (write YYYY-MM-DD, e.g. 2026-09-30)` });
        return z.NEVER;
    }
    return d;
})
    .meta({
    description: 'A date as YYYY-MM-DD.',
    pattern: '^\\s*\\d{4}-\\d{2}-\\d{2}\\s*$',
    patternErrorMessage: 'Not a date: write YYYY-MM-DD, e.g. 2026-09-30.',
});
export const employees = z
    .union([z.number(), z.string()])
    .transform((v, ctx) => {
    const r = parseRange(v);
    if (!r) {
        ctx.addIssue({ code: 'custom', input: v, message: `"${excerpt(String(v))}" is not an employee range (write e.g. 100-999, 1000+ or <50)` });
        return z.NEVER;
    }
    return r;
})
    .describe('Employee count: a range such as 100-999, 1000+ or <50.');
const version = z.literal(1).optional();
const notes = z.unknown().optional();
/** A condition in the rule language; its structure is checked when rules are compiled. */
export const condition = z.record(z.string(), z.unknown()).describe('A condition: field paths mapped to matchers (see rules.md, "Conditions").');
const audienceShape = {
    id: id.optional(),
    segment: choice(SEGMENTS).optional().describe('smb (<100 employees), mid-market (100-999) or enterprise (1000+), unless the config redefines the bands'),
    employees: employees.optional(),
    industries: texts.optional().describe('kebab-case industry names, e.g. software, fintech, public-sector'),
    regions: texts.optional(),
    roles: texts.optional(),
    pains: texts.optional(),
    notes,
};
export const audience = z.strictObject({ ...audienceShape, reason: text.optional() });
export const idealCustomer = z.strictObject({ ...audienceShape, id });
export const excludedMarket = z.strictObject({ ...audienceShape, reason: text.describe('why the strategy says no to this market') });
export const waiver = z.strictObject({
    rule: z.string().describe('the rule id (or guardrail id) this waiver silences'),
    reason: text,
    approved_by: text.optional(),
    until: date.optional().describe('last day the waiver applies (inclusive); none means no expiry'),
    notes,
});
export const objective = z.strictObject({
    id,
    statement: text,
    horizon: choice(HORIZONS).describe('long-term, annual or quarterly'),
    metrics: metricNames.optional(),
    waivers: z.array(waiver).optional(),
    notes,
});
export const guardrail = z.strictObject({
    id,
    forbid: condition,
    reason: text,
    severity: choice(RULE_SEVERITIES).optional(),
    notes,
});
export const positioning = z.union([
    choice(TIERS),
    z.strictObject({ tier: choice(TIERS), statement: text.optional(), differentiators: texts.optional(), notes }),
]);
export const strategyFile = z.strictObject({
    version,
    name: text,
    owner: text.optional(),
    reviewed: date.optional(),
    review_every: duration.optional(),
    positioning: positioning.describe('premium (never compete on price), mainstream or value (low cost to serve); or a mapping with tier, statement, differentiators'),
    pricing: z.strictObject({ max_discount: percentage.optional().describe('the deepest discount any tactic may offer'), notes }).optional(),
    motion: z
        .union([choice(MOTIONS), z.array(choice(MOTIONS)).min(1)])
        .describe('how the team sells: consultative, transactional, product-led, account-based, channel (one or a list)'),
    ideal_customers: z.array(idealCustomer).describe('who the strategy serves; tactics target these by id'),
    exclude: z.array(excludedMarket).optional().describe('markets the strategy deliberately says no to, each with a reason'),
    value: z.strictObject({ outcomes: z.array(z.strictObject({ statement: text, measure: text.optional(), notes })).optional(), notes }).optional(),
    strengths: texts.optional(),
    objectives: z.array(objective).describe('where the strategy is going; tactics support these by id'),
    metrics: metricNames.optional().describe('the outcome metrics the strategy is judged by'),
    guardrails: z.array(guardrail).optional().describe('tactic conditions that are never allowed'),
    notes,
});
export const offer = z.strictObject({
    discount: percentage.optional(),
    free_shipping: z.boolean().optional(),
    free_months: z.number().min(0).optional(),
    free_trial_days: z.number().min(0).optional(),
    gift: text.optional(),
    notes,
});
export const tactic = z.strictObject({
    id,
    name: text,
    kind: choice(KINDS),
    channel: choice(CHANNELS).optional(),
    status: choice(STATUSES).optional().describe('active (default), planned, paused or retired'),
    targets: z
        .array(z.union([id, audience]))
        .optional()
        .describe('ideal_customers or exclude ids, or inline audiences'),
    supports: z.array(id).optional().describe('the objective ids this tactic serves'),
    traits: z.array(id).optional().describe('explicit traits: discount, pressure, mass, consultative, white-glove, gated, free-trial, or your own'),
    offer: offer.optional(),
    description: text.optional().describe('free text, read for traits'),
    messaging: text.optional().describe('what the buyer hears or reads, read for traits'),
    metrics: metricNames.optional().describe('how this tactic is measured'),
    owner: text.optional(),
    waivers: z.array(waiver).optional().describe('approved exceptions to a rule on this tactic'),
    notes,
});
export const tacticsFile = z.strictObject({ version, tactics: z.array(tactic), notes });
// Checked by the config loader, which reports a wrong severity and still checks the other rules;
// editors see the same list as an enum.
const severityOrOff = z.string().meta({ enum: [...SEVERITY_OR_OFF], caseless: true });
/** A custom rule; its conditions are checked when the rules are compiled. */
export const customRule = z.strictObject({
    severity: choice(SEVERITY_OR_OFF).optional(),
    message: text,
    description: text.optional(),
    when: condition.optional(),
    tactic: condition.optional(),
    forbid: condition.optional(),
    require: condition.optional(),
    notes,
});
export const rulesMap = z.record(z.string(), z.union([severityOrOff, customRule]));
export const fileSize = z
    .union([z.number(), z.string()])
    .transform((v, ctx) => {
    const n = parseSize(v);
    if (n === null) {
        ctx.addIssue({ code: 'custom', input: v, message: `"${excerpt(String(v))}" is not a file size (write e.g. 10MB, 500KB or a number of bytes)` });
        return z.NEVER;
    }
    return n;
})
    .describe('The largest file align reads, e.g. 10MB (the default).');
/** A qualifier the config adds to the prose reader (format: "Qualifiers"). */
export const qualifier = z
    .strictObject({
    id: z.string().min(1).optional(),
    category: choice(QUALIFIER_CATEGORIES).optional(),
    direction: choice(QUALIFIER_DIRECTIONS),
    patterns: z.array(z.string().min(1)).min(1),
    window: z.number().int().min(1).max(40).optional().describe('how many words the scope reaches from the cue (default 8)'),
    scope: choice(['clause', 'sentence', 'previous-sentence', 'earlier-sentences', 'later-sentences']).optional(),
    quoted_only: z.boolean().optional().describe('reaches only signals written inside quotes'),
    terminated_by: z.array(z.string().min(1)).optional().describe('words that end its scope'),
    with_category: z.array(choice(QUALIFIER_CATEGORIES)).min(1).optional().describe('counts only beside a cue of one of these categories in its sentence'),
    only_in: z.array(choice(KINDS)).min(1).optional().describe('the tactic kinds in which alone it counts'),
})
    .superRefine((q, ctx) => {
    const directed = q.direction !== 'pseudo' && q.direction !== 'terminate';
    if (directed && !q.category)
        ctx.addIssue({ code: 'custom', path: ['category'], message: `A ${q.direction} qualifier needs a category: ${QUALIFIER_CATEGORIES.join(', ')}` });
    if (!directed && q.category)
        ctx.addIssue({ code: 'custom', path: ['category'], message: `A ${q.direction} qualifier has no category` });
});
export const configFile = z.strictObject({
    version,
    extends: z
        .union([z.string().min(1), z.array(z.string().min(1))])
        .optional()
        .describe('shared configs applied first: paths (./shared/align.yaml) or npm packages (@acme/align-config)'),
    max_file_size: fileSize.optional(),
    strategy: z.string().optional(),
    tactics: z.union([z.string(), z.array(z.string())]).optional(),
    rules: rulesMap.optional(),
    rulesets: z.array(z.string()).optional(),
    baseline: z.string().min(1).optional(),
    lexicon: z
        .object({ qualifiers: z.array(qualifier).optional().describe('cues that cancel the signals they reach, in the manner of ConText') })
        .catchall(z.array(z.string()))
        .optional()
        .describe('extra phrases per trait, and qualifiers'),
    metrics: z.strictObject({ activity: z.array(z.string()).optional(), outcome: z.array(z.string()).optional() }).optional(),
    segments: z.strictObject({ smb: employees.optional(), 'mid-market': employees.optional(), enterprise: employees.optional() }).optional(),
    reader: z
        .strictObject({
        statistical_check: z
            .boolean()
            .optional()
            .describe('true: a statistical check on their sentences may set built-in construction signals aside (default false)'),
    })
        .optional()
        .describe('settings of the prose reader'),
    notes,
});
export const rulesetFile = z.strictObject({ version, rules: rulesMap, notes });
