import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildLexicon, echoedInName } from '../../src/traits/index.js';
import { BUILTIN_TRAITS } from '../../src/traits/lexicon/index.js';
import { Lexicon } from '../../src/traits/reader.js';
import { tokenize } from '../../src/traits/tokens.js';
import { features, logOdds, probability, type Row, readyModel, train, VETO_THRESHOLD, type VetoModel } from '../../src/traits/veto.js';
import { align, tempDir } from '../helpers.js';

// The statistical check over the rule reader (src/traits/veto.ts): per trait, a logistic regression over a sentence's stems
// and stem pairs. A built-in signal stands only when some sentence of its text reads as its trait above VETO_THRESHOLD.

const root = join(import.meta.dirname, '..', '..');

/** A model by hand: "offer" and "sale" speak for discount, "bond" and "rate" against it; nothing for pressure. */
const model: VetoModel = {
  version: 1,
  traits: { discount: { bias: -1, weights: { offer: 2, sale: 2, bond: -4, rate: -2, 'bond coupon': -2 } } },
};
/** "coupon" read by a construction (which the check reads), "voucher" by a plain trigger phrase (which it does not). */
const reader = (m: VetoModel | false, triggers: string[] = []) =>
  new Lexicon(
    {
      discount: {
        triggers: ['voucher', ...triggers],
        constructions: [
          { id: 'a coupon', patterns: ['coupon'], examples: { signal: ['Hand out the coupon.', 'A coupon at the till.', 'The coupon in May.'] } },
        ],
      },
    },
    [],
    { model: m, image: false },
  );
const traitsIn = (lx: Lexicon, text: string) => [...new Set(lx.scan(text, { cache: false }).matches.map((m) => m.trait))];

describe('features', () => {
  test('a word by its stem, a number-like token by its kind, neighbours as pairs; commas and full stops are not features', () => {
    expect(features(tokenize('Offers: 25% off, ends Friday!'))).toEqual([
      'offer',
      '#pct',
      'offer #pct',
      'off',
      '#pct off',
      'end',
      'off end',
      'fridai',
      'end fridai',
      '!',
      'fridai !',
    ]);
  });

  test('each feature once, whatever it repeats', () => {
    expect(features(tokenize('sale sale sale'))).toEqual(['sale', 'sale sale']);
  });
});

describe('the two ways of weighing a sentence', () => {
  test("the reader's (logOdds over a ready model) gives the probability the model file gives, trait by trait", () => {
    const m = JSON.parse(readFileSync(join(root, 'src', 'traits', 'veto-model.json'), 'utf8')) as VetoModel;
    const r = readyModel(m);
    const z = new Float64Array(r.bias.length);
    for (const text of ['Order by Friday and the 8% pilot discount holds!', 'Ask what a missed delivery costs them, then ask again.', 'sale sale sale']) {
      const tokens = tokenize(text);
      logOdds(r, tokens, 0, tokens.length, z, 0);
      for (const [trait, i] of r.traits) expect(1 / (1 + Math.exp(-z[i]!)), `${trait}: ${text}`).toBeCloseTo(probability(m, trait, features(tokens))!, 12);
    }
  });
});

describe('train', () => {
  const rows: Row[] = [
    ...Array.from({ length: 6 }, () => ({ feats: ['spring', 'sale'], labels: { discount: 1 as const } })),
    ...Array.from({ length: 6 }, () => ({ feats: ['bond', 'yield'], labels: { discount: 0 as const } })),
    // Labelled for another trait only: no row of discount's.
    ...Array.from({ length: 6 }, () => ({ feats: ['sale', 'countdown'], labels: { pressure: 1 as const } })),
  ];

  test('words of the signalling rows weigh for the trait, words of the others against it', () => {
    const m = train(rows, ['discount']);
    expect(m.traits.discount!.weights.sale).toBeGreaterThan(0.3);
    expect(m.traits.discount!.weights.bond).toBeLessThan(-0.3);
    expect(probability(m, 'discount', ['spring', 'sale'])!).toBeGreaterThan(0.5);
    expect(probability(m, 'discount', ['bond', 'yield'])!).toBeLessThan(0.5);
    // Rows labelled only for pressure say nothing of discount: "countdown" has no discount weight.
    expect(m.traits.discount!.weights.countdown).toBeUndefined();
  });

  test('the same rows give the same model, byte for byte', () => {
    expect(JSON.stringify(train(rows, ['discount', 'pressure']))).toBe(JSON.stringify(train(rows, ['discount', 'pressure'])));
  });

  test('a feature seen in fewer rows than minCount has no weight', () => {
    const m = train([...rows, { feats: ['once', 'sale'], labels: { discount: 1 } }], ['discount']);
    expect(m.traits.discount!.weights.once).toBeUndefined();
  });

  test('a trait the model has no weights for has no probability', () => {
    expect(probability(model, 'pressure', ['sale'])).toBeUndefined();
  });
});

