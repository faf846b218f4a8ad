import { createHash } from 'node:crypto';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Three projects, one per command:
// - unit (`npm test`): everything that needs only Node, git and the dev dependencies; a fresh clone passes it.
// - clients (`npm run test:clients`): the suites that drive real clients (Chromium, xmllint, pre-commit,
//   yaml-language-server, npm installing the packed tarball and from git, a fresh clone); a missing client fails.
// - shared (`npm run conformance`): the checks that read ../shared (the shared conformance suite, the SARIF
//   and JUnit schemas, the shared prose corpus); scripts/conformance.mjs runs them only when ../shared exists.
/** This checkout, as a short name. */
const checkout = createHash('sha256')
  .update(fileURLToPath(new URL('.', import.meta.url)))
  .digest('hex')
  .slice(0, 12);

export default defineConfig({
  test: {
    // The parse cache's key and default folder live in the user's cache folder: the tests use their own, one per
    // checkout, since bin/align.js keeps its code cache there too and replaces another build's (two checkouts'
    // test runs at once would compile the CLI afresh at nearly every start).
    env: { XDG_CACHE_HOME: join(tmpdir(), `align-test-cache-home-${checkout}`) },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['test/clients/**', '**/node_modules/**', 'test/memory.test.ts'],
          // Vitest's default is one worker fewer than the cores: one on a 2-core machine, where most tests then wait on the
          // CLI process they spawn, so npm test kept one core busy (281 s of CPU in 283 s). Two workers can use both.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          // The files share their workers' module graph instead of importing it afresh each (37 s of imports on 2 cores).
          isolate: false,
          setupFiles: ['test/setup-env.ts'],
          globalSetup: ['test/tmp-setup.ts'],
        },
      },
      {
        extends: true,
        // Counts the process's own garbage collections, so it runs in a worker of its own.
        test: {
          name: 'unit-isolated',
          include: ['test/memory.test.ts'],
          maxWorkers: Math.max(2, availableParallelism() - 1),
          setupFiles: ['test/setup-env.ts'],
        },
      },
      {
        extends: true,
        // Installs, clones and browsers: long, and heavy on a 2-core machine, so one file at a time.
        test: {
          name: 'clients',
          include: ['test/clients/**/*.test.ts'],
          globalSetup: ['test/clients/setup.ts'],
          testTimeout: 900_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
      { extends: true, test: { name: 'shared', include: ['contract/**/*.test.ts'] } },
    ],
  },
});
