/** Problems become findings: worded by their rule's message builders, located in their files, sorted. Input errors found after loading are located here too. */
import { locate } from '../load/locate.js';
import type { Source } from '../load/source.js';
import type { Messages, Problem } from '../rules/types.js';
import { type Finding, fileStart, inputFinding, type Location, type PathProblem, type Pointer, type Severity } from '../types.js';

/** Locates a problem and its related items, and words it with its rule's messages. */
export function toFinding(p: Problem, severity: Severity, sources: Map<string, Source>, messages: Messages): Finding {
  const ev = p.evidence;
  const src = sources.get(ev?.at.file ?? p.at.file);
  const at = ev ?? { at: p.at, text: null };
  const loc = src ? locate(src, at.at.path, { key: at.at.key, ...(ev?.text ? { needle: ev.text, needleAt: ev.offset } : {}) }) : fileStart(p.at.file);
  const build = messages[p.messageId];
  if (!build) throw new Error(`rule ${p.ruleId} has no message '${p.messageId}'`);
  return {
    ruleId: p.ruleId,
    severity,
    message: build(p.wording ? { ...p.data, ...p.wording } : p.data),
    ...loc,
    tactic: p.tactic ?? null,
    objective: p.objective ?? null,
    evidence: ev?.text ?? null,
    related: p.related.map((r) => {
      const rs = sources.get(r.at.file);
      const l = rs ? locate(rs, r.at.path) : fileStart(r.at.file);
      return { file: l.file, line: l.line, column: l.column, message: r.label, ...(r.field ? { field: r.field } : {}) };
    }),
    messageId: p.messageId,
    data: p.data,
    ...(p.fix ? { fix: { ...fixRange(p.fix.at, loc, sources), text: p.fix.text } } : {}),
  };
}

/** Where a fix applies: its own node, else the finding's range. */
function fixRange(at: Pointer | undefined, loc: Location, sources: Map<string, Source>): Location {
  const src = at && sources.get(at.file);
  return at && src ? locate(src, at.path, { key: at.key }) : loc;
}

/** Input errors found by the stages after loading (a guardrail, a custom rule, a phrase, an audience): `schema` findings at their key, unless one says `key: false`. */
export function locateProblems(sources: ReadonlyMap<string, Source>, problems: readonly PathProblem[]): Finding[] {
  return problems.map((e) =>
    inputFinding('schema', locate(sources.get(e.file)!, e.path, { key: e.key ?? true }), e.message, e.suggestion ? { suggestion: e.suggestion } : {}),
  );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** File, line, column, rule, message: the order of every report. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message));
}