describe('the check over the rules', () => {
  test('cancels a built-in signal when no sentence of the text reads as its trait', () => {
    expect(traitsIn(reader(model), "The bond's coupon is paid twice a year.")).toEqual([]);
    expect(traitsIn(reader(false), "The bond's coupon is paid twice a year.")).toEqual(['discount']);
  });

  test('keeps it when some sentence of the text reads as the trait, even another one', () => {
    expect(traitsIn(reader(model), 'Hand out the coupon at the till.')).toEqual(['discount']);
    expect(traitsIn(reader(model), 'Hand every buyer the coupon. It is our spring sale.')).toEqual(['discount']);
  });

  test("reads constructions only: a plain trigger phrase, the config's among them, is never cancelled", () => {
    const lx = reader(model, ['bond payment']);
    expect(traitsIn(lx, "The bond's voucher is paid twice a year.")).toEqual(['discount']);
    const text = 'The bond payment and the coupon are fixed.';
    expect(traitsIn(lx, text)).toEqual(['discount']);
    // The construction in the same text is still read by the check.
    expect(lx.explain(text).cancelled.map((c) => [c.phrase, c.reason])).toEqual([['coupon', 'unlikely']]);
  });

  test("a signal it set aside in a description is no echo that cancels the tactic's name", () => {
    const lx = reader(model);
    const data = { id: 'bond', name: 'Coupon', description: "The bond's coupon is paid twice a year.", kind: 'closing' as const };
    expect(lx.explain(data.description).cancelled.map((c) => c.reason)).toEqual(['unlikely']);
    expect(echoedInName(data, lx, undefined)).toBeUndefined();
  });

  test('never cancels a trait the model has no weights for', () => {
    const lx = new Lexicon({ partner: { triggers: [], constructions: [{ id: 'a bond', patterns: ['bond'], examples: { signal: ['a', 'b', 'c'] } }] } }, [], {
      model,
      image: false,
    });
    expect(traitsIn(lx, "The bond's coupon is paid twice a year.")).toEqual(['partner']);
  });

  test('explains what it cancelled: the probability, the threshold and the words that weighed most, as written', () => {
    const [c] = reader(model).explain("The bond's coupon rate is fixed.").cancelled;
    expect(c).toMatchObject({ trait: 'discount', phrase: 'coupon', reason: 'unlikely' });
    expect(c!.by).toBe(
      'no sentence of the text reads as discount to the statistical check: 0.0% at most, under 10% (the words that weighed most: "bond\'s" −4.0, "bond\'s coupon" −2.0, "rate" −2.0)',
    );
  });

  test('off by default: the rules alone read the text; statistical: true reads it with the build model', () => {
    const text = 'Mutual action plan agreed with procurement: legal review by 10 Feb, PO by 28 Feb.';
    expect(traitsIn(buildLexicon(), text).sort()).toEqual(['consultative', 'pressure']);
    expect(traitsIn(buildLexicon({}, [], { statistical: true }), text)).toEqual(['consultative']);
  });

  test('plain signals of every built-in trait stand, in a short sentence or a long one', () => {
    const lx = buildLexicon({}, [], { statistical: true });
    const plain: Array<[string, string]> = [
      ['Limited time offer for new members.', 'pressure'],
      ['Take 15% off your first order.', 'discount'],
      ['Start your free 30-day trial today.', 'free-trial'],
      ['Email every contact in the database.', 'mass'],
      ['A dedicated account manager for every client.', 'white-glove'],
      ['Pricing is available on request only.', 'gated'],
      ['Run a discovery call to understand their goals.', 'consultative'],
    ];
    for (const [text, trait] of plain) {
      expect(traitsIn(lx, text), text).toContain(trait);
      const long = `${text.slice(0, -1)}, and the ops team checks the list in the CRM at the end of each week for the quarterly review.`;
      expect(traitsIn(lx, long), long).toContain(trait);
    }
    expect(new Set(plain.map(([, t]) => t))).toEqual(new Set(BUILTIN_TRAITS));
  });
});

describe('the model file', () => {
  test('is what scripts/train-veto.mjs makes from the labelled data (run npm run train-veto)', () => {
    const out = join(tempDir(), 'veto-model.json');
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'train-veto.mjs'), '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8') === readFileSync(join(root, 'src', 'traits', 'veto-model.json'), 'utf8')).toBe(true);
  }, 60_000);

  test('the build carries it beside the reader', () => {
    expect(readFileSync(join(root, 'dist', 'traits', 'veto-model.json'), 'utf8')).toBe(readFileSync(join(root, 'src', 'traits', 'veto-model.json'), 'utf8'));
  });
});

describe('reader: statistical_check in the config', () => {
  // Atlas Treasury's strategy: an account-based, consultative motion.
  const strategy = readFileSync(join(root, 'examples', 'atlas-treasury', 'strategy.yaml'), 'utf8');
  const tactics = [
    'version: 1',
    'tactics:',
    '  - id: map',
    '    name: Mutual action plan',
    '    kind: closing',
    '    description: "Mutual action plan agreed with procurement: legal review by 10 Feb, PO by 28 Feb."',
    '',
  ].join('\n');
  const run = (config?: string) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'strategy.yaml'), strategy);
    writeFileSync(join(dir, 'tactics.yaml'), tactics);
    if (config !== undefined) writeFileSync(join(dir, 'align.config.yaml'), config);
    const r = align(['check', 'strategy.yaml', 'tactics.yaml', '-f', 'json'], { cwd: dir });
    return {
      code: r.code,
      rules: JSON.parse(r.stdout)
        .findings.map((f: { ruleId: string }) => f.ruleId)
        .filter((id: string) => id === 'consultative-vs-pressure'),
    };
  };

  test('off by default: the rules alone read the date in a mutual action plan as pressure, which a consultative motion refuses', () => {
    expect(run()).toEqual({ code: 1, rules: ['consultative-vs-pressure'] });
    expect(run('version: 1\nreader:\n  statistical_check: false\n')).toEqual({ code: 1, rules: ['consultative-vs-pressure'] });
  });

  test('true: the check sets the date aside, and there is no finding', () => {
    expect(run('version: 1\nreader:\n  statistical_check: true\n').rules).toEqual([]);
  });

  test('anything else is an input error at its place', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'align.config.yaml'), 'version: 1\nreader:\n  statistical_check: maybe\n');
    const r = align(['check', '-f', 'compact'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('align.config.yaml:3:22: error reader.statistical_check should be true or false, not the text "maybe".');
  });
});
