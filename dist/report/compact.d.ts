import type { ReportContext } from './model.js';
export declare function compact(ctx: ReportContext): string;
