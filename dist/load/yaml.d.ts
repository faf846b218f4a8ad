/** A file's plain data, read again (checks keep positions, not Documents); undefined when unreadable. */
export declare function plainData(text: string | undefined): unknown;
/** YAML as a person writes it: lists of plain values on one line. */
export declare function yamlText(v: unknown): string;
