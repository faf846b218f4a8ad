// The hostile playbook of test/report/untrusted.test.ts, shared with the client test that parses its JUnit report with xmllint.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, root } from '../helpers.js';

const lumen = (name: string) => readFileSync(join(root, 'examples', 'lumen-audio', name), 'utf8');

/** ESC sequences (clear screen, an OSC 8 link, colour), BEL, bidi override, NUL, U+FFFE, HTML, a mention, a URL, CDATA's end, an escaped newline and workflow commands. */
export const HOSTILE =
  '"<img src=https://attacker.example/r.png> <b>bold</b> @octocat ]]> %0A ::error::pwn ##[error]legacy \\e[2J \\e]8;;https://evil.example\\aCLICK\\e]8;;\\a \\e[31mred \\u202Eevil \\0 \\uFFFE end"';

export const hostile = (): string =>
  fixture({
    'strategy.yaml': `${lumen('strategy.yaml')}
exclude:
  - id: gov
    industries: [government]
    reason: ${HOSTILE}
guardrails:
  - id: no-fear
    forbid: { text: { phrase: [breach] } }
    reason: ${HOSTILE}
`,
    'tactics/Q4 promo #1 100%.yaml': `version: 1
tactics:
  - id: evil
    name: Evil
    kind: promotion
    targets: [gov]
    supports: [partner-sell-through]
    metrics: [win-rate]
    messaging: "Warning of a breach ##[error]x :: now"
`,
  });
