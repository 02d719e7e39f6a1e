import { ORIGIN_SAME } from '../check/thresholds.js';
import type { Normaliser } from '../normalise/normaliser.js';
import { similarity } from '../normalise/similarity.js';
import { HONORIFICS, STOP_WORDS } from '../normalise/word-lists.js';

/** Who a claim comes from, for counting independent origins. */
export interface Origin {
  /** Equal keys are one origin. */
  key: string;
  /** As shown: the configured canonical name, else the origin as written. */
  name: string;
}

const AFFILIATION = /^(.*?)\s*\(([^()]+)\)\s*$/;

/**
 * Resolves a claim's origin (contract §2.5): its `by`, else the outlet. A parenthesised affiliation stands for
 * the origin: "Col. Myles Caggins (Global Coalition)" is the Global Coalition, since a spokesman speaking for
 * an organisation is not independent of it. Aliases apply; honorifics, articles and case do not matter.
 */
export function createOriginResolver(normaliser: Normaliser): (by: string | undefined, outlet: string) => Origin {
  const memo = new Map<string, Origin>();
  return (by, outlet) => {
    const written = (by ?? outlet).trim();
    let origin = memo.get(written);
    if (!origin) {
      const affiliation = AFFILIATION.exec(written);
      const part = affiliation && normaliser.normalise(affiliation[2]).content.length > 0 ? affiliation[2].trim() : written;
      const tokens = normaliser.normalise(part).tokens;
      const kept = tokens.filter((t) => !STOP_WORDS.has(t) && !HONORIFICS.has(t));
      const key = (kept.length > 0 ? kept : tokens).join(' ');
      origin = { key, name: normaliser.aliases.nameOf(tokens) ?? part };
      memo.set(written, origin);
    }
    return origin;
  };
}

/**
 * Counts independent origins among origin keys: equal keys are one origin, and so are keys alike at or above
 * `ORIGIN_SAME` (a misspelt name), joined transitively. The fuzzy pass is skipped above 50 distinct keys.
 */
export function countOrigins(keys: Iterable<string>): number {
  const distinct = [...new Set(keys)].sort();
  if (distinct.length <= 1 || distinct.length > 50) return distinct.length;
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      if (similarity(distinct[i], distinct[j]) >= ORIGIN_SAME) parent[find(j)] = find(i);
    }
  }
  return new Set(distinct.map((_, i) => find(i))).size;
}
