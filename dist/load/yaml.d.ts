/** YAML as a person writes it: lists of plain values on one line. */
export declare function yamlText(v: unknown): string;
