import { alignmentScore } from './score.js';
/** Counts by severity, what was checked, and the score when the playbook could be checked. */
export function summarise(findings, files, playbook, inputError) {
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
        summary.score = alignmentScore(playbook, findings);
    return summary;
}
