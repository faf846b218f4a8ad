/** The JSON report: exactly one document, findings in a fixed key order. */
import type { ReportContext } from './model.js';
export declare function json(ctx: ReportContext): string;
