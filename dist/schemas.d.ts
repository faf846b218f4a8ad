export declare const SCHEMA_KINDS: readonly ["strategy", "tactics", "config"];
export type SchemaKind = (typeof SCHEMA_KINDS)[number];
/** The JSON Schema (draft 2020-12) of one file kind: what a user writes, so the input side of every transform. */
export declare function jsonSchema(kind: SchemaKind): Record<string, unknown>;
/** The schema file's text, as `schemas/` ships it and `align schema` prints it. */
export declare const schemaText: (kind: SchemaKind) => string;
