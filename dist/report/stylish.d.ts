import { type FormatOptions, type ReportModel } from './model.js';
export declare function stylish(ctx: ReportModel, options?: FormatOptions): string;
