// The playbook the editor tests open: a strategy, two tactics files in a folder the config names,
// and mistakes a quick fix resolves (a misspelt objective and audience, a tactic that supports nothing).
import { fixture } from '../helpers.js';

export const STRATEGY = `version: 1
name: Lumen Audio
positioning: premium
motion: consultative
pricing:
  max_discount: 10%
ideal_customers:
  - id: mid-market-retail
    segment: mid-market
    industries: [retail]
objectives:
  - id: grow-retention
    statement: Grow net revenue retention to 115%
    horizon: long-term
    metrics: [net revenue retention]
  - id: win-enterprise
    statement: Win ten enterprise accounts
    horizon: annual
    metrics: [enterprise logos]
`;

export const TACTICS_A = `version: 1
tactics:
  - id: spring-sale
    name: Spring sale
    kind: promotion
    description: 30% off every plan for new customers.
    targets: [mid-market-retial]
    supports: [grwo-retention]
    metrics: [new revenue]
  - id: discovery
    name: Discovery calls
    kind: discovery
    description: Ask each buyer how their team works today before any demo.
    metrics: [meetings held]
`;

export const TACTICS_B = `version: 1
tactics:
  - id: qbr
    name: Quarterly business reviews
    kind: expansion
    description: Review outcomes with each account every quarter.
    supports: [grow-retention, win-enterprise]
    metrics: [renewal rate]
  - id: flash
    name: Flash discount
    kind: promotion
    description: 25% off annual plans.
    supports: [win-enterprise]
    metrics: [deals closed]
`;

export const CONFIG = 'tactics: tactics/\n';

export const playbookFiles = (over: Record<string, string> = {}): Record<string, string> => ({
  'strategy.yaml': STRATEGY,
  'tactics/a.yaml': TACTICS_A,
  'tactics/b.yaml': TACTICS_B,
  'align.config.yaml': CONFIG,
  ...over,
});

/** The playbook in a folder of its own (a repository: the config search stops there). */
export const editorPlaybook = (over: Record<string, string> = {}): string => fixture(playbookFiles(over));
