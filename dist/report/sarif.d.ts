/** SARIF 2.1.0 for GitHub code scanning: one descriptor per rule, regions, related strategy locations, stable fingerprints. */
import type { ReportContext } from './model.js';
export declare function sarif(ctx: ReportContext): string;
