/** The summary stage: counts and the score, computed once from the findings every filter left, so that they always describe the same findings. */
import type { Playbook } from '../playbook/model.js';
import type { Finding } from '../types.js';
import { alignmentScore, type Score } from './score.js';

export interface Summary {
  error: number;
  warning: number;
  info: number;
  files: number;
  tactics: number;
  objectives: number;
  /** The alignment score, when the playbook could be checked (see findings/score.ts). */
  score?: Score;
}

/** Counts by severity of the findings shown, what was checked, and the score (of every finding, `hidden` ones too) when the playbook could be checked. */
export function summarise(findings: Finding[], files: number, playbook: Playbook | undefined, inputError: boolean, hidden: Finding[] = []): Summary {
  const summary: Summary = {
    error: 0,
    warning: 0,
    info: 0,
    files,
    tactics: playbook?.tactics.length ?? 0,
    objectives: playbook?.strategy.objectives.length ?? 0,
  };
  for (const x of findings) summary[x.severity]++;
  if (playbook && !inputError) summary.score = alignmentScore(playbook, findings, hidden);
  return summary;
}
