/** JSON Schemas for editors, generated from the same zod schemas the loader validates with. */
import * as z from 'zod';
import { anyCase, configFile, strategyFile, tacticsFile } from './load/schema.js';
export const SCHEMA_KINDS = ['strategy', 'tactics', 'config'];
const SOURCES = { strategy: strategyFile, tactics: tacticsFile, config: configFile };
const TITLES = {
    strategy: 'playbook-align strategy file (strategy.yaml)',
    tactics: 'playbook-align tactics file (tactics.yaml)',
    config: 'playbook-align configuration (align.config.yaml)',
};
/**
 * The checker matches enum values in any case and ignores spaces around them (`Premium` is
 * `premium`), which JSON Schema's enum cannot say: a pattern accepts what the checker accepts,
 * `examples` keeps the values for completion, and the message lists them.
 */
function caseless(js) {
    delete js.caseless;
    const values = js.enum;
    if (!values)
        return;
    delete js.enum;
    js.pattern = `^\\s*(${values.map(anyCase).join('|')})\\s*$`;
    js.examples = values;
    js.patternErrorMessage = `Use one of: ${values.join(', ')}.`;
}
/** The JSON Schema (draft 2020-12) of one file kind: what a user writes, so the input side of every transform. */
export function jsonSchema(kind) {
    const schema = z.toJSONSchema(SOURCES[kind], {
        io: 'input',
        unrepresentable: 'any',
        override: (ctx) => {
            const js = ctx.jsonSchema;
            // Custom data under x_* keys is always allowed where other unknown keys are not.
            if (js.type === 'object' && js.additionalProperties === false)
                js.patternProperties = { '^x_': {} };
            if (js.caseless)
                caseless(js);
        },
    });
    const { $schema, ...rest } = schema;
    return { $schema, title: TITLES[kind], ...rest };
}
/** The schema file's text, as `schemas/` ships it and `align schema` prints it. */
export const schemaText = (kind) => `${JSON.stringify(jsonSchema(kind), null, 2)}\n`;
