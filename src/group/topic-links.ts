import { noteRole, tokenPartners, type UnitRoles } from '../normalise/token-partners.js';

/** Two word lists `overlapTokens` can match something of, and the most weight it can match between them. */
export interface MatchBound {
  i: number;
  j: number;
  /** At least `overlapTokens(…).matched` of the two lists weighed by the same weights. */
  most: number;
}

/**
 * Every pair (i < j) of word lists of which `overlapTokens` can match something, with a bound of the weight it
 * matches. A word matched to a word or to two written together is alike (`TOKEN_MATCH`) to a unit of the other
 * list, so it is among the words of its list that some unit of the other list partners; each side's matched
 * weight is at most the weight of those, and `matched` at most their mean (every pair's similarity is ≤ 1).
 * Pairs left out match nothing. Meant for few lists: it keeps a figure for every ordered pair.
 */
export function matchBounds(lists: readonly (readonly string[])[], weight: (word: string) => number): MatchBound[] {
  const n = lists.length;
  // joined[i][t]: words t − 1 and t of list i written together (t ≥ 1).
  const joined = lists.map((words) => words.map((word, t) => (t > 0 ? words[t - 1] + word : '')));
  const roles = new Map<string, UnitRoles>();
  // The lists each unit is in, each list once.
  const listsWith = new Map<string, number[]>();
  const file = (unit: string, i: number) => {
    const known = listsWith.get(unit);
    if (!known) listsWith.set(unit, [i]);
    else if (known[known.length - 1] !== i) known.push(i);
  };
  lists.forEach((words, i) =>
    words.forEach((word, t) => {
      noteRole(roles, word, 'word');
      file(word, i);
      if (t === 0) return;
      noteRole(roles, joined[i][t], 'joined');
      file(joined[i][t], i);
    }),
  );
  const partners = tokenPartners(roles);

  // reached[i·n + j]: the weight of list i's words that some unit of list j partners; linked: whether any does.
  const reached = new Float64Array(n * n);
  const linked = new Uint8Array(n * n);
  // seenAt[j] === mark: list j already counted for the current word.
  const seenAt = new Int32Array(n).fill(-1);
  let mark = 0;
  lists.forEach((words, i) => {
    words.forEach((word, t) => {
      mark += 1;
      const w = weight(word);
      // The units covering word t: itself, and written together with the word before or after it.
      const covering = [word];
      if (t > 0) covering.push(joined[i][t]);
      if (t + 1 < words.length) covering.push(joined[i][t + 1]);
      for (const unit of covering) {
        for (const partner of partners.get(unit) ?? []) {
          for (const j of listsWith.get(partner.unit) ?? []) {
            if (j === i || seenAt[j] === mark) continue;
            seenAt[j] = mark;
            reached[i * n + j] += w;
            linked[i * n + j] = 1;
          }
        }
      }
    });
  });
  const bounds: MatchBound[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (linked[i * n + j] || linked[j * n + i]) bounds.push({ i, j, most: (reached[i * n + j] + reached[j * n + i]) / 2 });
    }
  }
  return bounds;
}
