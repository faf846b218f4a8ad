/** The playbook and config formats as zod schemas: the single source of truth for validation and types. */
import * as z from 'zod';
import { type Range } from './units.js';
export declare const TIERS: readonly ["premium", "mainstream", "value"];
export declare const MOTIONS: readonly ["consultative", "transactional", "product-led", "account-based", "channel"];
export declare const SEGMENTS: readonly ["smb", "mid-market", "enterprise"];
export declare const HORIZONS: readonly ["long-term", "annual", "quarterly"];
export declare const STATUSES: readonly ["active", "planned", "paused", "retired"];
export declare const KINDS: readonly ["outreach-sequence", "discovery", "demo", "business-case", "proof-of-value", "objection-handling", "pricing", "closing", "follow-up", "expansion", "pipeline", "crm-workflow", "quota", "event", "content", "referral", "partner", "promotion", "other"];
export declare const CHANNELS: readonly ["email", "phone", "sms", "social", "direct-mail", "in-person", "event", "webinar", "web", "in-product", "ads", "partner", "community", "other"];
/** What a qualifier of the prose reader says about the signals it reaches (src/traits/qualifiers.ts). */
export declare const QUALIFIER_CATEGORIES: readonly ["negated", "retired", "hypothetical", "other-party", "mentioned"];
/** Which way a qualifier's scope runs from its cue, or that it is a pseudo-cue or a terminator. */
export declare const QUALIFIER_DIRECTIONS: readonly ["forward", "backward", "both", "pseudo", "terminate"];
export type Tier = (typeof TIERS)[number];
export type Motion = (typeof MOTIONS)[number];
export type Segment = (typeof SEGMENTS)[number];
/** The employees each segment spans, unless the config's `segments:` says otherwise. */
export type SegmentBands = Record<Segment, Range>;
export declare const DEFAULT_BANDS: SegmentBands;
/**
 * A JSON Schema pattern (ECMA-262, no flags, so every validator reads it alike) that matches the
 * words in any case, as the checker does: anyCase('per cent') = '[Pp][Ee][Rr] [Cc][Ee][Nn][Tt]'.
 */
export declare const anyCase: (word: string) => string;
/** Ids of tactics, objectives, audiences, guardrails and custom rules: the one pattern. */
export declare const ID_PATTERN: RegExp;
export declare const id: z.ZodString;
export declare const percentage: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
export declare const duration: z.ZodPipe<z.ZodString, z.ZodTransform<import("./units.js").Duration, string>>;
export declare const date: z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>;
export declare const employees: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<Range, string | number>>;
/** A condition in the rule language; its structure is checked when rules are compiled. */
export declare const condition: z.ZodRecord<z.ZodString, z.ZodUnknown>;
export declare const audience: z.ZodObject<{
    reason: z.ZodOptional<z.ZodString>;
    id: z.ZodOptional<z.ZodString>;
    segment: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
        smb: "smb";
        "mid-market": "mid-market";
        enterprise: "enterprise";
    }>, unknown>>;
    employees: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<Range, string | number>>>;
    industries: z.ZodOptional<z.ZodArray<z.ZodString>>;
    regions: z.ZodOptional<z.ZodArray<z.ZodString>>;
    roles: z.ZodOptional<z.ZodArray<z.ZodString>>;
    pains: z.ZodOptional<z.ZodArray<z.ZodString>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>;
export declare const idealCustomer: z.ZodObject<{
    id: z.ZodString;
    segment: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
        smb: "smb";
        "mid-market": "mid-market";
        enterprise: "enterprise";
    }>, unknown>>;
    employees: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<Range, string | number>>>;
    industries: z.ZodOptional<z.ZodArray<z.ZodString>>;
    regions: z.ZodOptional<z.ZodArray<z.ZodString>>;
    roles: z.ZodOptional<z.ZodArray<z.ZodString>>;
    pains: z.ZodOptional<z.ZodArray<z.ZodString>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>;
