/** Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY: a summary table, then the findings by file. */
import { type FormatOptions, type ReportModel } from './model.js';
export declare function markdown(ctx: ReportModel, options?: FormatOptions): string;
