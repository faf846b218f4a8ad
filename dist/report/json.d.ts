/** The JSON report: exactly one document, findings in a fixed key order. */
import type { ReportModel } from './model.js';
export declare function json(ctx: ReportModel): string;
