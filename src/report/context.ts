/** What every formatter receives: the findings, the summary and the sources for excerpts. */
import type { ChalkInstance } from 'chalk';
import type { Summary } from '../check.js';
import type { Source } from '../load/source.js';
import type { Finding } from '../types.js';

export interface ReportContext {
  findings: Finding[];
  summary: Summary;
  sources: Map<string, Source>;
  inputError: boolean;
  /** Colours; a chalk instance with level 0 prints plain text. */
  color: ChalkInstance;
  /** Terminal width for wrapping. */
  width: number;
}

export type Formatter = (ctx: ReportContext) => string;
