// Realistic playbooks of N tactics: prose written the way sales teams write, some explicit traits,
// some conflicts. Large playbooks are split into files of at most 5,000 tactics, as teams split them.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KINDS = ['outreach-sequence', 'discovery', 'demo', 'business-case', 'pricing', 'closing', 'follow-up', 'expansion', 'content', 'event', 'promotion'];
const CHANNELS = ['email', 'phone', 'social', 'in-person', 'webinar', 'web', 'event'];
const PROSE = [
  'Discovery call with the VP Operations on how planning runs today; capture MEDDIC fields in the CRM.',
  'A demo tailored to the operational challenges we heard in discovery, built on their own data.',
  'Quarterly business review with the economic buyer to find new teams that still plan in spreadsheets.',
  'Email blast to all contacts: 25% off annual plans with promo code Q4SAVE. Offer ends Friday, act now!',
  'Never discount; reframe with the ROI model and offer extended onboarding instead of a discount.',
  'Three sends a week to a purchased list of 20k contacts, same template for everyone.',
  'Agree a mutual action plan with the champion; track the close date in the CRM. No artificial deadlines.',
  'Half-day workshop mapping the blast radius of a failed forecast, building the business case with the CFO.',
];
const METRICS = [['qualified-opportunities'], ['win-rate', 'deal-size'], ['meetings-booked'], ['nrr', 'expansion'], ['emails-sent', 'open-rate'], []];

const strategy = `version: 1
name: Benchmark Co FY27
owner: VP Sales
reviewed: 2026-10-01
review_every: quarterly
positioning:
  tier: premium
  statement: The planning platform mid-market companies trust.
  differentiators: [Forecast accuracy, Named customer-success lead]
pricing:
  max_discount: 10%
motion: consultative
ideal_customers:
  - id: midmarket-tech
    segment: mid-market
    industries: [software, fintech]
  - id: enterprise-finance
    segment: enterprise
    industries: [banking]
exclude:
  - id: public-sector
    industries: [public-sector]
    reason: Procurement cycles we cannot staff
value:
  outcomes:
    - statement: Cut monthly planning time by 40%
objectives:
  - id: grow-nrr
    statement: Grow net revenue retention to 115%
    horizon: long-term
  - id: win-rate
    statement: Raise win rate to 30%
    horizon: annual
  - id: land-banks
    statement: Land five banks
    horizon: annual
metrics: [nrr, win-rate]
`;

function tactic(i) {
  const m = METRICS[i % METRICS.length];
  const lines = [
    `  - id: tactic-${i}`,
    `    name: "${['Planning', 'Forecast', 'Renewal', 'Pipeline'][i % 4]} play ${i}"`,
    `    kind: ${KINDS[i % KINDS.length]}`,
    `    channel: ${CHANNELS[i % CHANNELS.length]}`,
    `    targets: [${i % 17 === 0 ? '{ industries: [public-sector] }' : ['midmarket-tech', 'enterprise-finance'][i % 2]}]`,
    ...(i % 23 === 0 ? [] : [`    supports: [${['grow-nrr', 'win-rate', 'land-banks'][i % 3]}]`]),
    ...(i % 5 === 0 ? [`    traits: [${['consultative', 'discount', 'mass'][i % 3]}]`] : []),
    `    description: "${PROSE[i % PROSE.length]}"`,
    ...(i % 7 === 0 ? [`    offer: { discount: ${5 + (i % 30)}% }`] : []),
    ...(m.length ? [`    metrics: [${m.join(', ')}]`] : []),
  ];
  return lines.join('\n');
}

/** Writes a playbook of n tactics into dir, in files of at most `perFile`; returns its strategy and tactics files. */
export function generate(dir, n, perFile = 5000) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'tactics'), { recursive: true });
  writeFileSync(join(dir, 'strategy.yaml'), strategy);
  const files = [];
  for (let start = 0; start < n; start += perFile) {
    const file = join(dir, 'tactics', `team-${String(start / perFile).padStart(3, '0')}.yaml`);
    const body = [];
    for (let i = start; i < Math.min(n, start + perFile); i++) body.push(tactic(i));
    writeFileSync(file, `version: 1\ntactics:\n${body.join('\n')}\n`);
    files.push(file);
  }
  return { strategy: join(dir, 'strategy.yaml'), tactics: files };
}
