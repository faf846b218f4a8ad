// Where the shared contract lives: ../shared beside the repository (the spec, the shared conformance
// suite, the corpora). Only `npm run conformance` (scripts/conformance.mjs) runs the tests that read it,
// and only when it exists; `npm test` never reads outside the repository.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root } from '../test/helpers.js';

export const shared = resolve(root, '..', 'shared');

if (!existsSync(join(shared, 'conformance', 'run.mjs'))) {
  throw new Error(
    `${shared} is not there: these tests check the project against the shared contract beside the repository (npm run conformance says so and skips them).`,
  );
}
