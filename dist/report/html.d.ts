import type { ReportContext } from './model.js';
export declare function html(ctx: ReportContext): string;
