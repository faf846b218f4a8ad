/** JSON Schemas for editors, generated from the same zod schemas the loader validates with. */
import * as z from 'zod';
import { configFile, strategyFile, tacticsFile } from './load/schema.js';

export const SCHEMA_KINDS = ['strategy', 'tactics', 'config'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

const SOURCES = { strategy: strategyFile, tactics: tacticsFile, config: configFile };
const TITLES: Record<SchemaKind, string> = {
  strategy: 'playbook-align strategy file (strategy.yaml)',
  tactics: 'playbook-align tactics file (tactics.yaml)',
  config: 'playbook-align configuration (align.config.yaml)',
};

/** The JSON Schema (draft 2020-12) of one file kind: what a user writes, so the input side of every transform. */
export function jsonSchema(kind: SchemaKind): Record<string, unknown> {
  const schema = z.toJSONSchema(SOURCES[kind], {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const js = ctx.jsonSchema as Record<string, unknown>;
      // Custom data under x_* keys is always allowed where other unknown keys are not.
      if (js.type === 'object' && js.additionalProperties === false) js.patternProperties = { '^x_': {} };
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return { $schema, title: TITLES[kind], ...rest };
}
