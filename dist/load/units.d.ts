/** Parsers for the format's small value languages: percentages, durations, dates, employee ranges. */
/** A percentage in per cent: `20%`, `20` and `0.2` all read as 20. Null when unreadable or outside 0–100. */
export declare function parsePercent(v: unknown): number | null;
export type DurationUnit = 'd' | 'w' | 'm' | 'y';
/** A duration as written: calendar months and years stay calendar units. */
export interface Duration {
    amount: number;
    unit: DurationUnit;
}
/** The durations written as words (`quarterly`), in any case. */
export declare const DURATION_NAMES: string[];
export declare function parseDuration(v: unknown): Duration | null;
export declare function describeDuration(d: Duration): string;
/** A calendar date as days since the epoch, UTC; null when not a real YYYY-MM-DD date. */
export declare function parseDate(v: unknown): string | null;
/** Adds a duration to a YYYY-MM-DD date; months clamp to the month's last day (Jan 31 + 1m = Feb 28). */
export declare function addDuration(date: string, d: Duration): string;
/** A size in bytes: a number, or text such as `10MB`, `500 KB`, `2GB`. Null when unreadable or not positive. */
export declare function parseSize(v: unknown): number | null;
/** An inclusive range of employee counts; `max` is Infinity for open ranges. */
export interface Range {
    min: number;
    max: number;
}
/** `100-999`, `1000+`, `<50`, `<=50`, `>1000`, `500`, with thousands separators allowed. */
export declare function parseRange(v: unknown): Range | null;
export declare function intersect(a: Range, b: Range): Range | null;
export declare function describeRange(r: Range): string;
