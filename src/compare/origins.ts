import { ORIGIN_SAME } from '../check/thresholds.js';
import type { Normaliser } from '../normalise/normaliser.js';
import { similarity } from '../normalise/similarity.js';
import { HONORIFICS, ORGANISATION_WORDS, STOP_WORDS } from '../normalise/word-lists.js';

/** Who a claim comes from, for counting independent origins. */
export interface Origin {
  /** Equal keys are one origin. */
  key: string;
  /** As shown: the configured canonical name, else the origin as written. */
  name: string;
}

const AFFILIATION = /^(.*?)\s*\(([^()]+)\)\s*$/;

/**
 * Resolves a claim's origin (contract §2.5): its `by`, else the outlet. Aliases of the whole `by` apply first
 * ("Delil Hasso (local activist)" declared as a variant of Delil Hasso is Delil Hasso). Otherwise a parenthesis
 * that names an organisation stands for the origin: "Col. Myles Caggins (Global Coalition)" is the Global
 * Coalition, since a spokesman speaking for an organisation is not independent of it. A parenthesis names an
 * organisation when the configuration declares it (as a name or a variant), when it is, on its own, the `by`
 * or the outlet of some claim (`known`), or when it has an organisation's word ("… Research Centre", "Ministry
 * of …"); a description ("local activist", "US envoy for Syria") is not one, and the name before it is the
 * origin. Honorifics, articles and case do not matter. Each origin is shown under the name it was
 * first resolved with, so one origin has one name.
 */
export function createOriginResolver(normaliser: Normaliser, known: Iterable<string> = []): (by: string | undefined, outlet: string) => Origin {
  const memo = new Map<string, Origin>();
  const names = new Map<string, string>();
  const keyOf = (tokens: readonly string[]): string => {
    const kept = tokens.filter((t) => !STOP_WORDS.has(t) && !HONORIFICS.has(t));
    return (kept.length > 0 ? kept : tokens).join(' ');
  };
  const knownKeys = new Set<string>();
  for (const name of known) if (!AFFILIATION.test(name)) knownKeys.add(keyOf(normaliser.normalise(name).tokens));

  function namesOrganisation(text: string): boolean {
    const { tokens, content } = normaliser.normalise(text);
    if (content.length === 0) return false;
    return normaliser.aliases.nameOf(tokens) !== undefined || knownKeys.has(keyOf(tokens)) || tokens.some((t) => ORGANISATION_WORDS.has(t));
  }

  return (by, outlet) => {
    const written = (by ?? outlet).trim();
    let origin = memo.get(written);
    if (!origin) {
      const whole = normaliser.normalise(written).tokens;
      const affiliation = normaliser.aliases.nameOf(whole) === undefined ? AFFILIATION.exec(written) : null;
      const part = affiliation ? (namesOrganisation(affiliation[2]) ? affiliation[2].trim() : affiliation[1].trim() || written) : written;
      const tokens = normaliser.normalise(part).tokens;
      const key = keyOf(tokens);
      let name = names.get(key);
      if (name === undefined) {
        name = normaliser.aliases.nameOf(tokens) ?? part;
        names.set(key, name);
      }
      origin = { key, name };
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
