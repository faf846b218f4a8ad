export interface InitResult {
    written: string[];
    skipped: string[];
}
/** Writes the starter files into `dir`, and the schemas into `dir/schemas/` unless the project has this package installed; existing files are kept unless `force`. */
export declare function init(dir: string, opts: {
    force?: boolean;
    today: string;
}): InitResult;