export declare const excludedMarket: z.ZodObject<{
    reason: z.ZodString;
    id: z.ZodOptional<z.ZodString>;
    segment: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
        smb: "smb";
        "mid-market": "mid-market";
        enterprise: "enterprise";
    }>, unknown>>;
    employees: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<Range, string | number>>>;
    industries: z.ZodOptional<z.ZodArray<z.ZodString>>;
    regions: z.ZodOptional<z.ZodArray<z.ZodString>>;
    roles: z.ZodOptional<z.ZodArray<z.ZodString>>;
    pains: z.ZodOptional<z.ZodArray<z.ZodString>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>;
export declare const waiver: z.ZodObject<{
    rule: z.ZodString;
    reason: z.ZodString;
    approved_by: z.ZodOptional<z.ZodString>;
    until: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>;
export declare const objective: z.ZodObject<{
    id: z.ZodString;
    statement: z.ZodString;
    horizon: z.ZodPreprocess<z.ZodEnum<{
        quarterly: "quarterly";
        "long-term": "long-term";
        annual: "annual";
    }>, unknown>;
    metrics: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodPipe<z.ZodNumber, z.ZodTransform<string, number>>]>>>;
    waivers: z.ZodOptional<z.ZodArray<z.ZodObject<{
        rule: z.ZodString;
        reason: z.ZodString;
        approved_by: z.ZodOptional<z.ZodString>;
        until: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>;
export declare const guardrail: z.ZodObject<{
    id: z.ZodString;
    forbid: z.ZodRecord<z.ZodString, z.ZodUnknown>;
    reason: z.ZodString;
    severity: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
        error: "error";
        warning: "warning";
        info: "info";
    }>, unknown>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>;
export declare const positioning: z.ZodUnion<readonly [z.ZodPreprocess<z.ZodEnum<{
    premium: "premium";
    mainstream: "mainstream";
    value: "value";
}>, unknown>, z.ZodObject<{
    tier: z.ZodPreprocess<z.ZodEnum<{
        premium: "premium";
        mainstream: "mainstream";
        value: "value";
    }>, unknown>;
    statement: z.ZodOptional<z.ZodString>;
    differentiators: z.ZodOptional<z.ZodArray<z.ZodString>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>]>;
export declare const strategyFile: z.ZodObject<{
    version: z.ZodOptional<z.ZodLiteral<1>>;
    name: z.ZodString;
    owner: z.ZodOptional<z.ZodString>;
    reviewed: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
    review_every: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<import("./units.js").Duration, string>>>;
    positioning: z.ZodUnion<readonly [z.ZodPreprocess<z.ZodEnum<{
        premium: "premium";
        mainstream: "mainstream";
        value: "value";
    }>, unknown>, z.ZodObject<{
        tier: z.ZodPreprocess<z.ZodEnum<{
            premium: "premium";
            mainstream: "mainstream";
            value: "value";
        }>, unknown>;
        statement: z.ZodOptional<z.ZodString>;
        differentiators: z.ZodOptional<z.ZodArray<z.ZodString>>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>]>;
    pricing: z.ZodOptional<z.ZodObject<{
        max_discount: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>>;
    motion: z.ZodUnion<readonly [z.ZodPreprocess<z.ZodEnum<{
        consultative: "consultative";
        transactional: "transactional";
        "product-led": "product-led";
        "account-based": "account-based";
        channel: "channel";
    }>, unknown>, z.ZodArray<z.ZodPreprocess<z.ZodEnum<{
        consultative: "consultative";
        transactional: "transactional";
        "product-led": "product-led";
        "account-based": "account-based";
        channel: "channel";
    }>, unknown>>]>;
    ideal_customers: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        segment: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
            smb: "smb";
            "mid-market": "mid-market";
            enterprise: "enterprise";
        }>, unknown>>;
        employees: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<Range, string | number>>>;
        industries: z.ZodOptional<z.ZodArray<z.ZodString>>;
        regions: z.ZodOptional<z.ZodArray<z.ZodString>>;
        roles: z.ZodOptional<z.ZodArray<z.ZodString>>;
        pains: z.ZodOptional<z.ZodArray<z.ZodString>>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>>;
    exclude: z.ZodOptional<z.ZodArray<z.ZodObject<{
        reason: z.ZodString;
        id: z.ZodOptional<z.ZodString>;
        segment: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
            smb: "smb";
            "mid-market": "mid-market";
            enterprise: "enterprise";
        }>, unknown>>;
        employees: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<Range, string | number>>>;
        industries: z.ZodOptional<z.ZodArray<z.ZodString>>;
        regions: z.ZodOptional<z.ZodArray<z.ZodString>>;
        roles: z.ZodOptional<z.ZodArray<z.ZodString>>;
        pains: z.ZodOptional<z.ZodArray<z.ZodString>>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>>>;
    value: z.ZodOptional<z.ZodObject<{
        outcomes: z.ZodOptional<z.ZodArray<z.ZodObject<{
            statement: z.ZodString;
            measure: z.ZodOptional<z.ZodString>;
            notes: z.ZodOptional<z.ZodUnknown>;
        }, z.core.$strict>>>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>>;
    strengths: z.ZodOptional<z.ZodArray<z.ZodString>>;
    objectives: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        statement: z.ZodString;
        horizon: z.ZodPreprocess<z.ZodEnum<{
            quarterly: "quarterly";
            "long-term": "long-term";
            annual: "annual";
        }>, unknown>;
        metrics: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodPipe<z.ZodNumber, z.ZodTransform<string, number>>]>>>;
        waivers: z.ZodOptional<z.ZodArray<z.ZodObject<{
            rule: z.ZodString;
            reason: z.ZodString;
            approved_by: z.ZodOptional<z.ZodString>;
            until: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
            notes: z.ZodOptional<z.ZodUnknown>;
        }, z.core.$strict>>>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>>;
    metrics: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodPipe<z.ZodNumber, z.ZodTransform<string, number>>]>>>;
    guardrails: z.ZodOptional<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        forbid: z.ZodRecord<z.ZodString, z.ZodUnknown>;
        reason: z.ZodString;
        severity: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
            error: "error";
            warning: "warning";
            info: "info";
        }>, unknown>>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>;
export declare const offer: z.ZodObject<{
    discount: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    free_shipping: z.ZodOptional<z.ZodBoolean>;
    free_months: z.ZodOptional<z.ZodNumber>;
    free_trial_days: z.ZodOptional<z.ZodNumber>;
    gift: z.ZodOptional<z.ZodString>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>;
export declare const tactic: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    kind: z.ZodPreprocess<z.ZodEnum<{
        "outreach-sequence": "outreach-sequence";
        discovery: "discovery";
        demo: "demo";
        "business-case": "business-case";
        "proof-of-value": "proof-of-value";
        "objection-handling": "objection-handling";
        pricing: "pricing";
        closing: "closing";
        "follow-up": "follow-up";
        expansion: "expansion";
        pipeline: "pipeline";
        "crm-workflow": "crm-workflow";
        quota: "quota";
        event: "event";
        content: "content";
        referral: "referral";
        partner: "partner";
        promotion: "promotion";
        other: "other";
    }>, unknown>;
    channel: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
        email: "email";
        event: "event";
        partner: "partner";
        other: "other";
        phone: "phone";
        sms: "sms";
        social: "social";
        "direct-mail": "direct-mail";
        "in-person": "in-person";
        webinar: "webinar";
        web: "web";
        "in-product": "in-product";
        ads: "ads";
        community: "community";
    }>, unknown>>;
    status: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
        active: "active";
        planned: "planned";
        paused: "paused";
        retired: "retired";
    }>, unknown>>;
    targets: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        reason: z.ZodOptional<z.ZodString>;
        id: z.ZodOptional<z.ZodString>;
        segment: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
            smb: "smb";
            "mid-market": "mid-market";
            enterprise: "enterprise";
        }>, unknown>>;
        employees: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<Range, string | number>>>;
        industries: z.ZodOptional<z.ZodArray<z.ZodString>>;
        regions: z.ZodOptional<z.ZodArray<z.ZodString>>;
        roles: z.ZodOptional<z.ZodArray<z.ZodString>>;
        pains: z.ZodOptional<z.ZodArray<z.ZodString>>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>]>>>;
    supports: z.ZodOptional<z.ZodArray<z.ZodString>>;
    traits: z.ZodOptional<z.ZodArray<z.ZodString>>;
    offer: z.ZodOptional<z.ZodObject<{
        discount: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
        free_shipping: z.ZodOptional<z.ZodBoolean>;
        free_months: z.ZodOptional<z.ZodNumber>;
        free_trial_days: z.ZodOptional<z.ZodNumber>;
        gift: z.ZodOptional<z.ZodString>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>>;
    description: z.ZodOptional<z.ZodString>;
    messaging: z.ZodOptional<z.ZodString>;
    metrics: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodPipe<z.ZodNumber, z.ZodTransform<string, number>>]>>>;
    owner: z.ZodOptional<z.ZodString>;
    waivers: z.ZodOptional<z.ZodArray<z.ZodObject<{
        rule: z.ZodString;
        reason: z.ZodString;
        approved_by: z.ZodOptional<z.ZodString>;
        until: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>;
export declare const tacticsFile: z.ZodObject<{
    version: z.ZodOptional<z.ZodLiteral<1>>;
    tactics: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        kind: z.ZodPreprocess<z.ZodEnum<{
            "outreach-sequence": "outreach-sequence";
            discovery: "discovery";
            demo: "demo";
            "business-case": "business-case";
            "proof-of-value": "proof-of-value";
            "objection-handling": "objection-handling";
            pricing: "pricing";
            closing: "closing";
            "follow-up": "follow-up";
            expansion: "expansion";
            pipeline: "pipeline";
            "crm-workflow": "crm-workflow";
            quota: "quota";
            event: "event";
            content: "content";
            referral: "referral";
            partner: "partner";
            promotion: "promotion";
            other: "other";
        }>, unknown>;
        channel: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
            email: "email";
            event: "event";
            partner: "partner";
            other: "other";
            phone: "phone";
            sms: "sms";
            social: "social";
            "direct-mail": "direct-mail";
            "in-person": "in-person";
            webinar: "webinar";
            web: "web";
            "in-product": "in-product";
            ads: "ads";
            community: "community";
        }>, unknown>>;
        status: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
            active: "active";
            planned: "planned";
            paused: "paused";
            retired: "retired";
        }>, unknown>>;
        targets: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            reason: z.ZodOptional<z.ZodString>;
            id: z.ZodOptional<z.ZodString>;
            segment: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
                smb: "smb";
                "mid-market": "mid-market";
                enterprise: "enterprise";
            }>, unknown>>;
            employees: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<Range, string | number>>>;
            industries: z.ZodOptional<z.ZodArray<z.ZodString>>;
            regions: z.ZodOptional<z.ZodArray<z.ZodString>>;
            roles: z.ZodOptional<z.ZodArray<z.ZodString>>;
            pains: z.ZodOptional<z.ZodArray<z.ZodString>>;
            notes: z.ZodOptional<z.ZodUnknown>;
        }, z.core.$strict>]>>>;
        supports: z.ZodOptional<z.ZodArray<z.ZodString>>;
        traits: z.ZodOptional<z.ZodArray<z.ZodString>>;
        offer: z.ZodOptional<z.ZodObject<{
            discount: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
            free_shipping: z.ZodOptional<z.ZodBoolean>;
            free_months: z.ZodOptional<z.ZodNumber>;
            free_trial_days: z.ZodOptional<z.ZodNumber>;
            gift: z.ZodOptional<z.ZodString>;
            notes: z.ZodOptional<z.ZodUnknown>;
        }, z.core.$strict>>;
        description: z.ZodOptional<z.ZodString>;
        messaging: z.ZodOptional<z.ZodString>;
        metrics: z.ZodOptional<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodPipe<z.ZodNumber, z.ZodTransform<string, number>>]>>>;
        owner: z.ZodOptional<z.ZodString>;
        waivers: z.ZodOptional<z.ZodArray<z.ZodObject<{
            rule: z.ZodString;
            reason: z.ZodString;
            approved_by: z.ZodOptional<z.ZodString>;
            until: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
            notes: z.ZodOptional<z.ZodUnknown>;
        }, z.core.$strict>>>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>;
