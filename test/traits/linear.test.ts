import { describe, expect, test } from 'vitest';
import { buildLexicon, readTactic } from '../../src/traits/index.js';

// The reader stays linear. Each input is read at two sizes, n and 4n repeats, and reading 4n must take less than 8 times
// as long as reading n: linear reading gives about 4, quadratic about 16, and 8 lies between them. This is a complexity
// guard, not a benchmark: it asserts no duration, only how the time grows. One large input under the test timeout let a
// quadratic path through once (20,000 repeats took 32 s; only a loaded CI noticed).
// Against noise: the time is the process's CPU time, which other processes on the machine do not add to (wall time under
// load let a short reading find a quiet moment that a long one could not: 8.1 once); one reading of n first warms the
// engine up; then the sizes alternate and each keeps the shortest of its 3 readings; a ratio of 8 or more is read again,
// up to twice, still keeping the shortest (a busy moment passes, a quadratic path stays near 16). Each n is chosen so that
// 4n reads in about 200-300 ms on a two-core machine.

const lexicon = buildLexicon();

type Tactic = Parameters<typeof readTactic>[0];
const tactic = (data: Record<string, string>) => ({ id: 't', data, at: { file: 'f', path: [] } }) as unknown as Tactic;

/** Reads `make(n)` and `make(4n)` as above: the shortest CPU time of each (ms), their ratio and the last reading of 4n. */
function growth<R>(make: (n: number) => string, read: (text: string) => R, n: number) {
  const small = make(n);
  const large = make(4 * n);
  const time = (text: string) => {
    const t0 = process.cpuUsage();
    const result = read(text);
    const t = process.cpuUsage(t0);
    return { ms: (t.user + t.system) / 1000, result };
  };
  time(small);
  let n1 = Number.POSITIVE_INFINITY;
  let n4 = Number.POSITIVE_INFINITY;
  let result: R | undefined;
  let rounds = 0;
  do {
    rounds++;
    for (let i = 0; i < 3; i++) {
      n1 = Math.min(n1, time(small).ms);
      const r = time(large);
      n4 = Math.min(n4, r.ms);
      result = r.result;
    }
  } while (n4 / n1 >= 8 && rounds < 3);
  return { n1, n4, ratio: n4 / n1, result: result as R, why: `shortest of ${3 * rounds}: ${n1.toFixed(0)} ms at n=${n}, ${n4.toFixed(0)} ms at 4n` };
}

const scan = (text: string) => lexicon.scan(text, { cache: false });
const count = (matches: ReadonlyArray<{ trait: string }>) => {
  const by: Record<string, number> = {};
  for (const m of matches) by[m.trait] = (by[m.trait] ?? 0) + 1;
  return by;
};

describe('the reader stays linear', { timeout: 120_000 }, () => {
  test('a long run of triggers, cues and look-alikes reads in one pass', () => {
    const g = growth((n) => 'no discount rate, never a discount but 20% off. '.repeat(n), scan, 3000);
    expect(g.ratio, g.why).toBeLessThan(8);
    expect(g.result.matches.length).toBe(12_000);
  });

  test('thousands of named businesses, each followed by a refusal, are each judged from their own sentence on', () => {
    // A refusal looked for from the text's start for every name would be quadratic.
    const g = growth((n) => 'Kinetix is running 20% off the first year. We do not match it. '.repeat(n), scan, 2000);
    expect(g.ratio, g.why).toBeLessThan(8);
    expect(g.result.matches.filter((m) => m.trait === 'discount')).toEqual([]);
  });

  test('one long sentence of signals and look-alikes: each hit is judged without re-reading the others', () => {
    // Quadratic look-alike checks, sentence-end searches or percentage lookups; on c9a21d1 a word inside a cancelled phrase
    // looked at every other hit (20,000 repeats: 32 s).
    const g = growth(
      (n) => 'a 9% discount rate, 20% discount, never a coupon, '.repeat(n),
      (description) => readTactic(tactic({ description }), lexicon),
      1500,
    );
    expect(g.ratio, g.why).toBeLessThan(8);
    expect(g.result.traits.get('discount')?.length).toBe(6000);
    expect(g.result.discount?.percent).toBe(20);
  });

  test('hyphenated capitalised words among many signals: each is looked up, not compared with every hit', () => {
    // "Nor-Fishing" is a name unless a signal starts at its second word; that was once found by scanning every hit.
    const g = growth((n) => 'Meet us at Nor-Fishing for 20% off. '.repeat(n), scan, 8000);
    expect(g.ratio, g.why).toBeLessThan(8);
    expect(g.result.matches.length).toBe(32_000);
  });

  test('many short sentences of every kind: each repeat reads as it does alone', () => {
    // Named businesses (another seller's offer, a refusal; one of ours), a quoted example under a negation, hyphenated
    // capitalised words, a list "no A, no B and no C", a discovery question.
    const unit = [
      'Kinetix is running 20% off the first year. We do not match it.',
      'Reps never say "20% off today only" to a grower.',
      'Meet the team at Nor-Fishing for a demo. Our Spring-Sale price is 15% off.',
      'Valley Bee Supply gives returning growers 20% off.',
      'No setup fee, no contract and no card needed.',
      'Ask what a missed delivery costs them. ',
    ].join(' ');
    const alone = count(scan(unit).matches);
    expect(alone).toEqual({ discount: 5, 'free-trial': 1, consultative: 1 });
    const g = growth((n) => unit.repeat(n), scan, 400);
    expect(g.ratio, g.why).toBeLessThan(8);
    expect(count(g.result.matches)).toEqual({ discount: 5 * 1600, 'free-trial': 1600, consultative: 1600 });
  });

  test("a tactic whose name names a rival, with a long description of that rival's offers", () => {
    // The name marks Kinetix as another seller in every sentence of the description (rivals, echoes in the name).
    const g = growth(
      (n) => 'Kinetix offers 20% off the first year. Show them our uptime. '.repeat(n),
      (description) => readTactic(tactic({ name: "Responding to Kinetix's price cut", description }), lexicon),
      2000,
    );
    expect(g.ratio, g.why).toBeLessThan(8);
    expect([...g.result.traits.keys()]).toEqual([]);
  });
});
