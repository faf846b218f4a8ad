import type { ReportContext } from './model.js';
export declare function stylish(ctx: ReportContext): string;
