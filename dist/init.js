/** `align init`: a starter playbook whose comments teach the format, and that checks clean. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_KINDS, schemaText } from './schemas.js';
import { checkWritePath, writeNoFollow } from './write.js';
/** This package's `schemas/` folder: the nearest one above this module (dist/, or dist/bundle/ in the bundle). */
function schemasDir() {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 5; i++, dir = dirname(dir)) {
        if (existsSync(join(dir, 'schemas', 'strategy.schema.json')))
            return join(dir, 'schemas');
    }
    return resolve(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
}
/**
 * Where the playbook in `dir` finds the schemas: this package's own when it is a dependency of
 * the project that holds `dir` (a path into that project's node_modules, the same on every
 * machine), else null: run from npx's cache or a global install, a path would point into this
 * machine's cache, so the schemas are written beside the playbook instead.
 */
function installedSchemas(dir) {
    const own = schemasDir();
    const at = own.lastIndexOf(`${sep}node_modules${sep}`);
    if (at < 0)
        return null;
    const project = own.slice(0, at);
    if (/[\\/]_npx[\\/]/.test(own) || !(resolve(dir) + sep).startsWith(project + sep))
        return null;
    return own;
}
const modeline = (dir, schemas, kind) => {
    const rel = relative(dir, join(schemas, `${kind}.schema.json`))
        .split(sep)
        .join('/');
    return `# yaml-language-server: $schema=${rel.startsWith('.') ? rel : `./${rel}`}`;
};
const strategy = (today) => `# strategy.yaml — what we sell, to whom, and how. Tactics are checked against it.
# The format is described in playbook-align's docs/format.md (also in node_modules/playbook-align/docs/).
version: 1
name: Our FY strategy
owner: VP Sales
reviewed: ${today}            # when the strategy was last reassessed (YYYY-MM-DD)
review_every: quarterly         # 30d, 6w, 3m, 1y, monthly, quarterly or yearly

# premium = we never compete on price; mainstream; value = low cost to serve.
positioning:
  tier: premium
  statement: The planning platform mid-market software companies trust.
  differentiators: [Forecasts within 3% of actuals]

pricing:
  max_discount: 10%             # the deepest discount any tactic may offer

# consultative, transactional, product-led, account-based or channel (one or a list).
motion: consultative

# Who we serve. Tactics name these ids under 'targets'.
ideal_customers:
  - id: midmarket-software
    segment: mid-market         # smb (<100 employees), mid-market (100-999), enterprise (1000+)
    industries: [software]

# Markets we deliberately say no to, each with the reason.
exclude:
  - id: public-sector
    industries: [public-sector]
    reason: Procurement cycles we cannot staff

value:
  outcomes:
    - statement: Cut monthly planning time by 40%
      measure: planning-hours

# Where we are going. Tactics name these ids under 'supports'.
objectives:
  - id: win-rate
    statement: Raise win rate on qualified opportunities to 30% within two years
    horizon: long-term          # long-term, annual or quarterly
    metrics: [win-rate]

metrics: [win-rate, qualified-opportunities]

# Lines no tactic may cross, in the rule language (see 'align explain guardrail').
guardrails:
  - id: no-sms
    forbid: { channel: sms }
    reason: Our buyers treat text messages as spam
`;
const tactics = `# tactics.yaml — how we sell. 'align check' compares every tactic with the strategy.
version: 1
tactics:
  - id: discovery-call                  # unique across all tactics files
    name: Planning pain discovery
    kind: discovery                     # outreach-sequence, demo, pricing, closing, promotion, …
    channel: phone
    targets: [midmarket-software]       # ideal_customers ids, or an inline audience
    supports: [win-rate]                # objective ids
    # Descriptions and messaging are read for traits: discounts, pressure, mass outreach…
    description: Discovery call on how planning runs today, tailored to the VP Finance.
    metrics: [qualified-opportunities]  # outcome metrics, not just activity

  - id: tailored-demo
    name: Demo on their own numbers
    kind: demo
    targets: [midmarket-software]
    supports: [win-rate]
    description: A demo built from the discovery notes, tailored to their planning cycle.
    metrics: [win-rate]
`;
const config = `# align.config.yaml — how 'align check' runs here. Every key is optional.
strategy: strategy.yaml
tactics: tactics.yaml                   # a file, a folder, or a list of them

rules:
  # Make a rule stricter or quieter: error, warning, info or off ('align rules' lists them).
  consultative-fit: info

lexicon:
  # Phrases your team uses that signal a trait, e.g. discount: [loyalty credit]
  discount: []
`;
/** Writes the starter files into `dir`, and the schemas into `dir/schemas/` unless the project has this package installed; existing files are kept unless `force`. */
export function init(dir, opts) {
    checkWritePath(join(dir, 'strategy.yaml'));
    mkdirSync(dir, { recursive: true });
    const installed = installedSchemas(dir);
    const schemas = installed ?? join(dir, 'schemas');
    const files = [
        ['strategy.yaml', `${modeline(dir, schemas, 'strategy')}\n${strategy(opts.today)}`],
        ['tactics.yaml', `${modeline(dir, schemas, 'tactics')}\n${tactics}`],
        ['align.config.yaml', `${modeline(dir, schemas, 'config')}\n${config}`],
    ];
    if (!installed)
        for (const kind of SCHEMA_KINDS)
            files.push([join('schemas', `${kind}.schema.json`), schemaText(kind)]);
    const result = { written: [], skipped: [] };
    for (const [name, body] of files) {
        const p = join(dir, name);
        if (existsSync(p) && !opts.force) {
            result.skipped.push(p);
            continue;
        }
        checkWritePath(p);
        mkdirSync(dirname(p), { recursive: true });
        writeNoFollow(p, body);
        result.written.push(p);
    }
    return result;
}
