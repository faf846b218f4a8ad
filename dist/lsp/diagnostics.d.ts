import { type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { Source } from '../load/source.js';
import type { CheckResult } from '../result.js';
import type { Finding, Location } from '../types.js';
/** The rules of input errors: yaml-language-server shows the schema's own, so an editor running it may turn these off. */
export declare const SCHEMA_RULES: ReadonlySet<string>;
/** A 1-based, end-exclusive location as an LSP range (0-based; both count UTF-16 units). */
export declare const rangeOf: (l: Pick<Location, "line" | "column" | "endLine" | "endColumn">) => Range;
/** What a diagnostic carries for the quick fixes: the finding's identity in the server's last result. */
export interface DiagnosticData {
    ruleId: string;
    /** The "did you mean" word, when the finding has one. */
    fix?: string;
}
export interface DiagnosticsOptions {
    /** Absolute path of a file as findings show it. */
    absolute(file: string): string;
    /** Whether schema findings are shown (yaml-language-server may show them instead). */
    schema: boolean;
    /** The page that explains a rule, as a URL, when there is one. */
    docs(ruleId: string): string | undefined;
}
/** One finding as a diagnostic. */
export declare function toDiagnostic(f: Finding, sources: ReadonlyMap<string, Source>, opts: DiagnosticsOptions): Diagnostic;
/** Every file's diagnostics, by the path findings show: each file the check read has an entry (empty when clean). */
export declare function diagnosticsByFile(result: CheckResult, opts: DiagnosticsOptions): Map<string, Diagnostic[]>;
