/** "Did you mean …" for misspelt keys, enum values, ids and rule names. */
import { distance } from 'fastest-levenshtein';

/** The closest candidate within a typo's reach, or null. Ties go to the first candidate in sorted order. */
export function closest(word: string, candidates: Iterable<string>): string | null {
  const w = word.toLowerCase();
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of [...new Set(candidates)].sort()) {
    const d = distance(w, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  if (best === null) return null;
  const limit = Math.max(2, Math.floor(Math.max(w.length, best.length) / 3));
  if (bestD <= limit) return best;
  if (w.length < 3) return null;
  // A short form of a longer name: the start of it ('orphan' for 'orphan-tactic'), else the one name that has it as a whole word.
  const sorted = [...new Set(candidates)].sort();
  const starts = sorted.filter((c) => c.toLowerCase().startsWith(w));
  if (starts.length) return starts.reduce((a, b) => (distance(w, b.toLowerCase()) < distance(w, a.toLowerCase()) ? b : a));
  const words = sorted.filter((c) =>
    c
      .toLowerCase()
      .split(/[-_.\s]/)
      .includes(w),
  );
  return words.length === 1 ? words[0]! : null;
}

/** The one wording of a suggestion: ` Did you mean 'x'?`, or `otherwise` when there is none. */
export const meant = (suggestion: string | null, otherwise = ''): string => (suggestion !== null ? ` Did you mean '${suggestion}'?` : otherwise);

/** ` Did you mean 'x'?` for the closest candidate, else `otherwise`; `show` quotes the candidate (a short excerpt of one from a file). */
export function didYouMean(word: string, candidates: Iterable<string>, otherwise = '', show: (candidate: string) => string = (c) => c): string {
  const c = closest(word, candidates);
  return meant(c === null ? null : show(c), otherwise);
}
