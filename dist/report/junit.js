/** JUnit XML: one test case per rule per file; a rule's findings in a file are that case's failure. */
import { forXml as xml } from './escape.js';
/** Text is made XML-safe by `forXml`: characters XML 1.0 forbids are shown as escapes. */
export function junit(ctx) {
    const files = [...new Set([...ctx.files, ...ctx.findings.map((f) => f.file)])].sort();
    const ruleIds = [...new Set([...ctx.rules.map((r) => r.id), ...ctx.findings.map((f) => f.ruleId)])];
    const byKey = new Map();
    for (const f of ctx.findings) {
        const k = `${f.file}\u0000${f.ruleId}`;
        const list = byKey.get(k);
        if (list)
            list.push(f);
        else
            byKey.set(k, [f]);
    }
    let tests = 0;
    let failures = 0;
    const suites = [];
    for (const file of files) {
        const cases = [];
        let fileFailures = 0;
        for (const id of ruleIds) {
            const found = byKey.get(`${file}\u0000${id}`) ?? [];
            if (found.length) {
                fileFailures++;
                const worst = found.some((f) => f.severity === 'error') ? 'error' : found.some((f) => f.severity === 'warning') ? 'warning' : 'info';
                const body = found.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`).join('\n');
                cases.push(`    <testcase name="${xml(id)}" classname="${xml(file)}" time="0"><failure type="${worst}" message="${found.length} finding${found.length === 1 ? '' : 's'}">${xml(body)}</failure></testcase>`);
            }
            else
                cases.push(`    <testcase name="${xml(id)}" classname="${xml(file)}" time="0"/>`);
        }
        tests += cases.length;
        failures += fileFailures;
        suites.push(`  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${fileFailures}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`);
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="playbook-align" tests="${tests}" failures="${failures}" errors="0" time="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
