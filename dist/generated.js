/** Files generated from the code: the rule docs and the JSON Schemas, by path in the package. */
import { rulesMarkdown } from './explain.js';
import { BUILTIN_RULES } from './rules/registry.js';
import { SCHEMA_KINDS, schemaText } from './schemas.js';
export function generatedFiles() {
    const files = { 'docs/rules.md': rulesMarkdown(BUILTIN_RULES) };
    for (const kind of SCHEMA_KINDS)
        files[`schemas/${kind}.schema.json`] = schemaText(kind);
    return files;
}
