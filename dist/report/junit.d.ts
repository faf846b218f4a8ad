import type { ReportModel } from './model.js';
/** Text is made XML-safe by `forXml`: characters XML 1.0 forbids are shown as escapes. */
export declare function junit(ctx: ReportModel): string;
