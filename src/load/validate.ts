/** Validates parsed data against a zod schema and turns every issue into a located `schema` finding. */
import type * as z from 'zod';
import { closest, didYouMean, meant } from '../suggest.js';
import { type Finding, inputFinding, type Path, type PathSegment } from '../types.js';
import { locate } from './locate.js';
import { excerpt } from './quote.js';
import { capFindings, MAX_INPUT_ERRORS_PER_FILE, type Source } from './source.js';

/** Keys that could reach an object's prototype in careless code; never allowed in a playbook. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys that are always allowed and ignored: `x_*` extensions. */
const isExtensionKey = (k: string) => k.startsWith('x_');

/**
 * A copy of the data without `x_*` keys, which the schemas never see, and where reserved keys
 * were found (they are left out of the copy). Never assigns onto prototypes.
 */
export function stripExtensions(v: unknown, reserved: PathSegment[][] = [], path: PathSegment[] = []): unknown {
  if (Array.isArray(v)) return v.map((x, i) => stripExtensions(x, reserved, [...path, i]));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = Object.create(null);
    for (const [k, x] of Object.entries(v)) {
      if (RESERVED_KEYS.has(k)) reserved.push([...path, k]);
      else if (!isExtensionKey(k)) out[k] = stripExtensions(x, reserved, [...path, k]);
    }
    return out;
  }
  return v;
}

/** Shows a path the way a user reads it: `tactics[1].kind`. */
export function showPath(path: Path): string {
  let s = '';
  // Keys come from the file: each is quoted at most as far as any value.
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${excerpt(p)}` : excerpt(p);
  return s || '(top level)';
}

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PathSegment, unknown>)[p];
  }
  return v;
}

/** The keys a schema accepts at a data path (for "did you mean" on unknown keys). */
function keysAt(schema: z.ZodType, path: Path): string[] {
  const defOf = (s: unknown) => (s as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  let current: unknown[] = [schema];
  const unwrap = (s: unknown): unknown[] => {
    const def = defOf(s);
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
        return unwrap(def.innerType);
      case 'pipe':
        return [...unwrap(def.in), ...unwrap(def.out)];
      case 'union':
        return (def.options as unknown[]).flatMap(unwrap);
      default:
        return [s];
    }
  };
  for (const step of path) {
    const next: unknown[] = [];
    for (const s of current.flatMap(unwrap)) {
      const def = defOf(s);
      if (def.type === 'object' && typeof step === 'string') {
        const shape = def.shape as Record<string, unknown>;
        if (shape[step]) next.push(shape[step]);
      } else if (def.type === 'array' && typeof step === 'number') next.push(def.element);
      else if (def.type === 'record') next.push(def.valueType);
    }
    current = next;
  }
  return current.flatMap(unwrap).flatMap((s) => {
    const def = defOf(s);
    return def.type === 'object' ? Object.keys(def.shape as object) : [];
  });
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value lines)',
  record: 'a mapping (key: value lines)',
  literal: 'a fixed value',
};

/** A value as text for a message; safe for objects without a prototype, which String() rejects. */
function show(v: unknown): string {
  if (v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return excerpt(String(v));
}

function received(v: unknown): string {
  if (v === null) return 'nothing (an empty value)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the text "${excerpt(v)}"`;
  return `${typeof v === 'number' ? 'the number' : ''} ${show(v)}`.trim();
}

type Issue = z.core.$ZodIssue;

/** Picks the union branch the user most likely meant: one that agrees with the value's shape. */
function bestBranch(errors: Issue[][], input: unknown): Issue[] {
  const isObj = input !== null && typeof input === 'object' && !Array.isArray(input);
  const score = (issues: Issue[]) => {
    const top = issues.find((i) => i.path.length === 0);
    // A branch that rejects the whole value's type is the wrong branch.
    if (top?.code === 'invalid_type') return 1000 + issues.length;
    if (isObj && issues.every((i) => i.path.length === 0 && i.code !== 'unrecognized_keys')) return 500 + issues.length;
    return issues.length;
  };
  return [...errors].sort((a, b) => score(a) - score(b))[0] ?? [];
}

interface Located {
  path: Path;
  key?: boolean;
  message: string;
  /** The key this issue's suggestion names, for an unknown key (a missing key it names is not reported again). */
  suggests?: string;
  /** The value the suggestion names, for a value not in a list. */
  fix?: string | undefined;
  missing?: string;
}

