/** What every formatter receives: the findings, the summary and the sources for excerpts. */
import type { ChalkInstance } from 'chalk';
import type { Summary } from '../check.js';
import type { Source } from '../load/source.js';
import type { Playbook } from '../playbook/model.js';
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
  /** The rules that ran (effective severity not off), for formats that describe them. */
  rules?: RuleInfo[];
  /** A finding's file as a path relative to the repository root (SARIF); default: as it is. */
  repoPath?: (file: string) => string;
  /** The tool's version. */
  version?: string;
  /** How many findings a baseline hid (so a clean report does not claim there are none). */
  baselined?: number;
  /** The checked playbook, for reports that draw it (html, markdown's matrix). */
  playbook?: Playbook;
  /** The date the check ran for. */
  today?: string;
}

export interface RuleInfo {
  id: string;
  severity: string;
  summary: string;
  rationale: string;
}

export type Formatter = (ctx: ReportContext) => string;
