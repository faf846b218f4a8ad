import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // The parse cache's key and default folder live in the user's cache folder: the tests use their own.
    env: { XDG_CACHE_HOME: join(tmpdir(), 'align-test-cache-home') },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
