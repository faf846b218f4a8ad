export function json(ctx) {
    const findings = ctx.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        tactic: f.tactic,
        objective: f.objective,
        evidence: f.evidence,
        related: f.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: r.message })),
        docs: f.docs,
    }));
    return `${JSON.stringify({ version: 1, findings, summary: ctx.summary }, null, 2)}\n`;
}
