/** SARIF 2.1.0 for GitHub code scanning: one descriptor per rule, regions, related strategy locations, stable fingerprints. */
import { pathToFileURL } from 'node:url';
import { withDefaults } from './model.js';
/** SARIF plain text: `[`, `]` and `\\` are escaped, so that only the links added here are links. */
const plain = (text) => text.replace(/[\\[\]]/g, '\\$&');
const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
export function sarif(ctx, options) {
    const o = withDefaults(options);
    // A URI reference: each path segment percent-encoded (`#` would start a fragment, `%` an escape, a space is not allowed).
    const uri = (file) => o.repoPath(file).split('/').map(encodeURIComponent).join('/');
    const ran = new Map(ctx.rules.map((r) => [r.id, r]));
    const inputRules = new Map(ctx.inputRules.map((r) => [r.id, r]));
    // Every rule that ran, plus any rule a finding names (input errors, custom rules from older configs).
    const ids = [...new Set([...ran.keys(), ...ctx.findings.map((f) => f.ruleId)])];
    const rules = ids.map((id) => {
        const r = ran.get(id);
        const summary = r?.summary ?? inputRules.get(id)?.summary ?? id;
        const rationale = r?.rationale ?? summary;
        const docs = r ? r.docs : (ctx.findings.find((f) => f.ruleId === id)?.docs ?? null);
        return {
            id,
            name: id.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase()),
            shortDescription: { text: summary },
            fullDescription: { text: rationale },
            // The docs are a path inside the package: named, not linked (a relative link is dead on an alert page).
            help: {
                text: `${rationale}${docs ? ` See ${docs} in the playbook-align package.` : ''}`,
                markdown: `${rationale}${docs ? `\n\nSee \`${docs}\` in the playbook-align package.` : ''}`,
            },
            defaultConfiguration: { level: LEVEL[r?.severity ?? 'error'] ?? 'error' },
        };
    });
    const index = new Map(ids.map((id, i) => [id, i]));
    const results = ctx.findings.map((f, i) => ({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId),
        level: LEVEL[f.severity],
        // Related locations are linked from the message as [text](id), which is how code scanning shows them.
        message: {
            text: `${plain(f.message)}${f.related.length ? ` (${f.related.map((r, i) => `[${plain(r.message)}](${i + 1})`).join('; ')})` : ''}`,
        },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: uri(f.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
            },
        ],
        ...(f.related.length
            ? {
                relatedLocations: f.related.map((r, i) => ({
                    id: i + 1,
                    physicalLocation: { artifactLocation: { uri: uri(r.file), uriBaseId: '%SRCROOT%' }, region: { startLine: r.line, startColumn: r.column } },
                    message: { text: r.message },
                })),
            }
            : {}),
        partialFingerprints: { 'alignFingerprint/v2': ctx.fingerprints[i] },
        properties: { tactic: f.tactic, objective: f.objective, evidence: f.evidence },
    }));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'playbook-align', version: o.version, rules } },
                ...(o.root ? { originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(o.root).href.replace(/\/?$/, '/')}` } } } : {}),
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
