import { type FormatOptions, type ReportModel } from './model.js';
export declare function html(ctx: ReportModel, options?: FormatOptions): string;
