// The CI formats against the official schemas in ../shared/corpora/schemas: SARIF 2.1.0 (JSON Schema
// draft-04, with Ajv) and the Jenkins xUnit JUnit schema (with xmllint, Debian's libxml2-utils).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { align, cases, fixture, root } from '../test/helpers.js';
import { shared } from './shared.js';

const examples = ['northwind-ops-cloud', 'kiln-dev-platform', 'lumen-audio', 'atlas-treasury'];
const inExample = (name: string, args: string[]) => align(['check', '--today', '2026-11-22', ...args], { cwd: join(root, 'examples', name) });
const schemas = join(shared, 'corpora', 'schemas');

describe('sarif: valid against the SARIF 2.1.0 schema', () => {
  // Both packages are CommonJS with a default export; take it whichever way the loader hands it over.
  const Ajv = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as typeof AjvDraft04.default;
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule.default;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(schemas, 'sarif-2.1.0.json'), 'utf8')));
  test.each(examples)('%s', (name) => {
    const log = JSON.parse(inExample(name, ['-f', 'sarif']).stdout);
    expect(log.runs[0].results.length).toBeGreaterThanOrEqual(0);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
  test('input errors', () => {
    const r = align(['check', '-f', 'sarif'], { cwd: join(cases, 'schema-errors') });
    expect(r.code).toBe(2);
    expect(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
  test('the validator rejects a log that breaks the schema', () => {
    const log = JSON.parse(inExample('lumen-audio', ['-f', 'sarif']).stdout);
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });
});

describe('junit: valid against the Jenkins xUnit schema (xmllint)', () => {
  const xsd = join(schemas, 'junit-jenkins-xunit-10.xsd');
  const valid = (xml: string) => {
    const file = join(fixture({}), 'report.xml');
    writeFileSync(file, xml);
    const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
    if (r.error) throw new Error('xmllint is not installed: apt-get install libxml2-utils');
    return r;
  };
  test.each(examples)('%s', (name) => {
    const v = valid(inExample(name, ['-f', 'junit']).stdout);
    expect(v.status, v.stderr).toBe(0);
  });
  test('input errors and awkward characters', () => {
    const dir = fixture({ 'strategy.yaml': 'name: "<&>" \n', 'tactics.yaml': 'version: 1\ntactics: []\n' });
    const v = valid(align(['check', '-f', 'junit'], { cwd: dir }).stdout);
    expect(v.status, v.stderr).toBe(0);
  });
  test('the schema rejects a report that breaks it', () => {
    const v = valid(inExample('lumen-audio', ['-f', 'junit']).stdout.replace('<testsuites', '<testsuitez').replace('</testsuites>', '</testsuitez>'));
    expect(v.status).not.toBe(0);
  });
});
