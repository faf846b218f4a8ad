/** The strategy answers the four clarity questions: who, what outcome, why us, where to. */
import type { Path } from '../../types.js';
import type { CodeRule, Problem } from '../types.js';

export type ClarityQuestion = 'who' | 'outcome' | 'why-us' | 'where-to';

const QUESTIONS: Record<ClarityQuestion, string> = {
  who: 'Who do we serve? The strategy lists no ideal_customers.',
  outcome: 'What measurable outcome do we deliver? No value.outcomes entry has a number or a measure.',
  'why-us': 'Why do customers choose us? The strategy has neither positioning.differentiators nor strengths.',
  'where-to': "Where are we going? No objective has 'horizon: long-term'.",
};

export const strategyClarityMessage = (q: ClarityQuestion) => `The strategy leaves a clarity question unanswered — ${QUESTIONS[q]}`;

export const strategyClarity: CodeRule = {
  type: 'code',
  id: 'strategy-clarity',
  severity: 'warning',
  origin: 'built-in',
  summary: 'The strategy says who it serves, what measurable outcome it delivers, why customers choose it, and where it is going.',
  rationale:
    'Tactics can only be aligned with a strategy that makes choices. A strategy without a customer, a measurable outcome, a reason to win or a long-term objective leaves every tactic free to drift.',
  check(ctx) {
    const s = ctx.playbook.strategy;
    const d = s.data;
    const at = (path: Path) => ({ file: s.file, path });
    const problems: Problem[] = [];
    const add = (q: ClarityQuestion, path: Path) =>
      problems.push({ ruleId: 'strategy-clarity', message: strategyClarityMessage(q), at: at(path), related: [] });
    if (d.ideal_customers.length === 0) add('who', ['ideal_customers']);
    const outcomes = d.value?.outcomes ?? [];
    if (!outcomes.some((o) => o.measure || /\d/.test(o.statement))) add('outcome', d.value ? ['value'] : ['name']);
    const pos = typeof d.positioning === 'string' ? undefined : d.positioning;
    if (!pos?.differentiators?.length && !d.strengths?.length) add('why-us', ['positioning']);
    if (!s.objectives.some((o) => o.horizon === 'long-term')) add('where-to', ['objectives']);
    return problems;
  },
};
