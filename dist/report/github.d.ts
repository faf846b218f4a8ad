import type { ReportModel } from './model.js';
/** Escapes a command's message as GitHub requires: %, CR and LF. */
export declare const escapeData: (s: string) => string;
/** Escapes a property value: also the colon and comma that separate properties. */
export declare const escapeProperty: (s: string) => string;
export declare function github(ctx: ReportModel): string;
