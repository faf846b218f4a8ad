/** Builds the normalised playbook from validated data: audiences resolved, defaults applied. */

import type { StrategyFile, TacticsFile, WaiverData } from '../load/schema.js';
import type { Path } from '../types.js';
import { buildAudience, type SegmentBands } from './audience.js';
import type { Audience, Guardrail, Objective, Playbook, Strategy, Tactic, Target, Waiver } from './model.js';

export interface TacticsInput {
  file: string;
  data: TacticsFile;
}

/** A problem found while normalising: a path in a file and what is wrong there. */
export interface BuildProblem {
  file: string;
  path: Path;
  message: string;
}

const waiversOf = (file: string, path: Path, list: WaiverData[] | undefined): Waiver[] =>
  (list ?? []).map((w, i) => {
    const out: Waiver = { at: { file, path: [...path, 'waivers', i] }, rule: w.rule, reason: w.reason };
    if (w.approved_by !== undefined) out.approvedBy = w.approved_by;
    if (w.until !== undefined) out.until = w.until;
    return out;
  });

/** The strategy's guardrails, each with where it is. */
export function buildGuardrails(strategyFile: string, s: StrategyFile): Guardrail[] {
  return (s.guardrails ?? []).map((g, i) => ({
    at: { file: strategyFile, path: ['guardrails', i] },
    id: g.id,
    forbid: g.forbid,
    reason: g.reason,
    ...(g.severity ? { severity: g.severity } : {}),
  }));
}

export function buildPlaybook(
  strategyFile: string,
  s: StrategyFile,
  tacticsInputs: TacticsInput[],
  bands: SegmentBands,
): { playbook?: Playbook; problems: BuildProblem[] } {
  const problems: BuildProblem[] = [];
  const audience = (data: Parameters<typeof buildAudience>[0], file: string, path: Path, origin: Audience['origin']) => {
    const { audience: a, error } = buildAudience(data, { file, path }, origin, bands);
    if (error) problems.push({ file, path: [...path, 'employees'], message: error });
    return a;
  };

  const ideal = s.ideal_customers.map((a, i) => audience(a, strategyFile, ['ideal_customers', i], 'ideal'));
  const exclude = (s.exclude ?? []).map((a, i) => audience(a, strategyFile, ['exclude', i], 'exclude'));
  const audiences = new Map<string, Audience>();
  for (const a of [...ideal, ...exclude]) if (a.id && !audiences.has(a.id)) audiences.set(a.id, a);

  const objectives: Objective[] = s.objectives.map((o, i) => ({
    at: { file: strategyFile, path: ['objectives', i] },
    id: o.id,
    statement: o.statement,
    horizon: o.horizon,
    metrics: o.metrics ?? [],
    waivers: waiversOf(strategyFile, ['objectives', i], o.waivers),
  }));

  const strategy: Strategy = {
    file: strategyFile,
    data: s,
    tier: typeof s.positioning === 'string' ? s.positioning : s.positioning.tier,
    motions: Array.isArray(s.motion) ? s.motion : [s.motion],
    reviewEvery: s.review_every ?? { amount: 180, unit: 'd' },
    ideal,
    exclude,
    objectives,
    guardrails: buildGuardrails(strategyFile, s),
    audiences,
  };

  const tactics: Tactic[] = [];
  for (const { file, data } of tacticsInputs) {
    data.tactics.forEach((t, i) => {
      const path: Path = ['tactics', i];
      const targets: Target[] = (t.targets ?? []).map((x, j) => {
        const tp: Path = [...path, 'targets', j];
        if (typeof x === 'string') {
          const a = audiences.get(x);
          return a ? { at: { file, path: tp }, id: x, audience: a } : { at: { file, path: tp }, id: x };
        }
        return { at: { file, path: tp }, audience: audience(x, file, tp, 'inline') };
      });
      tactics.push({
        at: { file, path },
        data: t,
        id: t.id,
        name: t.name,
        status: t.status ?? 'active',
        targets,
        supports: t.supports ?? [],
        metrics: t.metrics ?? [],
        waivers: waiversOf(file, path, t.waivers),
        traits: new Map(),
      });
    });
  }
  if (problems.length) return { problems };
  return { playbook: { strategy, tactics, files: [strategyFile, ...tacticsInputs.map((t) => t.file)] }, problems };
}
