// memory.ts: full collections between the stages of a big check, observed through Node's own
// record of garbage collections (PerformanceObserver, entry type 'gc').
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { between, COLLECT_FROM_BYTES, collectBetweenStages, inputBytes } from '../src/memory.js';

/** How many major collections `run` caused, as Node reports them (entries arrive on a later tick). */
async function majorCollections(run: () => void): Promise<number> {
  let n = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if ((e as unknown as { detail: { kind: number } }).detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) n++;
  });
  observer.observe({ entryTypes: ['gc'] });
  run();
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return n;
}

test('collects only once the CLI allows it, and only for big inputs', async () => {
  expect(await majorCollections(() => between(COLLECT_FROM_BYTES * 10))).toBe(0);
  collectBetweenStages();
  expect(await majorCollections(() => between(COLLECT_FROM_BYTES - 1))).toBe(0);
  expect(await majorCollections(() => between(COLLECT_FROM_BYTES))).toBeGreaterThanOrEqual(1);
});

test('inputBytes adds up the text of every file read', () => {
  expect(
    inputBytes(
      new Map([
        ['a', { text: 'abc' }],
        ['b', { text: 'de' }],
      ]),
    ),
  ).toBe(5);
});
