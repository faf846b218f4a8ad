/** The library API: check a playbook without touching the terminal or the exit code. Imports nothing of the CLI. */
import { analyseData } from './pipeline.js';
import { compact } from './report/compact.js';
import { github } from './report/github.js';
import { html } from './report/html.js';
import { json } from './report/json.js';
import { junit } from './report/junit.js';
import { markdown } from './report/markdown.js';
import { sarif } from './report/sarif.js';
import { stylish } from './report/stylish.js';
import { RuleTester as Tester } from './rules/tester.js';
export { exitCode } from './exit.js';
export { Checker, check, loadPlaybook } from './pipeline.js';
export { buildReport } from './report/model.js';
export { jsonSchema, SCHEMA_KINDS } from './schemas.js';
export { setup } from './setup.js';
export { UsageError } from './types.js';
/** Every report format, by name: each a pure function from the report model to text. */
export const formatters = { stylish, json, sarif, junit, github, markdown, html, compact };
export { compact, github, html, json, junit, markdown, sarif, stylish };
/**
 * ESLint's RuleTester for this checker: `new RuleTester({ describe, test }).run(rule, { valid, invalid })`
 * declares a rule's tests in the test framework given; each case runs through the real stages.
 */
export class RuleTester extends Tester {
    constructor(framework) {
        super(framework, analyseData);
    }
}
