/** Validates parsed data against a zod schema and turns every issue into a located `schema` finding. */
import type * as z from 'zod';
import { type Finding, type Path, type PathSegment } from '../types.js';
import { type Source } from './source.js';
/**
 * A copy of the data without `x_*` keys, which the schemas never see, and where reserved keys
 * were found (they are left out of the copy). Never assigns onto prototypes.
 */
export declare function stripExtensions(v: unknown, reserved?: PathSegment[][], path?: PathSegment[]): unknown;
/** Shows a path the way a user reads it: `tactics[1].kind`. */
export declare function showPath(path: Path): string;
export interface Validated<T> {
    value?: T;
    problems: Finding[];
}
/** Validates data read from a source; every issue becomes a `schema` finding at its node. */
export declare function validate<T>(schema: z.ZodType<T>, data: unknown, source: Source, what: string): Validated<T>;
