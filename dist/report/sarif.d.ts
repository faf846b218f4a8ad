/** SARIF 2.1.0 for GitHub code scanning: one descriptor per rule, regions, related strategy locations, stable fingerprints. */
import { type FormatOptions, type ReportModel } from './model.js';
export declare function sarif(ctx: ReportModel, options?: FormatOptions): string;
