import { tokenPartners, type UnitRoles } from '../normalise/token-partners.js';

/** Two word lists `overlapTokens` can match something of, and the most weight it can match between them. */
export interface MatchBound {
  i: number;
  j: number;
  /** At least `overlapTokens(…).matched` of the two lists weighed by the same weights. */
  most: number;
}

// A unit of a list: one of its words, or two adjacent ones written together, and the positions it covers.
interface Unit {
  text: string;
  covers: number[];
}

function unitsOf(words: readonly string[]): Unit[] {
  const units: Unit[] = [];
  words.forEach((word, t) => {
    units.push({ text: word, covers: [t] });
    if (t > 0) units.push({ text: words[t - 1] + word, covers: [t - 1, t] });
  });
  return units;
}

/**
 * Every pair (i < j) of word lists of which `overlapTokens` can match something, with a bound of the weight it
 * matches. A word matched to a word or to two written together is alike (`TOKEN_MATCH`) to a unit of the other
 * list, so it is among the words of its list that some unit of the other list partners; each side's matched
 * weight is at most the weight of those, and `matched` at most their mean (every pair's similarity is ≤ 1).
 * Pairs left out match nothing.
 */
export function matchBounds(lists: readonly (readonly string[])[], weight: (word: string) => number): MatchBound[] {
  const units = lists.map(unitsOf);
  const roles = new Map<string, UnitRoles>();
  units.forEach((list) =>
    list.forEach(({ text, covers }) => {
      const seen = roles.get(text) ?? { word: false, joined: false };
      if (covers.length === 1) seen.word = true;
      else seen.joined = true;
      roles.set(text, seen);
    }),
  );
  const partners = tokenPartners(roles);
  const listsWith = new Map<string, Set<number>>();
  units.forEach((list, i) =>
    list.forEach(({ text }) => {
      const known = listsWith.get(text);
      if (known) known.add(i);
      else listsWith.set(text, new Set([i]));
    }),
  );
  // reached[i]: for each other list, the weight of list i's words some unit of it partners.
  const reached = units.map((list, i) => {
    const covered = new Map<number, Set<number>>();
    for (const { text, covers } of list) {
      for (const partner of partners.get(text) ?? []) {
        for (const j of listsWith.get(partner.unit) ?? []) {
          if (j === i) continue;
          const positions = covered.get(j) ?? new Set<number>();
          for (const t of covers) positions.add(t);
          covered.set(j, positions);
        }
      }
    }
    const weightTo = new Map<number, number>();
    for (const [j, positions] of covered) {
      let sum = 0;
      for (const t of positions) sum += weight(lists[i][t]);
      weightTo.set(j, sum);
    }
    return weightTo;
  });
  const bounds: MatchBound[] = [];
  reached.forEach((weightTo, i) => {
    const others = [...weightTo.keys()].filter((j) => j > i).sort((x, y) => x - y);
    for (const j of others) bounds.push({ i, j, most: ((weightTo.get(j) ?? 0) + (reached[j].get(i) ?? 0)) / 2 });
  });
  return bounds;
}