/** A custom rule; its conditions are checked when the rules are compiled. */
export declare const customRule: z.ZodObject<{
    severity: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
        error: "error";
        warning: "warning";
        info: "info";
        off: "off";
    }>, unknown>>;
    message: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    when: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    tactic: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    forbid: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    require: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>;
export declare const rulesMap: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
    severity: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
        error: "error";
        warning: "warning";
        info: "info";
        off: "off";
    }>, unknown>>;
    message: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    when: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    tactic: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    forbid: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    require: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>]>>;
export declare const fileSize: z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>;
/** A qualifier the config adds to the prose reader (format: "Qualifiers"). */
export declare const qualifier: z.ZodObject<{
    id: z.ZodOptional<z.ZodString>;
    category: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
        retired: "retired";
        negated: "negated";
        hypothetical: "hypothetical";
        "other-party": "other-party";
        mentioned: "mentioned";
    }>, unknown>>;
    direction: z.ZodPreprocess<z.ZodEnum<{
        forward: "forward";
        backward: "backward";
        both: "both";
        pseudo: "pseudo";
        terminate: "terminate";
    }>, unknown>;
    patterns: z.ZodArray<z.ZodString>;
    window: z.ZodOptional<z.ZodNumber>;
    scope: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
        clause: "clause";
        sentence: "sentence";
        "previous-sentence": "previous-sentence";
        "earlier-sentences": "earlier-sentences";
        "later-sentences": "later-sentences";
    }>, unknown>>;
    quoted_only: z.ZodOptional<z.ZodBoolean>;
    terminated_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
    with_category: z.ZodOptional<z.ZodArray<z.ZodPreprocess<z.ZodEnum<{
        retired: "retired";
        negated: "negated";
        hypothetical: "hypothetical";
        "other-party": "other-party";
        mentioned: "mentioned";
    }>, unknown>>>;
    only_in: z.ZodOptional<z.ZodArray<z.ZodPreprocess<z.ZodEnum<{
        "outreach-sequence": "outreach-sequence";
        discovery: "discovery";
        demo: "demo";
        "business-case": "business-case";
        "proof-of-value": "proof-of-value";
        "objection-handling": "objection-handling";
        pricing: "pricing";
        closing: "closing";
        "follow-up": "follow-up";
        expansion: "expansion";
        pipeline: "pipeline";
        "crm-workflow": "crm-workflow";
        quota: "quota";
        event: "event";
        content: "content";
        referral: "referral";
        partner: "partner";
        promotion: "promotion";
        other: "other";
    }>, unknown>>>;
}, z.core.$strict>;
export declare const configFile: z.ZodObject<{
    version: z.ZodOptional<z.ZodLiteral<1>>;
    extends: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    max_file_size: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    strategy: z.ZodOptional<z.ZodString>;
    tactics: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    rules: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        severity: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
            error: "error";
            warning: "warning";
            info: "info";
            off: "off";
        }>, unknown>>;
        message: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        when: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        tactic: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        forbid: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        require: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>]>>>;
    rulesets: z.ZodOptional<z.ZodArray<z.ZodString>>;
    baseline: z.ZodOptional<z.ZodString>;
    lexicon: z.ZodOptional<z.ZodObject<{
        qualifiers: z.ZodOptional<z.ZodArray<z.ZodObject<{
            id: z.ZodOptional<z.ZodString>;
            category: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
                retired: "retired";
                negated: "negated";
                hypothetical: "hypothetical";
                "other-party": "other-party";
                mentioned: "mentioned";
            }>, unknown>>;
            direction: z.ZodPreprocess<z.ZodEnum<{
                forward: "forward";
                backward: "backward";
                both: "both";
                pseudo: "pseudo";
                terminate: "terminate";
            }>, unknown>;
            patterns: z.ZodArray<z.ZodString>;
            window: z.ZodOptional<z.ZodNumber>;
            scope: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
                clause: "clause";
                sentence: "sentence";
                "previous-sentence": "previous-sentence";
                "earlier-sentences": "earlier-sentences";
                "later-sentences": "later-sentences";
            }>, unknown>>;
            quoted_only: z.ZodOptional<z.ZodBoolean>;
            terminated_by: z.ZodOptional<z.ZodArray<z.ZodString>>;
            with_category: z.ZodOptional<z.ZodArray<z.ZodPreprocess<z.ZodEnum<{
                retired: "retired";
                negated: "negated";
                hypothetical: "hypothetical";
                "other-party": "other-party";
                mentioned: "mentioned";
            }>, unknown>>>;
            only_in: z.ZodOptional<z.ZodArray<z.ZodPreprocess<z.ZodEnum<{
                "outreach-sequence": "outreach-sequence";
                discovery: "discovery";
                demo: "demo";
                "business-case": "business-case";
                "proof-of-value": "proof-of-value";
                "objection-handling": "objection-handling";
                pricing: "pricing";
                closing: "closing";
                "follow-up": "follow-up";
                expansion: "expansion";
                pipeline: "pipeline";
                "crm-workflow": "crm-workflow";
                quota: "quota";
                event: "event";
                content: "content";
                referral: "referral";
                partner: "partner";
                promotion: "promotion";
                other: "other";
            }>, unknown>>>;
        }, z.core.$strict>>>;
    }, z.core.$catchall<z.ZodArray<z.ZodString>>>>;
    metrics: z.ZodOptional<z.ZodObject<{
        activity: z.ZodOptional<z.ZodArray<z.ZodString>>;
        outcome: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    segments: z.ZodOptional<z.ZodObject<{
        smb: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<Range, string | number>>>;
        'mid-market': z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<Range, string | number>>>;
        enterprise: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<Range, string | number>>>;
    }, z.core.$strict>>;
    reader: z.ZodOptional<z.ZodObject<{
        statistical_check: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>;
export declare const rulesetFile: z.ZodObject<{
    version: z.ZodOptional<z.ZodLiteral<1>>;
    rules: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        severity: z.ZodOptional<z.ZodPreprocess<z.ZodEnum<{
            error: "error";
            warning: "warning";
            info: "info";
            off: "off";
        }>, unknown>>;
        message: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        when: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        tactic: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        forbid: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        require: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        notes: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>]>>;
    notes: z.ZodOptional<z.ZodUnknown>;
}, z.core.$strict>;
export type StrategyFile = z.output<typeof strategyFile>;
export type TacticsFile = z.output<typeof tacticsFile>;
export type TacticData = z.output<typeof tactic>;
export type AudienceData = z.output<typeof audience>;
export type WaiverData = z.output<typeof waiver>;
export type ConfigFile = z.output<typeof configFile>;
export type CustomRuleData = z.output<typeof customRule>;
export type OfferData = z.output<typeof offer>;
export type QualifierData = z.output<typeof qualifier>;
