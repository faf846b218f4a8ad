import type { ReportModel } from './model.js';
export declare function compact(ctx: ReportModel): string;