function explain(schema: z.ZodType, data: unknown, issue: Issue, prefix: Path): Located[] {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  const where = showPath(path);
  const input = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(schema, path).filter((x) => x !== 'notes');
      return issue.keys.map((k, i) => {
        // Suggestions only for the keys that will be listed.
        const s = i <= MAX_INPUT_ERRORS_PER_FILE ? closest(k, known) : null;
        const at = path.length ? ` in ${where}` : '';
        return {
          path: [...path, k],
          key: true,
          message: `Unknown key '${excerpt(k)}'${at}.${meant(s, ` Allowed keys: ${known.join(', ')} (custom data goes under x_… keys or notes).`)}`,
          suggests: s ?? undefined,
        };
      });
    }
    case 'invalid_type': {
      if (input === undefined) {
        const key = String(path[path.length - 1]);
        const parent = path.slice(0, -1);
        return [{ path: parent, message: `Missing required key '${key}'${parent.length ? ` in ${showPath(parent)}` : ''}.`, missing: key }];
      }
      const want = typeWords[issue.expected] ?? issue.expected;
      return [{ path, message: `${where} should be ${want}, not ${received(input)}.` }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (where === 'version') return [{ path, message: `Unsupported format version: 'version' must be 1, not ${received(input)}.` }];
      const got = typeof input === 'string' ? input.trim().toLowerCase() : show(input);
      // Only a string is a misspelling the suggestion can replace.
      const fix = typeof input === 'string' ? (closest(got, values) ?? undefined) : undefined;
      if (path.length === 2 && path[0] === 'rules')
        return [
          {
            path,
            message: `'${show(input)}' is not a severity for rule '${excerpt(String(path[1]))}'.${didYouMean(got, values)} Use one of: ${values.join(', ')}.`,
            fix,
          },
        ];
      return [
        {
          path,
          message: `'${show(input)}' is not a valid ${where
            .replace(/\[\d+\]/g, '')
            .split('.')
            .pop()} (in ${where}).${didYouMean(got, values)} Expected one of: ${values.join(', ')}.`,
          fix,
        },
      ];
    }
    case 'invalid_union': {
      if (input === undefined) return explain(schema, data, { ...issue, code: 'invalid_type', expected: 'string' } as Issue, prefix);
      const branch = bestBranch(issue.errors as Issue[][], input);
      return branch.flatMap((i) => explain(schema, data, i, path));
    }
    case 'too_small':
      return [{ path, message: `${where} must not be empty.` }];
    case 'invalid_format':
      return [{ path, message: `${where}: "${show(input)}" — ${issue.message}.` }];
    default:
      return [{ path, message: `${where}: ${issue.message}.` }];
  }
}

export interface Validated<T> {
  value?: T;
  problems: Finding[];
}

/** Validates data read from a source; every issue becomes a `schema` finding at its node. */
export function validate<T>(schema: z.ZodType<T>, data: unknown, source: Source, what: string): Validated<T> {
  if (data === null || data === undefined) {
    const loc = locate(source, []);
    return { problems: [inputFinding('schema', loc, `${source.file} is empty; expected ${what}.`)] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      problems: [inputFinding('schema', locate(source, []), `${source.file} should be a mapping (key: value lines) holding ${what}, not ${received(data)}.`)],
    };
  }
  const reserved: PathSegment[][] = [];
  const clean = stripExtensions(data, reserved);
  if (reserved.length) {
    return {
      problems: capFindings(reserved, source.file, (p) =>
        inputFinding(
          'schema',
          locate(source, p, { key: true }),
          `The key '${excerpt(String(p[p.length - 1]))}' is not allowed (it is reserved in JavaScript); rename it.`,
        ),
      ),
    };
  }
  const result = schema.safeParse(clean, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  const located = result.error.issues.flatMap((i) => explain(schema, clean, i, []));
  const suggested = new Set(located.filter((l) => l.suggests).map((l) => `${showPath(l.path.slice(0, -1))}/${l.suggests}`));
  const kept = located.filter((l) => !(l.missing && suggested.has(`${showPath(l.path)}/${l.missing}`)));
  return {
    problems: capFindings(kept, source.file, (l) =>
      inputFinding('schema', locate(source, l.path, { key: l.key }), l.message, { suggestion: l.suggests ?? l.fix }),
    ),
  };
}
