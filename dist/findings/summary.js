import { alignmentScore } from './score.js';
/** Counts by severity of the findings shown, what was checked, and the score (of every finding, `hidden` ones too) when the playbook could be checked. */
export function summarise(findings, files, playbook, inputError, hidden = []) {
    const summary = {
        error: 0,
        warning: 0,
        info: 0,
        files,
        tactics: playbook?.tactics.length ?? 0,
        objectives: playbook?.strategy.objectives.length ?? 0,
    };
    for (const x of findings)
        summary[x.severity]++;
    if (playbook && !inputError)
        summary.score = alignmentScore(playbook, findings, hidden);
    return summary;
}
