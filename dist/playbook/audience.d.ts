/** Audiences: bands from segments and employee ranges, overlap, and plain-language descriptions. */
import type { AudienceData, Segment, SegmentBands } from '../load/schema.js';
import type { Pointer } from '../types.js';
import type { Audience } from './model.js';
/** Builds an audience; returns an error message when its segment and employee range do not meet. */
export declare function buildAudience(data: AudienceData, at: Pointer, origin: Audience['origin'], bands: SegmentBands): {
    audience: Audience;
    error?: string;
};
/**
 * Compares two audiences dimension by dimension: `overlap` when every dimension both specify
 * overlaps (so two audiences with no dimension in common overlap), and `shared`, how many
 * dimensions both specify.
 */
export declare function compareAudiences(a: Audience, b: Audience): {
    overlap: boolean;
    shared: number;
};
/** The segments whose bands an audience's band intersects (for `targets.segment`). */
export declare function segmentsOf(a: Audience, bands: SegmentBands): Segment[];
/** "enterprise (1,000+ employees), retail" — an audience as a sales leader would say it. */
export declare function describeAudience(a: Audience): string;
/**
 * Whether a targeted audience falls in an excluded market: the excluded entry itself, or an
 * overlap on at least one dimension both name. (A vacuous overlap — no dimension in common —
 * does not count here, or an exclusion by industry would catch every audience defined by size.)
 */
export declare function inExcluded(target: Audience, excluded: Audience): boolean;
